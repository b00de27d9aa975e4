"""A newcomer's first session, done through the window the way a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child, in_modal_dialog, press_save


def _cell(table: QTableView, row: int, column: int) -> str:
    model = table.model()
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def _column(table: QTableView, header: str) -> int:
    model = table.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise AssertionError(f"no column {header}")


def _task_titles(window: MainWindow, object_name: str) -> list[str]:
    """The tasks listed under a hat, looked at as the owner does: wearing that hat."""
    window.switch_hat(Hat(object_name.removesuffix("Tasks")))
    table = child(window, QTableView, object_name)
    return [_cell(table, row, 1) for row in range(table.model().rowCount())]


def test_newcomer_enters_a_lead_logs_contacts_and_plans_both_hats(
    qtbot: QtBot, open_window, tmp_path: Path
) -> None:
    db = tmp_path / "first.sqlite"
    window = open_window(db)
    leads = child(window, QTableView, "leadsTable")
    assert leads.model().rowCount() == 0
    assert child(window, QLabel, "leadsEmpty").isVisible(), "an empty file says what to do"

    def bad_then_good_email(dialog: QDialog) -> None:
        assert dialog.objectName() == "leadDialog"
        qtbot.keyClicks(child(dialog, QLineEdit, "leadName"), "Ada Lovelace")
        qtbot.keyClicks(child(dialog, QLineEdit, "leadCompany"), "Analytical Engines")
        email = child(dialog, QLineEdit, "leadEmail")
        qtbot.keyClicks(email, "ada@@example")
        press_save(qtbot, dialog)
        error = child(dialog, QLabel, "leadEmailError")
        assert dialog.isVisible(), "a bad email must keep the dialog open"
        assert error.isVisible() and "Email" in error.text()
        assert window.services.leads.count(window.leads_panel.model.query) == 0
        email.clear()
        qtbot.keyClicks(email, "ada@example.com")
        press_save(qtbot, dialog)
        assert not dialog.isVisible()

    in_modal_dialog(
        qtbot,
        window.findChild(type(window.action_new_lead), "actionNewLead").trigger,
        bad_then_good_email,
    )

    assert leads.model().rowCount() == 1
    assert not child(window, QLabel, "leadsEmpty").isVisible()
    assert _cell(leads, 0, _column(leads, "Name")) == "Ada Lovelace"
    assert _cell(leads, 0, _column(leads, "Contacts")) == "0"

    leads.selectRow(0)
    for outcome in ("Left a message", "Talked"):

        def log(dialog: QDialog, outcome: str = outcome) -> None:
            assert dialog.objectName() == "contactDialog"
            channel = child(dialog, QComboBox, "contactChannel")
            channel.setCurrentIndex(channel.findText("Phone"))
            outcome_box = child(dialog, QComboBox, "contactOutcome")
            outcome_box.setCurrentText("")
            qtbot.keyClicks(outcome_box, outcome)
            press_save(qtbot, dialog)

        in_modal_dialog(qtbot, window.action_log_contact.trigger, log)
    assert _cell(leads, 0, _column(leads, "Contacts")) == "2"
    assert _cell(leads, 0, _column(leads, "Last contact")) != ""

    for hat, title in (("marketing", "Write the December newsletter"), ("sales", "Call Ada")):
        window.findChild(type(window.action_new_task), f"{hat}Hat").trigger()

        def add_task(dialog: QDialog, title: str = title, hat: str = hat) -> None:
            assert dialog.objectName() == "taskDialog"
            assert child(dialog, QComboBox, "taskHat").currentData() == hat
            qtbot.keyClicks(child(dialog, QLineEdit, "taskTitle"), title)
            press_save(qtbot, dialog)

        in_modal_dialog(qtbot, window.action_new_task.trigger, add_task)

    assert _task_titles(window, "marketingTasks") == ["Write the December newsletter"]
    assert _task_titles(window, "salesTasks") == ["Call Ada"]
    window.close()
    window.services.close()

    again = open_window(db)
    leads = child(again, QTableView, "leadsTable")
    assert leads.model().rowCount() == 1
    assert _cell(leads, 0, _column(leads, "Name")) == "Ada Lovelace"
    assert _cell(leads, 0, _column(leads, "Contacts")) == "2"
    assert _task_titles(again, "marketingTasks") == ["Write the December newsletter"]
    assert _task_titles(again, "salesTasks") == ["Call Ada"]
