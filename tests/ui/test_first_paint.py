"""Work held back until a widget has first painted (the Today lists at start)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from funnelplanner.ui import first_paint
from funnelplanner.ui.first_paint import AfterFirstPaint


def test_the_work_runs_once_after_the_first_paint_not_before(qtbot: QtBot) -> None:
    label = QLabel("Leads")
    qtbot.addWidget(label)
    painted_when_run: list[bool] = []
    painted: list[bool] = []
    label.paintEvent = lambda event: (painted.append(True), QLabel.paintEvent(label, event))  # type: ignore[method-assign]
    AfterFirstPaint(label, lambda: painted_when_run.append(bool(painted)))

    assert painted_when_run == []  # nothing runs while the widget has not shown
    label.show()
    qtbot.waitUntil(lambda: painted_when_run != [], timeout=2_000)
    label.update()
    qtbot.wait(first_paint.FALLBACK_MS + 100)

    assert painted_when_run == [True]


def test_a_widget_never_painted_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    hidden = QLabel("On another tab")
    qtbot.addWidget(hidden)
    ran: list[bool] = []

    AfterFirstPaint(hidden, lambda: ran.append(True))

    qtbot.waitUntil(lambda: ran == [True], timeout=first_paint.FALLBACK_MS + 1_000)
    qtbot.wait(100)
    assert ran == [True]
