"""The agreement dialog: shows the stored agreement, saves changes, refuses bad criteria."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from funnelplanner.domain.agreement import DEFAULT_CRITERIA, DEFAULT_GAPS, AgreementSettings
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services
from funnelplanner.ui.agreement_dialog import AgreementDialog
from funnelplanner.ui.change_hub import ChangeHub
from tests.ui.driving import child, press_save


@pytest.fixture
def opened(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    yield services
    services.close()


def open_dialog(qtbot: QtBot, services: Services, hub: ChangeHub) -> AgreementDialog:
    dialog = AgreementDialog(services, hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def criteria_of(dialog: AgreementDialog) -> list[str]:
    items = child(dialog, QListWidget, "agreementCriteria")
    return [items.item(i).text() for i in range(items.count())]


def select_criterion(dialog: AgreementDialog, text: str) -> None:
    items = child(dialog, QListWidget, "agreementCriteria")
    found = items.findItems(text, Qt.MatchFlag.MatchExactly)
    assert found, f"no criterion {text}"
    items.setCurrentItem(found[0])


def add_criterion(qtbot: QtBot, dialog: AgreementDialog, text: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, "addCriterion"), Qt.MouseButton.LeftButton)
    items = child(dialog, QListWidget, "agreementCriteria")
    assert items.currentItem() is not None
    assert items.currentItem().text() == "New criterion"
    editor = items.viewport().findChild(QLineEdit)
    assert editor is not None, "adding a criterion starts editing it"
    editor.selectAll()
    editor.clear()
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: items.currentItem().text() == text, timeout=2000)


def test_shows_defaults(qtbot: QtBot, opened: Services) -> None:
    dialog = open_dialog(qtbot, opened, ChangeHub())

    assert dialog.objectName() == "agreementDialog"
    assert dialog.windowTitle() == "The agreement between the hats"
    assert child(dialog, QSpinBox, "agreementFollowUpDays").value() == 2
    assert child(dialog, QSpinBox, "agreementMinContacts").value() == 3
    for stage, days in DEFAULT_GAPS.items():
        assert child(dialog, QSpinBox, f"gap{stage.value.capitalize()}").value() == days
    assert child(dialog, QSpinBox, "gapMql").value() == DEFAULT_GAPS[Stage.MQL]
    assert criteria_of(dialog) == ["Budget", "Authority", "Need", "Timing"]
    assert not child(dialog, QLabel, "agreementError").isVisible()


def test_saves_changes_and_tells_the_views(qtbot: QtBot, opened: Services, db_path: Path) -> None:
    hub = ChangeHub()
    dialog = open_dialog(qtbot, opened, hub)

    child(dialog, QSpinBox, "agreementMinContacts").setValue(5)
    child(dialog, QSpinBox, "agreementFollowUpDays").setValue(3)
    child(dialog, QSpinBox, "gapLead").setValue(21)
    add_criterion(qtbot, dialog, "Fit with persona")
    select_criterion(dialog, "Authority")
    qtbot.mouseClick(child(dialog, QPushButton, "removeCriterion"), Qt.MouseButton.LeftButton)
    assert criteria_of(dialog) == ["Budget", "Need", "Timing", "Fit with persona"]

    with qtbot.waitSignal(hub.leads_changed, timeout=2000):
        press_save(qtbot, dialog)
    assert dialog.result() == AgreementDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    opened.close()

    reopened = Services.open(db_path)
    try:
        saved = reopened.settings.agreement()
        assert saved.sql_follow_up_days == 3
        assert saved.min_contacts_before_lost == 5
        assert saved.gap(Stage.LEAD) == 21
        assert saved.gap(Stage.SQL) == DEFAULT_GAPS[Stage.SQL]
        assert list(saved.criteria) == ["Budget", "Need", "Timing", "Fit with persona"]
        again = open_dialog(qtbot, reopened, ChangeHub())
        assert child(again, QSpinBox, "agreementFollowUpDays").value() == 3
        assert child(again, QSpinBox, "gapLead").value() == 21
        assert criteria_of(again) == ["Budget", "Need", "Timing", "Fit with persona"]
        again.reject()
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "A qualification criterion cannot be empty"),
        ("  ", "A qualification criterion cannot be empty"),
        ("need", "Qualification criteria must be different from each other"),
    ],
)
def test_refuses_empty_or_duplicate_criterion(
    qtbot: QtBot, opened: Services, text: str, message: str
) -> None:
    hub = ChangeHub()
    changed: list[bool] = []
    hub.leads_changed.connect(lambda: changed.append(True))
    dialog = open_dialog(qtbot, opened, hub)
    child(dialog, QSpinBox, "agreementFollowUpDays").setValue(9)
    add_criterion(qtbot, dialog, text)

    press_save(qtbot, dialog)

    error = child(dialog, QLabel, "agreementError")
    assert error.isVisible()
    assert message in error.text()
    assert dialog.isVisible()
    assert not changed
    assert opened.settings.agreement() == AgreementSettings()
    assert tuple(opened.settings.agreement().criteria) == DEFAULT_CRITERIA
