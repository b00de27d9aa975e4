"""The leads list: filter as you type, stage filter, sortable table over SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.models import LeadQuery
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.leads_table_model import LeadsTableModel
from funnelplanner.ui.naming import name
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services


class LeadsPanel(QWidget):
    """Shows the leads; ``lead_activated`` carries the id of a double-clicked lead."""

    lead_activated = Signal(int)
    selection_changed = Signal()

    def __init__(self, services: Services, hub: ChangeHub) -> None:
        super().__init__()
        self._services = services
        title = QLabel(self.tr("Leads"))
        title.setObjectName("leadsTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.count_label = QLabel()
        self.count_label.setObjectName("leadsCount")
        self.count_label.setStyleSheet("color: #555;")

        self.filter_edit = QLineEdit()
        name(self.filter_edit, "leadsFilter", self.tr("Filter leads"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, company, email, phone or source")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        name(self.stage_filter, "leadsStageFilter", self.tr("Show stage"))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in (*FUNNEL_ORDER, Stage.LOST):
            self.stage_filter.addItem(label(stage), stage.value)

        self.model = LeadsTableModel(services.leads)
        self.table = QTableView()
        name(self.table, "leadsTable", self.tr("Leads"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights let the view skip measuring 100k rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 140, 70, 70, 100, 110, 80)):
            header.resizeSection(column, width)
        # Room for the longest stage name in the screen's language ("Interessent"), taken
        # from the name column so the table still fits its pane without scrolling sideways.
        metrics = self.table.fontMetrics()
        stage_width = max(metrics.horizontalAdvance(label(stage)) for stage in Stage) + 16
        extra = max(0, stage_width - header.sectionSize(2))
        header.resizeSection(2, header.sectionSize(2) + extra)
        header.resizeSection(0, header.sectionSize(0) - extra)
        self.table.activated.connect(self._activated)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.selection_changed.emit())

        self.model.count_changed.connect(self._update_count)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.stage_filter.currentIndexChanged.connect(self._apply_filter)
        hub.leads_changed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.stage_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.empty_label = QLabel(
            self.tr(
                "No leads yet. Add your first with New lead (Ctrl+N), or from the command line."
            )
        )
        self.empty_label.setObjectName("leadsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 12px;")
        layout.addWidget(self.empty_label)
        self._update_count()

    def selected_lead_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        lead = self.model.lead_at(rows[0].row())
        return lead.id if lead else None

    def select_lead(self, lead_id: int, near: int = 0) -> None:
        row = self.model.row_of(lead_id, near)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def refresh(self) -> None:
        """Reload after a change, keeping the selected lead selected."""
        selected = self.selected_lead_id()
        rows = self.table.selectionModel().selectedRows()
        near = rows[0].row() if rows else 0
        self.model.reload()
        if selected is not None:
            self.select_lead(selected, near)
        self._update_count()

    def _apply_filter(self) -> None:
        stage_value = self.stage_filter.currentData()
        current = self.model.query
        self.model.set_query(
            LeadQuery(
                text=self.filter_edit.text(),
                stage=Stage(stage_value) if stage_value else None,
                sort_key=current.sort_key,
                descending=current.descending,
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        filtered = bool(self.filter_edit.text().strip()) or self.stage_filter.currentIndex() > 0
        if not self.model.count_known:  # the rows read so far, until the count arrives
            text = (
                self.tr("%Ln+ lead(s) match", "", shown)
                if filtered
                else self.tr("%Ln+ lead(s)", "", shown)
            )
        elif filtered:
            text = self.tr("%Ln lead(s) match", "", shown)
        else:
            text = self.tr("%Ln lead(s)", "", shown)
        self.count_label.setText(text)
        self.empty_label.setVisible(shown == 0 and not filtered)

    def _activated(self, index: QModelIndex) -> None:
        lead = self.model.lead_at(index.row())
        if lead is not None:
            # Open the dialog after the click that asked for it has finished: a modal
            # loop started inside a mouse handler keeps the mouse grabbed by the table.
            lead_id = lead.id
            QTimer.singleShot(0, lambda: self.lead_activated.emit(lead_id))
