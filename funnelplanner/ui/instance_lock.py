"""One window per data file: a second Funnel Planner on the same file is refused politely.

SQLite would keep two writers from corrupting the file, but two windows on one file
would each show stale data and undo each other's work. A QLockFile beside the database
says who has it open; a lock left by a crashed instance (its process is gone) is
detected by QLockFile and taken over.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from funnelplanner.domain.errors import DatabaseFileError

# Less room than this and a lock file (a few bytes, one file-system block) cannot be made.
FULL_BELOW = 64 * 1024


class DatabaseInUseError(DatabaseFileError):
    """Another Funnel Planner window has this file open."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire(database: Path) -> QLockFile:
    """Lock the database for this window, or raise naming who holds it."""
    path = lock_path(Path(database).expanduser())
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    # Never stale by age: a window may stay open for weeks. A dead holder is still
    # detected (QLockFile checks whether its process exists) and its lock removed.
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _app = lock.getLockInfo()
        where = host or QCoreApplication.translate("InstanceLock", "this computer")
        raise DatabaseInUseError(
            QCoreApplication.translate(
                "InstanceLock",
                "{file} is already open in another Funnel Planner window (process {pid} "
                "on {host}). Switch to that window, or close it and try again.",
            ).format(file=database, pid=pid, host=where)
        )
    if _disk_is_full(path.parent):
        raise DatabaseFileError(
            QCoreApplication.translate(
                "InstanceLock",
                "{file} cannot be opened: the disk it is on is full. What was saved before "
                "is safe; free some space on the disk and start Funnel Planner again.",
            ).format(file=database)
        )
    raise DatabaseFileError(
        QCoreApplication.translate(
            "InstanceLock",
            "{file} cannot be opened: its lock file {lock} cannot be written beside "
            "it. Make the folder writable, or choose another file (funnelplanner --db FILE).",
        ).format(file=database, lock=path.name)
    )


def _disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False
