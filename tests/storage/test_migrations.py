"""The migrations build exactly the schema the ORM rows describe."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import warnings

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from funnelplanner.storage import migrate, revisions
from funnelplanner.storage.database import open_database
from funnelplanner.storage.rows import Base, is_search_index

TABLES = {
    "alembic_version",
    "leads",
    "stage_changes",
    "contacts",
    "tasks",
    "campaigns",
    "month_targets",
    "settings",
    "lead_criteria",
    "trash",
}


def schema_diff(engine) -> list:
    with engine.connect() as connection, warnings.catch_warnings():
        # SQLite's reflection cannot read an index on an expression (the stage's place in
        # the funnel, 0007): Alembic and SQLAlchemy say they skip it. It is checked below.
        warnings.filterwarnings("ignore", message=".*expression-based index")
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                # The search index is SQLite's own (FTS5), outside the ORM's metadata.
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and is_search_index(name))
                ),
            },
        )
        return compare_metadata(context, Base.metadata)


def test_empty_file_upgraded_to_head_matches_the_orm(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
        assert schema_diff(engine) == []
        names = set(inspect(engine).get_table_names())
        assert {n for n in names if not is_search_index(n)} == TABLES
        assert "lead_search" in names
    finally:
        engine.dispose()


def test_compare_metadata_does_see_differences(tmp_path):
    # Guards the test above: an incomplete schema must give a non-empty diff.
    engine = create_engine(f"sqlite:///{tmp_path / 'partial.sqlite'}")
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
            connection.execute(text("DROP INDEX ix_leads_email_key"))
            connection.execute(text("ALTER TABLE tasks ADD COLUMN extra INTEGER"))
        diff = schema_diff(engine)
        kinds = {entry[0] if isinstance(entry, tuple) else entry[0][0] for entry in diff}
        assert "add_index" in kinds
        assert "remove_column" in kinds
    finally:
        engine.dispose()


def test_open_database_upgrades_a_new_file_to_head(db_path):
    database = open_database(db_path)
    try:
        assert schema_diff(database.engine) == []
        with database.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert revision == [(revisions.head_revision(),)]
    finally:
        database.close()


def test_opening_twice_is_harmless(db_path):
    open_database(db_path).close()
    database = open_database(db_path)
    try:
        assert schema_diff(database.engine) == []
    finally:
        database.close()


def test_revisions_form_one_line_from_0001_to_head():
    scripts = migrate._scripts()
    assert scripts.get_heads() == [revisions.head_revision()]
    chain = [script.revision for script in scripts.walk_revisions()]
    assert chain[-1] == "0001"
    assert chain[0] == revisions.head_revision()
    assert revisions.is_known_revision("0001")
    assert not revisions.is_known_revision("9999_future")
    assert not revisions.is_known_revision("")
    # The quick reading of the version files' headers agrees with Alembic's own.
    assert revisions._revisions() == {
        script.revision: script.down_revision for script in scripts.walk_revisions()
    }


def test_opening_a_current_file_does_not_import_alembic(tmp_path):
    """Alembic takes longer to import than the window takes to show; only upgrades need it."""
    path = tmp_path / "current.sqlite"
    open_database(path).close()
    probe = (
        "import sys; from pathlib import Path; "
        "from funnelplanner.storage.database import open_database; "
        f"open_database(Path({str(path)!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'alembic', 'mako'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_upgrade_to_0001_then_head(tmp_path):
    path = tmp_path / "stepwise.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection, "0001")
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
        assert schema_diff(engine) == []
    finally:
        engine.dispose()


def test_downgrade_to_base_removes_everything(tmp_path):
    path = tmp_path / "down.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
        assert schema_diff(engine) == []
    finally:
        engine.dispose()


def test_foreign_keys_of_the_migrated_schema(tmp_path):
    path = tmp_path / "fk.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        found = {
            table: {
                (row[3], row[2], row[6])  # from column, referred table, on delete
                for row in connection.execute(f"PRAGMA foreign_key_list({table})")
            }
            for table in ("contacts", "stage_changes", "tasks", "leads", "lead_criteria")
        }
    finally:
        connection.close()
    assert found == {
        "contacts": {("lead_id", "leads", "CASCADE"), ("campaign_id", "campaigns", "SET NULL")},
        "stage_changes": {("lead_id", "leads", "CASCADE")},
        "tasks": {("lead_id", "leads", "SET NULL"), ("campaign_id", "campaigns", "SET NULL")},
        "leads": {("campaign_id", "campaigns", "SET NULL")},
        "lead_criteria": {("lead_id", "leads", "CASCADE")},
    }
