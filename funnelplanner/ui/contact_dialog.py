"""Log a contact (a touch) with a lead: when, which hat, channel, direction, outcome."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import Contact, ContactDraft
from funnelplanner.domain.vocabulary import Channel, Direction, Hat
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import (
    MarketingCampaignRow,
    OptionalDate,
    select_data,
    with_error,
)
from funnelplanner.ui.formatting import calendar_popup, datetime_format, from_qdatetime
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services

# Suggestions only: the outcome is free text, stored as typed.
COMMON_OUTCOMES = (
    QT_TRANSLATE_NOOP("ContactDialog", "Talked"),
    QT_TRANSLATE_NOOP("ContactDialog", "Left a message"),
    QT_TRANSLATE_NOOP("ContactDialog", "No answer"),
    QT_TRANSLATE_NOOP("ContactDialog", "Replied"),
    QT_TRANSLATE_NOOP("ContactDialog", "Meeting booked"),
    QT_TRANSLATE_NOOP("ContactDialog", "Demo given"),
    QT_TRANSLATE_NOOP("ContactDialog", "Proposal sent"),
    QT_TRANSLATE_NOOP("ContactDialog", "Not interested"),
)


class ContactDialog(QDialog):
    """Logs one contact; the lead's contact count changes as soon as it is saved."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        lead_id: int,
        hat: Hat = Hat.SALES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._lead_id = lead_id
        self.saved_contact: Contact | None = None
        lead = services.leads.get(lead_id)
        name(self, "contactDialog", self.tr("Log contact"))
        self.setWindowTitle(self.tr("Log contact: {name}").format(name=lead.name))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()

        so_far = self.tr("%n contact(s) so far", "", lead.contact_count)
        heading = QLabel(
            f"<b>{escape(lead.name)}</b>{' · ' + escape(lead.company) if lead.company else ''}"
            f"<br>{label(lead.stage)} · {so_far}"
        )
        heading.setObjectName("contactLead")
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.hat_edit = _combo("contactHat", self.tr("Hat"), [(label(h), h.value) for h in Hat])
        self.hat_edit.setCurrentIndex(self.hat_edit.findData(hat.value))
        self.channel_edit = _combo(
            "contactChannel", self.tr("Channel"), [(label(c), c.value) for c in Channel]
        )
        self.direction_edit = _combo(
            "contactDirection",
            self.tr("Direction"),
            [
                (self.tr("Outbound (I reached out)"), Direction.OUTBOUND.value),
                (self.tr("Inbound (they reached out)"), Direction.INBOUND.value),
            ],
        )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        name(self.when_edit, "contactWhen", self.tr("When"))
        calendar_popup(self.when_edit)
        self.when_edit.setDisplayFormat(datetime_format())
        self.outcome_edit = QComboBox()
        self.outcome_edit.setEditable(True)
        self.outcome_edit.addItems(["", *(self.tr(outcome) for outcome in COMMON_OUTCOMES)])
        self.outcome_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name(self.outcome_edit, "contactOutcome", self.tr("Outcome"))
        self.note_edit = QPlainTextEdit()
        name(self.note_edit, "contactNote", self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("What was said, what was promised"))
        self.note_edit.setFixedHeight(90)
        self.follow_up = OptionalDate(
            "contactFollowUp", self.tr("Next follow-up on"), self.tr("Next follow-up")
        )
        today = date.today()
        if lead.next_follow_up is not None and lead.next_follow_up > today:
            self.follow_up.set_value(lead.next_follow_up)
        else:
            # A follow-up that is due is what this contact does: suggest the next one a
            # week on, left unticked until the owner decides.
            self.follow_up.set_value(today + timedelta(days=7))
            self.follow_up.toggle.setChecked(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Hat"), self.hat_edit)
        form.addRow(self.tr("&Channel"), self.channel_edit)
        form.addRow(self.tr("&Direction"), self.direction_edit)
        form.addRow(self.tr("&When"), with_error(self.errors, "when", self.when_edit))
        form.addRow(self.tr("&Outcome"), with_error(self.errors, "outcome", self.outcome_edit))
        form.addRow(self.tr("&Note"), with_error(self.errors, "note", self.note_edit))
        form.addRow("", self.follow_up)
        self.campaign = MarketingCampaignRow(
            services, self.errors, form, self.hat_edit, "contactCampaign"
        )
        select_data(self.campaign.combo, lead.campaign_id)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log contact"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> ContactDraft:
        return ContactDraft(
            hat=Hat(self.hat_edit.currentData()),
            channel=Channel(self.channel_edit.currentData()),
            direction=Direction(self.direction_edit.currentData()),
            at=from_qdatetime(self.when_edit.dateTime()),
            outcome=self.outcome_edit.currentText(),
            note=self.note_edit.toPlainText(),
            next_follow_up=self.follow_up.value(),
            # The box shows the lead's follow-up: unticking it clears it.
            replace_follow_up=True,
            campaign_id=self.campaign.campaign_id(),
        )

    def accept(self) -> None:
        try:
            self.saved_contact = self._services.contacts.log(self._lead_id, self.draft())
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                QMessageBox.warning(self, self.tr("Contact not logged"), "\n".join(unplaced))
            return
        self._hub.leads_changed.emit()
        super().accept()


def _combo(object_name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    name(combo, object_name, accessible)
    for text, value in items:
        combo.addItem(text, value)
    return combo
