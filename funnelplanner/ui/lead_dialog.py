"""Enter or edit a lead; for an existing lead also its contact log and stage history."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import Lead, LeadDetail, LeadDraft
from funnelplanner.domain.validation import validate_lead
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Hat, Stage
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import OptionalDate, campaign_combo, select_data, with_error
from funnelplanner.ui.formatting import format_datetime, format_money
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services

# Suggestions only: the source is free text, stored as typed.
COMMON_SOURCES = (
    QT_TRANSLATE_NOOP("LeadDialog", "Website"),
    QT_TRANSLATE_NOOP("LeadDialog", "Referral"),
    QT_TRANSLATE_NOOP("LeadDialog", "Newsletter"),
    QT_TRANSLATE_NOOP("LeadDialog", "Social media"),
    QT_TRANSLATE_NOOP("LeadDialog", "Event"),
    QT_TRANSLATE_NOOP("LeadDialog", "Ads"),
    QT_TRANSLATE_NOOP("LeadDialog", "Search"),
    QT_TRANSLATE_NOOP("LeadDialog", "Cold outreach"),
    QT_TRANSLATE_NOOP("LeadDialog", "Partner"),
)
WARNING_STYLE = "background: #fff4d6; color: #6b4e00; border: 1px solid #f0c36d; padding: 6px;"


class LeadDialog(QDialog):
    """New lead when ``lead_id`` is None; otherwise the lead with its log and history."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        lead_id: int | None = None,
        hat: Hat = Hat.SALES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._lead_id = lead_id
        self._hat = hat
        self._acknowledged: tuple[str, str] | None = None
        self._stored_stage: Stage | None = None
        self.saved_lead: Lead | None = None
        name(self, "leadDialog", self.tr("Lead"))
        self.setWindowTitle(self.tr("New lead") if lead_id is None else self.tr("Lead"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self._build()
        if lead_id is not None:
            self._load(services.leads.detail(lead_id))

    # ---- layout

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("leadSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setVisible(self._lead_id is not None)

        self.name_edit = self._line("leadName", self.tr("Name"), self.tr("Full name of the person"))
        self.company_edit = self._line(
            "leadCompany", self.tr("Company"), self.tr("Company or organisation")
        )
        self.email_edit = self._line("leadEmail", self.tr("Email"), self.tr("name@example.com"))
        self.phone_edit = self._line("leadPhone", self.tr("Phone"), self.tr("+1 555 010 2030"))
        self.website_edit = self._line("leadWebsite", self.tr("Website"), self.tr("example.com"))
        self.source_edit = QComboBox()
        self.source_edit.setEditable(True)
        self.source_edit.addItems(["", *(self.tr(source) for source in COMMON_SOURCES)])
        self.source_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name(self.source_edit, "leadSource", self.tr("Source"))
        line = self.source_edit.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Where the lead came from"))
        self.value_edit = self._line(
            "leadValue", self.tr("Estimated value"), self.tr("Expected deal value, e.g. 1200")
        )
        self.stage_edit = QComboBox()
        name(self.stage_edit, "leadStage", self.tr("Stage"))
        for stage in (*FUNNEL_ORDER, Stage.LOST):
            self.stage_edit.addItem(label(stage), stage.value)
        self.stage_edit.setCurrentIndex(FUNNEL_ORDER.index(Stage.LEAD))
        self.reason_edit = self._line(
            "leadStageReason", self.tr("Reason"), self.tr("Why the stage changes (optional)")
        )
        self.follow_up = OptionalDate(
            "leadFollowUp", self.tr("Follow up on"), self.tr("Next follow-up")
        )
        self.campaign_edit = campaign_combo(self._services, "leadCampaign")
        self.criteria_box = QGroupBox(
            self.tr("Qualification: the criteria agreed between the hats")
        )
        name(self.criteria_box, "leadCriteria", self.tr("Qualification criteria"))
        criteria_layout = QHBoxLayout(self.criteria_box)
        self.criteria_checks: dict[str, QCheckBox] = {}
        for index, criterion in enumerate(self._services.settings.agreement().criteria):
            check = QCheckBox(criterion)
            name(check, f"leadCriterion{index}", criterion)
            criteria_layout.addWidget(check)
            self.criteria_checks[criterion] = check
        criteria_layout.addStretch(1)
        self.notes_edit = QPlainTextEdit()
        name(self.notes_edit, "leadNotes", self.tr("Notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("Needs, budget, timing, anything worth remembering")
        )
        self.notes_edit.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name *"), with_error(self.errors, "name", self.name_edit))
        form.addRow(self.tr("&Company"), with_error(self.errors, "company", self.company_edit))
        form.addRow(self.tr("&Email"), with_error(self.errors, "email", self.email_edit))
        form.addRow(self.tr("&Phone"), with_error(self.errors, "phone", self.phone_edit))
        form.addRow(self.tr("&Website"), with_error(self.errors, "website", self.website_edit))
        form.addRow(self.tr("So&urce"), with_error(self.errors, "source", self.source_edit))
        form.addRow(self.tr("&Value"), with_error(self.errors, "value", self.value_edit))
        form.addRow(self.tr("Ca&mpaign"), with_error(self.errors, "campaign", self.campaign_edit))
        form.addRow(self.tr("S&tage"), self.stage_edit)
        form.addRow("", self.criteria_box)
        self._reason_cell = with_error(self.errors, "reason", self.reason_edit)
        form.addRow(self.tr("&Reason"), self._reason_cell)
        self._reason_label = form.labelForField(self._reason_cell)
        form.addRow("", self.follow_up)
        form.addRow(self.tr("N&otes"), with_error(self.errors, "notes", self.notes_edit))
        self._show_reason(False)
        self.stage_edit.currentIndexChanged.connect(self._stage_picked)
        self._stage_picked()

        self.duplicates = QLabel()
        self.duplicates.setObjectName("leadDuplicates")
        self.duplicates.setAccessibleName(self.tr("Possible duplicates"))
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates.hide()
        self.email_edit.editingFinished.connect(self._check_duplicates)
        self.phone_edit.editingFinished.connect(self._check_duplicates)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.duplicates)
        details_layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if self._lead_id is None:
            layout.addWidget(details)
        else:
            self.tabs = QTabWidget()
            self.tabs.setObjectName("leadTabs")
            self.tabs.addTab(details, self.tr("&Details"))
            self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
            self.tabs.addTab(self._history_tab(), self.tr("Stage &history"))
            layout.addWidget(self.tabs)
            self.resize(720, 640)
        layout.addWidget(self.buttons)

    def _line(self, object_name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        name(edit, object_name, accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _contacts_tab(self) -> QWidget:
        self.contacts_table = _read_only_table(
            "leadContacts",
            self.tr("Contact log"),
            (
                self.tr("When"),
                self.tr("Hat"),
                self.tr("Channel"),
                self.tr("Direction"),
                self.tr("Outcome"),
                self.tr("Note"),
            ),
        )
        log_button = QPushButton(self.tr("&Log contact…"))
        log_button.setObjectName("leadLogContact")
        log_button.clicked.connect(self._log_contact)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(log_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contacts_table)
        layout.addLayout(bar)
        return tab

    def _history_tab(self) -> QWidget:
        self.history_table = _read_only_table(
            "leadHistory",
            self.tr("Stage history"),
            (self.tr("Stage"), self.tr("Entered"), self.tr("Reason")),
        )
        tab = QWidget()
        QVBoxLayout(tab).addWidget(self.history_table)
        return tab

    # ---- data in and out

    def _load(self, detail: LeadDetail) -> None:
        lead = detail.lead
        self._stored_stage = lead.stage
        self.setWindowTitle(self.tr("Lead: {name}").format(name=lead.name))
        self.name_edit.setText(lead.name)
        self.company_edit.setText(lead.company)
        self.email_edit.setText(lead.email)
        self.phone_edit.setText(lead.phone)
        self.website_edit.setText(lead.website)
        self.source_edit.setCurrentText(lead.source)
        self.value_edit.setText("" if lead.value is None else str(lead.value))
        self.stage_edit.setCurrentIndex(self.stage_edit.findData(lead.stage.value))
        self.follow_up.set_value(lead.next_follow_up)
        self.notes_edit.setPlainText(lead.notes)
        select_data(self.campaign_edit, lead.campaign_id)
        for criterion, check in self.criteria_checks.items():
            check.setChecked(detail.criteria_met.get(criterion, False))
        self._stage_picked()
        self._fill_detail(detail)

    def _fill_detail(self, detail: LeadDetail) -> None:
        lead = detail.lead
        last = format_datetime(lead.last_contact) or self.tr("never")
        value = format_money(lead.value)
        facts = [
            label(lead.stage),
            self.tr("<b>%n</b> contact(s)", "", lead.contact_count),
            self.tr("last contact {when}").format(when=last),
        ]
        if value:
            facts.append(self.tr("value {value}").format(value=value))
        self.summary.setText(
            f"<span style='font-size: 15pt; font-weight: 600'>{escape(lead.name)}</span>"
            f"{' · ' + escape(lead.company) if lead.company else ''}<br>"
            f"{' · '.join(facts)}"
            f"{self._imported_history(lead)}"
        )
        self.tabs.setTabText(1, self.tr("&Contacts ({count})").format(count=lead.contact_count))
        rows = [
            (
                format_datetime(c.at),
                label(c.hat),
                label(c.channel),
                label(c.direction),
                c.outcome,
                c.note.replace("\n", " "),
            )
            for c in detail.contacts
        ]
        _fill(self.contacts_table, rows)
        _fill(
            self.history_table,
            [
                (
                    label(h.stage),
                    format_datetime(h.entered_at),
                    h.reason + (self.tr(" (criteria overridden)") if h.override else ""),
                )
                for h in detail.history
            ],
        )

    def draft(self) -> LeadDraft:
        return LeadDraft(
            name=self.name_edit.text(),
            company=self.company_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            website=self.website_edit.text(),
            source=self.source_edit.currentText(),
            value=self.value_edit.text(),
            notes=self.notes_edit.toPlainText(),
            stage=Stage(self.stage_edit.currentData()),
            next_follow_up=self.follow_up.value(),
            campaign_id=self.campaign_edit.currentData(),
        )

    def criteria_met(self) -> dict[str, bool]:
        return {criterion: check.isChecked() for criterion, check in self.criteria_checks.items()}

    # ---- behaviour

    def _stage_picked(self) -> None:
        picked = self.stage_edit.currentData()
        changed = self._stored_stage is not None and self._stored_stage.value != picked
        self._show_reason(changed or picked == Stage.LOST.value)
        # The checklist matters where marketing hands over and sales accepts.
        self.criteria_box.setVisible(
            bool(self.criteria_checks) and picked in (Stage.MQL.value, Stage.SQL.value)
        )

    def _show_reason(self, visible: bool) -> None:
        self._reason_cell.setVisible(visible)
        if self._reason_label is not None:
            self._reason_label.setVisible(visible)

    def _check_duplicates(self) -> list[Lead]:
        draft = self.draft()
        twins = self._services.leads.duplicates(draft, exclude_id=self._lead_id)
        if twins:
            listed = "; ".join(
                f"#{t.id} {t.name}{' (' + t.company + ')' if t.company else ''}" for t in twins[:5]
            )
            self.duplicates.setText(
                self.tr(
                    "Already in your leads with the same email or phone: {leads}. "
                    "Press Save again to save this one anyway."
                ).format(leads=listed)
            )
        self.duplicates.setVisible(bool(twins))
        return twins

    def accept(self) -> None:
        draft = self.draft()
        try:
            validate_lead(draft, self._services.leads.region)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        self.errors.clear()
        key = (draft.email.strip().lower(), draft.phone.strip())
        if self._check_duplicates() and self._acknowledged != key:
            # The first Save points the duplicate out; a second Save means "yes, another one".
            self._acknowledged = key
            return
        override = False
        unmet = [c for c, met in self.criteria_met().items() if not met]
        if draft.stage is Stage.SQL and self._stored_stage is not Stage.SQL and unmet:
            answer = QMessageBox.question(
                self,
                self.tr("Qualification criteria not met"),
                self.tr(
                    "{name} does not meet: {criteria}.\n\n"
                    "Move to SQL anyway? The move is recorded as an override of the agreement."
                ).format(name=draft.name.strip(), criteria=", ".join(unmet)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            override = True
        try:
            if self._lead_id is None:
                self.saved_lead = self._services.leads.create(draft, self.criteria_met())
            else:
                self.saved_lead = self._services.leads.update(
                    self._lead_id,
                    draft,
                    self.reason_edit.text(),
                    override=override,
                    criteria=self.criteria_met(),
                )
        except ValidationError as exc:
            self._show_errors(exc)
            return
        self._hub.leads_changed.emit()
        super().accept()

    def _show_errors(self, exc: ValidationError) -> None:
        if self._lead_id is not None:
            self.tabs.setCurrentIndex(0)
        unplaced = self.errors.show(exc.errors)
        if unplaced:
            QMessageBox.warning(self, self.tr("Lead not saved"), "\n".join(unplaced))

    def _log_contact(self) -> None:
        from funnelplanner.ui.contact_dialog import ContactDialog

        assert self._lead_id is not None
        dialog = ContactDialog(self._services, self._hub, self._lead_id, self._hat, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            detail = self._services.leads.detail(self._lead_id)
            self.follow_up.set_value(detail.lead.next_follow_up)
            self._fill_detail(detail)

    def _imported_history(self, lead: Lead) -> str:
        """Touches another CRM counted before import, shown apart from the logged ones."""
        if not lead.imported_contact_count and lead.imported_last_contact is None:
            return ""
        last = format_datetime(lead.imported_last_contact)
        before = self.tr("Before import: %n contact(s)", "", lead.imported_contact_count)
        if last:
            before += self.tr(", last {when}").format(when=last)
        return f"<br><span style='color: palette(placeholder-text)'>{before}</span>"


def _read_only_table(object_name: str, accessible: str, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    name(table, object_name, accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
