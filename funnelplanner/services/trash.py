"""The Trash: deleted leads, whole, until restored or emptied for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.services.history import History
from funnelplanner.storage import snapshots
from funnelplanner.storage.rows import TrashRow
from funnelplanner.storage.snapshots import Key, Snapshot


@dataclass(frozen=True)
class TrashEntry:
    id: int
    name: str
    company: str
    deleted_at: datetime
    contacts: int


class TrashService:
    def __init__(self, sessions: sessionmaker[Session], history: History) -> None:
        self._sessions = sessions
        self._history = history

    def listing(self) -> list[TrashEntry]:
        """What is in the Trash, most recently deleted first."""
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(TrashRow).order_by(TrashRow.deleted_at.desc(), TrashRow.id.desc())
            )
            return [
                TrashEntry(
                    r.id, r.name, r.detail, r.deleted_at, _contacts(snapshots.from_json(r.payload))
                )
                for r in rows
            ]

    def count(self) -> int:
        with self._sessions.begin() as session:
            return session.scalar(select(func.count(TrashRow.id))) or 0

    def restore(self, entry_id: int) -> int:
        """Put a deleted lead back, with its contacts and history; returns its id (a new
        one if newer rows have taken the old id, or its history's, meanwhile)."""
        trash_key = Key("trash", entry_id)
        with self._sessions.begin() as session:
            entry = session.get(TrashRow, entry_id)
            if entry is None:
                raise NotFoundError(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "There is nothing in the Trash with id {id}"),
                        id=entry_id,
                    )
                )
            before_trash = snapshots.capture(session, trash_key)
            whole = snapshots.from_json(entry.payload)
            lead_id = int(whole.key.value)
            if snapshots.lead_id_taken(session, lead_id) or snapshots.row_ids_taken(session, whole):
                whole = snapshots.renumbered(session, whole)
                lead_id = int(whole.key.value)
            snapshots.put_back(session, whole)
            session.delete(entry)
            name = entry.name
        lead_key = Key("lead", lead_id)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Restore {name} from the Trash"), name=name),
            [before_trash, Snapshot(lead_key, None)],
            [trash_key, lead_key],
        )
        return lead_id

    def empty(self) -> int:
        """Delete everything in the Trash for good (not undoable); returns how many."""
        with self._sessions.begin() as session:
            count = session.scalar(select(func.count(TrashRow.id))) or 0
            session.execute(delete(TrashRow))
        return count


def _contacts(snapshot: Snapshot) -> int:
    return len(snapshot.rows.get("contacts", [])) if snapshot.rows else 0
