"""The window paints its first screen before SQLAlchemy loads, then opens the file fully.

See services/first_screen.py: importing SQLAlchemy and its ORM took as long as the rest of
the start together, and the first screen needs only a few reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from funnelplanner import app as app_module
from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.services.first_screen import FirstScreenServices
from funnelplanner.storage.first_look import FirstLook
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import SettingsStore

# Run in a process of its own: whether a module is loaded is only true of a fresh one.
PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from funnelplanner.app import create_app

seen = {}
app, window = create_app(["--db", sys.argv[1]])
table = window.findChild(QTableView, "leadsTable")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = "sqlalchemy" in sys.modules
            seen["first_name"] = table.model().index(0, 0).data()
            QTimer.singleShot(0, wait_for_the_full_opening)
        return False

def wait_for_the_full_opening():
    if not window.services.fully_open():
        QTimer.singleShot(20, wait_for_the_full_opening)
        return
    seen["later"] = "sqlalchemy" in sys.modules
    seen["page_check_started"] = window.services.database.opening is not None
    import linecache
    seen["sources_kept"] = sum("sqlalchemy" in name for name in linecache.cache)
    app.quit()

painted = FirstPaint()
table.viewport().installEventFilter(painted)
window.resize(1000, 700)
window.show()
QTimer.singleShot(30_000, app.quit)
app.exec()
window.close()
window.services.close()
print(json.dumps(seen))
"""

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def filled(path: Path, *names: str) -> Path:
    services = Services.open(path, region="US", start_backup=False)
    try:
        for name in names:
            services.leads.create(LeadDraft(name, company="Acme"))
        services.tasks.create(TaskDraft("Send the offer", Hat.SALES))
    finally:
        services.close()
    return path


def test_the_leads_paint_before_sqlalchemy_loads_and_it_loads_after(db_path: Path) -> None:
    filled(db_path, "Bea", "Ada")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "at_paint": False,
        "first_name": "Ada",
        "later": True,
        "page_check_started": True,
        # PySide reads every module imported after it (some 430 of SQLAlchemy's, 15 MB
        # kept in linecache): let go once the file is open.
        "sources_kept": 0,
    }


def test_the_window_works_on_once_the_file_is_fully_open(
    open_window, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(filled(db_path, "Ada", "Bea", "Cem"))
    services = window.services
    assert isinstance(services, FirstScreenServices)
    qtbot.waitUntil(services.fully_open, timeout=10_000)
    table = window.findChild(QTableView, "leadsTable")
    filter_box = window.findChild(QLineEdit, "leadsFilter")
    qtbot.keyClicks(filter_box, "bea")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5_000)
    assert table.model().index(0, 0).data() == "Bea"


def test_a_full_opening_that_fails_beside_the_window_is_told_and_ends_the_app(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(db_path, "Ada")
    look = FirstLook.open(db_path)
    assert look is not None

    def refuse() -> Services:
        raise DatabaseFileError(f"{db_path} cannot be written: the disk is full")

    services = FirstScreenServices(look, refuse, db_path, "US", lambda: NOW, UTC)
    window = MainWindow(services, SettingsStore(tmp_path / "funnelplanner.ini"))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    ended: list[int] = []

    class App:
        def exit(self, code: int) -> None:
            ended.append(code)

    window.show()
    app_module.watch_the_page_check(App(), window)  # type: ignore[arg-type]
    # The first screen was read; the opening beside it then fails.
    assert window.findChild(QTableView, "leadsTable").model().index(0, 0).data() == "Ada"
    services.finish_opening_in_background()
    qtbot.waitUntil(lambda: ended != [], timeout=5_000)
    assert ended == [2]
    assert len(shown) == 1 and "cannot be written" in shown[0]
    assert not window.isVisible()
    services.close()
