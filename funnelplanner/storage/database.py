"""Opening the owner's SQLite file safely: check it, migrate it, hand out sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message
from funnelplanner.storage import backup, migrate, revisions
from funnelplanner.storage.backup import SQLITE_HEADER

# How long to wait for another program's lock on the file before saying it is in use.
BUSY_TIMEOUT_MS = 5000

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Database:
    """An open, migrated database: the file, its engine and a session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    opening: OpeningChecks | None = None

    def verify(self) -> None:
        """Wait for a page check left to the background (``check_later``).

        Raises:
            DatabaseFileError when the file turned out to be damaged.
        """
        if self.opening is not None:
            self.opening.verify()

    def checked(self) -> bool:
        """True once no page check is left running (``verify`` then returns at once)."""
        return self.opening is None or self.opening.checked()

    def settle(self) -> None:
        """Wait for the work of opening left to the background (the start backup)."""
        if self.opening is not None:
            self.opening.wait()

    def close(self, give_up_start_backup: bool = False) -> None:
        """Close the file, after the start backup (or giving it up: a window quitting
        soon after it opened a large file need not wait for the copy)."""
        if self.opening is not None:
            if give_up_start_backup:
                self.opening.abandon()
            else:
                self.opening.wait()
        self.engine.dispose()

    def upgrade(self) -> None:
        """Bring the schema to head again, as at open: a restore may put an older file back."""
        _migrate(self.engine, self.path)

    def remove_files(self) -> None:
        """Delete the file with its WAL and shared-memory companions (after ``close``)."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def open_database(path: Path, start_backup: bool = True, check_later: bool = False) -> Database:
    """Check the file, bring its schema to head, and return it ready for use.

    ``start_backup``: copy an existing file when opening it (the window does at each start;
    a one-shot command does not, but every face backs up before an upgrade). The copy is
    made in the background; ``Database.settle`` waits for it.

    ``check_later``: look at every page in the background while the caller builds what it
    shows, and let it ask ``Database.verify`` before showing it. A file that needs an
    upgrade is always checked first, as migrations write to it.

    A file that is not ours, is damaged, or is newer than this version of the app, is
    refused before anything is written, so it stays byte for byte as it was.

    Raises:
        DatabaseFileError naming the file and what to do.
    """
    path = Path(path).expanduser()
    revision = check_file(path)
    created = _create_private(path)
    upgrading = revision is not None and revision != revisions.head_revision()
    opening: OpeningChecks | None = None
    if not created:
        if upgrading or not check_later:
            check_integrity(path)
        if upgrading:
            # Before migrations touch it; the upgrade does not go ahead without this copy.
            backup.backup_before_upgrade(path)
        if start_backup or (check_later and not upgrading):
            opening = OpeningChecks(
                path,
                check=check_later and not upgrading,
                start_backup=start_backup and not upgrading,
            )
    engine = _make_engine(path)
    try:
        _migrate(engine, path)
    except DatabaseFileError:
        engine.dispose()
        _finish(opening)
        raise
    except Exception as exc:
        engine.dispose()
        _finish(opening)
        raise file_error(path, exc) from exc
    if opening is not None:
        _commit_only_when_sound(engine, opening)
    if created:
        # SQLite gives -wal and -shm the database's mode; made sure of, as they hold data too.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").chmod(0o600)
    return Database(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        opening=opening,
    )


def _commit_only_when_sound(engine: Engine, opening: OpeningChecks) -> None:
    """No change reaches a file whose page check is still running or found damage.

    The window shows before the check ends (it reads every page: seconds for a large file
    on a slow disk); a change saved that soon waits for the verdict, and a damaged file
    refuses it, so the transaction is rolled back and the file stays as it was.
    """

    def _changes(connection: Any) -> int:
        return int(connection.connection.driver_connection.total_changes)

    @event.listens_for(engine, "begin")
    def _note_changes(connection: Any) -> None:
        connection.info["changes at begin"] = _changes(connection)

    @event.listens_for(engine, "commit")
    def _before_commit(connection: Any) -> None:
        # Reads commit too (every session ends in a commit): only a write waits.
        if _changes(connection) != connection.info.get("changes at begin"):
            opening.verify()


def _finish(opening: OpeningChecks | None) -> None:
    if opening is not None:
        opening.wait()


class OpeningChecks:
    """The work of opening a file that need not hold up the window: one background thread
    looks at every page, then (if the file is sound) makes the start backup.

    SQLite does both in C without Python's lock, so they run beside the window being built.
    """

    def __init__(self, path: Path, check: bool, start_backup: bool) -> None:
        self._path = path
        self._check = check
        self._start_backup = start_backup
        self._error: DatabaseFileError | None = None
        self._checked = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="open-checks", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self._check:
                check_integrity(self._path)
        except DatabaseFileError as exc:
            self._error = exc
        except Exception as exc:  # never lost in a thread: reported by verify()
            self._error = file_error(self._path, exc)
        finally:
            self._checked.set()
        if self._error is None and self._start_backup:
            try:
                backup.backup_at_start(self._path, self._stop)
            except backup.BackupStopped:
                pass  # the app closed first; the next start makes one
            except Exception:  # a plain start backup is a convenience: the app opens anyway
                _log.exception("the start backup of %s failed", self._path)

    def checked(self) -> bool:
        return self._checked.is_set()

    def verify(self) -> None:
        """Wait for the page check. Raises DatabaseFileError when the file is damaged."""
        self._checked.wait()
        if self._error is not None:
            raise self._error

    def wait(self) -> None:
        """Wait for the check and the start backup."""
        self._thread.join()

    def abandon(self) -> None:
        """Stop a start backup that is still copying, and wait for the thread to end."""
        self._stop.set()
        self._thread.join()


def _migrate(engine: Engine, path: Path) -> None:
    """Upgrade the schema in one transaction, with foreign keys off while tables are rebuilt.

    SQLite rebuilds a table to alter it (drop, then rename a copy); with foreign keys on,
    dropping ``leads`` would cascade and delete every contact and stage change.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        # In autocommit (outside any transaction) the pragma takes effect; inside, it is ignored.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                if migrate.current_revision(connection) == revisions.head_revision():
                    return
                migrate.upgrade_to_head(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseFileError(
                        message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "{path} could not be upgraded: {count} rows point at rows that "
                                "do not exist. The file was left as it was; restore a backup.",
                            ),
                            path=path,
                            count=len(broken),
                        )
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _create_private(path: Path) -> bool:
    """Create a missing database file readable by the owner only, before SQLite opens it
    (SQLite would create it 0644 under the usual umask). True when this call created it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{path} cannot be created: {reason}."),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    return True


def check_file(path: Path) -> str | None:
    """Refuse, without writing, a file that is not an SQLite database of a schema we know.

    Returns the file's schema revision: None for a new (or empty) file.
    """
    if path.is_dir():
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} is a folder, not a database file. Choose a file."
                ),
                path=path,
            )
        )
    if not path.parent.is_dir():
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{path}: the folder {folder} does not exist."),
                path=path,
                folder=path.parent,
            )
        )
    if not path.exists() or path.stat().st_size == 0:
        _check_writable(path)
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{path} cannot be read: {reason}."),
                path=path,
                reason=exc.strerror,
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is not a Funnel Planner database (it is not an SQLite file). "
                    "Choose another file or restore a backup.",
                ),
                path=path,
            )
        )
    tables, revision = _peek(path)
    if tables and revision is None:
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is an SQLite database of another program, not of Funnel Planner. "
                    "Choose another file.",
                ),
                path=path,
            )
        )
    if revision is not None and not revisions.is_known_revision(revision):
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} was written by a newer version of Funnel Planner (schema {revision}). "
                    "Update Funnel Planner to open it; the file was left untouched.",
                ),
                path=path,
                revision=revision,
            )
        )
    _check_writable(path)
    return revision


def _check_writable(path: Path) -> None:
    """Refuse a file we could read but not save to, before the owner types anything into it.

    The folder must be writable too: SQLite keeps the -wal and -shm files beside the file.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseFileError(_read_only_message(path))
    if not os.access(path.parent, os.W_OK):
        raise DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} cannot be used: its folder {folder} is read-only, and Funnel Planner "
                    "keeps its working files beside the database. Choose a file in a folder you "
                    "can write to (copy it there first if it exists).",
                ),
                path=path,
                folder=path.parent,
            )
        )


def _read_only_message(path: Path) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is read-only, so Funnel Planner cannot save to it. Make the file writable, "
            "or choose another file (a copy in a folder you can write to, or a restored backup).",
        ),
        path=path,
    )


def _read_only(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(backup.read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise file_error(path, exc) from exc


def _peek(path: Path) -> tuple[list[str], str | None]:
    """Read the table names and schema revision through a read-only connection."""
    connection = _read_only(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        revision = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
        return tables, revision
    except sqlite3.Error as exc:
        raise file_error(path, exc) from exc
    finally:
        connection.close()


def check_integrity(path: Path) -> None:
    """Look at every page: the first reads skip most of them, and damage there would
    otherwise surface mid-session (0.3 s and 70 MB of reading for 100,000 leads).

    Raises:
        DatabaseFileError naming the file when it is damaged.
    """
    connection = _read_only(path)
    try:
        verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.Error as exc:
        raise file_error(path, exc) from exc
    finally:
        connection.close()
    if verdict != "ok":
        raise DatabaseFileError(_damaged(path, verdict.splitlines()[-1]))


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy: pysqlite's own implicit BEGIN
        # would otherwise let a read-then-write slip outside one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a change reported as saved survives a power cut, not only a crash.
            # NORMAL keeps every commit through a crash of the app too (the 200-kill test
            # in tests/storage passes with either) but may lose the last ones when the
            # machine stops; FULL costs about 0.4 ms a commit (1.4 against 1.0 ms).
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        except BaseException:
            # SQLAlchemy drops a connection that failed here without closing it: the file
            # would stay open (and a removable disk busy) until garbage collection. The
            # cursor goes first, or its unfinished statement keeps the file open.
            cursor.close()
            dbapi_connection.close()
            raise
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # A full disk, a lock held too long or a damaged page, mid-session: every face
        # gets the same message naming the file, not an SQL traceback.
        if is_file_error(context.original_exception):
            raise file_error(path, context.original_exception) from context.original_exception

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


# SQLite's primary result codes that are about the file, not about the SQL or the data.
_FILE_ERROR_CODES = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_NOTADB,
    }
)


def _sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (wrapped by SQLAlchemy or not)."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_file_error(exc: BaseException) -> bool:
    """True when ``exc`` says the file cannot be used (disk full, locked, damaged...)."""
    return _sqlite_code(exc) in _FILE_ERROR_CODES


def _disk_is_full(path: Path) -> bool:
    """Less room left than SQLite needs to grow its -shm and -wal files by a step."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def file_error(path: Path, exc: BaseException) -> DatabaseFileError:
    """What went wrong with the file, naming it and saying what to do, for any face.

    ``exc`` is an sqlite3 or SQLAlchemy error (or an OSError); its SQL is left out.
    """
    if isinstance(exc, DatabaseFileError):
        return exc
    original = getattr(exc, "orig", None) or exc
    detail = (original.strerror if isinstance(original, OSError) else None) or str(original)
    code = _sqlite_code(exc)
    # A full disk often shows as an I/O error (the -shm file cannot grow), so look.
    if code == sqlite3.SQLITE_FULL or (
        (code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or isinstance(original, OSError))
        and _disk_is_full(path)
    ):
        return DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} cannot be written: the disk it is on is full. What was saved before "
                    "is safe; free some space on the disk (or move the file to a disk with room) "
                    "and try again.",
                ),
                path=path,
            )
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is in use by another program, which kept it locked for more than "
                    "{seconds:g} seconds. Close the other program (or the other "
                    "Funnel Planner window) and try again, or choose another file.",
                ),
                path=path,
                seconds=BUSY_TIMEOUT_MS / 1000,
            )
        )
    if code == sqlite3.SQLITE_READONLY or (
        code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
        and not os.access(path if path.exists() else path.parent, os.W_OK)
    ):
        return DatabaseFileError(_read_only_message(path))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseFileError(_damaged(path, detail))
    if code == sqlite3.SQLITE_IOERR or isinstance(original, OSError):
        return DatabaseFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be read or written ({detail}). Check that the disk is "
                    "attached and working, then try again; if it keeps failing, restore a backup "
                    "or choose another file.",
                ),
                path=path,
                detail=detail,
            )
        )
    return DatabaseFileError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} could not be opened: {detail}. Restore a backup or choose another file.",
            ),
            path=path,
            detail=detail,
        )
    )


def _damaged(path: Path, detail: str) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages", "{path} is damaged ({detail}). Restore a backup or choose another file."
        ),
        path=path,
        detail=detail,
    )
