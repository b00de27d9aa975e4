"""The schema revisions the app ships, read from the migration files' headers.

Neither Alembic nor SQLAlchemy is imported here: the window's first look at a file (see
first_look.py) asks whether the file is at the head revision before either has loaded.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Alembic (and Mako under it) takes longer to import than Qt takes to show a window, so it
# loads only when a file needs upgrading; knowing the revisions needs just the file headers.
_HEADER = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


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
