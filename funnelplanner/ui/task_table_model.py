"""A hat's task list: a thin adapter over a list of tasks, with a done checkbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from funnelplanner.domain.models import Task
from funnelplanner.ui.formatting import format_date
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("TaskTableModel", "Done"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Task"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Due"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Lead / campaign"),
)
OVERDUE = QColor("#c0392b")
DONE = QColor("#8a8a8a")
# Sizing a column to its contents asks every role of every row; the rest return first.
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.UserRole,
    }
)


class TaskTableModel(QAbstractTableModel):
    """Tasks of one hat; ticking the Done box calls ``on_toggle(task_id, done)``."""

    def __init__(self, on_toggle: Callable[[int, bool], None]) -> None:
        super().__init__()
        self._tasks: list[Task] = []
        # Each row's text, made once per list rather than at every paint and size check.
        self._shown: list[tuple[str, str, str, str]] = []
        self._on_toggle = on_toggle

    def set_tasks(self, tasks: list[Task]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self._shown = [_shown(task) for task in self._tasks]
        self.endResetModel()

    def task_at(self, row: int) -> Task:
        return self._tasks[row]

    def row_of(self, task_id: int) -> int:
        return next((i for i, t in enumerate(self._tasks) if t.id == task_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._tasks):
            return None
        task = self._tasks[row]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and task.notes:
            return task.notes
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.done:
                return QBrush(DONE)
            if column == 2 and task.due is not None and task.due < date.today():
                return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and task.done and column == 1:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return task.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        task = self._tasks[index.row()]
        self._tasks[index.row()] = replace(task, done=checked)
        self._shown[index.row()] = _shown(self._tasks[index.row()])
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        # The owner of the model saves it; a failed save reloads the list as stored.
        self._on_toggle(task.id, checked)
        return True


def _shown(task: Task) -> tuple[str, str, str, str]:
    return ("", task.title, format_date(task.due), task.lead_name or task.campaign_name)
