"""Edit the agreement between the hats: follow-up days, contacts before lost, gaps, criteria."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.agreement import DEFAULT_GAPS, AgreementSettings
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.field_errors import error_banner
from funnelplanner.ui.form_rows import save_cancel_buttons
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, translated
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services

NEW_CRITERION = QT_TRANSLATE_NOOP("AgreementDialog", "New criterion")


def gap_object_name(stage: Stage) -> str:
    return f"gap{stage.value.capitalize()}"


def _spin(object_name: str, accessible: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    name(spin, object_name, accessible)
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def follow_up_days_spin(days: int) -> QSpinBox:
    """How soon sales follows up a new SQL; the agreement's range."""
    spin = _spin(
        "agreementFollowUpDays",
        QCoreApplication.translate("AgreementDialog", "Sales follows up a new SQL within N days"),
        0,
        365,
        days,
    )
    spin.setSuffix(QCoreApplication.translate("AgreementDialog", " days"))
    return spin


class ColdGapsBox(QGroupBox):
    """The going-cold gap of each stage; the Settings dialog shows the same box."""

    def __init__(self, current: AgreementSettings) -> None:
        super().__init__()
        self.setTitle(self.tr("Going cold after (days without contact)"))
        self.setObjectName("agreementGaps")
        gaps_form = QFormLayout(self)
        gaps_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.gap_edits: dict[Stage, QSpinBox] = {}
        for stage, default in DEFAULT_GAPS.items():
            days = current.gap(stage) or default
            spin = _spin(gap_object_name(stage), label(stage), 1, 3650, days)
            spin.setSuffix(self.tr(" days"))
            self.gap_edits[stage] = spin
            gaps_form.addRow(label(stage), spin)

    def gaps(self) -> dict[Stage, int]:
        return {stage: spin.value() for stage, spin in self.gap_edits.items()}


class AgreementDialog(QDialog):
    """Shows the stored agreement; Save stores it and tells the views that leads changed."""

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        name(self, "agreementDialog", self.tr("The agreement between the hats"))
        self.setWindowTitle(self.tr("The agreement between the hats"))
        self.setMinimumWidth(480)
        current = services.settings.agreement()

        intro = QLabel(
            self.tr(
                "These are the rules marketing and sales agree to keep. "
                "Breaking one shows up on the lead, so nobody has to remember them."
            )
        )
        intro.setObjectName("agreementIntro")
        intro.setWordWrap(True)

        self.follow_up_edit = follow_up_days_spin(current.sql_follow_up_days)
        self.min_contacts_edit = _spin(
            "agreementMinContacts",
            self.tr("Contacts before a lead may be marked lost"),
            0,
            1000,
            current.min_contacts_before_lost,
        )
        rules = QFormLayout()
        rules.addRow(self.tr("Sales follows up a new SQL within"), self.follow_up_edit)
        rules.addRow(self.tr("Contacts before a lead may be marked lost"), self.min_contacts_edit)

        gaps_box = ColdGapsBox(current)
        self.gap_edits = gaps_box.gap_edits

        criteria_box = QGroupBox(self.tr("Qualification criteria"))
        criteria_layout = QVBoxLayout(criteria_box)
        self.criteria_list = QListWidget()
        name(self.criteria_list, "agreementCriteria", self.tr("Qualification criteria"))
        for criterion in current.criteria:
            self._add_item(criterion)
        add_button = QPushButton(self.tr("Add criterion"))
        name(add_button, "addCriterion", self.tr("Add criterion"))
        add_button.clicked.connect(self.add_criterion)
        remove_button = QPushButton(self.tr("Remove"))
        name(remove_button, "removeCriterion", self.tr("Remove criterion"))
        remove_button.clicked.connect(self.remove_criterion)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_button)
        buttons_row.addWidget(remove_button)
        buttons_row.addStretch(1)
        criteria_layout.addWidget(self.criteria_list)
        criteria_layout.addLayout(buttons_row)

        self.error_label = error_banner("agreementError", self.tr("Agreement error"))

        box = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(rules)
        layout.addWidget(gaps_box)
        layout.addWidget(criteria_box)
        layout.addWidget(self.error_label)
        layout.addWidget(box)

    def _add_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.criteria_list.addItem(item)
        return item

    def add_criterion(self) -> None:
        item = self._add_item(self.tr(NEW_CRITERION))
        self.criteria_list.setCurrentItem(item)
        self.criteria_list.editItem(item)

    def remove_criterion(self) -> None:
        row = self.criteria_list.currentRow()
        if row >= 0:
            self.criteria_list.takeItem(row)

    def criteria(self) -> list[str]:
        return [self.criteria_list.item(i).text() for i in range(self.criteria_list.count())]

    def accept(self) -> None:
        try:
            settings = AgreementSettings(
                sql_follow_up_days=self.follow_up_edit.value(),
                min_contacts_before_lost=self.min_contacts_edit.value(),
                cold_gaps={stage: spin.value() for stage, spin in self.gap_edits.items()},
                criteria=tuple(self.criteria()),
            )
        except ValidationError as exc:
            self.error_label.setText("\n".join(translated(e) for e in exc.errors.values()))
            self.error_label.show()
            return
        self.error_label.clear()
        self.error_label.hide()
        self._services.settings.save_agreement(settings)
        self._hub.leads_changed.emit()
        super().accept()
