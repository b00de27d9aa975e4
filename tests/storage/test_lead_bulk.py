"""Leads added in bulk (an import) are stored exactly as leads added one by one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from funnelplanner.domain.models import LeadFields
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage import lead_bulk, lead_repository
from funnelplanner.storage.database import open_database
from funnelplanner.storage.rows import StageChangeRow

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
FIELDS = [
    LeadFields(
        name="Zoë Ångström",
        company="Straße GmbH",
        email="zoe@example.com",
        phone="+49 171 2345678",
        phone_key="+491712345678",
        website="https://example.com",
        source="Trade fair",
        value=Decimal("1200.50"),
        notes="Met at the fair\nsecond line",
        stage=Stage.MQL,
        next_follow_up=date(2026, 3, 9),
    ),
    LeadFields("Bo", "", "", "", "", "", "", None, "", Stage.LEAD, None),
]


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_bulk_added_leads_match_leads_added_one_at_a_time(tmp_path: Path) -> None:
    one_by_one, bulk = tmp_path / "one.sqlite", tmp_path / "bulk.sqlite"
    database = open_database(one_by_one, start_backup=False)
    with database.sessions.begin() as session:
        for fields in FIELDS:
            row = lead_repository.add(session, fields, NOW)
            # add() records the stage with no reason; the import gives one.
            session.flush()
            session.execute(StageChangeRow.__table__.update().values(reason="Imported"))
            assert row.id is not None
    database.engine.dispose()
    database = open_database(bulk, start_backup=False)
    with database.sessions.begin() as session:
        leads = [lead_bulk.NewLead(fields, NOW) for fields in FIELDS]
        seen: list[int] = []
        ids = lead_bulk.insert_leads(session, leads, NOW, seen.append)
        lead_bulk.insert_stage_changes(session, ids, leads, "Imported")
    database.engine.dispose()
    assert ids == [1, 2] and seen == [2]
    assert _rows(bulk, "leads") == _rows(one_by_one, "leads")
    assert _rows(bulk, "stage_changes") == _rows(one_by_one, "stage_changes")
