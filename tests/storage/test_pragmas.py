"""Every connection the app makes enforces foreign keys and writes through a WAL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from funnelplanner.storage.rows import ContactRow, LeadRow


def pragma(connection, name: str):
    return connection.execute(text(f"PRAGMA {name}")).scalar()


def test_pragmas_on_engine_connections(services):
    with services.database.engine.connect() as connection:
        assert pragma(connection, "foreign_keys") == 1
        assert pragma(connection, "journal_mode") == "wal"
        assert pragma(connection, "synchronous") == 2  # FULL
        assert pragma(connection, "busy_timeout") == 5000


def test_pragmas_on_every_pooled_connection(services):
    engine = services.database.engine
    first = engine.connect()
    second = engine.connect()  # a second, distinct DBAPI connection
    try:
        for connection in (first, second):
            assert pragma(connection, "foreign_keys") == 1
            assert pragma(connection, "journal_mode") == "wal"
    finally:
        first.close()
        second.close()


def test_pragmas_in_service_sessions(services):
    with services.database.sessions.begin() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_wal_mode_is_stored_in_the_file(services, db_path):
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


def test_foreign_keys_are_enforced(services):
    with pytest.raises(IntegrityError), services.database.sessions.begin() as session:
        session.add(
            ContactRow(
                lead_id=12345,
                at=datetime(2026, 1, 1, tzinfo=UTC),
                hat="sales",
                channel="phone",
                direction="outbound",
            )
        )
        session.flush()


def test_check_constraints_are_enforced(services):
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(IntegrityError), services.database.sessions.begin() as session:
        session.add(LeadRow(name="x", stage="won", contact_count=0, created_at=now, updated_at=now))
        session.flush()


def test_naive_datetimes_never_reach_the_file(services):
    naive = datetime(2026, 1, 1)
    with pytest.raises(StatementError), services.database.sessions.begin() as session:
        session.add(
            LeadRow(name="x", stage="lead", contact_count=0, created_at=naive, updated_at=naive)
        )
        session.flush()
