"""Every change as a before and an after, so a face can undo and redo it exactly.

Each service that changes something takes a snapshot of what it is about to touch,
makes the change, takes another snapshot, and hands the pair to ``History.record``. A
face that offers undo listens: the window turns each recorded change into an entry of
its undo stack. Undo puts the "before" snapshots back in one transaction, redo the
"after" ones; neither is recorded again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.storage import snapshots
from funnelplanner.storage.snapshots import Key, Snapshot


@dataclass(frozen=True)
class Change:
    """One change the owner made: what it is called, and the state before and after."""

    text: str  # "Edit lead Ann Smith": the Edit menu shows "Undo Edit lead Ann Smith"
    before: tuple[Snapshot, ...]
    after: tuple[Snapshot, ...]


Listener = Callable[[Change], None]


class History:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def capture(self, keys: Iterable[Key]) -> tuple[Snapshot, ...]:
        if not self._listeners:
            return ()  # nobody offers undo (the command line): no copies to take
        with self._sessions.begin() as session:
            return tuple(snapshots.capture(session, key) for key in keys)

    def record(self, text: str, before: Sequence[Snapshot], after: Iterable[Key]) -> None:
        """Tell the listeners about a committed change; ``after`` is captured now."""
        if not self._listeners:
            return
        change = Change(text, tuple(before), self.capture(after))
        for listener in self._listeners:
            listener(change)

    def put_back(self, states: Sequence[Snapshot]) -> None:
        """Make the database hold exactly these states, in one transaction."""
        with self._sessions.begin() as session:
            # The Trash first, then campaigns and leads, then what points at them.
            order = {"trash": 0, "campaign": 1, "lead": 2, "task": 3, "target": 4}
            for state in sorted(states, key=lambda s: order.get(s.key.kind, 9)):
                snapshots.put_back(session, state)

    def undo(self, change: Change) -> None:
        self.put_back(change.before)

    def redo(self, change: Change) -> None:
        self.put_back(change.after)
