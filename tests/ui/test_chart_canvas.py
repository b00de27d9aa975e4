"""The Month plan's charts are drawn off the window's thread, at the size they show."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.ui import chart_canvas
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.month_plan_view import MonthPlanView
from tests.ui.driving import child, plan_figures_shown

Opener = Callable[[Path], MainWindow]


def _plan(qtbot: QtBot, window: MainWindow) -> MonthPlanView:
    for number in range(3):
        window.services.leads.create(LeadDraft(f"Lead {number}", stage=Stage.MQL))
    view = window.show_tab(1)
    assert isinstance(view, MonthPlanView)
    plan_figures_shown(qtbot, view)
    return view


def _colours(image: QImage) -> int:
    """Distinct colours in a picture: a drawn chart has bars, text and grid in several."""
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(QColor(image.pixel(x, y)).rgb())
    return len(seen)


def test_the_chart_is_drawn_off_the_window_thread_at_its_size(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_on: list[str] = []
    real = chart_canvas._render

    def render(request: Any) -> QImage:
        drawn_on.append(threading.current_thread().name)
        return real(request)

    monkeypatch.setattr(chart_canvas, "_render", render)
    window = open_window(db_path)
    view = _plan(qtbot, window)
    canvas = view.funnel_canvas
    qtbot.waitUntil(canvas.is_drawn, timeout=10_000)
    picture = canvas.picture()
    assert picture is not None
    assert picture.deviceIndependentSize().toSize() == canvas.size()
    assert _colours(picture) > 5
    assert drawn_on and "MainThread" not in drawn_on
    # What shows on screen is the picture: the chart's colours are in the widget's grab.
    assert _colours(canvas.grab().toImage()) > 5

    # Resized, it is drawn again at the new size.
    before = canvas.size()
    window.resize(window.width() - 200, window.height())
    qtbot.waitUntil(lambda: canvas.size() != before, timeout=5000)
    qtbot.waitUntil(canvas.is_drawn, timeout=10_000)
    again = canvas.picture()
    assert again is not None and again.deviceIndependentSize().toSize() == canvas.size()


def test_a_chart_on_a_tab_not_shown_is_drawn_when_shown(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)
    view = _plan(qtbot, window)
    qtbot.waitUntil(view.funnel_canvas.is_drawn, timeout=10_000)
    assert view.trend_canvas.picture() is None  # not drawn while its tab is hidden
    tabs = child(view, QTabWidget, "chartTabs")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(view.trend_canvas.is_drawn, timeout=10_000)


def test_a_chart_that_cannot_be_drawn_says_why(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def render(_request: Any) -> QImage:
        raise ValueError("no room for the labels")

    monkeypatch.setattr(chart_canvas, "_render", render)
    window = open_window(db_path)
    view = _plan(qtbot, window)
    canvas = view.funnel_canvas
    qtbot.waitUntil(lambda: bool(canvas.problem()), timeout=10_000)
    assert canvas.problem() == "no room for the labels"
    assert canvas.picture() is None
