"""File → Import leads… and the two exports, driven from the window."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.services import exporting
from funnelplanner.services.exporting import ExportService
from funnelplanner.ui.import_dialog import ImportDialog
from funnelplanner.ui.main_window import CALENDAR_EVENTS, MainWindow
from tests.ui.driving import child, in_modal_dialog, shown_text

Opener = Callable[[Path], MainWindow]
FIXTURES = Path(__file__).parent.parent / "data" / "imports"


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(path), ""),
    )


def _shown_names(window: MainWindow) -> list[str]:
    table = child(window, QTableView, "leadsTable")
    model = table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _wait_for_the_check(qtbot: QtBot, dialog: QDialog) -> None:
    """Wait, as the owner does, until the rows are checked (the progress bar goes)."""
    bar = child(dialog, QProgressBar, "importCheckProgress")
    qtbot.waitUntil(bar.isHidden, timeout=10_000)


def _import_and_wait(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, ImportDialog)
    _wait_for_the_check(qtbot, dialog)
    button = dialog.import_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_a_hubspot_export_is_mapped_previewed_and_imported(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owner picks a HubSpot file, sees how its columns map and what will happen,
    presses Import, and finds the people in the leads table."""
    window = open_window(db_path)
    _choose_file(monkeypatch, FIXTURES / "hubspot_contacts.csv")
    seen: dict[str, str] = {}

    def check_and_import(dialog: QDialog) -> None:
        _wait_for_the_check(qtbot, dialog)
        seen["source"] = shown_text(child(dialog, QLabel, "importSource"))
        seen["summary"] = shown_text(child(dialog, QLabel, "importSummary"))
        mapping = child(dialog, QTableWidget, "importMapping")
        seen["first column"] = mapping.item(1, 0).text()
        first_name_box = child(dialog, QComboBox, "importField1")
        seen["first name as"] = first_name_box.currentText()
        _import_and_wait(qtbot, dialog)

    in_modal_dialog(
        qtbot,
        lambda: qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
        check_and_import,
    )
    assert "hubspot_contacts.csv" in seen["source"] and "HubSpot" in seen["source"]
    assert seen["first column"] == "First Name"
    assert seen["first name as"] == "First name"
    assert seen["summary"].startswith("Will create")
    names = _shown_names(window)
    assert "Zoë Ångström" in names and "Łukasz Nowak" in names
    assert "Imported hubspot_contacts.csv" in window.statusBar().currentMessage()
    zoe = next(lead for lead in window.services.leads.listing() if lead.name == "Zoë Ångström")
    assert zoe.imported_contact_count == 3


def test_duplicates_are_shown_and_can_update_the_stored_lead(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A row with the email of a stored lead is listed as a duplicate; choosing Update
    changes the stored lead instead of adding a second one."""
    window = open_window(db_path)
    stored = window.services.leads.create(
        LeadDraft("Ann Smith", company="Old Co", email="ann@example.com")
    )
    source = tmp_path / "people.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Name", "Company", "Email"],
                ["Ann Smith", "New Co", "ann@example.com"],
                ["Bo", "", ""],
            ]
        )
    _choose_file(monkeypatch, source)
    seen: dict[str, object] = {}

    def update_and_import(dialog: QDialog) -> None:
        _wait_for_the_check(qtbot, dialog)
        table = child(dialog, QTableWidget, "importDuplicates")
        seen["duplicates"] = table.rowCount()
        every = child(dialog, QComboBox, "importDuplicatesAll")
        every.setCurrentIndex(every.findText("Update the stored lead"))
        seen["summary"] = shown_text(child(dialog, QLabel, "importSummary"))
        _import_and_wait(qtbot, dialog)

    in_modal_dialog(qtbot, window.action_import.trigger, update_and_import)
    assert seen["duplicates"] == 1
    assert "Will create 1, update 1 and skip 0" in str(seen["summary"])
    assert window.services.leads.get(stored.id).company == "New Co"
    assert sorted(_shown_names(window)) == ["Ann Smith", "Bo"]


def test_rows_with_problems_are_listed_and_a_file_without_names_cannot_import(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bad rows are named by row number; unmapping the name column disables Import."""
    window = open_window(db_path)
    source = tmp_path / "people.csv"
    source.write_text("Name,Email\nCy,not-an-email\nDi,di@example.com\n", encoding="utf-8")
    _choose_file(monkeypatch, source)
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        _wait_for_the_check(qtbot, dialog)
        problems = child(dialog, QListWidget, "importProblems")
        seen["problems"] = [problems.item(i).text() for i in range(problems.count())]
        summary = child(dialog, QLabel, "importSummary")
        name_box = child(dialog, QComboBox, "importField0")
        name_box.setCurrentIndex(0)  # not imported
        qtbot.waitUntil(lambda: "Cannot import" in shown_text(summary), timeout=10_000)
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["summary"] = shown_text(child(dialog, QLabel, "importSummary"))
        dialog.reject()

    in_modal_dialog(qtbot, window.action_import.trigger, look)
    problems = seen["problems"]
    assert isinstance(problems, list) and problems[0].startswith("Row 1:")
    assert seen["enabled"] is False
    assert "Name" in str(seen["summary"])
    assert window.services.leads.listing() == []


def test_an_unreadable_file_is_named_in_a_message(
    open_window: Opener,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _choose_file(monkeypatch, empty)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.action_import.trigger()
    assert len(warnings) == 1 and "empty.csv" in warnings[0]


def test_exports_write_the_files_the_owner_names(
    open_window: Opener,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File → Export leads as CSV… and Export tasks to a calendar… write where asked."""
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Zoë", next_follow_up=None))
    targets = iter([tmp_path / "leads", tmp_path / "tasks.ics"])
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(next(targets)), ""),
    )
    window.action_export_leads.trigger()
    leads_file = tmp_path / "leads.csv"
    assert leads_file.read_bytes().startswith(b"\xef\xbb\xbfName,")
    assert "Zoë" in leads_file.read_text(encoding="utf-8-sig")
    assert "Exported 1 lead to" in window.statusBar().currentMessage()
    window.action_export_tasks.trigger()
    todos = (tmp_path / "tasks.ics").read_bytes()
    assert todos.startswith(b"BEGIN:VCALENDAR\r\n") and b"BEGIN:VEVENT" not in todos


def test_the_google_calendar_choice_writes_events(
    open_window: Opener,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing the Google Calendar file type in the save dialog writes all-day events."""
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Zoë", next_follow_up=date(2026, 12, 1)))
    target = tmp_path / "google.ics"
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), CALENDAR_EVENTS),
    )
    window.action_export_tasks.trigger()
    written = target.read_bytes()
    assert b"BEGIN:VEVENT" in written and b"BEGIN:VTODO" not in written
    assert b"DTSTART;VALUE=DATE:20261201" in written
    assert "Exported 1 event to" in window.statusBar().currentMessage()


def test_a_long_export_shows_its_progress_and_cancel_writes_no_file(
    open_window: Opener,
    db_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An export runs off the window with a progress dialog (seconds at 100,000 leads);
    Cancel leaves no file, and the status bar says so."""
    window = open_window(db_path)
    for number in range(3):
        window.services.leads.create(LeadDraft(f"Lead {number}"))
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 1)
    release = threading.Event()
    real = ExportService.leads_csv

    def held_back(
        service: ExportService, path: Path, stage: Any = None, progress: Any = None
    ) -> int:
        def slowly(done: int, total: int) -> bool:
            wanted = progress(done, total)
            if done == 1:
                release.wait(10)  # as a large file would take a while here
            return bool(wanted)

        return real(service, path, stage, slowly)

    monkeypatch.setattr(ExportService, "leads_csv", held_back)
    target = tmp_path / "leads.csv"
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QProgressDialog)
        qtbot.waitUntil(lambda: "1 of 3" in dialog.labelText())
        seen["label"], seen["title"] = dialog.labelText(), dialog.windowTitle()
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()

    in_modal_dialog(qtbot, window.action_export_leads.trigger, look, QProgressDialog)

    assert seen == {"label": "Writing leads.csv… 1 of 3", "title": "Export leads as CSV"}
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".csv", ".part"}) == []
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written"
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "longTaskProgress") is None)
    # Nothing is left running: the next export writes the whole file at once.
    release.set()
    window.action_export_leads.trigger()
    assert len(list(csv.reader(target.open(encoding="utf-8-sig")))) == 4
    assert "Exported 3 leads to" in window.statusBar().currentMessage()
