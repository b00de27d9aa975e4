"""Queries and writes for tasks. Never commits: services do."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Task
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.storage.rows import CampaignRow, LeadRow, TaskRow


def get_row(session: Session, task_id: int) -> TaskRow:
    row = session.get(TaskRow, task_id)
    if row is None:
        raise NotFoundError(
            message(QT_TRANSLATE_NOOP("Messages", "There is no task with id {id}"), id=task_id)
        )
    return row


def to_task(row: TaskRow, lead_name: str, campaign_name: str = "") -> Task:
    return Task(
        id=row.id,
        hat=Hat(row.hat),
        title=row.title,
        due=row.due,
        done=row.done,
        lead_id=row.lead_id,
        lead_name=lead_name,
        notes=row.notes,
        created_at=row.created_at,
        done_at=row.done_at,
        campaign_id=row.campaign_id,
        campaign_name=campaign_name,
    )


def load(session: Session, task_id: int) -> Task:
    row = get_row(session, task_id)
    lead_name = ""
    if row.lead_id is not None:
        lead = session.get(LeadRow, row.lead_id)
        lead_name = lead.name if lead else ""
    campaign_name = ""
    if row.campaign_id is not None:
        campaign = session.get(CampaignRow, row.campaign_id)
        campaign_name = campaign.name if campaign else ""
    return to_task(row, lead_name, campaign_name)


def listing(session: Session, hat: Hat | None, include_done: bool) -> list[Task]:
    """Tasks in working order: open before done, then by due date (none last)."""
    statement = (
        select(TaskRow, LeadRow.name, CampaignRow.name)
        .outerjoin(LeadRow, LeadRow.id == TaskRow.lead_id)
        .outerjoin(CampaignRow, CampaignRow.id == TaskRow.campaign_id)
    )
    if hat is not None:
        statement = statement.where(TaskRow.hat == hat.value)
    if not include_done:
        statement = statement.where(TaskRow.done.is_(False))
    statement = statement.order_by(TaskRow.done, TaskRow.due.asc().nulls_last(), TaskRow.id)
    return [
        to_task(row, name or "", campaign or "")
        for row, name, campaign in session.execute(statement)
    ]
