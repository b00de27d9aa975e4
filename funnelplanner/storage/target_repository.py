"""Monthly targets. Never commits."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnelplanner.domain.funnel import Rates
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import MonthTarget, TargetDraft
from funnelplanner.storage.lead_columns import cents_to_money, money_to_cents
from funnelplanner.storage.rows import MonthTargetRow

_RATE_COLUMNS = {
    "prospect-lead": "rate_prospect_lead",
    "lead-mql": "rate_lead_mql",
    "mql-sql": "rate_mql_sql",
    "sql-customer": "rate_sql_customer",
}


def to_target(row: MonthTargetRow, month: Month, stored: bool) -> MonthTarget:
    rates = Rates({name: Decimal(getattr(row, column)) for name, column in _RATE_COLUMNS.items()})
    return MonthTarget(
        month=month,
        customers=row.customers,
        revenue=cents_to_money(row.revenue_cents),
        deal_value=cents_to_money(row.deal_value_cents),
        rates=rates,
        stored=stored,
    )


def get(session: Session, month: Month) -> MonthTarget | None:
    row = session.get(MonthTargetRow, str(month))
    return to_target(row, month, stored=True) if row else None


def latest_before(session: Session, month: Month) -> MonthTarget | None:
    """The most recent target set for an earlier month: next month's defaults."""
    row = session.scalars(
        select(MonthTargetRow)
        .where(MonthTargetRow.month < str(month))
        .order_by(MonthTargetRow.month.desc())
        .limit(1)
    ).first()
    return to_target(row, month, stored=False) if row else None


def save(session: Session, draft: TargetDraft, now: datetime) -> MonthTarget:
    row = session.get(MonthTargetRow, str(draft.month))
    if row is None:
        row = MonthTargetRow(month=str(draft.month))
        session.add(row)
    row.customers = draft.customers
    row.revenue_cents = money_to_cents(draft.revenue)
    row.deal_value_cents = money_to_cents(draft.deal_value)
    for name, column in _RATE_COLUMNS.items():
        setattr(row, column, f"{draft.rates[name].normalize():f}")
    row.updated_at = now
    session.flush()
    return to_target(row, draft.month, stored=True)
