"""The main window as a whole: names, shortcuts, remembered layout, tasks, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner import APP_NAME, __version__
from funnelplanner.app import create_app, run_gui
from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from tests.ui.driving import child, in_modal_dialog, press_save

NAMED_WIDGETS = ["leadsTable", "leadsFilter", "marketingTasks", "salesTasks"]
SHORTCUTS = {
    "actionNewLead": "Ctrl+N",
    "actionLogContact": "Ctrl+L",
    "actionNewTask": "Ctrl+T",
    "actionOpenLead": "Ctrl+O",
    "actionToggleTask": "Ctrl+D",
    "actionEditTask": "Ctrl+E",
    "marketingHat": "Ctrl+1",
    "salesHat": "Ctrl+2",
}


def test_window_has_its_name_icon_and_automation_names(open_window, db_path: Path) -> None:
    window = open_window(db_path)
    app = QApplication.instance()
    assert window.objectName() == "mainWindow"
    assert window.accessibleName() == APP_NAME
    assert app.applicationName() == APP_NAME
    assert app.applicationVersion() == __version__
    assert not app.windowIcon().isNull()
    for object_name in NAMED_WIDGETS:
        widget = child(window, QWidget, object_name)
        assert widget.accessibleName(), object_name
    for object_name in (
        "actionNewLead",
        "actionLogContact",
        "actionNewTask",
        "marketingHat",
        "salesHat",
    ):
        assert window.findChild(QAction, object_name) is not None, object_name
        button = child(window, QWidget, f"{object_name}Button")
        assert button.accessibleName(), object_name


def test_every_action_has_its_shortcut(open_window, db_path: Path) -> None:
    window = open_window(db_path)
    for object_name, keys in SHORTCUTS.items():
        action = (
            child(window, QAction, object_name) if False else window.findChild(QAction, object_name)
        )
        assert action is not None, object_name
        assert action.shortcut().toString() == keys, object_name


def test_keyboard_switches_hats(qtbot: QtBot, open_window, db_path: Path) -> None:
    window = open_window(db_path)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_hat is Hat.MARKETING
    assert child(window, QTableView, "marketingTasks").isVisible()
    assert not child(window, QTableView, "salesTasks").isVisible()
    qtbot.keyClick(focused, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_hat is Hat.SALES


def test_layout_is_remembered(qtbot: QtBot, open_window, db_path: Path) -> None:
    window = open_window(db_path)
    window.resize(760, 540)
    splitter = child(window, QSplitter, "mainSplitter")
    splitter.setSizes([420, 340])
    header = child(window, QTableView, "leadsTable").horizontalHeader()
    header.resizeSection(1, 233)
    window.switch_hat(Hat.MARKETING)
    sizes = splitter.sizes()
    window.close()
    window.services.close()

    again = open_window(db_path)
    assert (again.width(), again.height()) == (760, 540)
    assert child(again, QSplitter, "mainSplitter").sizes() == sizes
    assert child(again, QTableView, "leadsTable").horizontalHeader().sectionSize(1) == 233
    assert again.current_hat is Hat.MARKETING


def test_tick_edit_and_delete_a_task(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.open(db_path)
    lead = services.leads.create(LeadDraft(name="Grace Hopper"))
    services.tasks.create(TaskDraft(title="Call Grace", hat=Hat.SALES, lead_id=lead.id))
    services.close()
    window = open_window(db_path)
    window.switch_hat(Hat.SALES)
    table = child(window, QTableView, "salesTasks")
    model = table.model()
    assert model.data(model.index(0, 3)) == "Grace Hopper"

    done_box = model.index(0, 0)
    cell = table.visualRect(done_box)
    # The tick box sits at the left of its cell, where a person clicks it.
    box = QPoint(cell.left() + 10, cell.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.services.tasks.listing(Hat.SALES)[0].done

    table.selectRow(0)

    def retitle(dialog: QDialog) -> None:
        title = child(dialog, QLineEdit, "taskTitle")
        title.clear()
        qtbot.keyClicks(title, "Call Grace about the demo")
        hat = child(dialog, QComboBox, "taskHat")
        hat.setCurrentIndex(hat.findData("marketing"))
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, window.action_edit_task.trigger, retitle)
    assert model.rowCount() == 0, "the task moved to the other hat"
    assert window.current_hat is Hat.MARKETING
    marketing = child(window, QTableView, "marketingTasks")
    assert marketing.model().data(marketing.model().index(0, 1)) == "Call Grace about the demo"

    marketing.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window.action_delete_task.trigger()
    assert marketing.model().rowCount() == 0
    assert window.services.tasks.listing() == []


def test_deleting_a_lead_asks_and_keeps_its_tasks(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.open(db_path)
    lead = services.leads.create(LeadDraft(name="Linus"))
    services.tasks.create(
        TaskDraft(title="Ask Linus for a referral", hat=Hat.SALES, lead_id=lead.id)
    )
    services.close()
    window = open_window(db_path)
    leads = child(window, QTableView, "leadsTable")
    leads.selectRow(0)
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.action_delete_lead.trigger()
    assert leads.model().rowCount() == 1, "answering No keeps the lead"
    window.action_delete_lead.trigger()
    assert leads.model().rowCount() == 0
    assert "Linus" in asked[0]
    tasks = window.services.tasks.listing(Hat.SALES)
    assert [(t.title, t.lead_id) for t in tasks] == [("Ask Linus for a referral", None)]


@pytest.mark.parametrize(
    "content",
    [b"This is a letter, not a database.\n" * 10, b"\x00" * 4096],
    ids=["text", "zeros"],
)
def test_a_bad_database_file_is_explained_and_left_alone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    bad = tmp_path / "letter.sqlite"
    bad.write_bytes(content)
    with pytest.raises(DatabaseFileError, match=r"letter\.sqlite"):
        create_app(["--db", str(bad)])
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    assert run_gui(["--db", str(bad)]) == 2
    assert len(shown) == 1 and "letter.sqlite" in shown[0]
    assert bad.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.sqlite"]


def test_funnelplanner_with_no_command_opens_the_window(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from funnelplanner.__main__ import main

    seen: list[QWidget] = []

    def fake_loop(_app) -> int:
        # Instead of waiting for the person, look at what is on screen and quit.
        seen.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in seen:
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_loop)
    assert main(["--db", str(db_path)]) == 0
    # A new file's welcome opens over the window from the event loop's first turn (it is
    # tested on its own): let it open and close it, or it would open over a later test.
    QApplication.processEvents()
    welcomes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "welcomeDialog"]
    for welcome in welcomes:
        welcome.close()
        welcome.deleteLater()
    assert [w.objectName() for w in seen] == ["mainWindow"]
    assert db_path.exists()
