"""The services the faces are given, built over one open database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from funnelplanner.services.clock import Clock, system_clock
from funnelplanner.services.contacts import ContactService
from funnelplanner.services.leads import LeadService
from funnelplanner.services.tasks import TaskService
from funnelplanner.storage.database import Database, open_database


@dataclass(frozen=True)
class Services:
    """Every use case of the app, sharing one database and one clock."""

    database: Database
    leads: LeadService
    contacts: ContactService
    tasks: TaskService

    @classmethod
    def open(cls, path: Path, region: str = "US", clock: Clock = system_clock) -> Services:
        """Open (creating or upgrading) the database file and build the services over it.

        Raises:
            DatabaseFileError when the file cannot be used; it is left untouched.
        """
        database = open_database(path)
        sessions = database.sessions
        return cls(
            database=database,
            leads=LeadService(sessions, clock, region),
            contacts=ContactService(sessions, clock),
            tasks=TaskService(sessions, clock),
        )

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
