"""Leads → Trash…: deleted leads, whole, to restore or to delete for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.formatting import format_count, format_datetime
from funnelplanner.ui.naming import name

if TYPE_CHECKING:
    from funnelplanner.services import Services


class TrashDialog(QDialog):
    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        name(self, "trashDialog", self.tr("Trash"))
        self.setWindowTitle(self.tr("Trash"))
        self.resize(640, 420)
        self.note = QLabel()
        self.note.setObjectName("trashNote")
        self.table = QTableWidget(0, 4)
        name(self.table, "trashTable", self.tr("Deleted leads"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Lead"), self.tr("Company"), self.tr("Contacts"), self.tr("Deleted")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty the Trash…"))
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.clicked.connect(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        entries = self._services.trash.listing()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                entry.name,
                entry.company,
                format_count(entry.contacts),
                format_datetime(entry.deleted_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.note.setText(
            self.tr(
                "Deleted leads stay here, with their contacts and history, "
                "until you empty the Trash."
            )
            if entries
            else self.tr("The Trash is empty.")
        )
        if entries:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    def restore_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                self._services.trash.restore(int(item.data(Qt.ItemDataRole.UserRole)))
        self._hub.leads_changed.emit()
        self._hub.tasks_changed.emit()
        self.refresh()

    def empty(self) -> None:
        count = self.table.rowCount()
        answer = QMessageBox.question(
            self,
            self.tr("Empty the Trash"),
            self.tr(
                "Delete the %Ln lead(s) in the Trash for good, with their contacts and history? "
                "This cannot be undone.",
                "",
                count,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._services.trash.empty()
            self.refresh()
