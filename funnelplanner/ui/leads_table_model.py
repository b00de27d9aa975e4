"""The leads table: asks SQLite only for the rows on screen, sorted and filtered in SQL."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from funnelplanner.domain.models import Lead, LeadQuery
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.leads import LeadService
from funnelplanner.ui.formatting import format_date, format_datetime, format_money
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import label

Index = QModelIndex | QPersistentModelIndex

# (header, sort key in the service); headerData translates the header.
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Company"), "company"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Stage"), "stage"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Contacts"), "contact_count"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Last contact"), "last_contact"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Next follow-up"), "next_follow_up"),
    (QT_TRANSLATE_NOOP("LeadsTableModel", "Value"), "value"),
)
# A page is about three screens of rows: each keystroke of the filter reads one.
PAGE_SIZE = 100
MAX_CACHED_PAGES = 40
OVERDUE = QColor("#c0392b")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    }
)


class LeadsTableModel(QAbstractTableModel):
    """A thin, lazily paged adapter over ``LeadService.page``."""

    def __init__(self, leads: LeadService, today: date | None = None) -> None:
        super().__init__()
        self._leads = leads
        self._query = LeadQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Lead, tuple[str | int, ...] | None]]] = (
            OrderedDict()
        )
        self._today = today
        self._stages: dict[Stage, str] = {}
        self.reload()

    @property
    def query(self) -> LeadQuery:
        return self._query

    def set_query(self, query: LeadQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Count again and forget cached rows; the view asks for what it shows."""
        self.beginResetModel()
        self._pages.clear()
        # Translated once a reload, not once a row: each row's text is made from these.
        self._stages = {stage: label(stage) for stage in Stage}
        self._count = self._leads.count(self._query)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every visible cell at each paint (over a thousand calls
        # a keystroke while filtering): roles the table leaves to its style return first.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        entry = self._entry(index.row())
        if entry is None:
            return None
        lead, shown = entry
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if shown is None:  # each row's text is made once, when first on screen
                shown = self._shown(index.row(), lead)
            return shown[column]
        key = COLUMNS[column][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in ("contact_count", "value") else None
        if role == Qt.ItemDataRole.UserRole:
            return lead.id
        overdue = key == "next_follow_up" and self._is_overdue(lead)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("Follow-up overdue")
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_contact" and lead.last_contact:
            return format_datetime(lead.last_contact)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._query = LeadQuery(
            text=self._query.text,
            stage=self._query.stage,
            sort_key=COLUMNS[column][1],
            descending=descending,
        )
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self.layoutChanged.emit()

    def lead_at(self, row: int) -> Lead | None:
        """The lead on a row, fetching its page from SQLite if it is not cached."""
        entry = self._entry(row)
        return None if entry is None else entry[0]

    def _shown(self, row: int, lead: Lead) -> tuple[str | int, ...]:
        shown = tuple(_display(lead, key, self._stages) for _, key in COLUMNS)
        number, offset = divmod(row, PAGE_SIZE)
        self._pages[number][offset] = (lead, shown)
        return shown

    def _entry(self, row: int) -> tuple[Lead, tuple[str | int, ...] | None] | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            leads = self._leads.page(self._query, number * PAGE_SIZE, PAGE_SIZE)
            page = [(lead, None) for lead in leads]
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        elif number != next(reversed(self._pages)):
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, lead_id: int, near: int = 0) -> int:
        """The row showing a lead, looked for in the pages around ``near``; -1 if not there."""
        first = max(0, near // PAGE_SIZE - 1)
        for number in range(first, first + 3):
            start = number * PAGE_SIZE
            if start >= self._count:
                break
            self.lead_at(start)
            for offset, (lead, _shown) in enumerate(self._pages.get(number, [])):
                if lead.id == lead_id:
                    return start + offset
        return -1

    def _is_overdue(self, lead: Lead) -> bool:
        due = lead.next_follow_up
        return due is not None and due < (self._today or date.today())


def _display(lead: Lead, key: str, stages: dict[Stage, str]) -> str | int:
    if key == "name":
        return lead.name
    if key == "company":
        return lead.company
    if key == "stage":
        return stages[lead.stage]
    if key == "contact_count":
        return lead.contact_count
    if key == "last_contact":
        return format_date(lead.last_contact.astimezone().date() if lead.last_contact else None)
    if key == "next_follow_up":
        return format_date(lead.next_follow_up)
    return format_money(lead.value)
