"""The services the window starts on: its first screen read before SQLAlchemy has loaded.

Importing SQLAlchemy and its ORM takes about as long as the rest of the start together.
The first screen needs only a few reads (the business settings, the first page of leads
and their count, the task lists, the open tasks per hat, whether to welcome a new owner),
which storage.first_look answers through Python's own sqlite3. Once the window has painted,
``finish_opening_in_background`` opens the file fully (SQLAlchemy, the background page
check, the start backup) on a thread, and from then on every call goes to the full
services. A call the first look cannot answer, made before that, opens them at once.

Nothing is written through the first look: every change goes through the full services,
so every answer it gives is what they would give.
"""

from __future__ import annotations

import contextlib
import linecache
import threading
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from funnelplanner.domain.business_settings import BusinessSettings, stored_business
from funnelplanner.domain.models import Lead, LeadQuery, Task
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services.clock import Clock, local_zone, system_clock
from funnelplanner.services.setting_keys import (
    BUSINESS_KEY,
    BUSINESS_NAME_KEY,
    DATA_TABLES,
    DEMO_KEY,
    WELCOME_KEY,
)
from funnelplanner.storage.first_look import FirstLook

if TYPE_CHECKING:
    from funnelplanner.services.container import Services
    from funnelplanner.services.history import Listener

T = TypeVar("T")


def open_services(
    path: Path,
    region: str,
    clock: Clock = system_clock,
    start_backup: bool = True,
    check_later: bool = False,
) -> Services:
    """``Services.open`` for the window: a file at the head revision is first looked at
    (see the module's comment), any other is opened fully at once.

    Raises:
        DatabaseFileError when the file cannot be used (from the full opening).
    """
    path = Path(path).expanduser()
    zone = local_zone()

    def open_full() -> Services:
        from funnelplanner.services.container import Services

        return Services.open(
            path,
            region=region,
            clock=clock,
            zone=zone,
            start_backup=start_backup,
            check_later=check_later,
        )

    look = FirstLook.open(path)
    if look is None:
        return open_full()
    # Typed as what it stands in for: every face of the app asks it as it asks Services.
    return cast("Services", FirstScreenServices(look, open_full, path, region, clock, zone))


class FirstScreenServices:
    """Stands in for ``Services`` (the window is given it as such): the first screen's
    reads from the first look until the full services are open, everything else from them.
    """

    def __init__(
        self,
        look: FirstLook,
        open_full: Callable[[], Services],
        path: Path,
        region: str,
        clock: Clock,
        zone: tzinfo,
    ) -> None:
        self.path = path
        self.region = region
        self.clock = clock
        self.zone = zone
        self._look: FirstLook | None = look
        self._open_full = open_full
        self._full: Services | None = None
        self._problem: BaseException | None = None
        self._closed = False
        self._opening = threading.Lock()  # held while the full services open
        self._listeners: list[Listener] = []
        self.leads = _Leads(self)
        self.tasks = _Tasks(self)
        self.planning = _Planning(self)
        self.settings = _Settings(self)
        self.demo = _Demo(self)
        self.history = _History(self)

    # ---- the full services

    def full(self) -> Services:
        """The full services, opened now if they are not yet (waiting for the background
        thread if it is opening them).

        Raises:
            what opening the file raised (DatabaseFileError: the file cannot be used).
        """
        full = self._full
        if full is not None:
            return full
        with self._opening:
            if self._full is None:
                if self._problem is not None:
                    raise self._problem
                if self._closed:
                    raise RuntimeError("the data file was closed before it was fully opened")
                try:
                    opened = self._open_full()
                except BaseException as exc:
                    self._problem = exc
                    raise
                for listener in self._listeners:
                    opened.history.listen(listener)
                # Import hooks may read the source of each module imported, which Python
                # keeps in linecache: PySide's, installed before SQLAlchemy loads here,
                # reads some 430 files (8 MB of text, 15 MB of memory) to see whether
                # they use PySide. Only a cache: a traceback reads its lines again.
                linecache.clearcache()
                self._full = opened
                self._end_look()
            return self._full

    def finish_opening_in_background(self, then: Callable[[], None] = lambda: None) -> None:
        """Open the full services on a thread of their own (once the window has painted:
        started before, the import would share the GIL with the first paint); ``then``
        runs on that thread once they are open."""
        if self._full is None and not self._closed:
            threading.Thread(
                target=self._open_quietly, args=(then,), name="open-data-file", daemon=True
            ).start()

    def _open_quietly(self, then: Callable[[], None]) -> None:
        # What went wrong is kept for opening_problem to tell, and raised to any caller.
        with contextlib.suppress(BaseException):
            self.full()
            then()

    def listen_to_history(self, listener: Listener) -> None:
        """``History.listen``, passed on to the full services once they are open."""
        with self._opening:  # not while they open: they take the listeners kept so far
            if self._full is None:
                self._listeners.append(listener)
                return
        self._full.history.listen(listener)

    def opening_problem(self) -> BaseException | None:
        """What stopped the full services from opening, if anything did."""
        return self._problem

    def fully_open(self) -> bool:
        return self._full is not None

    def close(self, give_up_start_backup: bool = False) -> None:
        with self._opening:  # an opening under way ends first, then is closed
            self._closed = True
            self._end_look()
            if self._full is not None:
                self._full.close(give_up_start_backup)

    def _end_look(self) -> None:
        look, self._look = self._look, None
        if look is not None:
            look.close()

    def look(self) -> FirstLook | None:
        """The first look while it may still answer: until the full services are open."""
        return self._look if self._full is None else None

    def __getattr__(self, name: str) -> Any:
        _not_special(name)
        return getattr(self.full(), name)


class _Part:
    """One of the services: answers from the first look where it can, and passes every
    other call to the full service of the same name."""

    _name = ""

    def __init__(self, owner: FirstScreenServices) -> None:
        self._owner = owner

    def _full(self) -> Any:
        return getattr(self._owner.full(), self._name)

    def _answer(self, from_look: Callable[[FirstLook], T | None], method: str, *args: Any) -> T:
        """The first look's answer while it may give one (None: it cannot), else what the
        full service's ``method`` answers to ``args``."""
        look = self._owner.look()
        found = from_look(look) if look is not None else None
        if found is None:
            return cast(T, getattr(self._full(), method)(*args))
        return found

    def __getattr__(self, name: str) -> Any:
        _not_special(name)
        return getattr(self._full(), name)


class _Leads(_Part):
    _name = "leads"

    def count(self, query: LeadQuery) -> int:
        return self._answer(lambda look: look.lead_count(query), "count", query)

    def page(self, query: LeadQuery, offset: int, limit: int) -> list[Lead]:
        return self._answer(
            lambda look: look.lead_page(query, offset, limit),
            "page",
            query,
            offset,
            limit,
        )


class _Tasks(_Part):
    _name = "tasks"

    def listing(self, hat: Hat | None = None, include_done: bool = True) -> list[Task]:
        return self._answer(
            lambda look: look.tasks(hat, include_done),
            "listing",
            hat,
            include_done,
        )


class _Planning(_Part):
    _name = "planning"

    def today_picture(self) -> Any:
        # Named here so that handing it to a worker, as the window does at its first
        # paint, does not open the full services on the GUI thread: the worker opens them.
        return self._full().today_picture()

    def open_task_counts(self) -> dict[Hat, int]:
        return self._answer(lambda look: look.open_tasks_by_hat(), "open_task_counts")


class _Settings(_Part):
    _name = "settings"

    def business(self) -> BusinessSettings:
        def from_look(look: FirstLook) -> BusinessSettings | None:
            read, values = look.setting(BUSINESS_KEY)
            named, name = look.setting(BUSINESS_NAME_KEY)
            return stored_business(values, name, self._owner.region) if read and named else None

        return self._answer(from_look, "business")


class _Demo(_Part):
    _name = "demo"

    def should_welcome(self) -> bool:
        def from_look(look: FirstLook) -> bool | None:
            read, answered = look.setting(WELCOME_KEY)
            if not read:
                return None
            if answered is not None:
                return False
            holds = look.holds_rows(DATA_TABLES)
            return None if holds is None else not holds

        return self._answer(from_look, "should_welcome")

    def has_demo(self) -> bool:
        def from_look(look: FirstLook) -> bool | None:
            read, rows = look.setting(DEMO_KEY)
            return bool(rows) if read else None

        return self._answer(from_look, "has_demo")


class _History(_Part):
    _name = "history"

    def listen(self, listener: Listener) -> None:
        self._owner.listen_to_history(listener)


def _not_special(name: str) -> None:
    """Python and libraries probe objects for special names (copy, pickle, Qt's own): a
    probe is answered "no such attribute" rather than opening the file fully."""
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)
