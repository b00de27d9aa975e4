"""Read-only queries behind the month's picture, Today and the contact insight."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from funnelplanner.domain.insight import WonLead
from funnelplanner.domain.models import Lead, StageChange
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.storage.lead_repository import to_lead
from funnelplanner.storage.rows import CampaignRow, ContactRow, LeadRow, StageChangeRow

_OPEN_STAGES = (Stage.PROSPECT, Stage.LEAD, Stage.MQL, Stage.SQL)


def histories_touching(session: Session, start: datetime, end: datetime) -> list[list[StageChange]]:
    """Full stage histories of every lead with a stage change in [start, end)."""
    touched = (
        select(StageChangeRow.lead_id)
        .where(StageChangeRow.entered_at >= start, StageChangeRow.entered_at < end)
        .distinct()
    )
    rows = session.execute(
        select(StageChangeRow.lead_id, StageChangeRow.stage, StageChangeRow.entered_at)
        .where(StageChangeRow.lead_id.in_(touched), StageChangeRow.entered_at < end)
        .order_by(StageChangeRow.lead_id, StageChangeRow.entered_at, StageChangeRow.id)
    )
    by_lead: dict[int, list[StageChange]] = defaultdict(list)
    for lead_id, stage, entered_at in rows:
        by_lead[lead_id].append(StageChange(Stage(stage), entered_at))
    return list(by_lead.values())


def sql_entries(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, str, datetime, datetime | None]]:
    """(lead id, name, entered SQL at, first sales contact at or after it) in [start, end)."""
    first_sales = (
        select(func.min(ContactRow.at))
        .where(
            ContactRow.lead_id == StageChangeRow.lead_id,
            ContactRow.hat == Hat.SALES.value,
            ContactRow.at >= StageChangeRow.entered_at,
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(StageChangeRow.lead_id, LeadRow.name, StageChangeRow.entered_at, first_sales)
        .join(LeadRow, LeadRow.id == StageChangeRow.lead_id)
        .where(
            StageChangeRow.stage == Stage.SQL.value,
            StageChangeRow.entered_at >= start,
            StageChangeRow.entered_at < end,
        )
        .order_by(StageChangeRow.entered_at)
    )
    return [(r[0], r[1], r[2], _aware(r[3])) for r in rows]


def lost_entries(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, str, datetime, int]]:
    """(lead id, name, marked lost at, contacts logged up to then) in [start, end)."""
    before = (
        select(func.count(ContactRow.id))
        .where(
            ContactRow.lead_id == StageChangeRow.lead_id, ContactRow.at <= StageChangeRow.entered_at
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(StageChangeRow.lead_id, LeadRow.name, StageChangeRow.entered_at, before)
        .join(LeadRow, LeadRow.id == StageChangeRow.lead_id)
        .where(
            StageChangeRow.stage == Stage.LOST.value,
            StageChangeRow.entered_at >= start,
            StageChangeRow.entered_at < end,
        )
        .order_by(StageChangeRow.entered_at)
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def won_leads(session: Session) -> list[WonLead]:
    """Every customer won, with the contacts logged up to the day it became one."""
    first_won = (
        select(StageChangeRow.lead_id, func.min(StageChangeRow.entered_at).label("won_at"))
        .where(StageChangeRow.stage.in_((Stage.CUSTOMER.value, Stage.PROMOTER.value)))
        .group_by(StageChangeRow.lead_id)
        .subquery()
    )
    contacts = (
        select(func.count(ContactRow.id))
        .where(ContactRow.lead_id == first_won.c.lead_id, ContactRow.at <= first_won.c.won_at)
        .scalar_subquery()
    )
    rows = session.execute(
        select(first_won.c.lead_id, contacts, LeadRow.source, CampaignRow.name)
        .join(LeadRow, LeadRow.id == first_won.c.lead_id)
        .outerjoin(CampaignRow, CampaignRow.id == LeadRow.campaign_id)
    )
    return [WonLead(r[0], r[1], r[2] or "", r[3] or "") for r in rows]


def open_leads(session: Session) -> list[Lead]:
    """Leads still being worked (prospect to SQL), most contacts first."""
    rows = session.scalars(
        select(LeadRow)
        .where(LeadRow.stage.in_([s.value for s in _OPEN_STAGES]))
        .order_by(LeadRow.contact_count.desc(), LeadRow.id)
    )
    return [to_lead(r) for r in rows]


def follow_ups_due(session: Session, day: date, limit: int | None = None) -> tuple[list[Lead], int]:
    """Leads whose next follow-up is today or overdue, oldest first (the first ``limit``),
    and how many there are in all."""
    due = (
        LeadRow.next_follow_up.is_not(None),
        LeadRow.next_follow_up <= day,
        LeadRow.stage != Stage.LOST.value,
    )
    statement = select(LeadRow).where(*due).order_by(LeadRow.next_follow_up, LeadRow.id)
    rows = [to_lead(r) for r in session.scalars(statement.limit(limit))]
    return rows, _count(session, rows, limit, *due)


def follow_ups_between(session: Session, first: date, last: date) -> list[Lead]:
    rows = session.scalars(
        select(LeadRow)
        .where(
            LeadRow.next_follow_up >= first,
            LeadRow.next_follow_up <= last,
            LeadRow.stage != Stage.LOST.value,
        )
        .order_by(LeadRow.next_follow_up, LeadRow.name_key, LeadRow.id)
    )
    return [to_lead(r) for r in rows]


def going_cold(
    session: Session, gaps: dict[Stage, int], now: datetime, limit: int | None = None
) -> tuple[list[Lead], int]:
    """Leads whose last contact (or creation, if never contacted) is older than their gap,
    quietest first (the first ``limit``), and how many there are in all."""
    conditions = []
    for stage, days in gaps.items():
        cutoff = now - timedelta(days=days)
        quiet_since = func.coalesce(
            LeadRow.last_contact_at, LeadRow.imported_last_contact_at, LeadRow.created_at
        )
        conditions.append(and_(LeadRow.stage == stage.value, quiet_since < cutoff))
    if not conditions:
        return [], 0
    statement = (
        select(LeadRow)
        .where(or_(*conditions))
        .order_by(
            func.coalesce(
                LeadRow.last_contact_at, LeadRow.imported_last_contact_at, LeadRow.created_at
            ),
            LeadRow.id,
        )
    )
    rows = [to_lead(r) for r in session.scalars(statement.limit(limit))]
    return rows, _count(session, rows, limit, or_(*conditions))


def _count(
    session: Session, rows: list[Lead], limit: int | None, *where: ColumnElement[bool]
) -> int:
    """All that match, counted in SQL only when the rows fetched were cut at ``limit``."""
    if limit is None or len(rows) < limit:
        return len(rows)
    return session.scalar(select(func.count(LeadRow.id)).where(*where)) or 0


def sqls_waiting(session: Session) -> list[tuple[Lead, datetime]]:
    """SQLs with no sales contact since they became SQLs, longest waiting first."""
    latest = aliased(StageChangeRow)
    entered = (
        select(func.max(latest.entered_at))
        .where(latest.lead_id == LeadRow.id, latest.stage == Stage.SQL.value)
        # Explicit: nested inside the EXISTS below, auto-correlation would pull ``leads``
        # into this subquery's FROM and take the latest SQL entry of every lead.
        .correlate(LeadRow)
        .scalar_subquery()
    )
    contacted = (
        select(ContactRow.id)
        .where(
            ContactRow.lead_id == LeadRow.id,
            ContactRow.hat == Hat.SALES.value,
            ContactRow.at >= entered,
        )
        .exists()
    )
    rows = session.execute(
        select(LeadRow, entered)
        .where(LeadRow.stage == Stage.SQL.value, ~contacted)
        .order_by(entered, LeadRow.id)
    )
    return [(to_lead(row), _aware(at) or row.created_at) for row, at in rows]


def _aware(value: datetime | str | None) -> datetime | None:
    """Aggregates (MIN/MAX) bypass the column type: read them back as aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def leads_and_customers_by_source(session: Session) -> list[tuple[str, int, int]]:
    """(source, leads, customers won) per source, most leads first; "" as "(none)"."""
    won = func.sum(
        case((LeadRow.stage.in_((Stage.CUSTOMER.value, Stage.PROMOTER.value)), 1), else_=0)
    )
    rows = session.execute(
        select(LeadRow.source, func.count(LeadRow.id), won)
        .group_by(LeadRow.source)
        .order_by(func.count(LeadRow.id).desc(), LeadRow.source)
    )
    return [(source or "(none)", leads, customers or 0) for source, leads, customers in rows]
