"""Run in a fresh process: the print preview of the benchmark month, as the owner opens it.

Usage: python -m benchmarks.preview_runner DB. Starts the app on DB, chooses the
benchmark month on the Month plan tab, then opens Print Plan… and waits for the first
page to be painted. A 5 ms timer on the GUI thread notes every gap in the event loop:
the longest is how long the window stood still. The same timer runs first with the
window idle for as long, which is the floor (timers are late by a few ms on any machine).

The floor for the first page is an empty dialog opened in the same process, from the
call to its first paint.

Prints one JSON line: seconds to the first page, seconds to an empty dialog's first
paint, the longest gap while the preview opened, the longest gap idle, and the pages.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

if __name__ == "__main__":
    # As the installed program starts (see start_runner): the collector paused until the
    # first paint, then everything made so far set aside.
    from funnelplanner import startup_gc

    startup_gc.pause()

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from benchmarks.generate import BENCH_MONTH
from funnelplanner.app import create_app, resume_collector_after_first_paint

HEARTBEAT_MS = 5
TIMEOUT_S = 120.0


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer, while it runs."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()  # the time since the last tick counts too
        return self.longest


def run_until(condition: Callable[[], bool], seconds: float = TIMEOUT_S) -> bool:
    """Let the event loop run (not a busy loop of our own) until ``condition`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def bare_dialog(parent: QWidget) -> float:
    """Seconds from opening an empty dialog of the preview's size to its first paint."""
    started = time.perf_counter()
    dialog = QDialog(parent)
    watcher = _Painted()
    dialog.installEventFilter(watcher)
    dialog.resize(1000, 800)
    dialog.open()
    assert run_until(lambda: watcher.painted), "the empty dialog never painted"
    seconds = time.perf_counter() - started
    dialog.reject()
    return seconds


def main(argv: list[str]) -> int:
    app, window = create_app(["--db", argv[0]])
    window.resize(1200, 800)
    window.show()
    resume_collector_after_first_paint(window)
    opened = getattr(window.services, "fully_open", lambda: True)
    assert run_until(opened), "the data file did not open"
    plan = window.show_tab(1)
    plan.show_month(BENCH_MONTH)  # type: ignore[attr-defined]
    busy = plan.findChild(QWidget, "planBusyBar")
    assert run_until(lambda: busy is None or not busy.isVisible()), "the Month plan hung"
    run_until(lambda: False, 1.0)  # whatever the tab started has settled

    heartbeat = Heartbeat()
    started = time.perf_counter()
    heartbeat.start()
    window.action_print_plan.trigger()
    printing = window.plan_printing

    def first_page() -> bool:
        dialog = printing.preview_dialog
        return dialog is not None and dialog.view.picture(dialog.view.current_page()) is not None

    assert run_until(first_page), "the preview showed no page"
    seconds = time.perf_counter() - started
    pause = heartbeat.stop()
    dialog = printing.preview_dialog
    assert dialog is not None
    pages = dialog.page_count()
    dialog.reject()

    heartbeat.start()
    run_until(lambda: False, seconds)
    idle = heartbeat.stop()
    bare = bare_dialog(window)
    window.close()
    app.processEvents()
    print(
        json.dumps({"seconds": seconds, "bare": bare, "pause": pause, "idle": idle, "pages": pages})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]) or 0)
