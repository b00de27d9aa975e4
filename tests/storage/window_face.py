"""The window's start on one file, in a process of its own, for the damaged-file tests.

Run as ``python -m tests.storage.window_face FILE [--show-after-check]``. The message
box the start would show is recorded instead, and one JSON line reports the exit status,
the messages and how many windows were left open. Its own process because Qt's event
loop, once it has run and ended, leaves the offscreen platform unable to activate any
later window: the tests after it in pytest's process would fail.

``--show-after-check``: the window shows only once the page check is over, as it is
for a small file on a fast disk.
"""

from __future__ import annotations

import json
import sys
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from funnelplanner import app

HANG_MS = 10_000  # a window left open would wait for the owner: that is a failure


class MessageBoxes:
    """Stands in for QMessageBox: records what the window's start would have shown."""

    shown: ClassVar[list[tuple[str, str]]] = []

    @classmethod
    def critical(cls, _parent: object, title: str, text: str, *_rest: object) -> None:
        cls.shown.append((title, text))


def main(argv: list[str]) -> int:
    qapp = QApplication([app.APP_ID])
    app.QMessageBox = MessageBoxes  # type: ignore[misc,assignment]
    windows: list[Any] = []
    real_create_app = app.create_app

    def noting_create_app(args: Any) -> Any:
        made = real_create_app(args)
        windows.append(made[1])
        if "--show-after-check" in argv:
            real_show = made[1].show

            def show_once_checked() -> None:
                made[1].services.database.opening.wait()
                real_show()

            made[1].show = show_once_checked
        return made

    app.create_app = noting_create_app  # type: ignore[assignment]
    QTimer.singleShot(HANG_MS, lambda: qapp.exit(99))
    code = app.run_gui(["--db", argv[0]])
    open_windows = sum(1 for window in windows if window.isVisible())
    for window in windows:
        window.services.close()
    report = {"code": code, "shown": MessageBoxes.shown, "left_open": open_windows}
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
