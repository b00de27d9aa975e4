"""Edit → Undo / Redo for changes made in the window, and the Trash for deleted leads."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child, in_modal_dialog

Opener = Callable[[Path], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _names(window: MainWindow) -> list[str]:
    model = child(window, QTableView, "leadsTable").model()
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def _seed(db_path: Path) -> None:
    services = Services.open(db_path)
    linus = services.leads.create(LeadDraft(name="Linus", company="Kernel AB"))
    services.leads.create(LeadDraft(name="Zoë Ångström"))
    services.tasks.create(TaskDraft(title="Call Linus", hat=Hat.SALES, lead_id=linus.id))
    services.close()


def test_a_deleted_lead_comes_back_with_ctrl_z_and_goes_again_with_ctrl_shift_z(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db_path)
    window = open_window(db_path)
    _yes(monkeypatch)
    leads = child(window, QTableView, "leadsTable")
    leads.selectRow(0)  # Linus, first by name
    window.action_delete_lead.trigger()
    assert _names(window) == ["Zoë Ångström"]
    assert window.action_undo.text() == "&Undo Delete lead Linus"

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _names(window) == ["Linus", "Zoë Ångström"]
    (task,) = window.services.tasks.listing(Hat.SALES)
    assert task.lead_name == "Linus", "the task is linked to the lead again"
    assert window.services.trash.count() == 0
    assert window.action_redo.text() == "&Redo Delete lead Linus"

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _names(window) == ["Zoë Ångström"]
    assert window.services.trash.count() == 1


def test_undo_walks_back_through_several_kinds_of_change(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    """A task ticked, a campaign renamed and a new lead: undone in reverse order."""
    _seed(db_path)
    window = open_window(db_path)
    (task,) = window.services.tasks.listing(Hat.SALES)
    campaign = window.services.campaigns.create(CampaignDraft("Fair", CampaignChannel.EVENT))
    window.services.tasks.set_done(task.id)
    window.services.campaigns.update(
        campaign.id, CampaignDraft("Spring fair", CampaignChannel.EVENT)
    )
    window.services.leads.create(LeadDraft(name="Ada"))
    window.reload_everything()
    assert _names(window) == ["Ada", "Linus", "Zoë Ångström"]

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _names(window) == ["Linus", "Zoë Ångström"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.services.campaigns.get(campaign.id).name == "Fair"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.services.tasks.get(task.id).done is False
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.services.campaigns.listing() == []
    assert not window.action_undo.isEnabled()


def test_the_trash_restores_a_lead_and_empties_only_when_asked(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db_path)
    window = open_window(db_path)
    asked = _yes(monkeypatch)
    for _ in range(2):
        child(window, QTableView, "leadsTable").selectRow(0)
        window.action_delete_lead.trigger()
    assert _names(window) == []

    def restore_one_then_empty(dialog: QDialog) -> None:
        table = child(dialog, QTableWidget, "trashTable")
        assert table.rowCount() == 2
        # A click on the second row (the first deleted, Linus) selects only that row.
        where = table.visualItemRect(table.item(1, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert table.item(1, 0).text() == "Linus"
        qtbot.mouseClick(child(dialog, QPushButton, "trashRestore"), Qt.MouseButton.LeftButton)
        assert table.rowCount() == 1
        qtbot.mouseClick(child(dialog, QPushButton, "trashEmpty"), Qt.MouseButton.LeftButton)
        assert table.rowCount() == 0
        assert child(dialog, QLabel, "trashNote").text() == "The Trash is empty."
        dialog.reject()

    in_modal_dialog(qtbot, window.action_trash.trigger, restore_one_then_empty)
    assert _names(window) == ["Linus"]
    assert "cannot be undone" in asked[-1]
    assert window.services.trash.count() == 0


def test_a_second_window_on_the_same_file_is_refused_politely(
    open_window: Opener, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one window has the file open, a second start says so and opens nothing;
    once the first window closes, the file opens again."""
    from funnelplanner.app import run_gui

    first = open_window(db_path)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    assert run_gui(["--db", str(db_path)]) == 2
    assert len(shown) == 1
    assert str(db_path) in shown[0] and "already open" in shown[0]
    first.close()
    second = open_window(db_path)
    assert second.isVisible()


def test_a_lock_left_by_a_crashed_window_is_taken_over(open_window: Opener, db_path: Path) -> None:
    """A lock file whose process no longer exists does not keep the owner out."""
    from funnelplanner.ui.instance_lock import lock_path

    db_path.parent.mkdir(parents=True, exist_ok=True)
    # QLockFile's format: pid, application name, host name; pid 2**22 + 1 is never running.
    lock_path(db_path).write_text(f"{2**22 + 1}\nfunnelplanner\n{os.uname().nodename}\n")
    window = open_window(db_path)
    assert window.isVisible()
    assert window.instance_lock is not None and window.instance_lock.isLocked()
