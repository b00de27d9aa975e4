"""What the core says (refusals, undo entries) reaches the screen in the owner's language."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from funnelplanner.domain.agreement import lost_contacts_breach
from funnelplanner.domain.errors import DatabaseFileError, ValidationError
from funnelplanner.domain.funnel import STEP_NAMES, Rates, work_backwards
from funnelplanner.domain.import_mapping import Table
from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.validation import validate_task
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.services import Services
from funnelplanner.storage.backup import BackupError, verify
from funnelplanner.storage.database import check_file
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.import_dialog import ImportDialog
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.translations import install_translators, shown, translated
from tests.ui.driving import child, in_modal_dialog, press_save


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, QLocale("de_DE")).language() == QLocale.Language.German
    yield
    install_translators(qapp, QLocale("en_US"))


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, SettingsStore(tmp_path / "funnelplanner.ini"))
    qtbot.addWidget(window)
    return window


@pytest.mark.usefixtures("german")
def test_a_refused_lead_is_explained_in_german_and_its_undo_entry_too(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)

    def type_wrong_then_right(dialog: QDialog) -> None:
        name = child(dialog, QLineEdit, "leadName")
        website = child(dialog, QLineEdit, "leadWebsite")
        name.setText("x" * 201)
        website.setText("keine Seite")
        press_save(qtbot, dialog)
        assert dialog.isVisible(), "nothing is saved while a field is wrong"
        assert child(dialog, QLabel, "leadNameError").text() == (
            "Name ist zu lang (201 Zeichen; höchstens 200)"
        )
        assert child(dialog, QLabel, "leadWebsiteError").text() == (
            "Website ist keine Webadresse (wie example.com)"
        )
        name.setText("Zoë")
        website.clear()
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, window.action_new_lead.trigger, type_wrong_then_right)
    assert services.leads.count(window.leads_panel.model.query) == 1
    assert window.action_undo.text() == "&Rückgängig Neuer Lead Zoë"


@pytest.mark.usefixtures("german")
def test_a_stage_move_is_undone_in_german_with_the_stages_german_name(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    lead = services.leads.create(LeadDraft("Ann", stage=Stage.PROSPECT))
    window = _window(qtbot, services, tmp_path)
    services.leads.change_stage(lead.id, Stage.LOST, "kein Bedarf")
    assert window.action_undo.text() == "&Rückgängig Ann in die Phase Verloren verschieben"


def test_english_reads_exactly_as_the_core_wrote_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    lead = services.leads.create(LeadDraft("Ann", stage=Stage.PROSPECT))
    window = _window(qtbot, services, tmp_path)
    services.leads.change_stage(lead.id, Stage.LOST, "no need")
    assert window.action_undo.text() == "&Undo Move Ann to Lost"


@pytest.mark.usefixtures("german")
def test_a_refused_file_is_explained_in_german(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError) as raised:
        check_file(tmp_path)
    assert shown(raised.value) == (
        f"{tmp_path} ist ein Ordner, keine Datendatei. Wählen Sie eine Datei."
    )
    assert str(raised.value) == f"{tmp_path} is a folder, not a database file. Choose a file."
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("hello")
    with pytest.raises(BackupError) as raised_backup:
        verify(not_sqlite)
    assert shown(raised_backup.value) == (
        f"{not_sqlite}: keine SQLite-Datei. "
        "Nichts wurde wiederhergestellt; Ihre Daten sind unverändert."
    )


@pytest.mark.usefixtures("german")
def test_the_import_dialog_lists_problems_and_duplicates_in_german(
    qtbot: QtBot, services: Services
) -> None:
    services.leads.create(LeadDraft("Zoë", email="zoe@example.org"))
    table = Table(
        ["Name", "Email", "Created date"],
        [["Zoë", "zoe@example.org", ""], ["Ann", "", "31/31/2020"]],
        "CSV",
        "utf-8",
        ",",
    )
    dialog = ImportDialog(services, ChangeHub(), table, "leute.csv")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_checking())
    problems = child(dialog, QListWidget, "importProblems")
    assert problems.item(0).text() == "Zeile 2: Angelegt am „31/31/2020“ ist kein Datum"
    why = dialog.duplicates_table.item(0, 3)
    assert why is not None and why.text() == "gleiche E-Mail"
    assert "(übersprungen: 1 Dublette (gleiche E-Mail))" in dialog.summary.text()


@pytest.mark.usefixtures("german")
def test_the_month_plans_explanations_and_breaches_read_in_german() -> None:
    rates = Rates({name: Decimal(25) for name in STEP_NAMES})
    needs = work_backwards(3, rates)
    assert translated(needs[Stage.SQL].explanation) == (
        "12 SQLs = 3 Kunden ÷ 25 % SQL→Kunde, aufgerundet"
    )
    assert needs[Stage.SQL].explanation == "12 SQLs = 3 customers ÷ 25 % SQL→Customer, rounded up"
    assert translated(lost_contacts_breach(1, 3) or "") == (
        "nach 1 Kontakt als verloren markiert (laut Vereinbarung mindestens 3)"
    )


@pytest.mark.usefixtures("german")
def test_a_whole_refusal_in_an_error_box_reads_in_german_without_internal_keys() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_task(TaskDraft(title="", hat=Hat.SALES, due=None))
    assert shown(raised.value) == "Titel ist erforderlich"
    assert str(raised.value) == "title: Title is required"
