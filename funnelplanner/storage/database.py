"""Opening the owner's SQLite file safely: check it, migrate it, hand out sessions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.storage import migrate

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Database:
    """An open, migrated database: the file, its engine and a session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()

    def remove_files(self) -> None:
        """Delete the file with its WAL and shared-memory companions (after ``close``)."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def open_database(path: Path) -> Database:
    """Check the file, bring its schema to head, and return it ready for use.

    A file that is not ours, or is newer than this version of the app, is refused
    before anything is written, so it stays byte for byte as it was.

    Raises:
        DatabaseFileError naming the file and what to do.
    """
    path = Path(path).expanduser()
    check_file(path)
    engine = _make_engine(path)
    try:
        _migrate(engine, path)
    except DatabaseFileError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseFileError(
            f"{path} could not be opened: {exc}. Restore a backup or choose another file."
        ) from exc
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


def check_file(path: Path) -> None:
    """Refuse, without writing, a file that is not an SQLite database of a schema we know."""
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not a database file. Choose a file.")
    if not path.parent.is_dir():
        raise DatabaseFileError(f"{path}: the folder {path.parent} does not exist.")
    if not path.exists() or path.stat().st_size == 0:
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


def _peek(path: Path) -> tuple[list[str], str | None]:
    """Read the table names and schema revision through a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        # Nothing half-written beside it: the file alone is the whole database. Read it as
        # immutable, or a read-only look at a WAL-mode file leaves -wal and -shm files behind.
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseFileError(f"{path} cannot be opened: {exc}.") from exc
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
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            f"{path} is damaged ({exc}). Restore a backup or choose another file."
        ) from exc
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
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a change reported as saved survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
