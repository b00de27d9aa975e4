"""Checking a file's rows runs off the GUI thread: progress shows, Cancel stops it, and a
changed choice checks again."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.ui import import_worker
from funnelplanner.ui.import_dialog import ImportDialog
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child, in_modal_dialog, shown_text

Opener = Callable[[Path], MainWindow]


def _people(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Email"])
        writer.writerows([f"Person {n}", "", f"p{n}@example.com"] for n in range(count))
    return path


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(path), ""),
    )


def _hold_after_first_report(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each check stops at its first progress report until it is cancelled (or 5 s
    pass), so a test can act while a check is surely still running. Returns the names
    of the threads the checks reported from."""
    threads: list[str] = []
    original = import_worker.PreviewWorker._progress

    def held(worker: import_worker.PreviewWorker, done: int, total: int) -> bool:
        threads.append(threading.current_thread().name)
        going_on = original(worker, done, total)
        if len(threads) == 1:
            worker._stop.wait(5)
            return not worker._stop.is_set()
        return going_on

    monkeypatch.setattr(import_worker.PreviewWorker, "_progress", held)
    return threads


def test_a_long_check_shows_progress_off_the_gui_thread_and_cancel_stops_it(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While 3,000 rows are checked the owner sees how far it got and can press
    Cancel: the dialog closes at once and nothing is imported."""
    window = open_window(db_path)
    _choose_file(monkeypatch, _people(tmp_path / "people.csv", 3000))
    threads = _hold_after_first_report(monkeypatch)
    seen: dict[str, Any] = {}

    def watch_and_cancel(dialog: QDialog) -> None:
        bar = child(dialog, QProgressBar, "importCheckProgress")
        summary = child(dialog, QLabel, "importSummary")
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=10_000)
        seen["bar"] = (bar.isVisible(), bar.value(), bar.maximum())
        seen["summary"] = shown_text(summary)
        assert isinstance(dialog, ImportDialog)
        seen["import enabled"] = dialog.import_button.isEnabled()
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        seen["still shown"] = dialog.isVisible()

    in_modal_dialog(qtbot, window.action_import.trigger, watch_and_cancel)
    assert seen["bar"] == (True, 500, 3000)
    assert seen["summary"] == "Checking rows: 500 of 3,000…"
    assert seen["import enabled"] is False
    assert seen["still shown"] is False
    assert threads and threading.main_thread().name not in threads
    assert window.services.leads.listing() == []


def test_a_changed_choice_checks_again_and_shows_only_the_latest_result(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The owner stops importing the Email column while the first check still runs:
    that check is dropped, the next one finds no duplicate by email, and Import
    adds the 1,000 people."""
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Someone Else", email="p7@example.com"))
    _choose_file(monkeypatch, _people(tmp_path / "people.csv", 1000))
    _hold_after_first_report(monkeypatch)
    seen: dict[str, Any] = {}

    def change_and_import(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        bar = child(dialog, QProgressBar, "importCheckProgress")
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=10_000)
        email_box = child(dialog, QComboBox, "importField2")
        email_box.setCurrentIndex(0)  # not imported
        qtbot.waitUntil(bar.isHidden, timeout=10_000)
        seen["duplicates"] = child(dialog, QTableWidget, "importDuplicates").rowCount()
        seen["summary"] = shown_text(child(dialog, QLabel, "importSummary"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    in_modal_dialog(qtbot, window.action_import.trigger, change_and_import)
    assert seen["duplicates"] == 0
    assert seen["summary"].startswith("Will create 1,000, update 0 and skip 0")
    leads = window.services.leads.listing()
    assert len(leads) == 1001
    assert {lead.email for lead in leads} == {"p7@example.com", ""}


def test_a_slow_read_shows_a_dialog_whose_cancel_imports_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file is read off the GUI thread; a read that takes a while shows "Reading…"
    with Cancel, and Cancel leaves the window as it was."""
    window = open_window(db_path)
    _choose_file(monkeypatch, _people(tmp_path / "people.csv", 10))
    release = threading.Event()
    threads: list[str] = []
    original = import_worker.ReadWorker.run

    def slow_read(worker: import_worker.ReadWorker) -> None:
        threads.append(threading.current_thread().name)
        release.wait(5)
        original(worker)

    monkeypatch.setattr(import_worker.ReadWorker, "run", slow_read)
    seen: dict[str, str] = {}

    def cancel_reading(dialog: QDialog) -> None:
        assert isinstance(dialog, QProgressDialog)
        seen["name"] = dialog.objectName()
        seen["text"] = dialog.labelText()
        qtbot.mouseClick(child(dialog, QPushButton, ""), Qt.MouseButton.LeftButton)

    in_modal_dialog(qtbot, window.action_import.trigger, cancel_reading)
    release.set()
    assert seen == {"name": "importReadProgress", "text": "Reading people.csv…"}
    assert threads and threading.main_thread().name not in threads
    qtbot.waitUntil(lambda: not window.findChildren(import_worker.ReadWorker), timeout=5000)
    assert window.services.leads.listing() == []


def test_a_file_that_cannot_be_read_is_refused_by_name(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    broken = tmp_path / "photo.csv"
    broken.write_bytes(b"\x00\x01\x02" * 100)
    _choose_file(monkeypatch, broken)
    seen: list[str] = []

    def read_warning(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.windowTitle() + ": " + dialog.text())
        dialog.accept()

    in_modal_dialog(qtbot, window.action_import.trigger, read_warning)
    assert len(seen) == 1 and seen[0].startswith("Cannot import this file: ")
    assert "photo.csv" in seen[0]


def test_a_long_file_checked_in_worker_processes_shows_progress_cancels_and_imports(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file long enough for worker processes (made shorter here): the bar moves as
    their tasks come back, Cancel stops them and imports nothing, and checking again
    finds the same duplicate and imports the rest."""
    import multiprocessing

    from funnelplanner.services import row_checking

    monkeypatch.setattr(row_checking, "PARALLEL_FROM", 1000)
    monkeypatch.setattr(row_checking, "CHUNK_ROWS", 500)
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Someone Else", email="p7@example.com"))
    _choose_file(monkeypatch, _people(tmp_path / "people.csv", 3000))
    seen: dict[str, Any] = {}
    original = import_worker.PreviewWorker._progress

    def held_at_first_rows(worker: import_worker.PreviewWorker, done: int, total: int) -> bool:
        going_on = original(worker, done, total)
        if done > 0 and "held" not in seen:
            seen["held"] = done
            worker._stop.wait(5)
            return not worker._stop.is_set()
        return going_on

    monkeypatch.setattr(import_worker.PreviewWorker, "_progress", held_at_first_rows)

    def watch_and_cancel(dialog: QDialog) -> None:
        bar = child(dialog, QProgressBar, "importCheckProgress")
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=30_000)
        seen["bar"] = (bar.value(), bar.maximum())
        seen["workers"] = len(multiprocessing.active_children())
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    in_modal_dialog(qtbot, window.action_import.trigger, watch_and_cancel)
    assert seen["bar"] == (500, 3000)
    assert seen["workers"] == row_checking.WORKERS
    assert len(window.services.leads.listing()) == 1
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=30_000)

    def check_and_import(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        bar = child(dialog, QProgressBar, "importCheckProgress")
        qtbot.waitUntil(bar.isHidden, timeout=30_000)
        seen["summary"] = shown_text(child(dialog, QLabel, "importSummary"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)

    in_modal_dialog(qtbot, window.action_import.trigger, check_and_import)
    assert seen["summary"].startswith("Will create 2,999, update 0 and skip 1")
    assert len(window.services.leads.listing()) == 3000
