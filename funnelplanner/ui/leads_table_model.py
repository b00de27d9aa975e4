"""The leads table: asks SQLite only for the rows on screen, sorted and filtered in SQL.

A keystroke in the filter reads the first page and repaints; how many leads match is
counted on a worker thread once typing pauses (it grows with the matches: 25 ms for a
one-letter word at 100,000 leads), and the table grows to that many rows when the count
arrives.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from funnelplanner.domain.models import Lead, LeadQuery
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.ui.formatting import format_date, format_datetime, format_money
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services.leads import LeadService

Index = QModelIndex | QPersistentModelIndex
_log = logging.getLogger(__name__)

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
# The count of a filter's matches starts once typing pauses this long: a burst of keys
# counts only its last word, and no count competes with the repaint of the next key.
COUNT_PAUSE_MS = 150
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
    """A thin, lazily paged adapter over ``LeadService.page``.

    ``count_changed`` tells that ``rowCount`` or ``count_known`` changed: while a filter's
    count is on its way, the rows are those read so far (more are fetched as the table
    scrolls to its end) and ``count_known`` is False.
    """

    count_changed = Signal()

    def __init__(self, leads: LeadService, today: date | None = None) -> None:
        super().__init__()
        self._leads = leads
        self._query = LeadQuery()
        self._count = 0
        self._known = True
        # Each reload takes a new ticket; a count that arrives for an older one is dropped.
        self._ticket = 0
        self._counting: _CountWorker | None = None
        self._waiting: tuple[int, LeadQuery] | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(COUNT_PAUSE_MS)
        self._pause.timeout.connect(self._paused)
        self._pages: OrderedDict[int, list[tuple[Lead, tuple[str | int, ...] | None]]] = (
            OrderedDict()
        )
        self._today = today
        self._stages: dict[Stage, str] = {}
        self.reload()

    @property
    def query(self) -> LeadQuery:
        return self._query

    @property
    def count_known(self) -> bool:
        """False while the matches of a filter are still being counted."""
        return self._known

    def set_query(self, query: LeadQuery) -> None:
        """Show the first page of what ``query`` finds at once; count it in the background."""
        self._query = query
        self.reload(count_later=True)

    def reload(self, count_later: bool = False) -> None:
        """Forget cached rows and count again (``count_later``: read the first page now,
        and count on a worker thread once typing pauses, unless that page holds them all)."""
        self.beginResetModel()
        self._pages.clear()
        # Translated once a reload, not once a row: each row's text is made from these.
        self._stages = {stage: label(stage) for stage in Stage}
        self._ticket += 1
        self._waiting = None
        if self._counting is not None:
            self._counting.cancel()  # counting what the table no longer shows
        if count_later:
            first = self._leads.page(self._query, 0, PAGE_SIZE)
            self._pages[0] = [(lead, None) for lead in first]
            self._count = len(first)
            self._known = len(first) < PAGE_SIZE
            if not self._known:
                self._waiting = (self._ticket, self._query)
                self._pause.start()
        else:
            self._count = self._leads.count(self._query)
            self._known = True
        self.endResetModel()
        self.count_changed.emit()

    def stop_counting(self) -> None:
        """Drop a count not yet started and stop the one running (before the services
        close)."""
        self._waiting = None
        self._pause.stop()
        if self._counting is not None:
            self._counting.cancel()
            self._counting.wait()

    def _paused(self) -> None:
        if self._waiting is not None and self._counting is None:
            self._count_next()

    def _count_next(self) -> None:
        # One count at a time: a burst of keystrokes counts only the newest query.
        assert self._waiting is not None
        ticket, query = self._waiting
        self._waiting = None
        worker = _CountWorker(self._leads, query, ticket)
        worker.counted.connect(self._counted)
        worker.finished.connect(lambda: self._count_finished(worker))
        _RUNNING.add(worker)
        self._counting = worker
        worker.start()

    def _count_finished(self, worker: _CountWorker) -> None:
        _RUNNING.discard(worker)
        worker.deleteLater()
        self._counting = None
        if self._waiting is not None and not self._pause.isActive():
            self._count_next()

    def _counted(self, ticket: int, count: int) -> None:
        if ticket != self._ticket or self._known:
            return  # the filter changed since, or the rows ran out while scrolling
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # only if another program removed leads meanwhile
            self.beginResetModel()
            self._pages.clear()
            self._count = count
            self.endResetModel()
        self._known = True
        self.count_changed.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._known

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The next page, when the table scrolls to its end before the count arrives."""
        if not self.canFetchMore(parent):
            return
        more = self._leads.page(self._query, self._count, PAGE_SIZE)
        if more:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(more) - 1)
            self._pages[self._count // PAGE_SIZE] = [(lead, None) for lead in more]
            self._count += len(more)
            self.endInsertRows()
        if len(more) < PAGE_SIZE:
            self._known = True
        self.count_changed.emit()

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
        # Not date.today(): it imports the time module at each call, which PySide's import
        # hook makes cost a tenth of a millisecond (over a millisecond a repaint).
        return due is not None and due < (self._today or date.fromtimestamp(time.time()))


# Count workers still running, kept from the garbage collector (which would destroy a
# running QThread) until they finish, even if their table has gone.
_RUNNING: set[_CountWorker] = set()


class _CountWorker(QThread):
    """Counts the leads one query matches; ``counted`` carries the ticket and the count."""

    counted = Signal(int, int)

    def __init__(self, leads: LeadService, query: LeadQuery, ticket: int) -> None:
        super().__init__()
        self._leads = leads
        self._query = query
        self._ticket = ticket
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Give up the count: SQLite stops within a fraction of a millisecond."""
        self._stop.set()

    def run(self) -> None:
        try:
            count = self._leads.count_unless(self._query, self._stop.is_set)
        except Exception:  # the rows read so far stay; the next filter or change counts again
            _log.exception("the leads could not be counted")
            return
        if count is not None:
            self.counted.emit(self._ticket, count)


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
