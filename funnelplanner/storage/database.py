"""Opening the owner's SQLite file safely: check it, migrate it, hand out sessions."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.storage import backup, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
# How long to wait for another program's lock on the file before saying it is in use.
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Database:
    """An open, migrated database: the file, its engine and a session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()

    def upgrade(self) -> None:
        """Bring the schema to head again, as at open: a restore may put an older file back."""
        _migrate(self.engine, self.path)

    def remove_files(self) -> None:
        """Delete the file with its WAL and shared-memory companions (after ``close``)."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def open_database(path: Path, start_backup: bool = True) -> Database:
    """Check the file, bring its schema to head, and return it ready for use.

    ``start_backup``: copy an existing file before using it (the window does at each
    start; a one-shot command does not, but every face backs up before an upgrade).

    A file that is not ours, or is newer than this version of the app, is refused
    before anything is written, so it stays byte for byte as it was.

    Raises:
        DatabaseFileError naming the file and what to do.
    """
    path = Path(path).expanduser()
    check_file(path)
    created = _create_private(path)
    if not created and start_backup:
        # Before migrations touch it ("before-upgrade" when they will change its schema).
        backup.backup_at_start(path)
    elif not created:
        backup.backup_if_upgrading(path)
    engine = _make_engine(path)
    try:
        _migrate(engine, path)
    except DatabaseFileError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise file_error(path, exc) from exc
    if created:
        # SQLite gives -wal and -shm the database's mode; made sure of, as they hold data too.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").chmod(0o600)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


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
                if migrate.current_revision(connection) == migrate.head_revision():
                    return
                migrate.upgrade_to_head(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseFileError(
                        f"{path} could not be upgraded: {len(broken)} rows point at rows that "
                        "do not exist. The file was left as it was; restore a backup."
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
        raise DatabaseFileError(f"{path} cannot be created: {exc.strerror or exc}.") from exc
    return True


def check_file(path: Path) -> None:
    """Refuse, without writing, a file that is not an SQLite database of a schema we know."""
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not a database file. Choose a file.")
    if not path.parent.is_dir():
        raise DatabaseFileError(f"{path}: the folder {path.parent} does not exist.")
    if not path.exists() or path.stat().st_size == 0:
        _check_writable(path)
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(f"{path} cannot be read: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            f"{path} is not a Funnel Planner database (it is not an SQLite file). "
            "Choose another file or restore a backup."
        )
    tables, revision = _peek(path)
    if tables and revision is None:
        raise DatabaseFileError(
            f"{path} is an SQLite database of another program, not of Funnel Planner. "
            "Choose another file."
        )
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseFileError(
            f"{path} was written by a newer version of Funnel Planner (schema {revision}). "
            "Update Funnel Planner to open it; the file was left untouched."
        )
    _check_writable(path)


def _check_writable(path: Path) -> None:
    """Refuse a file we could read but not save to, before the owner types anything into it.

    The folder must be writable too: SQLite keeps the -wal and -shm files beside the file.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseFileError(_read_only_message(path))
    if not os.access(path.parent, os.W_OK):
        raise DatabaseFileError(
            f"{path} cannot be used: its folder {path.parent} is read-only, and Funnel Planner "
            "keeps its working files beside the database. Choose a file in a folder you can "
            "write to (copy it there first if it exists)."
        )


def _read_only_message(path: Path) -> str:
    return (
        f"{path} is read-only, so Funnel Planner cannot save to it. Make the file writable, "
        "or choose another file (a copy in a folder you can write to, or a restored backup)."
    )


def _peek(path: Path) -> tuple[list[str], str | None]:
    """Read the table names and schema revision through a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        # Nothing half-written beside it: the file alone is the whole database. Read it as
        # immutable, or a read-only look at a WAL-mode file leaves -wal and -shm files behind.
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise file_error(path, exc) from exc
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
        # Pages the first reads skip can be zeroed or cut off too: look at every page now,
        # or the damage surfaces later, mid-session (0.3 s for 100,000 leads, 70 MB).
        verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise DatabaseFileError(
                f"{path} is damaged ({verdict.splitlines()[-1]}). "
                "Restore a backup or choose another file."
            )
        return tables, revision
    except sqlite3.Error as exc:
        raise file_error(path, exc) from exc
    finally:
        connection.close()


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
            f"{path} cannot be written: the disk it is on is full. What was saved before is "
            "safe; free some space on the disk (or move the file to a disk with room) and "
            "try again."
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseFileError(
            f"{path} is in use by another program, which kept it locked for more than "
            f"{BUSY_TIMEOUT_MS / 1000:g} seconds. Close the other program (or the other "
            "Funnel Planner window) and try again, or choose another file."
        )
    if code == sqlite3.SQLITE_READONLY or (
        code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
        and not os.access(path if path.exists() else path.parent, os.W_OK)
    ):
        return DatabaseFileError(_read_only_message(path))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseFileError(
            f"{path} is damaged ({detail}). Restore a backup or choose another file."
        )
    if code == sqlite3.SQLITE_IOERR or isinstance(original, OSError):
        return DatabaseFileError(
            f"{path} could not be read or written ({detail}). Check that the disk is "
            "attached and working, then try again; if it keeps failing, restore a backup "
            "or choose another file."
        )
    return DatabaseFileError(
        f"{path} could not be opened: {detail}. Restore a backup or choose another file."
    )
