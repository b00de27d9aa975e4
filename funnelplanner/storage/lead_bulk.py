"""Adding many leads at once (an import): one prepared INSERT run over every row.

The columns are the ones ``lead_repository.add`` and ``apply_fields`` keep (search keys,
money in cents, a zero contact counter, one first stage change), so a lead added here is
stored exactly as one added by hand. Never commits: the import service does, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from funnelplanner.domain.models import LeadFields
from funnelplanner.domain.text_rules import fold, search_key
from funnelplanner.storage.lead_repository import money_to_cents
from funnelplanner.storage.rows import (
    SEARCH_INDEX,
    SEARCH_INDEX_INSERT_TRIGGER,
    LeadRow,
    StageChangeRow,
)

# Rows per executemany: large enough to amortise each call, small enough that progress
# (and a Cancel) is seen a few times a second.
CHUNK = 2_000
# SQLite's page cache while adding leads, in KiB. Each new lead lands at a random place in
# every index (name, email, company ...); the default 2 MB cache makes 100k new leads
# spill index pages mid-transaction.
IMPORT_CACHE_KIB = 65_536
# Fewer new rows than this go into the indexes one by one.
REBUILD_AT_LEAST = 5_000
_LEADS = cast(Table, LeadRow.__table__)
_STAGE_CHANGES = cast(Table, StageChangeRow.__table__)


@dataclass
class NewLead:
    """A lead to add: its validated fields and what another CRM knew about it."""

    fields: LeadFields
    created_at: datetime
    imported_contact_count: int = 0
    imported_last_contact_at: datetime | None = None


def insert_leads(
    session: Session,
    leads: Sequence[NewLead],
    now: datetime,
    after_chunk: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert the leads in order and return their new ids, in the same order.

    Args:
        after_chunk: called with the number inserted so far; it may raise to stop.
    """
    connection = session.connection()
    # The ids SQLite would choose itself (the table has no AUTOINCREMENT): one past the
    # largest. Giving them spares a RETURNING per row; the transaction holds the file.
    first = (session.scalar(select(func.max(LeadRow.id))) or 0) + 1
    ids = list(range(first, first + len(leads)))
    insert = _Insert(connection, _LEADS)
    with (
        _large_cache(connection),
        _indexed_afterwards(connection, first),
        _indexes_rebuilt(connection, _LEADS, len(leads)),
    ):
        for start in range(0, len(leads), CHUNK):
            insert.run(
                _lead_values(lead_id, lead, now)
                for lead_id, lead in zip(
                    ids[start : start + CHUNK], leads[start : start + CHUNK], strict=True
                )
            )
            if after_chunk is not None:
                after_chunk(min(start + CHUNK, len(leads)))
    return ids


@contextmanager
def _indexed_afterwards(connection: Connection, first_id: int) -> Iterator[None]:
    """Add the new leads to the search index in one statement, not by a trigger per row
    (half the time: 2.5 s for 100,000 leads).

    The trigger is dropped and made again inside the import's transaction, so no other
    connection ever sees the table without it, and a rollback brings it back unchanged.
    """
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (SEARCH_INDEX_INSERT_TRIGGER,),
    ).scalar()
    if trigger is None:
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_INDEX_INSERT_TRIGGER}")
    try:
        yield
    finally:
        # Whatever got in is indexed, even when the import stops part-way.
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX} (rowid, search_key) "
            "SELECT id, search_key FROM leads WHERE id >= ?",
            (first_id,),
        )
        connection.exec_driver_sql(str(trigger))


@contextmanager
def _indexes_rebuilt(connection: Connection, table: Table, adding: int) -> Iterator[None]:
    """When a table at least doubles, build its indexes again afterwards instead of
    adding each new row to each index as it comes: one sort per index instead of a
    random walk per row and index (0.6 s of 1.5 s for 100,000 new leads).

    Like the search trigger, the indexes are dropped and made again inside the
    transaction, so no other connection ever sees the table without them."""
    existing = connection.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar() or 0
    if adding < REBUILD_AT_LEAST or adding < existing:
        yield
        return
    # SQLite's own indexes (for UNIQUE and the like) have no SQL and cannot be dropped.
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table.name,),
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _name, sql in indexes:
            connection.exec_driver_sql(str(sql))


def insert_stage_changes(
    session: Session, lead_ids: Sequence[int], leads: Sequence[NewLead], reason: str
) -> None:
    """Each new lead's first stage, entered when the lead was created."""
    insert = _Insert(session.connection(), _STAGE_CHANGES)
    rows = (
        {
            "lead_id": lead_id,
            "stage": lead.fields.stage.value,
            "entered_at": lead.created_at,
            "reason": reason,
            "override": False,
        }
        for lead_id, lead in zip(lead_ids, leads, strict=True)
    )
    connection = session.connection()
    with _large_cache(connection), _indexes_rebuilt(connection, _STAGE_CHANGES, len(leads)):
        insert.run(rows)


class _Insert:
    """One INSERT of named columns, each value converted as SQLAlchemy's column type
    converts it (aware datetimes to naive UTC text, booleans to 0/1), run as one
    executemany without building a statement per row."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self._connection = connection
        self._table = table
        self._columns: list[str] | None = None
        self._convert: list[tuple[int, Callable[[Any], Any]]] = []
        self._converted: dict[int, dict[Any, Any]] = {}
        self._sql = ""

    def _prepare(self, names: list[str]) -> None:
        dialect = self._connection.dialect
        self._columns = names
        for index, name in enumerate(names):
            process = self._table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self._convert.append((index, process))
                self._converted[index] = {}
        quote = dialect.identifier_preparer.quote
        self._sql = (
            f"INSERT INTO {quote(self._table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )

    def run(self, rows: Iterator[dict[str, Any]] | Sequence[dict[str, Any]]) -> None:
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            if self._columns is None:
                self._prepare(list(row))
            values = list(row.values())
            for index, process in self._convert:
                value = values[index]
                if value is not None:
                    # Most rows share a few values (the import's "now"): convert each once.
                    known = self._converted[index]
                    if value not in known:
                        known[value] = process(value)
                    values[index] = known[value]
            batch.append(tuple(values))
            if len(batch) == CHUNK:
                self._connection.exec_driver_sql(self._sql, batch)
                batch = []
        if batch:
            self._connection.exec_driver_sql(self._sql, batch)


@contextmanager
def _large_cache(connection: Connection) -> Iterator[None]:
    """A page cache big enough for the indexes of many new leads, for as long as the
    inserts take; the connection gets its own size back afterwards."""
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if not isinstance(previous, int) or -previous >= IMPORT_CACHE_KIB:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def _lead_values(lead_id: int, lead: NewLead, now: datetime) -> dict[str, Any]:
    fields = lead.fields
    return {
        "id": lead_id,
        "name": fields.name,
        "company": fields.company,
        "email": fields.email,
        "phone": fields.phone,
        "phone_key": fields.phone_key,
        "website": fields.website,
        "name_key": fold(fields.name),
        "company_key": fold(fields.company),
        "email_key": fold(fields.email),
        "search_key": search_key(
            fields.name,
            fields.company,
            fields.email,
            fields.phone,
            fields.phone_key,
            fields.source,
        ),
        "source": fields.source,
        "value_cents": money_to_cents(fields.value),
        "notes": fields.notes,
        "stage": fields.stage.value,
        "next_follow_up": fields.next_follow_up,
        "contact_count": 0,
        "last_contact_at": None,
        "created_at": lead.created_at,
        "updated_at": now,
        "campaign_id": fields.campaign_id,
        "imported_contact_count": lead.imported_contact_count,
        "imported_last_contact_at": lead.imported_last_contact_at,
    }
