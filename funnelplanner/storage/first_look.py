"""The window's first look at a data file, through Python's own sqlite3.

SQLAlchemy and its ORM take about as long to import as the rest of the start together
(0.2 s of 0.55 s at 100,000 leads). The first screen needs only a handful of reads: the
business settings, the first page of leads and their count, the task lists and the open
tasks per hat. These are answered here, from plain SQL, while SQLAlchemy loads once the
window has painted (services/first_screen.py). Every answer equals the repository's for
the same file (tests/services/test_first_screen.py compares them).

Only a file already at the head revision is looked at: a new file, an older one that needs
upgrading, or anything this cannot read is left to the full opening, which creates,
upgrades, or names what is wrong.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from funnelplanner.domain.models import Lead, LeadQuery, Task
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.storage.backup import SQLITE_HEADER, read_only_uri
from funnelplanner.storage.lead_columns import LEAD_FACTS, lead_from_facts
from funnelplanner.storage.revisions import head_revision

T = TypeVar("T")
# The sort keys whose column the table sorts by as it is: the stage sorts by a rank worked
# out in SQL, which is left to the repository.
_SORT_COLUMNS = {
    "name": "name_key",
    "company": "company_key",
    "contact_count": "contact_count",
    "last_contact": "last_contact_at",
    "next_follow_up": "next_follow_up",
    "value": "value_cents",
    "created": "created_at",
}
_LEAD_SELECT = f"SELECT {', '.join(LEAD_FACTS)} FROM leads"
# Where the stored dates and times sit among LEAD_FACTS.
_LEAD_DATES = (LEAD_FACTS.index("next_follow_up"),)
_LEAD_TIMES = tuple(
    LEAD_FACTS.index(name) for name in ("last_contact_at", "created_at", "imported_last_contact_at")
)
_TASK_SELECT = """
    SELECT tasks.id, tasks.hat, tasks.title, tasks.due, tasks.done, tasks.lead_id,
           leads.name, tasks.notes, tasks.created_at, tasks.done_at, tasks.campaign_id,
           campaigns.name
    FROM tasks
    LEFT OUTER JOIN leads ON leads.id = tasks.lead_id
    LEFT OUTER JOIN campaigns ON campaigns.id = tasks.campaign_id
"""
# How long a read waits for a command-line run that is writing the file.
_BUSY_SECONDS = 2.0


class FirstLook:
    """Reads for the first screen; each method answers None (or raises nothing) when it
    cannot, and the caller asks the full services instead."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        # One connection, asked from the GUI thread and perhaps a worker's.
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path) -> FirstLook | None:
        """A look at ``path`` if it is a data file at the head revision that the full
        opening will take as it is, else None."""
        try:
            # What the full opening refuses before SQLite opens the file for writing
            # (storage.database.check_file) is left to it, to refuse by name.
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                return None
            if path.stat().st_size == 0:
                return None
            with path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return None
            # Read-only, and leaving no -wal or -shm file beside it (see read_only_uri).
            connection = sqlite3.connect(
                read_only_uri(path), uri=True, timeout=_BUSY_SECONDS, check_same_thread=False
            )
        except (OSError, sqlite3.Error):
            return None
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None and row[0] == head_revision():
                return cls(connection)
        except sqlite3.Error:
            pass
        connection.close()
        return None

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def _rows(self, sql: str, parameters: Iterable[Any] = ()) -> list[tuple[Any, ...]] | None:
        with self._lock:
            try:
                return self._connection.execute(sql, tuple(parameters)).fetchall()
            except sqlite3.Error:  # closed, damaged, busy: the full services will say
                return None

    def setting(self, key: str) -> tuple[bool, Any]:
        """(True, the stored value or None when never set), or (False, None) when the
        file could not be read."""
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        if rows is None:
            return False, None
        if not rows:
            return True, None
        try:
            return True, json.loads(rows[0][0])
        except (TypeError, ValueError):
            return True, None  # as settings_repository.read: a damaged value is unset

    def holds_rows(self, tables: Iterable[str]) -> bool | None:
        """Whether any of ``tables`` holds a row."""
        found = self._rows(
            " UNION ALL ".join(f"SELECT EXISTS (SELECT 1 FROM {name})" for name in tables)
        )
        return None if found is None else any(row[0] for row in found)

    def lead_count(self, query: LeadQuery) -> int | None:
        if query.text.strip():
            return None  # the search index's matching stays with the repository
        where, parameters = _stage_filter(query)
        rows = self._rows(f"SELECT count(*) FROM leads{where}", parameters)
        return None if rows is None else int(rows[0][0])

    def lead_page(self, query: LeadQuery, offset: int, limit: int) -> list[Lead] | None:
        column = _SORT_COLUMNS.get(query.sort_key)
        if query.text.strip() or column is None:
            return None
        order = "DESC" if query.descending else "ASC"
        where, parameters = _stage_filter(query)
        rows = self._rows(
            f"{_LEAD_SELECT}{where} ORDER BY {column} {order} NULLS LAST, id {order}"
            " LIMIT ? OFFSET ?",
            (*parameters, limit, offset),
        )
        return None if rows is None else _converted(_lead, rows)

    def tasks(self, hat: Hat | None, include_done: bool) -> list[Task] | None:
        conditions, parameters = [], []
        if hat is not None:
            conditions.append("tasks.hat = ?")
            parameters.append(hat.value)
        if not include_done:
            conditions.append("tasks.done IS 0")
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._rows(
            f"{_TASK_SELECT}{where} ORDER BY tasks.done, tasks.due ASC NULLS LAST, tasks.id",
            parameters,
        )
        return None if rows is None else _converted(_task, rows)

    def open_tasks_by_hat(self) -> dict[Hat, int] | None:
        rows = self._rows("SELECT hat, count(id) FROM tasks WHERE done IS 0 GROUP BY hat")
        if rows is None:
            return None
        counts = dict.fromkeys(Hat, 0)
        for hat, count in rows:
            counts[Hat(hat)] = count
        return counts


def _converted(
    convert: Callable[[tuple[Any, ...]], T], rows: list[tuple[Any, ...]]
) -> list[T] | None:
    try:
        return [convert(row) for row in rows]
    except (TypeError, ValueError, KeyError):  # a hand-edited value: the repository will say
        return None


def _stage_filter(query: LeadQuery) -> tuple[str, tuple[str, ...]]:
    if query.stage is None:
        return "", ()
    return " WHERE stage = ?", (query.stage.value,)


def _lead(row: tuple[Any, ...]) -> Lead:
    values = list(row)
    for index in _LEAD_DATES:
        values[index] = _date(values[index])
    for index in _LEAD_TIMES:
        values[index] = _utc(values[index])
    return lead_from_facts(values)


def _task(row: tuple[Any, ...]) -> Task:
    (id_, hat, title, due, done, lead_id, lead_name, notes, created, done_at, campaign_id,
     campaign_name) = row  # fmt: skip
    created_at = _utc(created)
    assert created_at is not None  # the column is NOT NULL
    return Task(
        id=id_,
        hat=Hat(hat),
        title=title,
        due=_date(due),
        done=bool(done),
        lead_id=lead_id,
        lead_name=lead_name or "",
        notes=notes,
        created_at=created_at,
        done_at=_utc(done_at),
        campaign_id=campaign_id,
        campaign_name=campaign_name or "",
    )


# As SQLAlchemy stores them in SQLite: dates as "2026-11-23", times as naive UTC text
# "2026-11-23 09:30:00.000000" (storage.types.UtcDateTime hands them back aware).
def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _utc(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)
