"""Leads added in bulk (an import) are stored exactly as leads added one by one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from funnelplanner.domain.models import LeadFields
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage import lead_bulk, lead_repository
from funnelplanner.storage.database import open_database
from funnelplanner.storage.rows import StageChangeRow
from tests.database_dump import dump_database, search_index_check

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


def _schema(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        # Not rootpage: a rebuilt index lives on other pages.
        return connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def _search_config(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT k, v FROM lead_search_config ORDER BY k").fetchall()


def _many(count: int) -> list[lead_bulk.NewLead]:
    return [
        lead_bulk.NewLead(
            LeadFields(
                f"Person {n}",
                f"Firm {n % 7}",
                f"p{n}@example.com",
                "",
                "",
                "",
                "",
                None,
                "",
                Stage.LEAD,
                None,
            ),
            NOW,
        )
        for n in range(count)
    ]


def test_a_table_that_doubles_gets_its_indexes_built_again_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.sqlite"
    database = open_database(path, start_backup=False)
    before = _schema(path)
    monkeypatch.setattr(lead_bulk, "REBUILD_AT_LEAST", 10)
    statements: list[str] = []
    with database.sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_trace_callback(statements.append)
        leads = _many(40)
        ids = lead_bulk.insert_leads(session, leads, NOW)
        lead_bulk.insert_stage_changes(session, ids, leads, "Imported")
        raw.set_trace_callback(None)
    database.engine.dispose()
    assert any("'hashsize', 16777216" in s for s in statements)
    assert any(s.startswith('DROP INDEX "ix_leads_email_key"') for s in statements)
    assert any(s.startswith('DROP INDEX "ix_stage_changes_lead_id') for s in statements)
    assert _schema(path) == before
    assert _search_config(path) == [("version", 4)]  # the larger buffer left no trace
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert search_index_check(connection) == "ok"
        assert connection.execute(
            "SELECT rowid FROM lead_search WHERE lead_search MATCH ?", ('"p17@example"',)
        ).fetchall() == [(18,)]
        found = connection.execute(
            "SELECT id FROM leads INDEXED BY ix_leads_email_key WHERE email_key = ?",
            ("p17@example.com",),
        ).fetchall()
    assert found == [(18,)]


def test_a_stopped_bulk_insert_with_rebuilt_indexes_rolls_back_to_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.sqlite"
    database = open_database(path, start_backup=False)
    monkeypatch.setattr(lead_bulk, "REBUILD_AT_LEAST", 10)
    monkeypatch.setattr(lead_bulk, "CHUNK", 10)
    before = dump_database(path)

    def stop(inserted: int) -> None:
        if inserted >= 20:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError), database.sessions.begin() as session:
        lead_bulk.insert_leads(session, _many(40), NOW, stop)
    database.engine.dispose()
    assert dump_database(path) == before


def test_a_few_rows_into_a_larger_table_leave_the_indexes_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.sqlite"
    database = open_database(path, start_backup=False)
    monkeypatch.setattr(lead_bulk, "REBUILD_AT_LEAST", 10)
    with database.sessions.begin() as session:
        lead_bulk.insert_leads(session, _many(40), NOW)
    statements: list[str] = []
    with database.sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_trace_callback(statements.append)
        lead_bulk.insert_leads(session, _many(30), NOW)
        raw.set_trace_callback(None)
    database.engine.dispose()
    assert not [s for s in statements if "INDEX" in s]


def test_a_search_buffer_the_file_already_set_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.sqlite"
    database = open_database(path, start_backup=False)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO lead_search (lead_search, rank) VALUES ('hashsize', 2000000)"
        )
    monkeypatch.setattr(lead_bulk, "REBUILD_AT_LEAST", 10)
    with database.sessions.begin() as session:
        lead_bulk.insert_leads(session, _many(40), NOW)
    database.engine.dispose()
    assert _search_config(path) == [("hashsize", 2000000), ("version", 4)]


def test_first_stages_are_only_copied_for_ids_that_run_without_a_gap(tmp_path: Path) -> None:
    database = open_database(tmp_path / "gap.sqlite", start_backup=False)
    try:
        with database.sessions.begin() as session:
            leads = [lead_bulk.NewLead(fields, NOW) for fields in FIELDS]
            with pytest.raises(ValueError, match="ids insert_leads gave"):
                lead_bulk.insert_stage_changes(session, [1, 3], leads, "Imported")
    finally:
        database.engine.dispose()
