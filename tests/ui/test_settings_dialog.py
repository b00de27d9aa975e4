"""Settings → Preferences…: typed by the owner, used on screen and in the plan, kept, undone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.app import create_app
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.reports.paper import Paper, page_layout
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import Theme
from funnelplanner.ui.theme import apply_theme, is_dark
from tests.ui.driving import child, in_modal_dialog, press_save

Opener = Callable[[Path], MainWindow]
A4 = (595, 842)
# Typing a currency opens the completer's popup, which the offscreen platform cannot raise.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture(autouse=True)
def _system_theme() -> Iterator[None]:
    """A test that picks Dark leaves the next test the system's colours."""
    yield
    apply_theme(Theme.SYSTEM)


def _shown_value(window: MainWindow, lead_name: str) -> str:
    model = window.leads_panel.table.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    value_column = header.index("Value")
    for row in range(model.rowCount()):
        if lead_name in str(model.index(row, 0).data()) or any(
            model.index(row, c).data() == lead_name for c in range(model.columnCount())
        ):
            return str(model.index(row, value_column).data())
    raise AssertionError(f"{lead_name} is not in the leads table")


def _open_preferences(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+, as the owner presses it."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)


def _page(dialog: QDialog, title: str) -> None:
    tabs = child(dialog, QTabWidget, "settingsPages")
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))


def _choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def _type_preferences(qtbot: QtBot, dialog: QDialog) -> None:
    name_edit = child(dialog, QLineEdit, "settingsBusinessName")
    name_edit.clear()
    qtbot.keyClicks(name_edit, "Nordlicht Studio")
    currency = child(dialog, QComboBox, "settingsCurrency")
    line = currency.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "eur")  # typed, not picked: the code is found either way
    _choose(child(dialog, QComboBox, "settingsWeekStart"), "Saturday")
    _choose(child(dialog, QComboBox, "settingsPaper"), "A4")
    _page(dialog, "Follow-ups")
    gap = child(dialog, QSpinBox, "gapSql")
    gap.selectAll()
    qtbot.keyClicks(gap, "9")
    follow_up = child(dialog, QSpinBox, "agreementFollowUpDays")
    follow_up.selectAll()
    qtbot.keyClicks(follow_up, "4")


@POPUP
def test_preferences_are_used_on_screen_in_calendars_and_in_the_printed_plan(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Zoë Ångström", value="1250"))
    window.services.campaigns.create(
        CampaignDraft("Spring webinar", CampaignChannel.WEBINAR, budget="1200.50")
    )
    window.reload_everything()
    assert _shown_value(window, "Zoë Ångström") == "$1,250"  # US: dollars until changed
    window.settings.print_layout = page_layout(Paper.LETTER)  # set up in an earlier preview

    in_modal_dialog(
        qtbot,
        lambda: _open_preferences(qtbot, window),
        lambda dialog: (_type_preferences(qtbot, dialog), press_save(qtbot, dialog)),
    )

    business = window.services.settings.business()
    assert (business.name, business.currency, business.week_start.value, business.paper.value) == (
        "Nordlicht Studio",
        "EUR",
        "saturday",
        "a4",
    )
    agreement = window.services.settings.agreement()
    assert (agreement.gap(Stage.SQL), agreement.sql_follow_up_days) == (9, 4)
    assert _shown_value(window, "Zoë Ångström") == "€1,250"
    # Another paper chosen: the next print preview starts on it.
    assert window.plan_printing.layout().pageSize().id() == QPageSize.PageSizeId.A4

    # A calendar opened from a date field starts its weeks on Saturday.
    def look_at_calendar(dialog: QDialog) -> None:
        edit = dialog.findChild(QDateEdit)
        assert edit is not None
        calendar = edit.calendarWidget()
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
        dialog.reject()

    in_modal_dialog(qtbot, window.action_new_task.trigger, look_at_calendar)

    # The printed plan: the name on top, the budget in euros, on A4 paper.
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    window.action_export_plan.trigger()
    # The PDF is written off the window's thread; the status bar says when it is saved.
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    pages = pypdf.PdfReader(target).pages
    text = " ".join(page.extract_text().replace("\t", " ") for page in pages)
    assert "Nordlicht Studio" in text
    assert "€1,200.50" in text
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {
        A4
    }


@POPUP
def test_bad_input_names_the_field_and_saves_nothing(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)
    before = (window.services.settings.business(), window.services.settings.agreement())
    seen: dict[str, str] = {}

    def type_bad(dialog: QDialog) -> None:
        name_edit = child(dialog, QLineEdit, "settingsBusinessName")
        name_edit.insert("Bad\x07Name")  # pasted: no key types a control character
        currency = child(dialog, QComboBox, "settingsCurrency")
        line = currency.lineEdit()
        assert line is not None
        line.selectAll()
        qtbot.keyClicks(line, "XYZ")
        _page(dialog, "Follow-ups")  # the error brings the owner back to the field
        press_save(qtbot, dialog)
        assert dialog.isVisible()  # still open: nothing accepted
        seen["currency"] = child(dialog, QLabel, "settingsCurrencyError").text()
        seen["name"] = child(dialog, QLabel, "settingsBusinessNameError").text()
        tabs = child(dialog, QTabWidget, "settingsPages")
        seen["page"] = tabs.tabText(tabs.currentIndex())
        seen["summary"] = child(dialog, QLabel, "settingsError").text()
        dialog.reject()

    in_modal_dialog(qtbot, window.action_preferences.trigger, type_bad)
    assert seen["currency"].startswith("Currency: XYZ")
    assert "Business name" in seen["name"] and "control characters" in seen["name"]
    assert seen["page"] == "Business"
    assert "Nothing was saved" in seen["summary"]
    assert (window.services.settings.business(), window.services.settings.agreement()) == before
    assert window.undo_stack.count() == 0


@POPUP
def test_undo_takes_the_whole_settings_change_back(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)
    window.services.leads.create(LeadDraft("Ann Smith", value="300"))
    window.reload_everything()
    before = (window.services.settings.business(), window.services.settings.agreement())
    in_modal_dialog(
        qtbot,
        window.action_preferences.trigger,
        lambda dialog: (_type_preferences(qtbot, dialog), press_save(qtbot, dialog)),
    )
    assert _shown_value(window, "Ann Smith") == "€300"
    assert window.action_undo.text() == "&Undo Change the settings"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert (window.services.settings.business(), window.services.settings.agreement()) == before
    assert _shown_value(window, "Ann Smith") == "$300"


@POPUP
def test_settings_are_kept_when_the_app_starts_again(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)

    def choose(dialog: QDialog) -> None:
        _type_preferences(qtbot, dialog)
        _page(dialog, "Appearance")
        _choose(child(dialog, QComboBox, "settingsTheme"), "Dark")
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, window.action_preferences.trigger, choose)
    assert is_dark()
    window.close()
    window.services.close()
    apply_theme(Theme.SYSTEM)
    assert not is_dark()

    again = open_window(db_path)  # the same data file and the same settings file
    assert is_dark()
    assert again.settings.theme is Theme.DARK
    seen: dict[str, str] = {}

    def read(dialog: QDialog) -> None:
        seen["name"] = child(dialog, QLineEdit, "settingsBusinessName").text()
        seen["currency"] = child(dialog, QComboBox, "settingsCurrency").currentText()
        seen["week"] = child(dialog, QComboBox, "settingsWeekStart").currentText()
        seen["paper"] = child(dialog, QComboBox, "settingsPaper").currentText()
        seen["gap"] = str(child(dialog, QSpinBox, "gapSql").value())
        seen["theme"] = child(dialog, QComboBox, "settingsTheme").currentText()
        dialog.reject()

    in_modal_dialog(qtbot, again.action_preferences.trigger, read)
    assert seen == {
        "name": "Nordlicht Studio",
        "currency": "EUR — Euro",
        "week": "Saturday",
        "paper": "A4",
        "gap": "9",
        "theme": "Dark",
    }


def _main_windows() -> list[MainWindow]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]


def _switch(qtbot: QtBot, window: MainWindow, button: str) -> MainWindow:
    in_modal_dialog(
        qtbot,
        window.action_preferences.trigger,
        lambda dialog: (
            _page(dialog, "Data file"),
            qtbot.mouseClick(child(dialog, QPushButton, button), Qt.MouseButton.LeftButton),
        ),
    )
    qtbot.waitUntil(lambda: window not in _main_windows() and len(_main_windows()) == 1)
    return _main_windows()[0]


def test_open_another_data_file_switches_the_window_and_is_remembered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.sqlite"
    other = tmp_path / "other"  # typed without an extension
    _app, window = create_app(["--db", str(first)])
    window.show()
    window.services.leads.create(LeadDraft("Only in the first file"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(other), ""))

    switched = _switch(qtbot, window, "settingsOpenDataFile")
    try:
        assert switched.services.path == tmp_path / "other.sqlite"
        assert "other.sqlite" in switched.windowTitle()
        assert switched.services.leads.listing() == []  # a new, empty file
        assert switched.settings.default_database == tmp_path / "other.sqlite"
    finally:
        switched.close()
        switched.services.close()
    # Started again without --db: the file chosen last opens.
    _app, again = create_app([])
    try:
        assert again.services.path == tmp_path / "other.sqlite"
    finally:
        again.close()
        again.services.close()


def test_move_copies_checks_switches_and_keeps_the_old_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "here.sqlite"
    (tmp_path / "new place").mkdir()
    target = tmp_path / "new place" / "moved.sqlite"
    _app, window = create_app(["--db", str(old)])
    window.show()
    lead = window.services.leads.create(LeadDraft("Zoë Ångström"))
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))

    switched = _switch(qtbot, window, "settingsMoveDataFile")
    try:
        assert switched.services.path == target
        assert switched.services.leads.get(lead.id).name == "Zoë Ångström"
        assert old.exists()  # kept, and the owner is told where
        assert len(told) == 1 and str(old) in told[0] and "backup" in told[0]
    finally:
        switched.close()
        switched.services.close()


def test_a_file_that_cannot_be_opened_keeps_the_window_on_its_file(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list: milk, eggs\n" * 100)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(notes), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    shown: list[str] = []

    def choose(dialog: QDialog) -> None:
        _page(dialog, "Data file")
        shown.append(child(dialog, QLabel, "settingsDataFile").text())
        qtbot.mouseClick(
            child(dialog, QPushButton, "settingsOpenDataFile"), Qt.MouseButton.LeftButton
        )

    in_modal_dialog(qtbot, window.action_preferences.trigger, choose)
    assert shown == [str(db_path)]
    assert len(warned) == 1 and str(notes) in warned[0] and str(db_path) in warned[0]
    assert _main_windows() == [window]
    assert window.services.path == db_path
    window.services.leads.create(LeadDraft("Still writable"))  # its lock and file still work
    assert window.settings.default_database is None
    assert notes.read_text().startswith("shopping list")  # never touched
