"""Alembic, driven from inside the package: the app upgrades its own file at start."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Alembic (and Mako under it) takes longer to import than Qt takes to show a window, so it
# loads only when a file needs upgrading; knowing the revisions needs just the file headers.
_HEADER = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


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


@cache
def _revisions() -> dict[str, str | None]:
    """Each shipped revision and the one it follows, read from the version files' headers."""
    chain: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py")):
        found = dict((name, value or None) for name, value in _HEADER.findall(script.read_text()))
        if found.get("revision"):
            chain[str(found["revision"])] = found.get("down_revision")
    return chain


def head_revision() -> str:
    chain = _revisions()
    followed = set(chain.values())
    heads = [revision for revision in chain if revision not in followed]
    assert len(heads) == 1, f"the migrations must form one line, not {heads}"
    return heads[0]


def is_known_revision(revision: str) -> bool:
    return revision in _revisions()


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
