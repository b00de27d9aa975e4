"""Add or edit a task of one hat, optionally linked to a lead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import Lead, Task, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import (
    MarketingCampaignRow,
    OptionalDate,
    save_cancel_buttons,
    select_data,
    with_error,
)
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import hat_title

if TYPE_CHECKING:
    from funnelplanner.services import Services

NO_LEAD = QT_TRANSLATE_NOOP("TaskDialog", "— no lead —")
PICKER_SIZE = 50


class TaskDialog(QDialog):
    """New task when ``task`` is None, else edits it; ``lead_id`` preselects a lead."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        hat: Hat,
        task: Task | None = None,
        lead_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._task = task
        self.saved_task: Task | None = None
        name(self, "taskDialog", self.tr("Task"))
        self.setWindowTitle(self.tr("New task") if task is None else self.tr("Edit task"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()

        self.title_edit = QLineEdit()
        name(self.title_edit, "taskTitle", self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("What needs doing, e.g. Send the December newsletter")
        )
        self.hat_edit = QComboBox()
        name(self.hat_edit, "taskHat", self.tr("Hat"))
        for h in Hat:
            self.hat_edit.addItem(hat_title(h), h.value)
        self.due = OptionalDate("taskDue", self.tr("Due on"), self.tr("Due date"))
        self.lead_search = QLineEdit()
        name(self.lead_search, "taskLeadSearch", self.tr("Find a lead"))
        self.lead_search.setPlaceholderText(self.tr("Type to find a lead…"))
        self.lead_search.setClearButtonEnabled(True)
        self.lead_edit = QComboBox()
        name(self.lead_edit, "taskLead", self.tr("Lead"))
        self.lead_edit.setMinimumContentsLength(24)
        self.lead_search.textChanged.connect(self._search_leads)
        self.notes_edit = QPlainTextEdit()
        name(self.notes_edit, "taskNotes", self.tr("Notes"))
        self.notes_edit.setFixedHeight(70)

        lead_row = QWidget()
        lead_layout = QHBoxLayout(lead_row)
        lead_layout.setContentsMargins(0, 0, 0, 0)
        lead_layout.addWidget(self.lead_search, 1)
        lead_layout.addWidget(self.lead_edit, 2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title *"), with_error(self.errors, "title", self.title_edit))
        form.addRow(self.tr("&Hat"), self.hat_edit)
        form.addRow("", self.due)
        form.addRow(self.tr("&Lead"), with_error(self.errors, "lead", lead_row))
        self.campaign = MarketingCampaignRow(
            services, self.errors, form, self.hat_edit, "taskCampaign"
        )
        form.addRow(self.tr("&Notes"), with_error(self.errors, "notes", self.notes_edit))

        buttons = save_cancel_buttons(self)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        chosen_hat = task.hat if task else hat
        self.hat_edit.setCurrentIndex(self.hat_edit.findData(chosen_hat.value))
        linked = task.lead_id if task else lead_id
        self._fill_leads(self._services.leads.search("", PICKER_SIZE), linked)
        if task is not None:
            select_data(self.campaign.combo, task.campaign_id)
            self.title_edit.setText(task.title)
            self.due.set_value(task.due)
            self.notes_edit.setPlainText(task.notes)

    def _search_leads(self, text: str) -> None:
        self._fill_leads(self._services.leads.search(text, PICKER_SIZE), self.lead_id(), text)

    def _fill_leads(self, leads: list[Lead], keep: int | None, text: str = "") -> None:
        """Offer the found leads; keep the chosen one listed, or pick the best match."""
        if keep is not None and all(lead.id != keep for lead in leads):
            leads = [self._services.leads.get(keep), *leads]
        self.lead_edit.clear()
        self.lead_edit.addItem(self.tr(NO_LEAD), None)
        for lead in leads:
            label = f"{lead.name} ({lead.company})" if lead.company else lead.name
            self.lead_edit.addItem(label, lead.id)
        target = (
            keep if keep is not None and not text else (leads[0].id if text and leads else keep)
        )
        index = self.lead_edit.findData(target) if target is not None else 0
        self.lead_edit.setCurrentIndex(max(index, 0))

    def lead_id(self) -> int | None:
        data = self.lead_edit.currentData()
        return int(data) if data is not None else None

    def draft(self) -> TaskDraft:
        return TaskDraft(
            title=self.title_edit.text(),
            hat=Hat(self.hat_edit.currentData()),
            due=self.due.value(),
            lead_id=self.lead_id(),
            notes=self.notes_edit.toPlainText(),
            campaign_id=self.campaign.campaign_id(),
        )

    def accept(self) -> None:
        try:
            if self._task is None:
                self.saved_task = self._services.tasks.create(self.draft())
            else:
                self.saved_task = self._services.tasks.update(self._task.id, self.draft())
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                QMessageBox.warning(self, self.tr("Task not saved"), "\n".join(unplaced))
            return
        self._hub.tasks_changed.emit()
        super().accept()
