"""Queries and writes for leads and their stage history. Never commits: services do."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    delete,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Lead, LeadFields, LeadQuery, StageChange
from funnelplanner.domain.text_rules import fold, search_key
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage.lead_columns import (
    cents_to_money,
    facts_getter,
    lead_from_facts,
    money_to_cents,
)
from funnelplanner.storage.rows import (
    SEARCH_INDEX,
    STAGE_RANK_SQL,
    LeadCriterionRow,
    LeadRow,
    StageChangeRow,
)

_STAGE_RANK: ColumnElement[Any] = literal_column(f"({STAGE_RANK_SQL})")  # as its index

SORT_COLUMNS: dict[str, ColumnElement[object]] = {
    "name": LeadRow.name_key,  # type: ignore[dict-item]
    "company": LeadRow.company_key,  # type: ignore[dict-item]
    "stage": _STAGE_RANK,
    "contact_count": LeadRow.contact_count,  # type: ignore[dict-item]
    "last_contact": LeadRow.last_contact_at,  # type: ignore[dict-item]
    "next_follow_up": LeadRow.next_follow_up,  # type: ignore[dict-item]
    "value": LeadRow.value_cents,  # type: ignore[dict-item]
    "created": LeadRow.created_at,  # type: ignore[dict-item]
}


def to_lead(row: LeadRow | Any) -> Lead:
    """A lead from its ORM row, or from a plain result row of the same columns."""
    return Lead(
        id=row.id,
        name=row.name,
        company=row.company,
        email=row.email,
        phone=row.phone,
        website=row.website,
        source=row.source,
        value=cents_to_money(row.value_cents),
        notes=row.notes,
        stage=Stage(row.stage),
        next_follow_up=row.next_follow_up,
        contact_count=row.contact_count,
        last_contact=row.last_contact_at,
        created_at=row.created_at,
        campaign_id=row.campaign_id,
        imported_contact_count=row.imported_contact_count,
        imported_last_contact=row.imported_last_contact_at,
    )


# Where each of Lead's stored facts sits in a plain row of LeadRow's columns, in the
# table's order (what read_leads, page and each_lead select).
_LEAD_FACTS = facts_getter([column.name for column in LeadRow.__table__.columns])


def lead_from_columns(row: Sequence[Any]) -> Lead:
    """``to_lead`` for a plain row of LeadRow's columns in the table's order (more may
    follow)."""
    return lead_from_facts(_LEAD_FACTS(row))


def read_leads(session: Session, statement: Select[Any]) -> list[Lead]:
    """The leads a ``select(LeadRow)`` finds, read as plain rows: lists of many leads (the
    table's pages, the plan's follow-ups) need no ORM objects, which take a third of the
    time to build."""
    plain = statement.with_only_columns(*LeadRow.__table__.columns, maintain_column_froms=True)
    return [lead_from_columns(row) for row in session.connection().execute(plain)]


def get_row(session: Session, lead_id: int) -> LeadRow:
    row = session.get(LeadRow, lead_id)
    if row is None:
        raise NotFoundError(
            message(QT_TRANSLATE_NOOP("Messages", "There is no lead with id {id}"), id=lead_id)
        )
    return row


def add(session: Session, fields: LeadFields, now: datetime) -> LeadRow:
    row = LeadRow(stage=fields.stage.value, created_at=now, updated_at=now, contact_count=0)
    apply_fields(row, fields, now)
    session.add(row)
    session.flush()
    add_stage_change(session, row.id, fields.stage, now)
    return row


def apply_fields(row: LeadRow, fields: LeadFields, now: datetime) -> None:
    """Copy everything but the stage, which only ``set_stage`` changes (it keeps history)."""
    row.name = fields.name
    row.name_key = fold(fields.name)
    row.company_key = fold(fields.company)
    row.email_key = fold(fields.email)
    row.search_key = search_key(
        fields.name, fields.company, fields.email, fields.phone, fields.phone_key, fields.source
    )
    row.company = fields.company
    row.email = fields.email
    row.phone = fields.phone
    row.phone_key = fields.phone_key
    row.website = fields.website
    row.source = fields.source
    row.value_cents = money_to_cents(fields.value)
    row.notes = fields.notes
    row.next_follow_up = fields.next_follow_up
    row.campaign_id = fields.campaign_id
    row.updated_at = now


def set_stage(
    session: Session,
    row: LeadRow,
    stage: Stage,
    when: datetime,
    reason: str,
    override: bool = False,
) -> bool:
    """Move a lead to a stage and record it; returns False when it was already there."""
    if row.stage == stage.value:
        return False
    row.stage = stage.value
    row.updated_at = when
    add_stage_change(session, row.id, stage, when, reason, override)
    return True


def add_stage_change(
    session: Session,
    lead_id: int,
    stage: Stage,
    when: datetime,
    reason: str = "",
    override: bool = False,
) -> None:
    session.add(
        StageChangeRow(
            lead_id=lead_id, stage=stage.value, entered_at=when, reason=reason, override=override
        )
    )


def criteria(session: Session, lead_id: int) -> dict[str, bool]:
    rows = session.scalars(select(LeadCriterionRow).where(LeadCriterionRow.lead_id == lead_id))
    return {r.criterion: r.met for r in rows}


def set_criteria(session: Session, lead_id: int, met: dict[str, bool]) -> None:
    """Replace the lead's checklist with ``met``."""
    session.execute(delete(LeadCriterionRow).where(LeadCriterionRow.lead_id == lead_id))
    session.add_all(
        LeadCriterionRow(lead_id=lead_id, criterion=name, met=value) for name, value in met.items()
    )


def history(session: Session, lead_id: int) -> list[StageChange]:
    rows = session.scalars(
        select(StageChangeRow)
        .where(StageChangeRow.lead_id == lead_id)
        .order_by(StageChangeRow.entered_at, StageChangeRow.id)
    )
    return [StageChange(Stage(r.stage), r.entered_at, r.reason, r.override) for r in rows]


# The trigram index of the search keys (migration 0006), kept in step by triggers.
_SEARCH_INDEX = table(SEARCH_INDEX, column("rowid", Integer))
_SEARCH_MATCH = literal_column(SEARCH_INDEX).op("MATCH")
# Trigrams find a run of three characters or more; shorter words are looked for by LIKE.
_INDEXED_LENGTH = 3


# Sort keys an index keeps in order: a page of many matches can walk that index and stop
# after the page, instead of reading and sorting every match.
_WALKABLE = frozenset({"name", "company", "contact_count", "last_contact", "next_follow_up"})
_NOT_NULL = frozenset({"name", "company", "contact_count"})
# Reading one matching lead to sort it costs about this many steps along an index.
_LOOKUP_COST = 30
# Leads read in sort order to find a page for a word too short for the index: a word that
# common fills the page from them; a rarer one is worth a scan of the table and a sort.
_PROBE_ROWS = 2000


def _words(query: LeadQuery) -> tuple[list[str], list[str]]:
    """The typed words (folded): those the trigram index finds, and the shorter ones."""
    words = fold(query.text).split()
    return (
        [word for word in words if len(word) >= _INDEXED_LENGTH],
        [word for word in words if len(word) < _INDEXED_LENGTH],
    )


def _where(query: LeadQuery, walk: bool = False) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.stage is not None:
        conditions.append(LeadRow.stage == query.stage.value)
    indexed, short = _words(query)
    if indexed:
        matching = select(_SEARCH_INDEX.c.rowid).where(_SEARCH_MATCH(_phrases(indexed)))
        # "id + 0" keeps SQLite from looking each match up by id, so it walks the sort
        # key's index instead, testing ids against the matches as it goes.
        conditions.append((LeadRow.id + 0 if walk else LeadRow.id).in_(matching))
    for word in short:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(LeadRow.search_key.like(pattern, escape="\\"))
    return conditions


def _phrases(words: list[str]) -> str:
    """Each word as a quoted phrase of trigrams (a substring, whatever its characters),
    all of them required."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def count(session: Session, query: LeadQuery) -> int:
    indexed, short = _words(query)
    if indexed and not short and query.stage is None:
        return _indexed_matches(session.connection(), indexed)
    return (
        session.connection().scalar(select(func.count()).select_from(LeadRow).where(*_where(query)))
        or 0
    )


# SQLite's virtual machine steps between two looks at whether a count is still wanted:
# about a tenth of a millisecond.
_STEPS_PER_LOOK = 1_000


def count_unless(session: Session, query: LeadQuery, stop: Callable[[], bool]) -> int | None:
    """``count``, given up (None) as soon as ``stop()`` says the answer is no longer
    wanted: the filter changed while a count over many leads was running."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.set_progress_handler(lambda: 1 if stop() else 0, _STEPS_PER_LOOK)
    try:
        return count(session, query)
    except OperationalError:
        if stop():  # SQLite was told to interrupt the statement
            return None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def page(session: Session, query: LeadQuery, offset: int, limit: int) -> list[Lead]:
    """One window of the sorted, filtered leads: only the rows a view shows.

    Each keystroke of the filter reads the first page, so it must not cost more with more
    matches or more leads. Words the trigram index finds: their matches are counted in the
    index first (a fraction of a millisecond); few are read and sorted, many are found by
    walking the sort key's index until the page is full. Shorter words: the first leads in
    sort order are tried first, as a common word fills the page from them.
    """
    column = SORT_COLUMNS.get(query.sort_key, SORT_COLUMNS["name"])
    ordering = _ordering(column, query.descending)
    connection = session.connection()
    indexed, short = _words(query)
    walkable = query.sort_key in _WALKABLE and limit >= 0
    walk = False
    if indexed:
        matches = _indexed_matches(connection, indexed)
        if matches == 0:
            return []
        if walkable:
            leads = connection.scalar(select(func.max(LeadRow.id))) or 0
            walk = (offset + limit) * leads < _LOOKUP_COST * matches * matches
    elif short and query.sort_key in _NOT_NULL and 0 <= offset + limit <= _PROBE_ROWS:
        found = _page_among_first(connection, query, column, offset, limit)
        if found is not None:
            return found
        # Rare: sorted after a scan, not by walking the whole index a row at a time.
        # coalesce() hides the column from the planner, which would otherwise walk its index.
        ordering = _ordering(func.coalesce(column, column), query.descending)
    # Plain rows, not ORM objects: a page is read on every keystroke of the filter, and
    # nothing here is changed and flushed back (a third of the time, at 200 rows).
    statement = (
        select(*LeadRow.__table__.columns)
        .where(*_where(query, walk))
        .order_by(*ordering)
        .offset(offset)
        .limit(limit)
    )
    return [lead_from_columns(row) for row in connection.execute(statement)]


def each_lead(session: Session, query: LeadQuery) -> Iterator[Lead]:
    """Every lead the query finds, in its order, as SQLite hands them over: an export
    writes each as it comes rather than holding 100,000 at once."""
    column = SORT_COLUMNS.get(query.sort_key, SORT_COLUMNS["name"])
    statement = (
        select(*LeadRow.__table__.columns)
        .where(*_where(query))
        .order_by(*_ordering(column, query.descending))
    )
    for row in session.connection().execute(statement):
        yield lead_from_columns(row)


def _page_among_first(
    connection: Connection, query: LeadQuery, column: ColumnElement[Any], offset: int, limit: int
) -> list[Lead] | None:
    """The page if the first ``_PROBE_ROWS`` leads in sort order fill it, else None."""
    ordering = _ordering(column, query.descending)
    last = connection.execute(
        select(column, LeadRow.id).order_by(*ordering).offset(_PROBE_ROWS - 1).limit(1)
    ).first()
    statement = select(*LeadRow.__table__.columns).where(*_where(query))
    if last is not None:
        bound = tuple_(column, LeadRow.id)
        statement = statement.where(
            bound >= tuple(last) if query.descending else bound <= tuple(last)
        )
    found = [
        lead_from_columns(row)
        for row in connection.execute(statement.order_by(*ordering).offset(offset).limit(limit))
    ]
    return found if len(found) == limit or last is None else None


def _ordering(
    column: ColumnElement[Any], descending: bool
) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    order = column.desc() if descending else column.asc()
    return order.nulls_last(), LeadRow.id.desc() if descending else LeadRow.id.asc()


def _indexed_matches(connection: Connection, words: list[str]) -> int:
    """How many leads hold all these words, counted in the trigram index alone."""
    statement = (
        select(func.count()).select_from(_SEARCH_INDEX).where(_SEARCH_MATCH(_phrases(words)))
    )
    return connection.scalar(statement) or 0


def find_matching(
    session: Session, email: str, phone_key: str, exclude_id: int | None
) -> Sequence[LeadRow]:
    """Leads that share the email (any case) or the phone number."""
    matches: list[ColumnElement[bool]] = []
    if email:
        matches.append(LeadRow.email_key == fold(email))
    if phone_key:
        matches.append(LeadRow.phone_key == phone_key)
    if not matches:
        return []
    statement = select(LeadRow).where(or_(*matches)).order_by(LeadRow.id).limit(20)
    if exclude_id is not None:
        statement = statement.where(LeadRow.id != exclude_id)
    return session.scalars(statement).all()
