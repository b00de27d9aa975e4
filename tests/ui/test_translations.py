"""The screen speaks the owner's language: catalogs in step with the source, German on demand."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.import_mapping import LeadField, Table
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.planning_models import CampaignChannel
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.services import Services
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.formatting import format_date
from funnelplanner.ui.import_dialog import ImportDialog
from funnelplanner.ui.lead_dialog import LeadDialog
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.month_plan_view import MonthPlanView
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.task_table_model import TaskTableModel
from funnelplanner.ui.translations import install_translators, translations_dir
from funnelplanner.ui.trash_dialog import TrashDialog
from funnelplanner.ui.vocabulary_labels import LABELS, hat_title, label
from tests.ui.driving import child, plan_figures_shown

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
# The same runs as `make translations`: English keeps only the plural forms.
CATALOGS = {
    "funnelplanner_de.ts": [],
    "funnelplanner_en.ts": ["-pluralonly"],
}

Message = tuple[str, str, bool]


def _messages(ts: Path) -> set[Message]:
    """(context, source, is plural) of every message still in use."""
    found: set[Message] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            found.add((context_name, message.findtext("source", ""), plural))
    return found


def _unfinished(ts: Path) -> list[str]:
    return [
        message.findtext("source", "")
        for message in ET.parse(ts).getroot().iter("message")
        if (t := message.find("translation")) is not None and t.get("type") == "unfinished"
    ]


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_each_catalog_holds_exactly_the_strings_of_the_source(catalog: str, tmp_path: Path) -> None:
    """A string added to (or dropped from) the screen without `make translations` fails."""
    committed = Path(translations_dir()) / catalog
    fresh = tmp_path / catalog
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "funnelplanner").rglob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *CATALOGS[catalog],
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    regenerated = _messages(fresh)
    assert _messages(committed) == regenerated, "run `make translations` and commit the result"
    assert len(regenerated) >= (100 if catalog.endswith("de.ts") else 5)


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_each_compiled_catalog_is_built_from_its_committed_source(
    catalog: str, tmp_path: Path
) -> None:
    committed = Path(translations_dir()) / catalog
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(committed), "-qm", str(built)], check=True
    )
    assert built.read_bytes() == committed.with_suffix(".qm").read_bytes(), (
        "run `make translations` and commit the .qm files"
    )


def test_every_english_plural_is_written_out() -> None:
    """Without its English forms a plural would read "1 contact(s)"."""
    assert _unfinished(Path(translations_dir()) / "funnelplanner_en.ts") == []


def test_every_word_of_the_product_has_a_screen_label() -> None:
    members: list[StrEnum] = [*Stage, *Hat, *Channel, *Direction, *CampaignChannel, *LeadField]
    assert set(LABELS) == set(members)
    # In English the screen shows exactly the domain's own words (the CLI's too).
    for member in members:
        assert label(member) == member.label  # type: ignore[attr-defined]
    assert hat_title(Hat.SALES) == "Sales hat"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, QLocale("de_DE")).language() == QLocale.Language.German
    yield
    install_translators(qapp, QLocale("en_US"))


@pytest.mark.usefixtures("german")
def test_a_new_lead_dialog_speaks_german(qtbot: QtBot, services: Services) -> None:
    dialog = LeadDialog(services, ChangeHub())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Neuer Lead"
    assert dialog.name_edit.placeholderText() == "Vollständiger Name der Person"
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Speichern"
    # Qt's own standard buttons come from Qt's German catalog.
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    stages = [dialog.stage_edit.itemText(i) for i in range(dialog.stage_edit.count())]
    assert stages[:2] == ["Interessent", "Lead"]
    assert stages[-1] == "Verloren"
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Firma", "&Telefon", "Ph&ase"} <= labels


@pytest.mark.usefixtures("german")
def test_german_plurals_and_headers(qtbot: QtBot, services: Services) -> None:
    dialog = TrashDialog(services, ChangeHub())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Papierkorb"
    assert dialog.note.text() == "Der Papierkorb ist leer."
    assert dialog.tr(
        "Delete the %Ln lead(s) in the Trash for good, with their contacts and history? "
        "This cannot be undone.",
        "",
        1,
    ).startswith("Den 1 Lead im Papierkorb")
    model = TaskTableModel(lambda _task_id, _done: None)
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(i, horizontal) for i in range(model.columnCount())]
    assert headers == ["Erledigt", "Aufgabe", "Fällig", "Lead / Kampagne"]


def test_a_language_without_a_translation_falls_back_to_english(
    qapp: QApplication, qtbot: QtBot, services: Services
) -> None:
    try:
        chosen = install_translators(qapp, QLocale("fr_FR"))
        dialog = LeadDialog(services, ChangeHub())
        qtbot.addWidget(dialog)
    finally:
        install_translators(qapp, QLocale("en_US"))
    assert chosen.language() == QLocale.Language.English
    assert dialog.windowTitle() == "New lead"
    # Qt's buttons follow the app's language, so one dialog never mixes two.
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"


def test_the_app_starts_in_the_systems_language(db_path: Path) -> None:
    """A German desktop gets German dialogs with no setting: create_app reads the system."""
    script = (
        "import sys\n"
        "from funnelplanner.app import create_app\n"
        "from funnelplanner.ui.change_hub import ChangeHub\n"
        "from funnelplanner.ui.lead_dialog import LeadDialog\n"
        "app, window = create_app(['--db', sys.argv[1]])\n"
        "print(LeadDialog(window.services, ChangeHub()).windowTitle())\n"
        "window.services.close()\n"
    )
    env = {**os.environ, "LANGUAGE": "de_DE:en", "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == "Neuer Lead"


@pytest.mark.usefixtures("german")
def test_the_main_window_speaks_german(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    services.leads.create(LeadDraft("Zoë", stage=Stage.PROSPECT))
    window = MainWindow(services, SettingsStore(tmp_path / "funnelplanner.ini"))
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    titles = [menu.title() for menu in menus if isinstance(menu, QMenu)]
    assert titles == [
        "&Datei",
        "&Bearbeiten",
        "&Leads",
        "&Aufgaben",
        "A&nsicht",
        "&Einstellungen",
        "&Hilfe",
    ]
    # Alt+letter opens one menu, and one entry within it: no letter is taken twice.
    assert len(_accelerators(titles)) == len(titles)
    for menu in menus:
        assert isinstance(menu, QMenu)
        entries = [a.text() for a in menu.actions() if "&" in a.text()]
        assert len(set(_accelerators(entries))) == len(entries), entries
    panel = window.leads_panel
    headers = [
        panel.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(panel.model.columnCount())
    ]
    assert headers[:3] == ["Name", "Firma", "Phase"]
    assert panel.model.data(panel.model.index(0, 2)) == "Interessent"
    assert panel.count_label.text() == "1 Lead"
    assert window.hat_actions[Hat.SALES].text() == "Vertriebs-Hut"
    assert format_date(date(2026, 11, 21)).startswith("21. ")


@pytest.mark.usefixtures("german")
def test_the_month_plan_and_the_sales_hat_speak_german(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    today = services.planning.today()
    services.leads.create(LeadDraft("Zoë", stage=Stage.SQL, next_follow_up=today))
    window = MainWindow(services, SettingsStore(tmp_path / "funnelplanner.ini"))
    qtbot.addWidget(window)
    window.show()  # Today is filled from a worker once the window shows
    qtbot.waitUntil(lambda: window.today.picture is not None, timeout=10_000)
    tree = child(window, QTreeWidget, "salesToday")
    assert tree.headerItem().text(0) == "Heute"
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0) for g in groups][:2] == [
        "Fällige Wiedervorlagen (1)",
        "Neue SQLs warten auf den Erstkontakt (1)",
    ]
    assert groups[0].child(0).text(1) == "heute fällig"
    window.show()  # the plan is worked out once it is on screen
    plan = window.show_tab(1)
    assert isinstance(plan, MonthPlanView)
    plan_figures_shown(qtbot, plan)
    assert "Ziele für den Monat" in {box.title() for box in plan.findChildren(QGroupBox)}
    agreement = plan.agreement_label.text()
    assert "Marketing schuldet" in agreement
    assert "owes" not in agreement and "pace" not in agreement
    stages = plan.funnel_table.verticalHeaderItem(0).text()
    assert stages == "Interessent"


@pytest.mark.usefixtures("german")
def test_the_import_dialog_speaks_german(qtbot: QtBot, services: Services) -> None:
    services.leads.create(LeadDraft("Zoë", email="zoe@example.org"))
    table = Table(["Name", "Email"], [["Zoë", "zoe@example.org"]], "CSV", "utf-8", ",")
    dialog = ImportDialog(services, ChangeHub(), table, "leute.csv")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_checking())
    assert dialog.windowTitle() == "Leads aus leute.csv importieren"
    assert dialog.duplicates_note.text().startswith("1 Zeile entspricht einem gespeicherten Lead")
    assert "überspringt 1 Lead</b>" in dialog.summary.text()
    fields = child(dialog, QComboBox, "importField1")
    assert fields.currentText() == "E-Mail"
    assert fields.itemText(0) == "— nicht importieren —"


def _accelerators(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]
