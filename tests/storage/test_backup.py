"""Backups are consistent copies of a live file, private, pruned by a clear rule, and made
before an upgrade; a damaged or foreign file is listed as such and never restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import LeadDraft
from funnelplanner.services import Services
from funnelplanner.storage import backup, revisions
from funnelplanner.storage.backup import KEEP_DAYS, KEEP_NEWEST, BackupError
from funnelplanner.storage.database import open_database

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite"
NOW = datetime(2026, 11, 23, 14, 45, 1, tzinfo=UTC)


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM leads ORDER BY name")]
    finally:
        connection.close()


def read(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def seed(path: Path, *lead_names: str) -> None:
    services = Services.open(path)
    try:
        for name in lead_names:
            services.leads.create(LeadDraft(name=name))
    finally:
        services.close()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Nothing is left to the umask: even with none, files are 0600 and folders 0700."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


# ---- a consistent copy


def test_backup_is_a_consistent_copy_while_another_connection_writes(db_path, tmp_path):
    seed(db_path, "Ann Committed", "Bob Committed")
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE leads SET name = 'Ann Uncommitted' WHERE name = 'Ann Committed'")
        writer.execute("DELETE FROM leads WHERE name = 'Bob Committed'")
        # The write transaction is still open while the backup is taken.
        made = backup.make_backup(db_path, tmp_path / "copies", backup.MANUAL, NOW)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert names(made) == ["Ann Committed", "Bob Committed"]
    assert read(made, "PRAGMA integrity_check") == [("ok",)]
    # One self-contained file: rollback journal, nothing beside it, nothing half-written.
    assert read(made, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    assert made.name == "funnelplanner-20261123T144501Z-manual.sqlite"


def test_committed_changes_still_in_the_wal_are_in_the_backup(db_path, tmp_path):
    seed(db_path, "Ann")
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")  # keep the commit in the -wal file
        writer.execute("UPDATE leads SET name = 'Ann in the WAL'")
        assert Path(f"{db_path}-wal").stat().st_size > 0
        made = backup.make_backup(db_path, tmp_path / "copies", backup.MANUAL, NOW)
    finally:
        writer.close()
    assert names(made) == ["Ann in the WAL"]


def test_two_backups_in_one_second_keep_both(db_path, tmp_path):
    seed(db_path, "Ann")
    folder = tmp_path / "copies"
    first = backup.make_backup(db_path, folder, backup.MANUAL, NOW)
    second = backup.make_backup(db_path, folder, backup.MANUAL, NOW)
    assert first != second
    assert second.name == "funnelplanner-20261123T144501Z-manual-2.sqlite"
    listed = backup.list_backups(folder)
    assert [info.path for info in listed] == [second, first]
    assert {info.reason for info in listed} == {"manual"}


def test_a_copy_to_a_chosen_file_replaces_it_whole(db_path, tmp_path):
    seed(db_path, "Ann")
    target = tmp_path / "elsewhere.sqlite"
    target.write_text("old contents")
    backup.write_copy(db_path, target)
    assert names(target) == ["Ann"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_database_itself_is_never_the_target(db_path):
    seed(db_path, "Ann")
    with pytest.raises(BackupError, match="database itself"):
        backup.write_copy(db_path, db_path)
    assert names(db_path) == ["Ann"]


# ---- start and upgrade backups


def test_a_new_file_gets_no_start_backup(db_path):
    open_database(db_path).close()
    assert not (db_path.parent / "backups").exists()


def test_opening_an_existing_file_backs_it_up_first(db_path):
    seed(db_path, "Ann", "Bob")  # a new file: no backup
    assert backup.list_backups(backup.default_folder(db_path)) == []
    open_database(db_path).close()
    listed = backup.list_backups(backup.default_folder(db_path))
    assert [(info.reason, info.leads) for info in listed] == [("start", 2)]
    assert backup.default_folder(db_path) == db_path.parent / "backups" / db_path.stem


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_schema(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    before = read(path, "SELECT * FROM leads ORDER BY id")
    database = open_database(path)
    database.close()
    assert read(path, "SELECT version_num FROM alembic_version") == [(revisions.head_revision(),)]
    listed = backup.list_backups(backup.default_folder(path))
    assert [info.reason for info in listed] == ["before-upgrade"]
    kept = listed[0].path
    assert read(kept, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert read(kept, "SELECT * FROM leads ORDER BY id") == before
    assert read(kept, "PRAGMA integrity_check") == [("ok",)]
    assert listed[0].leads == len(before)


def test_no_upgrade_without_its_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    original = path.read_bytes()
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    message = str(caught.value)
    assert str(path) in message and "not upgraded" in message
    assert path.read_bytes() == original


# ---- privacy


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_wal_shm_and_backups_are_the_owners_only(db_path, open_umask):
    seed(db_path, "Ann")
    services = Services.open(db_path)  # an existing file: a start backup
    try:
        services.leads.create(LeadDraft(name="Bob"))
        for suffix in ("", "-wal", "-shm"):
            assert mode(Path(f"{db_path}{suffix}")) == 0o600, suffix
        made = services.backups.backup_now()
        folder = backup.default_folder(db_path)
        assert mode(folder) == 0o700
        assert mode(folder.parent) == 0o700
        listed = backup.list_backups(folder)
        assert len(listed) == 2 and made in {info.path for info in listed}
        for info in listed:
            assert mode(info.path) == 0o600, info.path.name
    finally:
        services.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_copy_to_a_chosen_file_is_the_owners_only(db_path, tmp_path, open_umask):
    seed(db_path, "Ann")
    target = tmp_path / "copy.sqlite"
    backup.write_copy(db_path, target)
    assert mode(target) == 0o600


# ---- listing


def test_listing_marks_damaged_backups_and_ignores_other_files(db_path, tmp_path):
    seed(db_path, "Ann", "Bob")
    folder = tmp_path / "copies"
    sound = backup.make_backup(db_path, folder, backup.MANUAL, NOW)
    cut = backup.make_backup(db_path, folder, backup.HOURLY, NOW - timedelta(hours=1))
    cut.write_bytes(cut.read_bytes()[:5000])
    garbage = folder / "funnelplanner-20261101T000000Z-start.sqlite"
    garbage.write_bytes(b"not a database at all" * 50)
    (folder / "notes.txt").write_text("the owner's own file")
    (folder / "funnelplanner-yesterday.sqlite").write_text("not one of ours")

    listed = backup.list_backups(folder)

    assert [info.path for info in listed] == [sound, cut, garbage]
    assert (listed[0].leads, listed[0].damaged) == (2, False)
    assert listed[0].taken_at == NOW
    assert listed[0].size == sound.stat().st_size
    assert listed[1].damaged and "cut short" in listed[1].problem
    assert listed[2].damaged and "not an SQLite file" in listed[2].problem
    assert listed[1].leads is None and listed[2].leads is None


# ---- retention


def stamp(moment: datetime, reason: str = "hourly") -> str:
    return f"funnelplanner-{moment.strftime('%Y%m%dT%H%M%SZ')}-{reason}.sqlite"


def fill(folder: Path, moments: list[datetime]) -> None:
    folder.mkdir(exist_ok=True)
    for moment in moments:
        (folder / stamp(moment)).write_bytes(b"")


def test_prune_keeps_the_ten_newest_and_the_newest_of_each_day(tmp_path):
    folder = tmp_path / "copies"
    # Today: 12 hourly backups; the 3 days before: 3 each; then one 45 days ago.
    today = [NOW - timedelta(hours=h) for h in range(12)]
    earlier = [NOW - timedelta(days=d, hours=h) for d in (1, 2, 3) for h in (0, 1, 2)]
    ancient = [NOW - timedelta(days=45)]
    fill(folder, today + earlier + ancient)
    (folder / "notes.txt").write_text("not a backup: never deleted")

    deleted = backup.prune(folder, NOW)

    kept = {p.name for p in folder.iterdir()}
    expected = {stamp(m) for m in today[:10]} | {stamp(NOW - timedelta(days=d)) for d in (1, 2, 3)}
    assert kept == expected | {"notes.txt"}
    assert len(deleted) == len(today + earlier + ancient) - len(expected)


def test_prune_clears_a_backup_left_half_written_long_ago(tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    stale = folder / ".funnelplanner-20261101T000000Z-start.sqlite.abc123.part"
    fresh = folder / ".funnelplanner-20261123T144500Z-start.sqlite.def456.part"
    for partial in (stale, fresh):
        partial.write_bytes(b"")
    old = (datetime.now() - timedelta(hours=2)).timestamp()
    os.utime(stale, (old, old))
    backup.prune(folder, NOW)
    assert not stale.exists()
    assert fresh.exists()  # may be another process's backup in progress


moments = st.lists(
    st.integers(min_value=-90 * 86400, max_value=2 * 86400).map(
        lambda seconds: NOW - timedelta(seconds=seconds)
    ),
    unique=True,
    max_size=120,
)


def check_retention(newest_first: list[datetime], kept: set[int]) -> None:
    assert len(kept) <= KEEP_NEWEST + KEEP_DAYS
    assert set(range(min(KEEP_NEWEST, len(newest_first)))) <= kept
    today = NOW.date()
    window = {today - timedelta(days=d) for d in range(KEEP_DAYS)}
    newest_of_day: dict[object, int] = {}
    for position, moment in enumerate(newest_first):
        day = moment.date()
        if day in window:
            newest_of_day.setdefault(day, position)
    assert set(newest_of_day.values()) <= kept
    # And nothing else: every kept backup is one of the newest or its day's newest.
    assert kept <= set(range(KEEP_NEWEST)) | set(newest_of_day.values())


@given(moments)
def test_retention_rule(found: list[datetime]) -> None:
    newest_first = sorted(found, reverse=True)
    check_retention(newest_first, backup.retained(newest_first, NOW))


@settings(max_examples=40, deadline=None)
@given(moments)
def test_prune_deletes_exactly_what_retention_lets_go(found: list[datetime]) -> None:
    newest_first = sorted(found, reverse=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        fill(folder, newest_first)
        backup.prune(folder, NOW)
        left = {p.name for p in folder.iterdir()}
    kept = {i for i, moment in enumerate(newest_first) if stamp(moment) in left}
    assert len(left) == len(kept)
    check_retention(newest_first, kept)


# ---- verifying and restoring


def damage(path: Path) -> None:
    """Scribble over pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 5 * page)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_verify_accepts_a_sound_backup_and_gives_its_revision(db_path, tmp_path):
    seed(db_path, "Ann")
    made = backup.make_backup(db_path, tmp_path / "copies", backup.MANUAL, NOW)
    assert backup.verify(made) == revisions.head_revision()
    assert backup.verify(FIXTURE) == "0001"


def test_verify_refuses_by_name(db_path, tmp_path):
    seed(db_path, *(f"Lead {n}" for n in range(300)))
    made = backup.make_backup(db_path, tmp_path / "copies", backup.MANUAL, NOW)
    damage(made)
    photos = tmp_path / "photos.db"
    other = sqlite3.connect(photos)
    other.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY)")
    other.commit()
    other.close()
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear Ann, " * 100)
    for path, says in (
        (made, "damaged"),
        (photos, "not a Funnel Planner database"),
        (letter, "not an SQLite file"),
        (tmp_path / "missing.sqlite", "does not exist"),
    ):
        with pytest.raises(BackupError) as caught:
            backup.verify(path)
        assert str(path) in str(caught.value)
        assert says in str(caught.value)


def test_restore_copies_the_backup_into_the_live_file(db_path, tmp_path):
    seed(db_path, "Ann", "Bob")
    folder = tmp_path / "copies"
    made = backup.make_backup(db_path, folder, backup.MANUAL, NOW - timedelta(minutes=5))
    seed(db_path, "Cleo")
    safety = backup.restore_backup(made, db_path, folder, NOW)
    assert names(db_path) == ["Ann", "Bob"]
    assert names(safety) == ["Ann", "Bob", "Cleo"]
    assert "before-restore" in safety.name
    # Still a WAL database, sound, with nothing half-done.
    assert read(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert read(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path, tmp_path):
    seed(db_path, *(f"Lead {n}" for n in range(300)))
    folder = tmp_path / "copies"
    made = backup.make_backup(db_path, folder, backup.MANUAL, NOW)
    damage(made)
    before = read(db_path, "SELECT * FROM leads ORDER BY id")
    with pytest.raises(BackupError, match="damaged") as caught:
        backup.restore_backup(made, db_path, folder, NOW)
    assert str(made) in str(caught.value)
    assert read(db_path, "SELECT * FROM leads ORDER BY id") == before
    assert [p.name for p in folder.iterdir()] == [made.name]  # no safety copy either


# ---- a window that quits soon after opening a large file


def test_a_start_backup_is_given_up_when_the_window_quits_and_leaves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    seed(db_path, *(f"Lead {n}" for n in range(300)))
    monkeypatch.setattr(backup, "STEP_PAGES", 1)  # many steps, so it can stop between two
    copying = threading.Event()
    real_write_copy = backup.write_copy

    def noted_write_copy(source: Path, target: Path, stop: threading.Event | None = None) -> None:
        copying.set()
        assert stop is not None
        stop.wait(5)  # still copying when the window quits
        real_write_copy(source, target, stop)

    monkeypatch.setattr(backup, "write_copy", noted_write_copy)
    database = open_database(db_path)  # an existing file: a start backup in the background
    assert copying.wait(5)
    database.close(give_up_start_backup=True)
    folder = backup.default_folder(db_path)
    assert backup.list_backups(folder) == []
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_a_start_backup_is_waited_for_when_closing_otherwise(db_path: Path) -> None:
    seed(db_path, "Ann")
    open_database(db_path).close()
    listed = backup.list_backups(backup.default_folder(db_path))
    assert [(info.reason, info.leads) for info in listed] == [("start", 1)]


def test_a_copy_made_in_steps_is_whole(db_path: Path, tmp_path: Path, monkeypatch) -> None:
    import threading

    seed(db_path, *(f"Lead {n}" for n in range(300)))
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    target = tmp_path / "stepped.sqlite"
    backup.write_copy(db_path, target, threading.Event())
    assert names(target) == names(db_path)
