"""Small builders shared by the dialogs: a form row with its error label, a date toggle."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.formatting import calendar_popup, date_format, from_qdate, to_qdate
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services


def with_error(errors: FieldErrors, field: str, widget: QWidget) -> QWidget:
    """The widget with its (hidden) error message underneath, as one form cell."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.label_for(field, widget))
    return cell


class OptionalDate(QWidget):
    """A date that may be unset: a checkbox turns the date field on and off."""

    def __init__(self, object_name: str, label: str, accessible: str) -> None:
        super().__init__()
        self.toggle = QCheckBox(label)
        self.toggle.setObjectName(f"{object_name}Set")
        # Its own text ("Follow up on") is what a screen reader should say for the box.
        self.toggle.setAccessibleName(label)
        self.edit = QDateEdit()
        self.edit.setObjectName(object_name)
        self.edit.setAccessibleName(accessible)
        calendar_popup(self.edit)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.toggle.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.toggle.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.toggle.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


NO_CAMPAIGN = QT_TRANSLATE_NOOP("FormRows", "— no campaign —")


def campaign_combo(services: Services, object_name: str) -> QComboBox:
    """A choice of campaign (or none), newest first, carrying the campaign id as data."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(QCoreApplication.translate("FormRows", "Campaign"))
    combo.addItem(QCoreApplication.translate("FormRows", NO_CAMPAIGN), None)
    for campaign in services.campaigns.listing():
        combo.addItem(f"{campaign.name} ({label(campaign.channel)})", campaign.id)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item carrying ``value``; the first item when none does."""
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


class MarketingCampaignRow:
    """A campaign choice in a form, shown only while the chosen hat is marketing:
    campaigns are the marketing hat's, a sales call is never attributed to one."""

    def __init__(
        self,
        services: Services,
        errors: FieldErrors,
        form: QFormLayout,
        hat_combo: QComboBox,
        object_name: str,
    ) -> None:
        self.combo = campaign_combo(services, object_name)
        self._cell = with_error(errors, "campaign", self.combo)
        form.addRow(QCoreApplication.translate("FormRows", "Ca&mpaign"), self._cell)
        self._label = form.labelForField(self._cell)
        self._hat = hat_combo
        hat_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _is_marketing(self) -> bool:
        return bool(self._hat.currentData() == Hat.MARKETING.value)

    def _sync(self) -> None:
        marketing = self._is_marketing()
        self._cell.setVisible(marketing)
        if self._label is not None:
            self._label.setVisible(marketing)

    def campaign_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if self._is_marketing() and data is not None else None


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("DialogButtons", "Save")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
