"""The campaigns view and dialog, driven as a person would, over a real SQLite file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft, CampaignStats
from funnelplanner.services import Services
from funnelplanner.ui.campaign_dialog import CampaignDialog
from funnelplanner.ui.campaigns_view import COLUMNS, CampaignsView
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.form_rows import OptionalDate
from funnelplanner.ui.formatting import format_money
from tests.ui.driving import child, in_modal_dialog, press_save


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> Iterator[CampaignsView]:
    widget = CampaignsView(services, ChangeHub())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    counted(qtbot, widget)
    yield widget
    widget.wait()  # a count still on its way ends before the services close


def counted(qtbot: QtBot, view: CampaignsView) -> None:
    """The campaigns are counted on a worker: wait for the latest count to show."""
    qtbot.waitUntil(lambda: not view.busy)


def table(view: CampaignsView) -> QTableWidget:
    return child(view, QTableWidget, "campaignsTable")


def row_texts(view: CampaignsView, row: int) -> dict[str, str]:
    grid = table(view)
    return {
        COLUMNS[col]: (item.text() if (item := grid.item(row, col)) else "")
        for col in range(grid.columnCount())
    }


def click(qtbot: QtBot, view: CampaignsView, text: str) -> None:
    buttons = [b for b in view.findChildren(QPushButton) if b.text() == text]
    assert len(buttons) == 1, text
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, dialog: QDialog, object_name: str, text: str) -> None:
    edit = child(dialog, QLineEdit, object_name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_empty_view_says_so(view: CampaignsView) -> None:
    assert view.objectName() == "campaignsView"
    assert table(view).rowCount() == 0
    empty = child(view, QLabel, "campaignsEmpty")
    assert empty.isVisible()
    assert empty.text().startswith("No campaigns yet")


def test_new_campaign_shows_in_table_with_stats(
    qtbot: QtBot, view: CampaignsView, services: Services
) -> None:
    def act(dialog: QDialog) -> None:
        assert dialog.objectName() == "campaignDialog"
        type_into(qtbot, dialog, "campaignName", "Spring newsletter")
        channel = child(dialog, QComboBox, "campaignChannel")
        channel.setCurrentIndex(channel.findData(CampaignChannel.NEWSLETTER.value))
        type_into(qtbot, dialog, "campaignBudget", "300")
        type_into(qtbot, dialog, "campaignExpectedLeads", "10")
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, lambda: click(qtbot, view, "New campaign…"), act)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    counted(qtbot, view)

    [saved] = services.campaigns.listing()
    assert saved.name == "Spring newsletter"
    assert saved.channel is CampaignChannel.NEWSLETTER
    assert table(view).rowCount() == 1
    assert not child(view, QLabel, "campaignsEmpty").isVisible()
    cells = row_texts(view, 0)
    assert cells["Name"] == "Spring newsletter"
    assert cells["Channel"] == "Newsletter"
    assert cells["Budget"] == format_money(saved.budget)
    assert cells["Expected leads"] == "10"
    assert cells["Leads"] == "0"
    assert cells["Cost per lead"] == ""

    # A lead attributed to the campaign shows up in its stats once leads change.
    services.leads.create(LeadDraft(name="Ada", campaign_id=saved.id))
    view._hub.leads_changed.emit()
    counted(qtbot, view)
    cells = row_texts(view, 0)
    assert cells["Leads"] == "1"
    assert cells["Cost per lead"] == format_money(services.campaigns.stats()[0].cost_per_lead)
    assert cells["Cost per lead"] != ""


def test_negative_budget_is_refused_beside_the_field(
    qtbot: QtBot, view: CampaignsView, services: Services
) -> None:
    def act(dialog: QDialog) -> None:
        type_into(qtbot, dialog, "campaignName", "Ads push")
        type_into(qtbot, dialog, "campaignBudget", "-5")
        press_save(qtbot, dialog)
        assert dialog.isVisible()
        error = child(dialog, QLabel, "campaignBudgetError")
        assert error.isVisible()
        assert "negative" in error.text()
        dialog.reject()

    in_modal_dialog(qtbot, lambda: click(qtbot, view, "New campaign…"), act)
    assert services.campaigns.listing() == []
    assert table(view).rowCount() == 0


def test_end_before_start_is_refused(qtbot: QtBot, view: CampaignsView, services: Services) -> None:
    def act(dialog: QDialog) -> None:
        type_into(qtbot, dialog, "campaignName", "Webinar")
        [start] = [
            d for d in dialog.findChildren(OptionalDate) if d.edit.objectName() == "campaignStart"
        ]
        [end] = [
            d for d in dialog.findChildren(OptionalDate) if d.edit.objectName() == "campaignEnd"
        ]
        start.set_value(date(2025, 5, 10))
        end.set_value(date(2025, 5, 1))
        press_save(qtbot, dialog)
        assert dialog.isVisible()
        error = child(dialog, QLabel, "campaignEndError")
        assert error.isVisible()
        assert "before the start" in error.text()
        dialog.reject()

    in_modal_dialog(qtbot, lambda: click(qtbot, view, "New campaign…"), act)
    assert services.campaigns.listing() == []


def test_edit_selected_campaign(qtbot: QtBot, view: CampaignsView, services: Services) -> None:
    created = services.campaigns.create(
        CampaignDraft(name="Old name", channel=CampaignChannel.ADS, budget="100")
    )
    view.refresh()
    counted(qtbot, view)
    table(view).selectRow(0)

    def act(dialog: QDialog) -> None:
        assert child(dialog, QLineEdit, "campaignName").text() == "Old name"
        assert child(dialog, QComboBox, "campaignChannel").currentText() == "Ads"
        type_into(qtbot, dialog, "campaignName", "New name")
        press_save(qtbot, dialog)

    in_modal_dialog(qtbot, lambda: click(qtbot, view, "Edit…"), act)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    counted(qtbot, view)
    assert services.campaigns.get(created.id).name == "New name"
    assert row_texts(view, 0)["Name"] == "New name"


def test_delete_asks_first(
    qtbot: QtBot, view: CampaignsView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.campaigns.create(CampaignDraft(name="Doomed", channel=CampaignChannel.SOCIAL))
    view.refresh()
    counted(qtbot, view)
    table(view).selectRow(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, view, "Delete")
    assert len(services.campaigns.listing()) == 1
    click(qtbot, view, "Delete")
    assert services.campaigns.listing() == []
    counted(qtbot, view)
    assert table(view).rowCount() == 0
    assert child(view, QLabel, "campaignsEmpty").isVisible()
    assert all("Doomed" in text for text in asked)


def test_dialog_standalone_fills_and_saves(qtbot: QtBot, services: Services) -> None:
    hub = ChangeHub()
    dialog = CampaignDialog(services, hub)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Referral drive")
    dialog.expected_edit.setText("many")
    with qtbot.assertNotEmitted(hub.leads_changed):
        dialog.accept()
    assert "whole number" in dialog.errors.text("expected_leads")
    dialog.expected_edit.setText("5")
    with qtbot.waitSignal(hub.leads_changed):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_campaign is not None
    assert dialog.saved_campaign.expected_leads == 5


def test_a_hidden_campaigns_tab_catches_up_when_shown_not_on_every_save(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = ChangeHub()
    view = CampaignsView(services, hub)
    qtbot.addWidget(view)
    counted(qtbot, view)  # the first count, made as the tab is built
    campaign = services.campaigns.create(CampaignDraft("Spring webinar", CampaignChannel.WEBINAR))
    counts: list[int] = []
    real = services.campaigns.stats
    monkeypatch.setattr(services.campaigns, "stats", lambda: counts.append(1) or real())

    services.leads.create(LeadDraft(name="Ada", campaign_id=campaign.id))
    hub.leads_changed.emit()  # saved while another tab shows
    assert counts == []
    view.show()
    qtbot.waitExposed(view)

    counted(qtbot, view)
    assert counts == [1]
    assert row_texts(view, 0)["Leads"] == "1"


def test_the_campaigns_are_counted_off_the_window(
    qtbot: QtBot, view: CampaignsView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting takes 0.1-0.2 s at 100,000 leads: the window does not wait for it."""
    services.campaigns.create(CampaignDraft("Spring webinar", CampaignChannel.WEBINAR))
    threads: list[bool] = []
    real = services.campaigns.stats

    def stats() -> list[CampaignStats]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real()

    monkeypatch.setattr(services.campaigns, "stats", stats)
    view.refresh()
    counted(qtbot, view)

    assert threads == [False]
    assert row_texts(view, 0)["Name"] == "Spring webinar"


def test_a_count_that_fails_is_said_in_the_view(
    qtbot: QtBot, view: CampaignsView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> list[CampaignStats]:
        raise DatabaseFileError("The data file is locked by another program")

    monkeypatch.setattr(services.campaigns, "stats", broken)
    view.refresh()
    counted(qtbot, view)

    empty = child(view, QLabel, "campaignsEmpty")
    assert empty.isVisible()
    assert empty.text() == (
        "The campaigns could not be counted: The data file is locked by another program"
    )
