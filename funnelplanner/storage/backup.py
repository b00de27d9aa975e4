"""Backups of the owner's file: consistent copies made with SQLite's online backup API.

A plain file copy of a live WAL database can miss commits still in the -wal file or catch
a checkpoint half written; the backup API copies one committed snapshot, whatever other
connections are doing. Each backup is one self-contained file (rollback journal, nothing
beside it), readable by the owner only, named by when it was taken (UTC) and why, in
``<db folder>/backups/<db file stem>/``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message
from funnelplanner.storage import revisions

START = "start"
BEFORE_UPGRADE = "before-upgrade"
HOURLY = "hourly"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
# Made by the app on its own; "at most hourly" is counted from the newest of these.
AUTOMATIC = frozenset({START, BEFORE_UPGRADE, HOURLY})

KEEP_NEWEST = 10
KEEP_DAYS = 30

_PREFIX = "funnelplanner-"
_STAMP = "%Y%m%dT%H%M%SZ"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
# A second backup in the same second with the same reason gets "-2", "-3"...; reasons are
# letters and hyphens only, so the number cannot be mistaken for part of the reason.
_NAME = re.compile(r"funnelplanner-(\d{8}T\d{6}Z)-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite")
# A backup being written (here or by another process) has a hidden temporary name; one
# older than this was left by a crash and is cleared away when backups are pruned.
_STALE_PARTIAL = timedelta(hours=1)
SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_BUSY_SECONDS = 5.0

_log = logging.getLogger(__name__)


class BackupStopped(Exception):
    """A backup given up part-way because the app is closing; nothing was left behind."""


# Pages copied per step of a backup that may be stopped (4 MB at SQLite's usual page size).
STEP_PAGES = 1024


class BackupError(DatabaseFileError):
    """A backup could not be made, read or restored; the message names the file."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed: when and why it was taken, its size and lead count.

    ``problem`` says why a backup cannot be read (then ``leads`` is None); it is empty for
    a sound one.
    """

    path: Path
    taken_at: datetime
    reason: str
    size: int
    leads: int | None
    problem: str = ""

    @property
    def damaged(self) -> bool:
        return bool(self.problem)


@dataclass(frozen=True)
class _Named:
    path: Path
    taken_at: datetime
    reason: str
    sequence: int
    written_ns: int


def default_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: one folder per database file."""
    return Path(db_path).parent / "backups" / Path(db_path).stem


# ---- making backups


def make_backup(
    db_path: Path,
    folder: Path,
    reason: str,
    now: datetime | None = None,
    stop: threading.Event | None = None,
) -> Path:
    """Copy the database into ``folder`` under a name saying when (UTC) and why.

    Raises:
        BackupError naming the file when the copy cannot be made; nothing is left behind.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lowercase words joined by hyphens: {reason!r}")
    taken = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        private_folder(folder)
    except OSError as exc:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be backed up: the folder {folder} cannot be made ({reason}).",
                ),
                path=db_path,
                folder=folder,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    stem = f"{_PREFIX}{taken.strftime(_STAMP)}-{reason}"
    target = folder / f"{stem}.sqlite"
    sequence = 2
    while target.exists():
        target = folder / f"{stem}-{sequence}.sqlite"
        sequence += 1
    write_copy(db_path, target, stop)
    return target


def write_copy(db_path: Path, target: Path, stop: threading.Event | None = None) -> None:
    """Write a consistent copy of the database to ``target``, replacing it once complete.

    ``stop``: when given, the copy is made in steps and given up (BackupStopped) once it
    is set; SQLite starts the copy again by itself if another connection writes between
    two steps, so the result is still one committed state.

    The copy is written under a hidden temporary name beside ``target`` (mode 0600) and
    renamed into place, so ``target`` is never a half-written file.

    Raises:
        BackupError naming the file when it cannot be written; nothing is left behind.
    """
    db_path, target = Path(db_path), Path(target)
    if target.is_dir():
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cannot write {path}: it is a folder; name a file in it."
                ),
                path=target,
            )
        )
    if not target.parent.is_dir():
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cannot write {path}: the folder {folder} does not exist.",
                ),
                path=target,
                folder=target.parent,
            )
        )
    if _same_file(target, db_path) or any(
        _same_file(target, Path(f"{db_path}{suffix}")) for suffix in _COMPANIONS
    ):
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cannot write {path}: it is the database itself; name another file.",
                ),
                path=target,
            )
        )
    try:
        # mkstemp creates the file with mode 0600 whatever the umask; SQLite keeps that mode.
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        os.close(handle)
    except OSError as exc:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}."),
                path=target,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    try:
        with _connect(_uri(db_path, "rw")) as source, _connect(temporary) as copy:
            if stop is None:
                # One step (all pages) inside one read transaction: one committed state.
                source.backup(copy)
            else:

                def stop_if_asked(_status: int, remaining: int, _total: int) -> None:
                    if stop.is_set() and remaining > 0:
                        raise BackupStopped(f"the backup of {db_path} was stopped")

                source.backup(copy, pages=STEP_PAGES, progress=stop_if_asked)
            # The copied header says WAL; a backup is one file, read without -wal or -shm.
            copy.execute("PRAGMA journal_mode = DELETE")
        # SQLite synced the copy at each commit (synchronous is FULL outside WAL mode), so
        # it is whole on disk before it takes its name.
        os.replace(temporary, target)
    except BackupStopped:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be backed up to {target}: {reason}.",
                ),
                path=db_path,
                target=target,
                reason=str(exc),
            )
        ) from exc


def private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by the owner only (0700)."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile
            path.mkdir(mode=0o700)
            path.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened


def backup_at_start(db_path: Path, stop: threading.Event | None = None) -> Path | None:
    """The backup made when the app opens an existing file, before migrations run.

    Named "before-upgrade" when the file's schema is older than this version's (an upgrade
    follows), else "start". A file holding no Funnel Planner schema yet has nothing to keep.

    Raises:
        BackupError when an upgrade is due but the file cannot be backed up: it is then
        not upgraded. A failed plain start backup is logged and the app opens anyway.
    """
    revision = _stored_revision(db_path)
    if revision is None:
        return None
    if revision != revisions.head_revision():
        return backup_before_upgrade(db_path)
    try:
        return _automatic_backup(db_path, START, stop)
    except BackupError as exc:
        _log.warning("%s", exc)
        return None


def backup_if_upgrading(db_path: Path) -> Path | None:
    """The "before-upgrade" copy alone, for faces that make no start backup."""
    revision = _stored_revision(db_path)
    if revision is None or revision == revisions.head_revision():
        return None
    return backup_before_upgrade(db_path)


def backup_before_upgrade(db_path: Path) -> Path:
    """Keep the file as it is before migrations change its schema.

    Raises:
        BackupError: the upgrade must not go ahead without this copy.
    """
    try:
        return _automatic_backup(db_path, BEFORE_UPGRADE)
    except BackupError as exc:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{problem} It was not upgraded, so it is as it was; free some disk space or "
                    "make the folder writable, then start again.",
                ),
                problem=exc.message,
            )
        ) from exc


def _automatic_backup(db_path: Path, reason: str, stop: threading.Event | None = None) -> Path:
    folder = default_folder(db_path)
    made = make_backup(db_path, folder, reason, stop=stop)
    prune(folder, datetime.now(UTC).astimezone())
    return made


def _stored_revision(db_path: Path) -> str | None:
    """The file's schema revision, read without writing; None when it has none (yet)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with _connect(read_only_uri(db_path)) as connection:
            return _revision(connection)
    except sqlite3.Error:
        return None  # already refused by check_file; nothing here to keep


# ---- listing and pruning


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; a damaged one is listed with its problem."""
    listed: list[BackupInfo] = []
    for named in _named(folder):
        try:
            size = named.path.stat().st_size
        except OSError:
            continue  # pruned by another process meanwhile
        leads, problem = _inspect(named.path, size)
        listed.append(BackupInfo(named.path, named.taken_at, named.reason, size, leads, problem))
    return listed


# The start backup is stamped by the system clock, the hourly check reads the services'
# clock; a few minutes between them is the same moment, a day is a clock set back.
CLOCK_SLACK = timedelta(minutes=5)


def newest_automatic(folder: Path, now: datetime) -> datetime | None:
    """When the newest automatic backup not later than ``now`` was taken (names only)."""
    latest = now + CLOCK_SLACK
    taken = [n.taken_at for n in _named(folder) if n.reason in AUTOMATIC and n.taken_at <= latest]
    return max(taken, default=None)


def retained(newest_first: Sequence[datetime], now: datetime) -> set[int]:
    """Which backups (positions in a newest-first list) retention keeps.

    The ``KEEP_NEWEST`` newest, and the newest of each day of the ``KEEP_DAYS`` days ending
    today; days are calendar days in ``now``'s time zone (the owner's days).
    """
    keep = set(range(min(KEEP_NEWEST, len(newest_first))))
    today = now.date()
    first_day = today - timedelta(days=KEEP_DAYS - 1)
    days_seen: set[date] = set()
    for position, taken in enumerate(newest_first):
        day = taken.astimezone(now.tzinfo).date()
        if first_day <= day <= today and day not in days_seen:
            days_seen.add(day)
            keep.add(position)
    return keep


def prune(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups retention does not keep; returns what was deleted.

    Only files named as this module names backups are ever deleted.
    """
    named = _named(folder)
    keep = retained([n.taken_at for n in named], now)
    deleted: list[Path] = []
    for position, backup in enumerate(named):
        if position not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                deleted.append(backup.path)
    _clear_stale_partials(folder)
    return deleted


def _named(folder: Path) -> list[_Named]:
    """The backup files in ``folder``, newest first; names give the second, so two taken
    in the same second are told apart by number, then by when the file was written."""
    found: list[_Named] = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            written = entry.stat().st_mtime_ns
        except OSError:
            continue  # pruned by another process meanwhile
        taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        found.append(_Named(Path(entry.path), taken, match[2], int(match[3] or 1), written))
    found.sort(key=lambda n: (n.taken_at, n.sequence, n.written_ns), reverse=True)
    return found


def _clear_stale_partials(folder: Path) -> None:
    cutoff = time.time() - _STALE_PARTIAL.total_seconds()
    for partial in folder.glob(f".{_PREFIX}*.part"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()


def _inspect(path: Path, size: int) -> tuple[int | None, str]:
    """(lead count, "") for a readable backup, else (None, what is wrong with it)."""
    problem = _header_problem(path, size)
    if problem:
        return None, problem
    try:
        with _connect(_uri(path, "ro", immutable=True)) as connection:
            if _revision(connection) is None:
                return None, message(QT_TRANSLATE_NOOP("Messages", "not a Funnel Planner database"))
            row = connection.execute("SELECT count(*) FROM leads").fetchone()
            return int(row[0]), ""
    except sqlite3.Error as exc:
        return None, message(QT_TRANSLATE_NOOP("Messages", "damaged: {reason}"), reason=str(exc))


def _header_problem(path: Path, size: int) -> str:
    """What the file's first 100 bytes say is wrong with it (cheap: no page is read)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return message(
            QT_TRANSLATE_NOOP("Messages", "cannot be read: {reason}"),
            reason=exc.strerror or str(exc),
        )
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return message(QT_TRANSLATE_NOOP("Messages", "not an SQLite file"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is trusted only when stamped with the change counter.
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        return message(
            QT_TRANSLATE_NOOP("Messages", "damaged: cut short ({size:,} of {expected:,} bytes)"),
            size=size,
            expected=pages * page_size,
        )
    return ""


# ---- restoring


def verify(backup: Path) -> str:
    """Check that ``backup`` is a sound Funnel Planner database this version can open.

    Returns:
        Its schema revision.

    Raises:
        BackupError naming the file and what is wrong with it.
    """
    backup = Path(backup)
    if not backup.exists():
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{path} does not exist. {untouched}"),
                path=backup,
                untouched=_untouched(),
            )
        )
    if backup.is_dir():
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is a folder, not a backup file. {untouched}",
                ),
                path=backup,
                untouched=_untouched(),
            )
        )
    problem = _header_problem(backup, backup.stat().st_size)
    if problem:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is {problem}. {untouched}",
                ),
                path=backup,
                problem=problem,
                untouched=_untouched(),
            )
        )
    try:
        with _connect(read_only_uri(backup)) as connection:
            checked = connection.execute("PRAGMA integrity_check").fetchall()
            if checked != [("ok",)]:
                raise BackupError(_backup_damaged(backup, str(checked[0][0])))
            revision = _revision(connection)
    except sqlite3.Error as exc:
        raise BackupError(_backup_damaged(backup, str(exc))) from exc
    if revision is None:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is not a Funnel Planner database. {untouched}",
                ),
                path=backup,
                untouched=_untouched(),
            )
        )
    if not revisions.is_known_revision(revision):
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} was written by a newer version of Funnel Planner (schema {revision}). "
                    "{untouched}",
                ),
                path=backup,
                revision=revision,
                untouched=_untouched(),
            )
        )
    return revision


def restore_backup(backup: Path, db_path: Path, folder: Path, now: datetime | None = None) -> Path:
    """Put ``backup``'s data in place of the database's, keeping the current data first.

    The backup is verified, the current file is backed up ("before-restore"), then the
    backup is copied into the live file with the backup API: one write transaction, so
    the -wal and -shm stay consistent and any other connection (another process, the
    engine's pool) simply sees the restored data on its next read. Replacing the file
    instead would pull it from under those connections and could corrupt it. Callers
    dispose of their engine's pooled connections first, and bring an older schema up to
    date afterwards.

    Returns:
        The safety backup of the data as it was.

    Raises:
        BackupError naming the file; the current data is then as it was.
    """
    backup, db_path = Path(backup), Path(db_path)
    if _same_file(backup, db_path):
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is the database itself; choose a backup to restore.",
                ),
                path=backup,
            )
        )
    verify(backup)
    _check_page_sizes(backup, db_path)
    safety = make_backup(db_path, folder, BEFORE_RESTORE, now)
    try:
        with _connect(read_only_uri(backup)) as source, _connect(_uri(db_path, "rw")) as live:
            source.backup(live)
    except sqlite3.Error as exc:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be restored into {database} ({reason}). Your data is "
                    "as it was (and also kept in {safety}).",
                ),
                path=backup,
                database=db_path,
                reason=str(exc),
                safety=safety,
            )
        ) from exc
    # Pruned only now: the backup being restored may be one that retention lets go.
    prune(folder, (now or datetime.now(UTC)).astimezone())
    return safety


def _check_page_sizes(backup: Path, db_path: Path) -> None:
    """Refuse early what the backup API refuses for a WAL destination: other page sizes."""
    try:
        with _connect(_uri(db_path, "rw")) as live:
            live_size = live.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} cannot be read ({reason}); nothing was restored.",
                ),
                path=db_path,
                reason=str(exc),
            )
        ) from exc
    with backup.open("rb") as handle:
        raw = int.from_bytes(handle.read(18)[16:18], "big")
    backup_size = 65536 if raw == 1 else raw
    if backup_size != live_size:
        raise BackupError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} uses pages of {size} bytes where {database} uses {live_size}, "
                    "so it cannot be copied into the open file. Nothing was restored; your data is "
                    "as it was. Open {path} itself with --db instead.",
                ),
                path=backup,
                size=backup_size,
                database=db_path,
                live_size=live_size,
            )
        )


def _untouched() -> Message:
    return message(QT_TRANSLATE_NOOP("Messages", "Nothing was restored; your data is as it was."))


def _backup_damaged(path: Path, detail: str) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "{path} is damaged ({detail}). {untouched}"),
        path=path,
        detail=detail,
        untouched=_untouched(),
    )


# ---- SQLite plumbing


def _uri(path: Path, mode: str, immutable: bool = False) -> str:
    """A URI naming the file: ``mode=ro`` never writes, ``mode=rw`` never creates."""
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def read_only_uri(path: Path) -> str:
    """Read-only; immutable too when nothing is half-written beside the file (the file alone
    is then the whole database), or a look at a WAL-mode file would leave -wal and -shm
    files behind. Opened beside the app's own connections the file still holds still: in
    WAL mode their writes go to the -wal file until a checkpoint."""
    quiet = not any(Path(f"{path}{suffix}").exists() for suffix in _COMPANIONS)
    return _uri(path, "ro", immutable=quiet)


@contextlib.contextmanager
def _connect(target: str) -> Iterator[sqlite3.Connection]:
    """A connection in autocommit mode (no implicit BEGIN), always closed afterwards."""
    connection = sqlite3.connect(
        target, uri=target.startswith("file:"), timeout=_BUSY_SECONDS, isolation_level=None
    )
    try:
        yield connection
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has_table is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return False
