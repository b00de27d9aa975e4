"""Backups as the faces use them: back up now, list, restore, and the hourly backup.

The copying itself is in storage.backup; this adds the clock, the retention after each
backup, and knowing whether anything changed since the last one.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.services.clock import Clock
from funnelplanner.storage import backup
from funnelplanner.storage.backup import BackupError, BackupInfo
from funnelplanner.storage.database import Database

__all__ = ["AUTOMATIC_EVERY", "BackupError", "BackupInfo", "BackupService"]

AUTOMATIC_EVERY = timedelta(hours=1)


class BackupService:
    """Backups of one open database, into the backups folder beside it."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database = database
        self._clock = clock
        self.folder = backup.default_folder(database.path)
        # PRAGMA data_version changes when any *other* connection commits: the engine's
        # pooled connections, an import's worker, a command run from a shell meanwhile.
        # Kept open for the service's life, as the number only compares within one
        # connection; it never holds a transaction, so it blocks nothing.
        self._watch = sqlite3.connect(
            f"{database.path.resolve().as_uri()}?mode=rw",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        self._seen = self._data_version()

    def close(self) -> None:
        self._watch.close()

    def backup_now(self, reason: str = backup.MANUAL, to: Path | None = None) -> Path:
        """Back up the database now; to ``to`` when given, else into the backups folder.

        A copy written elsewhere is the owner's to keep; only the folder is pruned.

        Raises:
            BackupError naming the file when the copy cannot be written.
        """
        self._database.settle()
        if to is not None:
            backup.write_copy(self._database.path, Path(to))
            return Path(to)
        made = backup.make_backup(self._database.path, self.folder, reason, self._clock())
        backup.prune(self.folder, self._local_now())
        return made

    def copy_to(self, target: Path) -> Path:
        """A copy of the data to work on from now on (Preferences → Move…): written with
        SQLite's backup API, then opened and checked like a backup before it is used.

        Raises:
            BackupError naming the file when it cannot be written or does not check out;
            nothing is left at ``target`` then.
        """
        self.backup_now(to=target)
        try:
            backup.verify(target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def listing(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first, with its lead count or its problem."""
        self._database.settle()  # the start backup, made in the background, is listed too
        return backup.list_backups(self.folder)

    def prepared_folder(self) -> Path:
        """The backups folder, created (owner only) if need be, for a file manager to show."""
        try:
            backup.private_folder(self.folder)
        except OSError as exc:
            raise BackupError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "{path} cannot be made: {reason}."),
                    path=self.folder,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
        return self.folder

    def restore(self, path: Path) -> Path:
        """Put the backup's data in place of the current data, keeping the current first.

        Sessions made afterwards see the restored data; an older schema is upgraded.

        Returns:
            The "before-restore" backup of the data as it was.

        Raises:
            BackupError naming the file when it is missing, damaged or not Funnel
            Planner's; the current data is then exactly as it was.
        """
        self._database.settle()
        # No pooled connection should outlive the data it last read.
        self._database.engine.dispose()
        safety = backup.restore_backup(Path(path), self._database.path, self.folder, self._clock())
        self._database.upgrade()
        # The restored data is a backup already; it is no change to back up again.
        self._seen = self._data_version()
        return safety

    def backup_if_due(
        self, now: datetime | None = None, stop: threading.Event | None = None
    ) -> Path | None:
        """The backup "at most hourly while changes are made"; call it after each change.

        Backs up only when the newest automatic backup is an hour old or more and the
        data changed since the last look. Returns the backup made, if any: none either
        when ``stop`` is set while copying (the app closing; its next start backs up).

        Raises:
            BackupError when a due backup cannot be written.
        """
        self._database.settle()
        now = now or self._clock()
        last = backup.newest_automatic(self.folder, now)
        if last is not None and now - last < AUTOMATIC_EVERY:
            return None
        version = self._data_version()
        if version == self._seen:
            return None
        try:
            made = backup.make_backup(self._database.path, self.folder, backup.HOURLY, now, stop)
        except backup.BackupStopped:
            return None
        # A commit between the look and the copy is in the copy, and counted again next
        # time: at worst one backup too many, never a change left out.
        self._seen = version
        backup.prune(self.folder, now.astimezone())
        return made

    def _data_version(self) -> int:
        try:
            row = self._watch.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:
            raise BackupError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "{path} cannot be read ({reason})."),
                    path=self._database.path,
                    reason=str(exc),
                )
            ) from exc
        return int(row[0])

    def _local_now(self) -> datetime:
        # Retention keeps one backup a day: the owner's days, in the machine's zone.
        return self._clock().astimezone()
