"""Campaigns and what they brought in. Never commits: services do."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.planning_models import Campaign, CampaignChannel, CampaignStats
from funnelplanner.domain.validation import CampaignFields
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage.lead_columns import cents_to_money, money_to_cents
from funnelplanner.storage.rows import CampaignRow, LeadRow, StageChangeRow

_MQL_OR_LATER = (Stage.MQL.value, Stage.SQL.value, Stage.CUSTOMER.value, Stage.PROMOTER.value)
_WON = (Stage.CUSTOMER.value, Stage.PROMOTER.value)


def to_campaign(row: CampaignRow) -> Campaign:
    return Campaign(
        id=row.id,
        name=row.name,
        channel=CampaignChannel(row.channel),
        start=row.start,
        end=row.end,
        budget=cents_to_money(row.budget_cents),
        expected_leads=row.expected_leads,
        notes=row.notes,
    )


def get_row(session: Session, campaign_id: int) -> CampaignRow:
    row = session.get(CampaignRow, campaign_id)
    if row is None:
        raise NotFoundError(
            message(
                QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}"), id=campaign_id
            )
        )
    return row


def add(session: Session, fields: CampaignFields, now: datetime) -> CampaignRow:
    row = CampaignRow(created_at=now)
    apply(row, fields)
    session.add(row)
    session.flush()
    return row


def apply(row: CampaignRow, fields: CampaignFields) -> None:
    row.name = fields.name
    row.channel = fields.channel.value
    row.start = fields.start
    row.end = fields.end
    row.budget_cents = money_to_cents(fields.budget)
    row.expected_leads = fields.expected_leads
    row.notes = fields.notes


def listing(session: Session) -> list[Campaign]:
    """Newest first: running and planned campaigns are the ones looked for."""
    rows = session.scalars(
        select(CampaignRow).order_by(CampaignRow.start.desc().nulls_first(), CampaignRow.id.desc())
    )
    return [to_campaign(r) for r in rows]


def stats(session: Session) -> list[CampaignStats]:
    """Leads attributed to each campaign, and how many of them reached MQL and customer."""

    def reached(stages: tuple[str, ...]) -> ColumnElement[int]:
        ever = exists().where(
            StageChangeRow.lead_id == LeadRow.id, StageChangeRow.stage.in_(stages)
        )
        return func.sum(case((ever, 1), else_=0))

    counts = session.execute(
        select(
            LeadRow.campaign_id,
            func.count(LeadRow.id),
            reached(_MQL_OR_LATER),
            reached(_WON),
        )
        .where(LeadRow.campaign_id.is_not(None))
        .group_by(LeadRow.campaign_id)
    ).all()
    by_id = {row[0]: (row[1], row[2] or 0, row[3] or 0) for row in counts}
    return [CampaignStats(c, *by_id.get(c.id, (0, 0, 0))) for c in listing(session)]


def all_names(session: Session) -> dict[int, str]:
    """Every campaign's name by its id (a few dozen at most: cheaper than asking which)."""
    return {row[0]: row[1] for row in session.execute(select(CampaignRow.id, CampaignRow.name))}


def names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(CampaignRow.id, CampaignRow.name).where(CampaignRow.id.in_(ids)))
    return {row[0]: row[1] for row in rows}
