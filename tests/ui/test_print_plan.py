"""Export PDF… from the window: where the owner chose, off the window, with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child
from tests.ui.printing import export_to, held_back, pdf_text, seed

Opener = Callable[[Path], MainWindow]


def test_export_pdf_writes_the_plan_where_the_owner_chose(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+E asks for a file name and saves the plan there; the status bar says so."""
    window = open_window(db_path)
    seed(window)
    window.services.settings.save_business_name("Ångström & Łukasz Consulting")
    target = tmp_path / "out" / "november"
    target.parent.mkdir()
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    written = target.with_name("november.pdf")  # the extension is added when left off
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert written.exists()
    text = pdf_text(written)
    assert "Ångström & Łukasz Consulting" in text
    assert "Zoë Ångström (Fjord AS)" in text
    assert "Write the newsletter" in text
    assert "page 1 of" in text
    assert str(written) in window.statusBar().currentMessage()


def test_export_pdf_to_an_unwritable_place_says_so_and_writes_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder that cannot hold the file gives a message naming it; nothing is left behind."""
    window = open_window(db_path)
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder")
    target = blocker / "plan.pdf"
    export_to(monkeypatch, target)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    window.action_export_plan.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not target.exists()
    assert blocker.read_text() == "not a folder"


def test_export_runs_off_the_window_with_a_progress_dialog(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the plan is written the window keeps running and a progress dialog shows;
    once it is saved the dialog goes and the status bar names the file."""
    window = open_window(db_path)
    seed(window)
    target = tmp_path / "plan.pdf"
    export_to(monkeypatch, target)
    release = held_back(monkeypatch)

    window.action_export_plan.trigger()
    progress = child(window, QProgressDialog, "planPdfProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # the window's loop runs meanwhile
    assert "Gathering the" in progress.labelText()
    assert not target.exists()
    release.set()

    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert "Zoë Ångström (Fjord AS)" in pdf_text(target)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "planPdfProgress") is None)


def test_cancelling_an_export_writes_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    seed(window)
    target = tmp_path / "plan.pdf"
    export_to(monkeypatch, target)
    release = held_back(monkeypatch)

    window.action_export_plan.trigger()
    progress = child(window, QProgressDialog, "planPdfProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()

    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".pdf", ".part"}) == []
