"""Exact copies of one thing's rows, to put back later: the ground undo and the Trash stand on.

A snapshot holds every row that makes up a lead (the lead, its stage history, contacts
and checklist), a task, a campaign, a month's target or a Trash entry, as the table
stores them, ids included, plus the ids of the rows elsewhere that point at it. Putting a
snapshot back deletes what is there now and inserts the copy, so the database returns
to exactly that state; an "absent" snapshot puts back nothing, which deletes the thing.
Never commits: services do.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from funnelplanner.storage.rows import (
    CampaignRow,
    ContactRow,
    LeadCriterionRow,
    LeadRow,
    MonthTargetRow,
    SettingRow,
    StageChangeRow,
    TaskRow,
    TrashRow,
)
from funnelplanner.storage.types import UtcDateTime

LEADS: Table = LeadRow.__table__  # type: ignore[assignment]
STAGE_CHANGES: Table = StageChangeRow.__table__  # type: ignore[assignment]
CONTACTS: Table = ContactRow.__table__  # type: ignore[assignment]
CRITERIA: Table = LeadCriterionRow.__table__  # type: ignore[assignment]
TASKS: Table = TaskRow.__table__  # type: ignore[assignment]
CAMPAIGNS: Table = CampaignRow.__table__  # type: ignore[assignment]
TARGETS: Table = MonthTargetRow.__table__  # type: ignore[assignment]
TRASH: Table = TrashRow.__table__  # type: ignore[assignment]
SETTINGS: Table = SettingRow.__table__  # type: ignore[assignment]

# kind -> (main table, its key column, tables whose rows belong to it, by which column)
_PARTS: dict[str, tuple[Table, str, tuple[tuple[Table, str], ...]]] = {
    "lead": (
        LEADS,
        "id",
        ((STAGE_CHANGES, "lead_id"), (CONTACTS, "lead_id"), (CRITERIA, "lead_id")),
    ),
    "task": (TASKS, "id", ()),
    "campaign": (CAMPAIGNS, "id", ()),
    "target": (TARGETS, "month", ()),
    "trash": (TRASH, "id", ()),
    "setting": (SETTINGS, "key", ()),
}
# kind -> rows elsewhere that point at it and lose the link when it is deleted (SET NULL)
_LINKS: dict[str, tuple[tuple[Table, str], ...]] = {
    "lead": ((TASKS, "lead_id"),),
    "campaign": ((LEADS, "campaign_id"), (CONTACTS, "campaign_id"), (TASKS, "campaign_id")),
}
TABLES: dict[str, Table] = {
    t.name: t
    for t in (LEADS, STAGE_CHANGES, CONTACTS, CRITERIA, TASKS, CAMPAIGNS, TARGETS, TRASH, SETTINGS)
}


@dataclass(frozen=True)
class Key:
    """What a snapshot is of: a kind and its key (an id, or a month "2026-11")."""

    kind: str
    value: int | str


Rows = dict[str, list[dict[str, Any]]]  # table name -> rows as column -> value


@dataclass(frozen=True)
class Snapshot:
    key: Key
    rows: Rows | None  # None: the thing does not exist
    links: dict[str, list[int]] = field(default_factory=dict)  # "table.column" -> row ids

    @property
    def exists(self) -> bool:
        return self.rows is not None


def capture(session: Session, key: Key) -> Snapshot:
    main, column, parts = _PARTS[key.kind]
    found = _select(session, main, column, key.value)
    if not found:
        return Snapshot(key, None)
    rows: Rows = {main.name: found}
    for table, owner in parts:
        rows[table.name] = _select(session, table, owner, key.value)
    links = {
        f"{table.name}.{column_name}": [
            row_id
            for (row_id,) in session.execute(
                select(table.c.id).where(table.c[column_name] == key.value).order_by(table.c.id)
            )
        ]
        for table, column_name in _LINKS.get(key.kind, ())
    }
    return Snapshot(key, rows, links)


def put_back(session: Session, snapshot: Snapshot) -> None:
    """Make the database hold exactly the snapshot's rows for its thing."""
    main, column, parts = _PARTS[snapshot.key.kind]
    # Rows that belong to the thing go with it (ON DELETE CASCADE); links are set null.
    for table, owner in parts:
        session.execute(delete(table).where(table.c[owner] == snapshot.key.value))
    session.execute(delete(main).where(main.c[column] == snapshot.key.value))
    if snapshot.rows is None:
        return
    for table in (main, *(table for table, _owner in parts)):
        rows = snapshot.rows.get(table.name, [])
        if rows:
            session.execute(insert(table), rows)
    for name, ids in snapshot.links.items():
        table_name, column_name = name.split(".")
        table = TABLES[table_name]
        if ids:
            session.execute(
                update(table).where(table.c.id.in_(ids)).values({column_name: snapshot.key.value})
            )


def lead_id_taken(session: Session, lead_id: int) -> bool:
    return session.scalar(select(LEADS.c.id).where(LEADS.c.id == lead_id)) is not None


def row_ids_taken(session: Session, snapshot: Snapshot) -> bool:
    """Whether any of the lead's own rows (its history, its contacts) has an id another
    row holds now: SQLite gives a deleted row's id to the next row added when it was the
    highest, so a lead back from the Trash may find them taken."""
    assert snapshot.key.kind == "lead" and snapshot.rows is not None
    for name, table_rows in snapshot.rows.items():
        if name in (LEADS.name, CRITERIA.name):
            continue
        table = TABLES[name]
        ids = [row["id"] for row in table_rows if row.get("id") is not None]
        if ids and session.scalar(select(table.c.id).where(table.c.id.in_(ids)).limit(1)):
            return True
    return False


def renumbered(session: Session, snapshot: Snapshot) -> Snapshot:
    """The lead snapshot under a new id, its own rows renumbered too: for a lead back
    from the Trash whose id, or one of whose rows' ids, newer rows have taken meanwhile."""
    assert snapshot.key.kind == "lead" and snapshot.rows is not None
    new_id = (session.scalar(select(LEADS.c.id).order_by(LEADS.c.id.desc()).limit(1)) or 0) + 1
    rows: Rows = {}
    for name, table_rows in snapshot.rows.items():
        rows[name] = []
        for row in table_rows:
            copy = dict(row)
            if name == LEADS.name:
                copy["id"] = new_id
            else:
                copy["lead_id"] = new_id
                if name != CRITERIA.name:
                    copy.pop("id", None)  # a fresh id: the old one may be taken too
            rows[name].append(copy)
    return Snapshot(Key("lead", new_id), rows, snapshot.links)


# ---- to and from text, for the Trash


def to_json(snapshot: Snapshot) -> str:
    assert snapshot.rows is not None
    return json.dumps(
        {
            "kind": snapshot.key.kind,
            "key": snapshot.key.value,
            "rows": {
                name: [_encode(TABLES[name], row) for row in rows]
                for name, rows in snapshot.rows.items()
            },
            "links": snapshot.links,
        },
        ensure_ascii=False,
    )


def from_json(text: str) -> Snapshot:
    data = json.loads(text)
    rows = {
        name: [_decode(TABLES[name], row) for row in table_rows]
        for name, table_rows in data["rows"].items()
    }
    return Snapshot(Key(data["kind"], data["key"]), rows, data.get("links", {}))


def _encode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {
        name: value.isoformat() if isinstance(value, (date, datetime)) else value
        for name, value in row.items()
        if name in table.c
    }


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    decoded: dict[str, Any] = {}
    for name, value in row.items():
        column_type = table.c[name].type
        if value is not None and isinstance(column_type, DateTime | UtcDateTime):
            decoded[name] = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            decoded[name] = date.fromisoformat(value)
        else:
            decoded[name] = value
    return decoded


def _select(session: Session, table: Table, column: str, value: int | str) -> list[dict[str, Any]]:
    order = table.primary_key.columns.values()
    statement = select(table).where(table.c[column] == value).order_by(*order)
    return [dict(row._mapping) for row in session.execute(statement)]


def capture_all(session: Session, keys: Iterable[Key]) -> list[Snapshot]:
    return [capture(session, key) for key in keys]
