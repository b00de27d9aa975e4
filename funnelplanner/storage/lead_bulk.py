"""Adding many leads at once (an import): one prepared INSERT run over every row.

The columns are the ones ``lead_repository.add`` and ``apply_fields`` keep (search keys,
money in cents, a zero contact counter, one first stage change), so a lead added here is
stored exactly as one added by hand. Never commits: the import service does, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from funnelplanner.domain.models import LeadFields
from funnelplanner.domain.text_rules import fold, search_key
from funnelplanner.storage.lead_columns import money_to_cents
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
# Fewer new rows than this go into the indexes one by one, with the search index's
# usual buffer.
REBUILD_AT_LEAST = 5_000
SEARCH_BUFFER_BYTES = 16 << 20
FTS5_DEFAULT_HASHSIZE = 1 << 20  # what FTS5 uses when its config table names none
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
    insert = _Insert(connection, _LEADS, _LEAD_COLUMNS)
    with (
        _large_cache(connection),
        _indexed_afterwards(connection, first, len(leads)),
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
def _indexed_afterwards(connection: Connection, first_id: int, adding: int) -> Iterator[None]:
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
        with _search_buffer(connection, adding):
            connection.exec_driver_sql(
                f"INSERT INTO {SEARCH_INDEX} (rowid, search_key) "
                "SELECT id, search_key FROM leads WHERE id >= ?",
                (first_id,),
            )
        connection.exec_driver_sql(str(trigger))


@contextmanager
def _search_buffer(connection: Connection, adding: int) -> Iterator[None]:
    """A larger buffer for the search index while many leads go in at once.

    FTS5 holds new terms in memory up to its "hashsize" (1 MiB unless set), then writes
    them out as a segment, and merges those segments again and again as they pile up:
    with trigrams, 100,000 leads made 20 times the work of 10,000 (1.0 s). With 16 MiB
    it is 0.6 s. The setting is stored in the index's config table, so afterwards it is
    put back exactly as it was (FTS5's own default leaves no row there)."""
    if adding < REBUILD_AT_LEAST:
        yield
        return
    config = f"{SEARCH_INDEX}_config"
    stored = connection.exec_driver_sql(f"SELECT v FROM {config} WHERE k = 'hashsize'").scalar()

    def buffer(size: object) -> None:
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES ('hashsize', ?)", (size,)
        )

    buffer(SEARCH_BUFFER_BYTES)
    try:
        yield
    finally:
        buffer(FTS5_DEFAULT_HASHSIZE if stored is None else stored)
        if stored is None:
            connection.exec_driver_sql(f"DELETE FROM {config} WHERE k = 'hashsize'")


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
    """Each new lead's first stage, entered when the lead was created.

    Copied from the lead rows just written, in one INSERT ... SELECT, rather than sent
    to SQLite again row by row: the stage and the creation time are the rows' own, and
    insert_leads gives the new leads ids that run without a gap (1.0 s -> 0.2 s for
    100,000 leads)."""
    if not lead_ids:
        return
    first, last = lead_ids[0], lead_ids[-1]
    if len(leads) != len(lead_ids) or last - first + 1 != len(lead_ids):
        raise ValueError("insert_stage_changes needs the ids insert_leads gave, in order")
    connection = session.connection()
    with _large_cache(connection), _indexes_rebuilt(connection, _STAGE_CHANGES, len(leads)):
        connection.exec_driver_sql(
            "INSERT INTO stage_changes (lead_id, stage, entered_at, reason, override) "
            "SELECT id, stage, created_at, ?, 0 FROM leads WHERE id BETWEEN ? AND ? ORDER BY id",
            (reason, first, last),
        )


class _Insert:
    """One INSERT of the named columns, each value converted as SQLAlchemy's column type
    converts it (aware datetimes to naive UTC text, booleans to 0/1), run as one
    executemany over rows given as tuples in the columns' order."""

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str]) -> None:
        self._connection = connection
        dialect = connection.dialect
        self._convert: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
        for index, name in enumerate(columns):
            process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self._convert.append((index, process, {}))
        quote = dialect.identifier_preparer.quote
        self._sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )

    def run(self, rows: Iterable[tuple[Any, ...]]) -> None:
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(row)
            for index, process, known in self._convert:
                value = values[index]
                if value is not None:
                    # Most rows share a few values (the import's "now"): convert each once.
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


_LEAD_COLUMNS = (
    "id",
    "name",
    "company",
    "email",
    "phone",
    "phone_key",
    "website",
    "name_key",
    "company_key",
    "email_key",
    "search_key",
    "source",
    "value_cents",
    "notes",
    "stage",
    "next_follow_up",
    "contact_count",
    "last_contact_at",
    "created_at",
    "updated_at",
    "campaign_id",
    "imported_contact_count",
    "imported_last_contact_at",
)


def _lead_values(lead_id: int, lead: NewLead, now: datetime) -> tuple[Any, ...]:
    """A lead's row, in the order of _LEAD_COLUMNS."""
    fields = lead.fields
    return (
        lead_id,
        fields.name,
        fields.company,
        fields.email,
        fields.phone,
        fields.phone_key,
        fields.website,
        fold(fields.name),
        fold(fields.company),
        fold(fields.email),
        search_key(
            fields.name,
            fields.company,
            fields.email,
            fields.phone,
            fields.phone_key,
            fields.source,
        ),
        fields.source,
        money_to_cents(fields.value),
        fields.notes,
        fields.stage.value,
        fields.next_follow_up,
        0,
        None,
        lead.created_at,
        now,
        fields.campaign_id,
        lead.imported_contact_count,
        lead.imported_last_contact_at,
    )
