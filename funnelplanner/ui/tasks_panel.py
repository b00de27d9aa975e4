"""One hat's workspace: its own task list, apart from the other hat's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.models import Task
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.formatting import date_column_width
from funnelplanner.ui.naming import name
from funnelplanner.ui.task_table_model import TaskTableModel
from funnelplanner.ui.today_view import TodayFeed, TodayView
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, shown
from funnelplanner.ui.vocabulary_labels import hat_title

if TYPE_CHECKING:
    from funnelplanner.services import Services

HAT_COLOURS = {Hat.MARKETING: "#f2a541", Hat.SALES: "#3aa88a"}
HAT_TINTS = {Hat.MARKETING: "#fdf0db", Hat.SALES: "#dff3ec"}
HAT_BLURBS = {
    Hat.MARKETING: QT_TRANSLATE_NOOP(
        "TasksPanel",
        "Reach many: campaigns, content, newsletters, social posts, events. "
        "Marketing's job is to bring in leads and hand sales the qualified ones (MQLs).",
    ),
    Hat.SALES: QT_TRANSLATE_NOOP(
        "TasksPanel",
        "One person at a time: calls, emails, meetings, demos, proposals. "
        "Sales' job is to follow up qualified leads (SQLs) and turn them into customers.",
    ),
}
# Whole sentences per hat: "marketing tasks" is one word in German.
EMPTY_TEXTS = {
    Hat.MARKETING: QT_TRANSLATE_NOOP(
        "TasksPanel", "No marketing tasks yet. Add one with New task (Ctrl+T)."
    ),
    Hat.SALES: QT_TRANSLATE_NOOP(
        "TasksPanel", "No sales tasks yet. Add one with New task (Ctrl+T)."
    ),
}
TABLE_NAMES = {
    Hat.MARKETING: QT_TRANSLATE_NOOP("TasksPanel", "Marketing tasks"),
    Hat.SALES: QT_TRANSLATE_NOOP("TasksPanel", "Sales tasks"),
}


class TasksPanel(QWidget):
    """Task list of one hat with its buttons; ``edit_requested`` asks the window for a dialog."""

    new_requested = Signal()
    edit_requested = Signal(object)

    def __init__(self, services: Services, hub: ChangeHub, hat: Hat, today: TodayFeed) -> None:
        super().__init__()
        self.hat = hat
        self._services = services
        self._hub = hub
        colour = HAT_COLOURS[hat]
        title = QLabel(hat_title(hat))
        title.setObjectName(f"{hat.value}Title")
        title.setStyleSheet(
            "font-size: 14pt; font-weight: 600; padding: 6px 10px; color: #1f2d3d;"
            f"background-color: {HAT_TINTS[hat]}; border-left: 6px solid {colour};"
        )
        blurb = QLabel(self.tr(HAT_BLURBS[hat]))
        blurb.setWordWrap(True)
        blurb.setStyleSheet("color: #555;")

        self.model = TaskTableModel(self._toggle)
        self.table = QTableView()
        name(self.table, f"{hat.value}Tasks", self.tr(TABLE_NAMES[hat]))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Sizing to contents asks every role of every row: 6,000 questions, some 30 ms of
        # the start for 70 tasks. The Done boxes are all alike, so one row tells their width.
        header.setResizeContentsPrecision(1)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, date_column_width(self.table.fontMetrics()))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 140)
        # Deferred so the dialog opens after the double-click is handled, not inside it.
        self.table.activated.connect(lambda _index: QTimer.singleShot(0, self._edit_selected))

        self.empty_label = QLabel(self.tr(EMPTY_TEXTS[hat]))
        self.empty_label.setObjectName(f"{hat.value}TasksEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 12px;")

        self.show_done = QCheckBox(self.tr("Show done tasks"))
        self.show_done.setObjectName(f"{hat.value}ShowDone")
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(self.refresh)
        new_button = QPushButton(self.tr("New task…"))
        new_button.setObjectName(f"{hat.value}NewTask")
        new_button.clicked.connect(self.new_requested.emit)
        edit_button = QPushButton(self.tr("Edit…"))
        edit_button.clicked.connect(self._edit_selected)
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.clicked.connect(self.delete_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(edit_button)
        buttons.addWidget(delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done)

        self.today = TodayView(today, hat)
        tasks_part = QWidget()
        tasks_layout = QVBoxLayout(tasks_part)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(QLabel(self.tr("<b>All tasks</b>")))
        tasks_layout.addLayout(buttons)
        tasks_layout.addWidget(self.table, 1)
        tasks_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName(f"{hat.value}Splitter")
        self.splitter.addWidget(self.today)
        self.splitter.addWidget(tasks_part)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(self.splitter, 1)

        # Only the hat being worn is on screen: the other's list is read when it is switched
        # to, not at start or after every change.
        self._stale = True
        hub.tasks_changed.connect(self.refresh)
        hub.leads_changed.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        selected = self.selected_task()
        tasks = self._services.tasks.listing(self.hat, include_done=self.show_done.isChecked())
        self.model.set_tasks(tasks)
        self.empty_label.setVisible(not tasks)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.table.selectRow(row)

    def selected_task(self) -> Task | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.task_at(rows[0].row()) if rows else None

    def toggle_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self._toggle(task.id, not task.done)

    def delete_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete task"),
            self.tr("Delete the task “{title}”?").format(title=task.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._services.tasks.delete(task.id)
            self._hub.tasks_changed.emit()

    def _edit_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.edit_requested.emit(task)

    def _toggle(self, task_id: int, done: bool) -> None:
        try:
            self._services.tasks.set_done(task_id, done)
        except FunnelPlannerError as exc:
            QMessageBox.warning(self, self.tr("Task not changed"), shown(exc))
        self._hub.tasks_changed.emit()
