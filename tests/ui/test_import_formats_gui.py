"""Every sample export, end to end through File → Import leads… as a person does it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QTableView
from pytestqt.qtbot import QtBot

from funnelplanner.ui.import_dialog import ImportDialog
from funnelplanner.ui.main_window import MainWindow
from tests.cli.test_cli_import_formats import EXPECTED, SAMPLES
from tests.ui.driving import child, in_modal_dialog, shown_text

Opener = Callable[[Path], MainWindow]


@pytest.mark.parametrize(("name", "origin", "rows", "person", "email"), EXPECTED)
def test_each_sample_imports_through_the_import_dialog(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    origin: str,
    rows: int,
    person: str,
    email: str,
) -> None:
    window = open_window(db_path)
    monkeypatch.setattr(
        "funnelplanner.ui.main_window.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(SAMPLES / name), ""),
    )
    seen: list[str] = []

    def import_it(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(child(dialog, QProgressBar, "importCheckProgress").isHidden, timeout=10_000)
        seen.append(shown_text(child(dialog, QLabel, "importSource")))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    in_modal_dialog(qtbot, window.action_import.trigger, import_it)
    assert seen and f"{name}: {origin}, {rows} row" in seen[0]
    table = child(window, QTableView, "leadsTable")
    model = table.model()
    shown = {str(model.index(row, 0).data()) for row in range(model.rowCount())}
    assert person in shown
    assert email in {lead.email for lead in window.services.leads.listing()}
