"""Queries and writes for leads and their stage history. Never commits: services do."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    case,
    column,
    delete,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Lead, LeadFields, LeadQuery, StageChange
from funnelplanner.domain.text_rules import fold, search_key
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage
from funnelplanner.storage.rows import SEARCH_INDEX, LeadCriterionRow, LeadRow, StageChangeRow

_STAGE_RANK = case(
    {stage.value: index for index, stage in enumerate(FUNNEL_ORDER)},
    value=LeadRow.stage,
    else_=len(FUNNEL_ORDER),
)

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


def read_leads(session: Session, statement: Select[Any]) -> list[Lead]:
    """The leads a ``select(LeadRow)`` finds, read as plain rows: lists of many leads (the
    table's pages, the plan's follow-ups) need no ORM objects, which take a third of the
    time to build."""
    plain = statement.with_only_columns(*LeadRow.__table__.columns, maintain_column_froms=True)
    return [to_lead(row) for row in session.connection().execute(plain)]


def cents_to_money(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def money_to_cents(value: Decimal | None) -> int | None:
    return None if value is None else int(value * 100)


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


def _where(query: LeadQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.stage is not None:
        conditions.append(LeadRow.stage == query.stage.value)
    for word in fold(query.text).split():
        conditions.append(_containing(word))
    return conditions


def _containing(word: str) -> ColumnElement[bool]:
    """Leads whose search key contains ``word`` (already folded) anywhere."""
    if len(word) >= _INDEXED_LENGTH:
        # A quoted phrase of trigrams: the word as a substring, whatever its characters.
        phrase = '"' + word.replace('"', '""') + '"'
        return LeadRow.id.in_(select(_SEARCH_INDEX.c.rowid).where(_SEARCH_MATCH(phrase)))
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return LeadRow.search_key.like(pattern, escape="\\")


def count(session: Session, query: LeadQuery) -> int:
    return (
        session.connection().scalar(select(func.count()).select_from(LeadRow).where(*_where(query)))
        or 0
    )


def page(session: Session, query: LeadQuery, offset: int, limit: int) -> list[Lead]:
    """One window of the sorted, filtered leads: only the rows a view shows."""
    column = SORT_COLUMNS.get(query.sort_key, SORT_COLUMNS["name"])
    order = column.desc() if query.descending else column.asc()
    tie = LeadRow.id.desc() if query.descending else LeadRow.id.asc()
    # Plain rows, not ORM objects: a page is read on every keystroke of the filter, and
    # nothing here is changed and flushed back (a third of the time, at 200 rows).
    statement = (
        select(*LeadRow.__table__.columns)
        .where(*_where(query))
        .order_by(order.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    return [to_lead(row) for row in session.connection().execute(statement)]


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
