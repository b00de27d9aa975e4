"""A lead read by position from a plain row is the lead read by name from its ORM row."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from funnelplanner.domain.models import LeadQuery
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage import lead_repository
from funnelplanner.storage.database import open_database
from funnelplanner.storage.rows import CampaignRow, LeadRow
from tests.storage.test_lead_bulk import FIELDS

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_every_fact_of_a_lead_comes_back_the_same_by_position(tmp_path: Path) -> None:
    database = open_database(tmp_path / "funnel.sqlite", start_backup=False)
    try:
        with database.sessions.begin() as session:
            campaign = CampaignRow(name="Spring", channel="newsletter", created_at=NOW)
            session.add(campaign)
            session.flush()
            full = lead_repository.add(
                session, replace(FIELDS[0], stage=Stage.SQL, campaign_id=campaign.id), NOW
            )
            full.contact_count = 3
            full.last_contact_at = NOW
            full.imported_contact_count = 7
            full.imported_last_contact_at = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
            lead_repository.add(session, replace(FIELDS[1], stage=Stage.LOST), NOW)
        with database.sessions.begin() as session:
            by_name = [
                lead_repository.to_lead(row)
                for row in session.scalars(select(LeadRow).order_by(LeadRow.id))
            ]
            by_position = sorted(
                lead_repository.page(session, LeadQuery(), 0, 10), key=lambda lead: lead.id
            )
            streamed = sorted(
                lead_repository.each_lead(session, LeadQuery()), key=lambda lead: lead.id
            )
    finally:
        database.close()

    assert by_position == by_name
    assert streamed == by_name
    assert by_name[0].campaign_id is not None and by_name[0].imported_contact_count == 7
