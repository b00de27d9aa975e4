"""Files that are not ours are refused by name and left byte for byte as they were."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.services import Services
from funnelplanner.storage.database import SQLITE_HEADER

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite"
SIDE_FILES = ("-wal", "-shm", "-journal")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [suffix for suffix in SIDE_FILES if Path(f"{path}{suffix}").exists()]


def make_sqlite(path: Path, statements: list[str], *, wal: bool) -> Path:
    connection = sqlite3.connect(path)
    try:
        if wal:
            connection.execute("PRAGMA journal_mode = WAL")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    assert side_files(path) == [], "a cleanly closed database leaves nothing beside it"
    return path


def text_file(folder: Path) -> Path:
    path = folder / "contacts.sqlite"
    path.write_text("name,email\nAnn,ann@example.com\n", encoding="utf-8")
    return path


def other_program(folder: Path, wal: bool = False) -> Path:
    return make_sqlite(
        folder / "photos.db",
        [
            "CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)",
            "INSERT INTO albums (title) VALUES ('Holidays')",
        ],
        wal=wal,
    )


def future_version(folder: Path, wal: bool = True) -> Path:
    # As a newer Funnel Planner would leave it: our tables, WAL mode, an unknown revision.
    path = folder / "future.sqlite"
    shutil.copyfile(FIXTURE, path)
    return make_sqlite(
        path,
        ["UPDATE alembic_version SET version_num = '9999_future'"],
        wal=wal,
    )


def damaged(folder: Path) -> Path:
    path = folder / "damaged.sqlite"
    path.write_bytes(SQLITE_HEADER + b"\xff" * 4000)
    return path


def truncated(folder: Path) -> Path:
    path = folder / "truncated.sqlite"
    data = FIXTURE.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 50 + data[150:2048])
    return path


BAD_FILES = {
    "not sqlite": (text_file, "not an SQLite file"),
    "other program": (other_program, "another program"),
    "other program, wal": (lambda f: other_program(f, wal=True), "another program"),
    "future revision, wal": (future_version, "newer version"),
    "future revision, rollback journal": (
        lambda f: future_version(f, wal=False),
        "newer version",
    ),
    "damaged": (damaged, "is damaged"),
    "truncated": (truncated, "is damaged"),
}


@pytest.mark.parametrize(("make", "says"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_refused_and_untouched(tmp_path, make, says):
    path = make(tmp_path)
    before = digest(path)
    size = path.stat().st_size
    with pytest.raises(DatabaseFileError) as caught:
        Services.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert says in message
    assert digest(path) == before
    assert path.stat().st_size == size
    assert side_files(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_future_revision_message_names_the_revision(tmp_path):
    path = future_version(tmp_path)
    with pytest.raises(DatabaseFileError, match="9999_future"):
        Services.open(path)


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "a folder.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseFileError) as caught:
        Services.open(folder)
    assert str(folder) in str(caught.value)
    assert "folder" in str(caught.value)
    assert list(folder.iterdir()) == []
    assert side_files(folder) == []


def test_missing_parent_folder_is_refused_and_not_created(tmp_path):
    path = tmp_path / "no such folder" / "funnel.sqlite"
    with pytest.raises(DatabaseFileError) as caught:
        Services.open(path)
    assert str(path) in str(caught.value)
    assert not path.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_refusal_leaves_a_file_that_the_other_program_still_reads(tmp_path):
    path = other_program(tmp_path, wal=True)
    with pytest.raises(DatabaseFileError):
        Services.open(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT title FROM albums").fetchall() == [("Holidays",)]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


def test_a_file_in_use_with_its_wal_is_still_refused_untouched(tmp_path):
    # Another program has the database open: its -wal and -shm exist and hold data.
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path)
    try:
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("CREATE TABLE notes (body TEXT)")
        holder.execute("INSERT INTO notes VALUES ('only in the WAL so far')")
        holder.commit()
        assert Path(f"{path}-wal").exists()
        before = digest(path)
        with pytest.raises(DatabaseFileError, match="another program"):
            Services.open(path)
        assert digest(path) == before
        assert holder.execute("SELECT body FROM notes").fetchall() == [("only in the WAL so far",)]
    finally:
        holder.close()


def test_an_empty_file_is_taken_as_a_new_database(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    services = Services.open(path)
    try:
        assert services.leads.listing() == []
    finally:
        services.close()
    assert path.read_bytes().startswith(SQLITE_HEADER)


def test_an_sqlite_file_without_tables_is_taken(tmp_path):
    path = make_sqlite(tmp_path / "blank.sqlite", ["PRAGMA user_version = 7"], wal=False)
    assert path.read_bytes().startswith(SQLITE_HEADER)
    services = Services.open(path)
    try:
        assert services.tasks.listing() == []
    finally:
        services.close()


def test_closing_leaves_no_side_files(db_path):
    services = Services.open(db_path)
    services.close()
    assert db_path.exists()
    assert side_files(db_path) == []
