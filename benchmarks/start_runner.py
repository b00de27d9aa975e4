"""Run in a fresh process: start the app (or an empty window) and report the first paint.

Usage: python -m benchmarks.start_runner app|empty [DB]. The parent passes its
``time.perf_counter()`` in ``BENCH_T0`` (a system-wide monotonic clock on Linux), so the
time printed includes the interpreter starting and every import. Prints one JSON line:
seconds to the first paint and peak RSS in MB.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
import time
from pathlib import Path

if __name__ == "__main__" and sys.argv[1:2] == ["app"]:
    # As the installed program starts (funnelplanner/__main__.py): the cycle collector
    # paused first, then the command line read, and so the services loaded, before Qt.
    # In another order PySide6 checks the source of every module imported after it,
    # which would put a cost on this run the app never pays.
    from funnelplanner import startup_gc

    startup_gc.pause()
    import funnelplanner.cli  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget


class FirstPaint(QObject):
    """Notes the time of the first paint of one widget, then ends the event loop."""

    def __init__(self, t0: float) -> None:
        super().__init__()
        self.t0 = t0
        self.seconds: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seconds is None:
            # Let the paint finish before stopping the clock: 0 ms timers run after it.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        if self.seconds is None:
            self.seconds = time.perf_counter() - self.t0
            QApplication.quit()


def main(argv: list[str]) -> int:
    t0 = float(os.environ.get("BENCH_T0", time.perf_counter()))
    mode = argv[0]
    watcher = FirstPaint(t0)
    target: QWidget
    if mode == "app":
        from funnelplanner.app import create_app, resume_collector_after_first_paint

        app, window = create_app(["--db", argv[1]])
        resume_collector_after_first_paint(window)
        table = window.findChild(QTableView, "leadsTable")
        assert table is not None, "no leadsTable in the main window"
        target = table.viewport()
        shown: QWidget = window
    else:
        app = QApplication([sys.argv[0]])
        shown = target = QMainWindow()
    target.installEventFilter(watcher)
    shown.resize(1200, 800)
    shown.show()
    # A safety net: a window that never paints must not hang the harness.
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print(json.dumps({"seconds": watcher.seconds, "rss_mb": peak_rss_mb()}), flush=True)
    return 0 if watcher.seconds is not None else 1


def peak_rss_mb() -> float:
    """This process's own peak RSS.

    getrusage's ru_maxrss survives exec: a child forked from a big harness reports the
    harness's high-water mark (333 MB for an empty window after the 10k round). VmHWM
    belongs to the address space exec made, so it is the child's alone.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
