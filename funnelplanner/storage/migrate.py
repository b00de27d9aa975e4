"""Alembic, driven from inside the package: the app upgrades its own file at start."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from funnelplanner.storage.revisions import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the file, or None for a new file."""
    stored = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if stored is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade_to_head(connection: Connection, target: str = "head") -> None:
    """Run every migration the file lacks, inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
