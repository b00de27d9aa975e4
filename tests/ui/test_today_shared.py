"""Both hats' Today lists and the status bar follow each change, from one picture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QTreeWidget
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child

Opener = Callable[[Path], MainWindow]


def _groups(window: MainWindow, hat: Hat) -> list[str]:
    tree = child(window, QTreeWidget, f"{hat.value}Today")
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_ticking_a_task_updates_both_todays_and_the_counts_once(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    services = Services.open(db_path)
    today = services.planning.today()
    services.tasks.create(TaskDraft("Post the webinar invite", Hat.MARKETING, today))
    services.tasks.create(TaskDraft("Plan the spring campaign", Hat.MARKETING, None))
    services.tasks.create(TaskDraft("Call Ada back", Hat.SALES, today))
    services.close()
    window = open_window(db_path)
    status = child(window, QLabel, "statusSummary")
    assert status.text() == "Open tasks: marketing 2 · sales 1"
    assert "Marketing tasks due (1)" in _groups(window, Hat.MARKETING)
    assert "Sales tasks due (1)" in _groups(window, Hat.SALES)
    pictures: list[object] = []
    real = window.services.planning.today_picture
    monkeypatch.setattr(
        window.services.planning, "today_picture", lambda: pictures.append(1) or real()
    )

    window.switch_hat(Hat.SALES)
    table = child(window, QTableView, "salesTasks")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert status.text() == "Open tasks: marketing 2 · sales 0"
    assert "Sales tasks due (0)" in _groups(window, Hat.SALES)
    assert "Marketing tasks due (1)" in _groups(window, Hat.MARKETING)
    assert len(pictures) == 1, "one Today picture for both hats"
