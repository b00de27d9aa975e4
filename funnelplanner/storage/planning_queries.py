"""Read-only queries behind the month's picture, Today and the contact insight."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    Subquery,
    and_,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased

from funnelplanner.domain.funnel import PLANNED_STAGES
from funnelplanner.domain.insight import WonLead
from funnelplanner.domain.models import Lead
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Hat, Stage
from funnelplanner.storage.lead_repository import lead_from_columns, read_leads
from funnelplanner.storage.rows import CampaignRow, ContactRow, LeadRow, StageChangeRow, TaskRow
from funnelplanner.storage.types import UtcDateTime

_OPEN_STAGES = (Stage.PROSPECT, Stage.LEAD, Stage.MQL, Stage.SQL)


def entries_in_period(session: Session, start: datetime, end: datetime) -> dict[Stage, int]:
    """How many leads entered each planned stage in [start, end): the rule of
    ``domain.funnel.entries_in_period``, counted by the database.

    A month has tens of thousands of stage changes in a large file; reading them into
    Python took most of the plan's time. Per change, the window gives the highest
    stage the lead had reached before it; a change above that, inside the period,
    enters every stage from the one after that highest up to its own.
    """
    rank = case(
        {stage.value: stage.rank for stage in FUNNEL_ORDER}, value=StageChangeRow.stage, else_=-1
    )
    reached = func.coalesce(
        func.max(rank).over(
            partition_by=StageChangeRow.lead_id,
            order_by=(StageChangeRow.entered_at, StageChangeRow.id),
            rows=(None, -1),
        ),
        -1,
    )
    steps = (
        select(
            StageChangeRow.entered_at.label("entered_at"),
            rank.label("rank"),
            reached.label("reached"),
        )
        .where(StageChangeRow.lead_id.in_(_touched(start, end)), StageChangeRow.entered_at < end)
        .subquery()
    )
    entered = [
        func.coalesce(
            func.sum(
                case((and_(steps.c.reached < stage.rank, steps.c.rank >= stage.rank), 1), else_=0)
            ),
            0,
        )
        for stage in PLANNED_STAGES
    ]
    counts = session.execute(
        select(*entered).where(
            steps.c.entered_at >= start,
            steps.c.rank > steps.c.reached,
        )
    ).one()
    return dict(zip(PLANNED_STAGES, counts, strict=True))


def _touched(start: datetime, end: datetime) -> Select[int]:
    """The leads with a stage change in [start, end)."""
    return (
        select(StageChangeRow.lead_id)
        .where(StageChangeRow.entered_at >= start, StageChangeRow.entered_at < end)
        .distinct()
    )


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


def _first_won() -> Subquery:
    """Each customer's lead id and the moment it first became a customer (or promoter)."""
    return (
        select(StageChangeRow.lead_id, func.min(StageChangeRow.entered_at).label("won_at"))
        .where(StageChangeRow.stage.in_((Stage.CUSTOMER.value, Stage.PROMOTER.value)))
        .group_by(StageChangeRow.lead_id)
        .subquery()
    )


def _contacts_until_won(first_won: Subquery) -> ScalarSelect[int]:
    return (
        select(func.count(ContactRow.id))
        .where(ContactRow.lead_id == first_won.c.lead_id, ContactRow.at <= first_won.c.won_at)
        .scalar_subquery()
    )


def won_leads(session: Session) -> list[WonLead]:
    """Every customer won, with the contacts logged up to the day it became one."""
    first_won = _first_won()
    contacts = _contacts_until_won(first_won)
    rows = session.execute(
        select(first_won.c.lead_id, contacts, LeadRow.source, CampaignRow.name)
        .join(LeadRow, LeadRow.id == first_won.c.lead_id)
        .outerjoin(CampaignRow, CampaignRow.id == LeadRow.campaign_id)
    )
    return [WonLead(r[0], r[1], r[2] or "", r[3] or "") for r in rows]


def won_contact_counts(session: Session) -> list[int]:
    """How many contacts each customer took up to the sale, fewest first."""
    first_won = _first_won()
    # The join keeps the customers whose lead is still there, as won_leads does. Sorted
    # here: SQLite would count each customer's contacts a second time to order by them.
    statement = (
        select(_contacts_until_won(first_won))
        .select_from(first_won)
        .join(LeadRow, LeadRow.id == first_won.c.lead_id)
    )
    return sorted(session.scalars(statement))


def open_leads_by_contacts(
    session: Session,
    *,
    stages: Sequence[Stage] = _OPEN_STAGES,
    fewer_than: int | None = None,
    more_than: int | None = None,
    limit: int | None = None,
) -> tuple[list[Lead], int]:
    """Open leads of ``stages`` with fewer than / more than so many contacts (the first
    ``limit``: the least worked first when asking for fewer, the most worked first when
    asking for more), and how many there are in all."""
    wanted = [s.value for s in stages if s in _OPEN_STAGES]
    where: list[ColumnElement[bool]] = [LeadRow.stage.in_(wanted)]
    if fewer_than is not None:
        where.append(LeadRow.contact_count < fewer_than)
    if more_than is not None:
        where.append(LeadRow.contact_count > more_than)
    order = (
        (LeadRow.contact_count.desc(), LeadRow.id)
        if fewer_than is None
        else (LeadRow.contact_count, LeadRow.id.desc())
    )
    statement = select(LeadRow).where(*where).order_by(*order)
    rows = read_leads(session, statement.limit(limit))
    return rows, _count(session, rows, limit, *where)


def follow_ups_due(session: Session, day: date, limit: int | None = None) -> tuple[list[Lead], int]:
    """Leads whose next follow-up is today or overdue, oldest first (the first ``limit``),
    and how many there are in all."""
    due = (
        LeadRow.next_follow_up.is_not(None),
        LeadRow.next_follow_up <= day,
        LeadRow.stage != Stage.LOST.value,
    )
    statement = select(LeadRow).where(*due).order_by(LeadRow.next_follow_up, LeadRow.id)
    rows = read_leads(session, statement.limit(limit))
    return rows, _count(session, rows, limit, *due)


def follow_ups_between(session: Session, first: date, last: date) -> list[Lead]:
    return read_leads(
        session,
        select(LeadRow)
        .where(
            LeadRow.next_follow_up >= first,
            LeadRow.next_follow_up <= last,
            LeadRow.stage != Stage.LOST.value,
        )
        .order_by(LeadRow.next_follow_up, LeadRow.name_key, LeadRow.id),
    )


def going_cold(
    session: Session, gaps: dict[Stage, int], now: datetime, limit: int | None = None
) -> tuple[list[Lead], int]:
    """Leads whose last contact (or creation, if never contacted) is older than their gap,
    quietest first (the first ``limit``), and how many there are in all."""
    if not gaps:
        return [], 0
    quiet_since = func.coalesce(
        LeadRow.last_contact_at, LeadRow.imported_last_contact_at, LeadRow.created_at
    )
    # One cut-off chosen by stage, rather than one OR branch per stage: SQLite reads the
    # table once instead of looking up nearly every lead through the stage index.
    cutoff = case(
        {
            stage.value: literal(now - timedelta(days=days), UtcDateTime())
            for stage, days in gaps.items()
        },
        value=LeadRow.stage,
    )
    quiet = quiet_since < cutoff
    statement = select(LeadRow).where(quiet).order_by(quiet_since, LeadRow.id)
    rows = read_leads(session, statement.limit(limit))
    return rows, _count(session, rows, limit, quiet)


def _count(
    session: Session, rows: list[Lead], limit: int | None, *where: ColumnElement[bool]
) -> int:
    """All that match, counted in SQL only when the rows fetched were cut at ``limit``."""
    if limit is None or len(rows) < limit:
        return len(rows)
    return session.scalar(select(func.count(LeadRow.id)).where(*where)) or 0


def sqls_waiting(
    session: Session, limit: int | None = None
) -> tuple[list[tuple[Lead, datetime]], int]:
    """SQLs with no sales contact since they became SQLs, longest waiting first (the first
    ``limit``), and how many there are in all."""
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
    waiting = (LeadRow.stage == Stage.SQL.value, ~contacted)
    rows = session.connection().execute(
        select(*LeadRow.__table__.columns, entered.label("entered_sql"))
        .where(*waiting)
        .order_by(entered, LeadRow.id)
        .limit(limit)
    )
    found = [(lead_from_columns(row), _aware(row.entered_sql) or row.created_at) for row in rows]
    return found, _count(session, [lead for lead, _at in found], limit, *waiting)


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


def open_tasks_by_hat(session: Session) -> dict[Hat, int]:
    """How many tasks each hat has still to do (every hat, zero when it has none)."""
    rows = session.execute(
        select(TaskRow.hat, func.count(TaskRow.id))
        .where(TaskRow.done.is_(False))
        .group_by(TaskRow.hat)
    )
    counts = dict.fromkeys(Hat, 0)
    for hat, count in rows:
        counts[Hat(hat)] = count
    return counts
