"""Queries and writes for contacts (touches). Never commits: services do."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnelplanner.domain.models import Contact, ContactDraft
from funnelplanner.domain.vocabulary import Channel, Direction, Hat
from funnelplanner.storage.rows import ContactRow, LeadRow


def to_contact(row: ContactRow) -> Contact:
    return Contact(
        id=row.id,
        lead_id=row.lead_id,
        at=row.at,
        hat=Hat(row.hat),
        channel=Channel(row.channel),
        direction=Direction(row.direction),
        outcome=row.outcome,
        note=row.note,
        campaign_id=row.campaign_id,
    )


def add(session: Session, lead: LeadRow, draft: ContactDraft) -> ContactRow:
    """Store a contact and keep the lead's counter and last-contact date in step."""
    assert draft.at is not None
    row = ContactRow(
        lead_id=lead.id,
        at=draft.at,
        hat=draft.hat.value,
        channel=draft.channel.value,
        direction=draft.direction.value,
        outcome=draft.outcome,
        note=draft.note,
        campaign_id=draft.campaign_id,
    )
    session.add(row)
    lead.contact_count += 1
    if lead.last_contact_at is None or draft.at > lead.last_contact_at:
        lead.last_contact_at = draft.at
    session.flush()
    return row


def for_lead(session: Session, lead_id: int) -> list[Contact]:
    rows = session.scalars(
        select(ContactRow)
        .where(ContactRow.lead_id == lead_id)
        .order_by(ContactRow.at.desc(), ContactRow.id.desc())
    )
    return [to_contact(r) for r in rows]


def count_for_lead(session: Session, lead_id: int) -> int:
    return session.scalar(select(func.count()).where(ContactRow.lead_id == lead_id)) or 0
