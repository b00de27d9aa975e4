"""The marketing hat's campaigns: what each cost and what it brought in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.planning_models import Campaign, CampaignStats
from funnelplanner.ui.background import LatestAnswer
from funnelplanner.ui.campaign_dialog import CampaignDialog
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.formatting import format_date, format_money
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, shown
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services

COLUMNS = [
    QT_TRANSLATE_NOOP("CampaignsView", "Name"),
    QT_TRANSLATE_NOOP("CampaignsView", "Channel"),
    QT_TRANSLATE_NOOP("CampaignsView", "Start"),
    QT_TRANSLATE_NOOP("CampaignsView", "End"),
    QT_TRANSLATE_NOOP("CampaignsView", "Budget"),
    QT_TRANSLATE_NOOP("CampaignsView", "Expected leads"),
    QT_TRANSLATE_NOOP("CampaignsView", "Leads"),
    QT_TRANSLATE_NOOP("CampaignsView", "MQLs"),
    QT_TRANSLATE_NOOP("CampaignsView", "Customers"),
    QT_TRANSLATE_NOOP("CampaignsView", "Cost per lead"),
    QT_TRANSLATE_NOOP("CampaignsView", "Cost per customer"),
]
NUMERIC_FROM = 4  # Budget onwards is right-aligned.


def _cells(stats: CampaignStats) -> list[str]:
    c = stats.campaign
    return [
        c.name,
        label(c.channel),
        format_date(c.start),
        format_date(c.end),
        format_money(c.budget),
        "" if c.expected_leads is None else str(c.expected_leads),
        str(stats.leads),
        str(stats.mqls),
        str(stats.customers),
        format_money(stats.cost_per_lead),
        format_money(stats.cost_per_customer),
    ]


class CampaignsView(QWidget):
    """Campaign table with New/Edit/Delete; reloads whenever leads or campaigns change."""

    def __init__(self, services: Services, hub: ChangeHub) -> None:
        super().__init__()
        self._services = services
        self._hub = hub
        self._campaigns: list[Campaign] = []
        self.setObjectName("campaignsView")

        title = QLabel(self.tr("Campaigns"))
        title.setObjectName("campaignsTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: 600; padding: 6px 10px;")

        self.table = QTableWidget(0, len(COLUMNS))
        name(self.table, "campaignsTable", self.tr("Campaigns"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Deferred so the dialog opens after the double-click is handled, not inside it.
        self.table.activated.connect(lambda _index: QTimer.singleShot(0, self.edit_selected))

        self._empty_text = self.tr("No campaigns yet. Plan one with New campaign….")
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setObjectName("campaignsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 12px;")

        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.setObjectName("campaignsNew")
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("campaignsEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("campaignsDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        # Counting every campaign's leads takes 0.1-0.2 s at 100,000 leads: it is done on
        # a worker, and a lead change only marks the tab stale while another tab shows.
        self._answers = LatestAnswer(self)
        self._answers.arrived.connect(self._show)
        self._answers.failed.connect(self._failed)
        self._stale = False
        self.empty_label.hide()  # until the first count says whether there are any
        self.edit_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        hub.leads_changed.connect(self._leads_changed)
        self.refresh()

    def _leads_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def busy(self) -> bool:
        """Whether the latest count is still being worked out."""
        return self._answers.busy

    def refresh(self) -> None:
        """Count again off the GUI thread; the table changes when the count arrives."""
        self._stale = False
        self._answers.ask(self._services.campaigns.stats)

    def wait(self) -> None:
        """Let a count on its way finish (before the services close)."""
        self._answers.wait()

    def _failed(self, error: Exception) -> None:
        self.empty_label.setText(
            self.tr("The campaigns could not be counted: {problem}").format(problem=shown(error))
        )
        self.empty_label.show()

    def _show(self, stats: list[CampaignStats]) -> None:
        selected = self.selected_campaign()
        self._campaigns = [s.campaign for s in stats]
        self.table.setRowCount(len(stats))
        for row, entry in enumerate(stats):
            for column, text in enumerate(_cells(entry)):
                item = QTableWidgetItem(text)
                if column >= NUMERIC_FROM:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty_label.setText(self._empty_text)
        self.empty_label.setVisible(not stats)
        has_rows = bool(stats)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if selected is not None:
            for row, campaign in enumerate(self._campaigns):
                if campaign.id == selected.id:
                    self.table.selectRow(row)
                    break

    def selected_campaign(self) -> Campaign | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._campaigns):
            return None
        return self._campaigns[rows[0].row()]

    def new_campaign(self) -> None:
        self._run(CampaignDialog(self._services, self._hub, parent=self))

    def edit_selected(self) -> None:
        campaign = self.selected_campaign()
        if campaign is not None:
            self._run(CampaignDialog(self._services, self._hub, campaign, parent=self))

    @staticmethod
    def _run(dialog: CampaignDialog) -> None:
        dialog.exec()
        dialog.deleteLater()

    def delete_selected(self) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete campaign"),
            self.tr("Delete the campaign “{name}”? Its leads and tasks stay, unattributed.").format(
                name=campaign.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._services.campaigns.delete(campaign.id)
            self._hub.leads_changed.emit()
