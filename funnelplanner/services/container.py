"""The services the faces are given, built over one open database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.services.backups import BackupService
from funnelplanner.services.campaigns import CampaignService
from funnelplanner.services.clock import Clock, local_zone, system_clock
from funnelplanner.services.contacts import ContactService
from funnelplanner.services.demo import DemoService
from funnelplanner.services.history import History
from funnelplanner.services.leads import LeadService
from funnelplanner.services.planning import PlanningService
from funnelplanner.services.settings import SettingsService
from funnelplanner.services.tasks import TaskService
from funnelplanner.services.trash import TrashService
from funnelplanner.storage.database import Database, file_error, is_file_error, open_database

if TYPE_CHECKING:
    from funnelplanner.services.exporting import ExportService
    from funnelplanner.services.importing import ImportService


@dataclass(frozen=True)
class Services:
    """Every use case of the app, sharing one database and one clock."""

    database: Database
    leads: LeadService
    contacts: ContactService
    tasks: TaskService
    campaigns: CampaignService
    planning: PlanningService
    settings: SettingsService
    backups: BackupService
    history: History
    trash: TrashService
    demo: DemoService
    clock: Clock
    zone: tzinfo
    region: str

    # Import and export bring in file-format libraries (charset detection, vCard, iCalendar,
    # fuzzy matching) that nothing needs until the owner imports or exports: made, and
    # their modules loaded, on first use, so the window starts without them.
    @cached_property
    def importing(self) -> ImportService:
        from funnelplanner.services import importing

        return importing.ImportService(self.database.sessions, self.clock, self.region)

    @cached_property
    def exporting(self) -> ExportService:
        from funnelplanner.services import exporting

        return exporting.ExportService(self.database.sessions, self.clock, self.zone)

    @classmethod
    def open(
        cls,
        path: Path,
        region: str = "US",
        clock: Clock = system_clock,
        zone: tzinfo | None = None,
        start_backup: bool = True,
        check_later: bool = False,
    ) -> Services:
        """Open (creating or upgrading) the database file and build the services over it.

        ``start_backup`` and ``check_later``: see ``storage.database.open_database``.

        Raises:
            DatabaseFileError when the file cannot be used; it is left untouched.
        """
        database = open_database(path, start_backup=start_backup, check_later=check_later)
        sessions = database.sessions
        # Months begin at local midnight, and exported times read, in the owner's zone.
        zone = zone or local_zone()
        history = History(sessions)
        return cls(
            database=database,
            leads=LeadService(sessions, clock, region, history),
            contacts=ContactService(sessions, clock, history),
            tasks=TaskService(sessions, clock, history),
            campaigns=CampaignService(sessions, clock, history),
            planning=PlanningService(sessions, clock, zone, history),
            settings=SettingsService(sessions, history, region),
            backups=BackupService(database, clock),
            history=history,
            trash=TrashService(sessions, history),
            demo=DemoService(sessions, clock, zone, region, history),
            clock=clock,
            zone=zone,
            region=region,
        )

    @property
    def path(self) -> Path:
        return self.database.path

    def file_problem(self, exc: BaseException) -> DatabaseFileError | None:
        """``exc`` told as what is wrong with the data file, naming it, when it says the
        file cannot be used (disk full, locked, damaged ...); None for any other error."""
        return file_error(self.path, exc) if is_file_error(exc) else None

    def close(self, give_up_start_backup: bool = False) -> None:
        self.backups.close()
        self.database.close(give_up_start_backup)
