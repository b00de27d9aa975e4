"""Run a callback once a widget has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget that is never painted (hidden behind another tab) must not hold the work back.
FALLBACK_MS = 500


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget`` first paints (or after FALLBACK_MS).

    Work started on a worker thread at start-up shares the GIL with the GUI thread: started
    before the first paint, it makes the window appear later; started after, it does not.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            # 0 ms: after the paint has been handled and shown, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        callback()
