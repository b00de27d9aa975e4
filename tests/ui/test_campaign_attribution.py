"""Marketing work is attributed to a campaign; sales work never is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.contact_dialog import ContactDialog
from funnelplanner.ui.task_dialog import TaskDialog
from funnelplanner.ui.task_table_model import TaskTableModel
from tests.ui.driving import child, press_save


def test_contact_and_task_take_a_campaign_only_for_the_marketing_hat(
    qtbot: QtBot, db_path: Path
) -> None:
    services = Services.open(db_path)
    try:
        campaign = services.campaigns.create(
            CampaignDraft(name="Webinar", channel=CampaignChannel.WEBINAR)
        )
        lead = services.leads.create(LeadDraft(name="Ada"))
        hub = ChangeHub()

        dialog = ContactDialog(services, hub, lead.id, Hat.MARKETING)
        qtbot.addWidget(dialog)
        dialog.show()
        choice = child(dialog, QComboBox, "contactCampaign")
        assert choice.isVisible()
        choice.setCurrentIndex(choice.findData(campaign.id))
        hat = child(dialog, QComboBox, "contactHat")
        hat.setCurrentIndex(hat.findData("sales"))
        assert not choice.isVisible(), "a sales contact has no campaign"
        hat.setCurrentIndex(hat.findData("marketing"))
        press_save(qtbot, dialog)
        assert services.contacts.for_lead(lead.id)[0].campaign_id == campaign.id

        task_dialog = TaskDialog(services, hub, Hat.SALES)
        qtbot.addWidget(task_dialog)
        task_dialog.show()
        assert not child(task_dialog, QComboBox, "taskCampaign").isVisible()
        qtbot.keyClicks(child(task_dialog, QLineEdit, "taskTitle"), "Call Ada")
        task_hat = child(task_dialog, QComboBox, "taskHat")
        task_hat.setCurrentIndex(task_hat.findData("marketing"))
        task_choice = child(task_dialog, QComboBox, "taskCampaign")
        assert task_choice.isVisible()
        task_choice.setCurrentIndex(task_choice.findData(campaign.id))
        press_save(qtbot, task_dialog)
        saved = services.tasks.listing(Hat.MARKETING)
        assert [(t.title, t.campaign_name) for t in saved] == [("Call Ada", "Webinar")]
        model = TaskTableModel(lambda _id, _done: None)
        model.set_tasks(saved)
        assert model.data(model.index(0, 3)) == "Webinar", "the task list shows its campaign"
    finally:
        services.close()
