"""File → Backups…: the list with lead counts, Back up now, Restore, Open folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.app import OpenDataFile
from funnelplanner.domain.models import LeadDraft
from funnelplanner.services import Services
from funnelplanner.storage import backup as storage_backup
from tests.ui.driving import child, in_modal_dialog


def _seed(path: Path, *names: str) -> None:
    services = Services.open(path, region="US")
    for lead_name in names:
        services.leads.create(LeadDraft(name=lead_name))
    services.close()


def _lead_names(table: QTableView) -> list[str]:
    model = table.model()
    return sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _open_backups(qtbot: QtBot, window, act) -> None:
    action = window.findChild(QAction, "actionBackups")
    assert action is not None
    in_modal_dialog(qtbot, action.trigger, act)


def test_backups_are_listed_with_lead_counts_and_back_up_now_adds_one(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    _seed(db_path, "Ada Lovelace", "Grace Hopper")
    window = open_window(db_path)  # an existing file: backed up at start
    seen: dict[str, list[list[str]]] = {}

    def look_and_back_up(dialog: QDialog) -> None:
        assert dialog.objectName() == "backupsDialog"
        table = child(dialog, QTableWidget, "backupsTable")
        assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
            "Taken",
            "Leads",
            "Size",
            "Reason",
        ]
        seen["before"] = _rows(table)
        qtbot.mouseClick(child(dialog, QPushButton, "backupNow"), Qt.MouseButton.LeftButton)
        seen["after"] = _rows(table)
        dialog.reject()

    _open_backups(qtbot, window, look_and_back_up)

    assert len(seen["before"]) == 1
    taken, leads, size, reason = seen["before"][0]
    assert (leads, reason) == ("2", "When the app started")
    assert taken and size
    assert len(seen["after"]) == 2
    newest, older = seen["after"]
    assert (newest[1], newest[3]) == ("2", "Backed up by you")  # newest first
    assert older == seen["before"][0]


def test_restore_brings_the_old_leads_back_into_the_window(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db_path, "Ada Lovelace", "Grace Hopper")
    window = open_window(db_path)
    leads_table = child(window, QTableView, "leadsTable")
    window.services.leads.create(LeadDraft(name="Alan Turing"))
    window.hub.leads_changed.emit()
    assert _lead_names(leads_table) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    seen: dict[str, object] = {}

    def restore_the_start_backup(dialog: QDialog) -> None:
        table = child(dialog, QTableWidget, "backupsTable")
        restore = child(dialog, QPushButton, "backupRestore")
        assert not restore.isEnabled()  # nothing chosen yet
        row = next(r for r, cells in enumerate(_rows(table)) if cells[3] == "When the app started")
        seen["taken"] = table.item(row, 0).text()
        table.selectRow(row)
        assert restore.isEnabled()
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        seen["reasons"] = [cells[3] for cells in _rows(table)]
        dialog.reject()

    _open_backups(qtbot, window, restore_the_start_backup)

    assert len(asked) == 1 and str(seen["taken"]) in asked[0]
    assert _lead_names(leads_table) == ["Ada Lovelace", "Grace Hopper"]
    assert "Before a restore" in seen["reasons"]  # type: ignore[operator]
    assert sorted(lead.name for lead in window.services.leads.listing()) == [
        "Ada Lovelace",
        "Grace Hopper",
    ]


def test_restore_answered_no_changes_nothing(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db_path, "Ada Lovelace")
    window = open_window(db_path)
    window.services.leads.create(LeadDraft(name="Alan Turing"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)

    def decline(dialog: QDialog) -> None:
        table = child(dialog, QTableWidget, "backupsTable")
        table.selectRow(0)
        qtbot.mouseClick(child(dialog, QPushButton, "backupRestore"), Qt.MouseButton.LeftButton)
        assert table.rowCount() == 1
        dialog.reject()

    _open_backups(qtbot, window, decline)
    assert sorted(lead.name for lead in window.services.leads.listing()) == [
        "Ada Lovelace",
        "Alan Turing",
    ]


def test_open_folder_shows_the_backups_folder(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)  # a new file: no backups, no folder yet
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def open_folder(dialog: QDialog) -> None:
        assert child(dialog, QTableWidget, "backupsTable").rowCount() == 0
        qtbot.mouseClick(child(dialog, QPushButton, "backupOpenFolder"), Qt.MouseButton.LeftButton)
        dialog.reject()

    _open_backups(qtbot, window, open_folder)
    folder = db_path.parent / "backups" / db_path.stem
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert folder.is_dir()


def test_changes_in_the_window_are_backed_up_hourly(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)  # a new file: nothing to back up yet
    assert window.services.backups.listing() == []
    window.services.leads.create(LeadDraft(name="Ada Lovelace"))
    window.hub.leads_changed.emit()
    qtbot.waitUntil(lambda: not window.backing_up)
    listed = window.services.backups.listing()
    assert [(info.reason, info.leads) for info in listed] == [("hourly", 1)]
    window.services.leads.create(LeadDraft(name="Grace Hopper"))
    window.hub.leads_changed.emit()
    qtbot.waitUntil(lambda: not window.backing_up)
    assert len(window.services.backups.listing()) == 1  # not again within the hour


def test_the_hourly_backup_is_copied_beside_the_window_and_stopped_when_it_closes(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copying a large file takes seconds: the change just saved does not wait for it, and
    a window closing meanwhile stops the copy, leaving no part of it behind."""
    window = open_window(db_path)
    started, threads = threading.Event(), []
    real = storage_backup.write_copy

    def slow_copy(source: Path, target: Path, stop: threading.Event | None = None) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        started.set()
        assert stop is not None
        stop.wait(10)  # as a copy of a large file would still be going
        real(source, target, stop)

    monkeypatch.setattr(storage_backup, "write_copy", slow_copy)
    # A page a step, as a large file has many steps: the copy looks at ``stop`` between.
    monkeypatch.setattr(storage_backup, "STEP_PAGES", 1)
    window.services.leads.create(LeadDraft(name="Ada Lovelace"))
    window.hub.leads_changed.emit()  # returns at once: the copy goes on beside the window
    assert started.wait(5)
    assert window.backing_up

    window.close()

    assert threads == [False]
    assert not window.backing_up
    folder = db_path.parent / "backups" / db_path.stem
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_restore_runs_beside_the_window_behind_a_dialog_that_cannot_be_dismissed(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over ten seconds at 100,000 leads: the window keeps painting, and the progress
    dialog stays up (no Cancel, Esc ignored) until the one transaction is done."""
    _seed(db_path, "Ada Lovelace")
    window = open_window(db_path)
    window.services.leads.create(LeadDraft(name="Alan Turing"))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    release, threads = threading.Event(), []
    real = window.services.backups.restore

    def slow_restore(path: Path) -> Path:
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real(path)

    monkeypatch.setattr(window.services.backups, "restore", slow_restore)
    seen: dict[str, object] = {}

    def look_at_the_progress(progress: QDialog) -> None:
        assert isinstance(progress, QProgressDialog)
        seen["label"] = progress.labelText()
        seen["buttons"] = [b.text() for b in progress.findChildren(QPushButton)]
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        seen["after escape"] = progress.isVisible()
        release.set()

    def restore_the_start_backup(dialog: QDialog) -> None:
        table = child(dialog, QTableWidget, "backupsTable")
        table.selectRow(0)
        restore = child(dialog, QPushButton, "backupRestore")
        in_modal_dialog(
            qtbot,
            lambda: qtbot.mouseClick(restore, Qt.MouseButton.LeftButton),
            look_at_the_progress,
            QProgressDialog,
        )
        qtbot.waitUntil(
            lambda: "Restored the backup" in child(dialog, QLabel, "backupsStatus").text()
        )
        dialog.reject()

    _open_backups(qtbot, window, restore_the_start_backup)

    assert threads == [False]
    assert str(seen["label"]).startswith("Restoring the backup taken ")
    assert seen["buttons"] == []
    assert seen["after escape"] is True
    assert sorted(lead.name for lead in window.services.leads.listing()) == ["Ada Lovelace"]


def test_quitting_stops_an_hourly_backup_under_way_even_with_the_window_open(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quit from the desktop session closes no window first: the app's release still
    stops the copy before the services close, and leaves no part of it."""
    window = open_window(db_path)
    started = threading.Event()
    real = storage_backup.write_copy

    def slow_copy(source: Path, target: Path, stop: threading.Event | None = None) -> None:
        started.set()
        assert stop is not None
        stop.wait(10)
        real(source, target, stop)

    monkeypatch.setattr(storage_backup, "write_copy", slow_copy)
    monkeypatch.setattr(storage_backup, "STEP_PAGES", 1)
    window.services.leads.create(LeadDraft(name="Ada Lovelace"))
    window.hub.leads_changed.emit()
    assert started.wait(5)

    # The app keeps one per window it opened (one per test here): this window's.
    [opened] = [o for o in QApplication.instance().findChildren(OpenDataFile) if o.window is window]
    opened.release()

    assert not window.backing_up
    folder = db_path.parent / "backups" / db_path.stem
    assert sorted(p.name for p in folder.iterdir()) == []
