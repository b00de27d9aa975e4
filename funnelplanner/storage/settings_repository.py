"""Business settings stored in the data file as JSON values. Never commits."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from funnelplanner.storage.rows import SettingRow


def read(session: Session, key: str) -> Any:
    """The stored value, or None when the owner never set it."""
    row = session.get(SettingRow, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None  # a damaged value falls back to the default, never crashes the app


def write(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text
