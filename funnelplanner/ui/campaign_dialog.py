"""Add or edit a marketing campaign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.planning_models import Campaign, CampaignChannel, CampaignDraft
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import OptionalDate, save_cancel_buttons, select_data, with_error
from funnelplanner.ui.naming import name
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services


class CampaignDialog(QDialog):
    """New campaign when ``campaign`` is None, else edits it."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        campaign: Campaign | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._campaign = campaign
        self.saved_campaign: Campaign | None = None
        name(self, "campaignDialog", self.tr("Campaign"))
        self.setWindowTitle(
            self.tr("New campaign") if campaign is None else self.tr("Edit campaign")
        )
        self.setMinimumWidth(440)
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        name(self.name_edit, "campaignName", self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Spring newsletter"))
        self.channel_edit = QComboBox()
        name(self.channel_edit, "campaignChannel", self.tr("Channel"))
        for channel in CampaignChannel:
            self.channel_edit.addItem(label(channel), channel.value)
        self.start = OptionalDate("campaignStart", self.tr("Starts on"), self.tr("Start date"))
        self.end = OptionalDate("campaignEnd", self.tr("Ends on"), self.tr("End date"))
        self.budget_edit = QLineEdit()
        name(self.budget_edit, "campaignBudget", self.tr("Budget"))
        self.budget_edit.setPlaceholderText(self.tr("e.g. 1200"))
        self.expected_edit = QLineEdit()
        name(self.expected_edit, "campaignExpectedLeads", self.tr("Expected leads"))
        self.expected_edit.setPlaceholderText(self.tr("e.g. 40"))
        self.notes_edit = QPlainTextEdit()
        name(self.notes_edit, "campaignNotes", self.tr("Notes"))
        self.notes_edit.setFixedHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name *"), with_error(self.errors, "name", self.name_edit))
        form.addRow(self.tr("&Channel"), self.channel_edit)
        form.addRow("", self.start)
        # The end date's error label is named after its date field: campaignEndError.
        end_cell = QWidget()
        end_layout = QVBoxLayout(end_cell)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.setSpacing(2)
        end_layout.addWidget(self.end)
        end_layout.addWidget(self.errors.label_for("end", self.end.edit))
        form.addRow("", end_cell)
        form.addRow(self.tr("&Budget"), with_error(self.errors, "budget", self.budget_edit))
        form.addRow(
            self.tr("E&xpected leads"),
            with_error(self.errors, "expected_leads", self.expected_edit),
        )
        form.addRow(self.tr("N&otes"), with_error(self.errors, "notes", self.notes_edit))

        buttons = save_cancel_buttons(self)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if campaign is not None:
            self.name_edit.setText(campaign.name)
            select_data(self.channel_edit, campaign.channel.value)
            self.start.set_value(campaign.start)
            self.end.set_value(campaign.end)
            self.budget_edit.setText("" if campaign.budget is None else str(campaign.budget))
            self.expected_edit.setText(
                "" if campaign.expected_leads is None else str(campaign.expected_leads)
            )
            self.notes_edit.setPlainText(campaign.notes)

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            name=self.name_edit.text(),
            channel=CampaignChannel(self.channel_edit.currentData()),
            start=self.start.value(),
            end=self.end.value(),
            budget=self.budget_edit.text(),
            expected_leads=self.expected_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            if self._campaign is None:
                self.saved_campaign = self._services.campaigns.create(self.draft())
            else:
                self.saved_campaign = self._services.campaigns.update(
                    self._campaign.id, self.draft()
                )
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                QMessageBox.warning(self, self.tr("Campaign not saved"), "\n".join(unplaced))
            return
        self._hub.leads_changed.emit()
        super().accept()
