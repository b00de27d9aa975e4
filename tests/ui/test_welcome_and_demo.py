"""First run: the welcome, the demo business, removing it in one step, and --demo."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.services import Services, demo_content
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.welcome_dialog import WelcomeDialog
from tests.ui.driving import child, in_modal_dialog, press_save

Starter = Callable[[Path], MainWindow]


@pytest.fixture
def start_gui(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Starter]:
    """`funnelplanner --db FILE` as a person starts it: the whole of run_gui, with the
    event loop handed back to the test instead of waiting for the person."""
    from funnelplanner.__main__ import main

    windows: list[MainWindow] = []

    def start(path: Path) -> MainWindow:
        seen: list[MainWindow] = []

        def hand_back(_app: QApplication) -> int:
            seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            return 0

        monkeypatch.setattr(QApplication, "exec", hand_back)
        assert main(["--db", str(path)]) == 0
        (window,) = (w for w in seen if w not in windows and w.isVisible())
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()
        window.services.close()


def _restart(window: MainWindow, start_gui: Starter) -> MainWindow:
    path = window.services.path
    window.close()
    window.services.close()
    return start_gui(path)


def _welcome(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WelcomeDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WelcomeDialog) and dialog.parent() is window
    return dialog


def _no_welcome(window: MainWindow) -> None:
    # The welcome is opened from the event loop's first turn: let that turn happen.
    QApplication.processEvents()
    QApplication.processEvents()
    assert not any(w.isVisible() for w in window.findChildren(WelcomeDialog))


def _lead_names(window: MainWindow) -> list[str]:
    model = child(window, QTableView, "leadsTable").model()
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def _pdf_text(path: Path) -> str:
    pages = pypdf.PdfReader(path).pages
    return "\n".join(page.extract_text().replace("\t", " ") for page in pages)


def test_first_run_loads_the_demo_prints_it_and_removes_it_in_one_step(
    qtbot: QtBot,
    start_gui: Starter,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = start_gui(db_path)
    welcome = _welcome(qtbot, window)
    text = " ".join(
        label.text() for label in welcome.findChildren(QWidget) if hasattr(label, "text")
    )
    for words in ("Marketing hat", "Sales hat", "MQL", "SQL", "Customer", "Remove demo data"):
        assert words in text, words
    qtbot.mouseClick(child(welcome, QPushButton, "loadDemoButton"), Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()

    demo_names = sorted(lead.name for lead in demo_content.LEADS)
    assert _lead_names(window) == demo_names
    assert window.action_undo.text() == "&Undo Load the demo business"

    # The plan for the demo month prints with the demo's leads and both hats' tasks.
    target = tmp_path / "demo-plan.pdf"
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    window.action_export_plan.trigger()
    # The PDF is written off the window's thread; the status bar says when it is saved.
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    printed = _pdf_text(target)
    month = window.services.planning.this_month()
    assert demo_content.BUSINESS_NAME in printed
    assert month.label in printed
    assert "Marcus Reid (Reid Physiotherapy)" in printed  # a follow-up due this month
    assert "Write the newsletter: spring website checklist" in printed
    assert "Demo call with Oliver Brandt" in printed

    # The owner adds a lead of their own next to the demo.
    def type_a_lead(dialog: QDialog) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "leadName"), "Ada Owner")
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, window.action_new_lead.trigger, type_a_lead)
    assert "Ada Owner" in _lead_names(window)

    help_menu = child(window.menuBar(), QMenu, "helpMenu")
    assert window.action_remove_demo in help_menu.actions()
    assert window.action_remove_demo.isEnabled()
    window.action_remove_demo.trigger()
    assert _lead_names(window) == ["Ada Owner"]
    assert "Removed the demo business" in window.statusBar().currentMessage()
    assert not window.action_remove_demo.isEnabled()
    assert window.services.tasks.listing() == []

    # One step back brings the whole demo back; one step forward takes it out again.
    assert window.action_undo.text() == "&Undo Remove the demo data"
    window.action_undo.trigger()
    assert _lead_names(window) == sorted([*demo_names, "Ada Owner"])
    window.action_redo.trigger()
    assert _lead_names(window) == ["Ada Owner"]

    window = _restart(window, start_gui)
    _no_welcome(window)
    assert _lead_names(window) == ["Ada Owner"]


def test_start_empty_is_remembered_across_restarts(
    qtbot: QtBot, start_gui: Starter, db_path: Path
) -> None:
    window = start_gui(db_path)
    welcome = _welcome(qtbot, window)
    qtbot.mouseClick(child(welcome, QPushButton, "startEmptyButton"), Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert _lead_names(window) == []
    assert not window.action_remove_demo.isEnabled()
    # Still empty, but answered: the welcome does not come back.
    window = _restart(window, start_gui)
    _no_welcome(window)
    assert _lead_names(window) == []


def test_closing_the_welcome_answers_it_too(
    qtbot: QtBot, start_gui: Starter, db_path: Path
) -> None:
    window = start_gui(db_path)
    welcome = _welcome(qtbot, window)
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)
    assert not welcome.isVisible()
    window = _restart(window, start_gui)
    _no_welcome(window)


def test_a_file_that_already_has_data_gets_no_welcome(start_gui: Starter, db_path: Path) -> None:
    services = Services.open(db_path, start_backup=False)
    services.leads.create(LeadDraft("Existing Customer"))
    services.close()
    window = start_gui(db_path)
    _no_welcome(window)
    assert _lead_names(window) == ["Existing Customer"]


DEMO_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from funnelplanner.__main__ import main
from funnelplanner.domain.models import LeadQuery

app = QApplication([sys.argv[0]])

def look():
    (window,) = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    welcomes = [w for w in app.topLevelWidgets() if w.objectName() == "welcomeDialog"]
    print(window.windowTitle())
    print(window.services.path)
    print(window.services.leads.count(LeadQuery()))
    print(any(w.isVisible() for w in welcomes))
    app.quit()

QTimer.singleShot(0, look)
sys.exit(main(["--demo"]))
"""


def test_demo_flag_opens_a_throwaway_demo_and_leaves_the_owners_data_alone(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FUNNELPLANNER_DATA_DIR": str(data),
        "FUNNELPLANNER_CONFIG_DIR": str(tmp_path / "config"),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", DEMO_DRIVER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    title, path, leads, welcomed = done.stdout.splitlines()[-4:]
    assert "demo" in title.lower()
    assert Path(path).parent.parent == tmp_path / "tmp"
    assert int(leads) == len(demo_content.LEADS)
    assert welcomed == "False"
    # The temporary folder, its backups and its layout are gone; the owner's are untouched.
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not data.exists() or list(data.iterdir()) == []
    assert not (tmp_path / "config").exists()


@pytest.mark.parametrize("argv", [["--demo", "--db", "x.sqlite"], ["--demo", "lead", "list"]])
def test_demo_flag_takes_no_file_and_no_command(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from funnelplanner.__main__ import main

    with pytest.raises(SystemExit) as exited:
        status = main(argv)
        raise SystemExit(status)
    assert exited.value.code == 2
    assert "--demo" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
