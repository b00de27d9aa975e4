"""The backup service: back up now, the hourly backup, restore, and refusals."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from funnelplanner.domain.models import LeadDraft, LeadQuery
from funnelplanner.services import Services
from funnelplanner.services.backups import BackupError
from funnelplanner.storage import backup as storage_backup
from funnelplanner.storage import revisions
from tests.conftest import FixedClock
from tests.services.conftest import dump_tables, query

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite"


def lead_names(services: Services) -> list[str]:
    return sorted(lead.name for lead in services.leads.listing())


def reasons(services: Services) -> list[str]:
    return [info.reason for info in services.backups.listing()]


@pytest.fixture
def now_clock() -> FixedClock:
    """A clock at the real time: start backups are named by the real time."""
    return FixedClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def opened(db_path: Path, now_clock: FixedClock):
    services = Services.open(db_path, clock=now_clock)
    yield services
    services.close()


def test_backup_now_goes_to_the_folder_and_is_listed(opened: Services, db_path: Path) -> None:
    opened.leads.create(LeadDraft(name="Ann"))
    made = opened.backups.backup_now()
    assert made.parent == db_path.parent / "backups" / db_path.stem
    listed = opened.backups.listing()
    assert [(info.path, info.reason, info.leads) for info in listed] == [(made, "manual", 1)]


def test_backup_now_to_a_chosen_file(opened: Services, tmp_path: Path) -> None:
    opened.leads.create(LeadDraft(name="Ann"))
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    assert opened.backups.backup_now(to=target) == target
    assert query(target, "SELECT name FROM leads") == [("Ann",)]
    assert opened.backups.listing() == []  # the folder is for the app's own backups


def test_backup_if_due_at_most_hourly_and_only_after_changes(
    opened: Services, now_clock: FixedClock, db_path: Path
) -> None:
    start = now_clock.now
    backups = opened.backups
    assert backups.backup_if_due() is None  # a new file, nothing changed yet

    opened.leads.create(LeadDraft(name="Ann"))
    first = backups.backup_if_due()
    assert first is not None  # no automatic backup yet: the first change is kept at once

    opened.leads.create(LeadDraft(name="Bob"))
    for minutes in (0, 30, 59):
        now_clock.now = start + timedelta(minutes=minutes)
        assert backups.backup_if_due() is None, minutes

    now_clock.now = start + timedelta(minutes=61)
    second = backups.backup_if_due()
    assert second is not None
    assert query(second, "SELECT count(*) FROM leads") == [(2,)]
    assert backups.backup_if_due() is None  # same moment: not due

    now_clock.now = start + timedelta(hours=5)
    assert backups.backup_if_due() is None  # hours later, but nothing changed
    assert reasons(opened) == ["hourly", "hourly"]


def test_an_hourly_backup_stopped_midway_leaves_nothing_and_is_still_due(
    opened: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closing stops a copy under way: no backup, no part of one, and the
    change is still to be backed up the next time anyone looks."""
    opened.leads.create(LeadDraft(name="Ann"))
    monkeypatch.setattr(storage_backup, "STEP_PAGES", 1)  # many steps, as a large file
    stop = threading.Event()
    stop.set()

    assert opened.backups.backup_if_due(stop=stop) is None

    assert sorted(opened.backups.folder.iterdir()) == []
    made = opened.backups.backup_if_due()
    assert made is not None
    assert query(made, "SELECT name FROM leads") == [("Ann",)]


def test_a_change_made_by_another_program_counts(
    opened: Services, now_clock: FixedClock, db_path: Path
) -> None:
    opened.leads.create(LeadDraft(name="Ann"))
    assert opened.backups.backup_if_due() is not None
    now_clock.now += timedelta(hours=2)
    assert opened.backups.backup_if_due() is None
    other = sqlite3.connect(db_path)
    other.execute("UPDATE leads SET name = 'Ann from a script'")
    other.commit()
    other.close()
    made = opened.backups.backup_if_due()
    assert made is not None
    assert query(made, "SELECT name FROM leads") == [("Ann from a script",)]


def test_the_start_backup_counts_as_the_last_automatic_one(
    db_path: Path, now_clock: FixedClock
) -> None:
    Services.open(db_path, clock=now_clock).close()
    services = Services.open(db_path, clock=now_clock)  # an existing file: a start backup
    try:
        assert reasons(services) == ["start"]
        services.leads.create(LeadDraft(name="Ann"))
        assert services.backups.backup_if_due() is None
        now_clock.now += timedelta(hours=1, seconds=1)
        assert services.backups.backup_if_due() is not None
    finally:
        services.close()


def test_restore_brings_the_old_data_back_and_keeps_the_current(
    opened: Services, now_clock: FixedClock
) -> None:
    opened.leads.create(LeadDraft(name="Ann"))
    opened.leads.create(LeadDraft(name="Bob"))
    old = opened.backups.backup_now()
    opened.leads.create(LeadDraft(name="Cleo"))
    now_clock.now += timedelta(minutes=1)

    safety = opened.backups.restore(old)

    assert lead_names(opened) == ["Ann", "Bob"]
    assert "before-restore" in safety.name
    assert query(safety, "SELECT name FROM leads ORDER BY name") == [
        ("Ann",),
        ("Bob",),
        ("Cleo",),
    ]
    # The open services go on working on the restored data.
    dana = opened.leads.create(LeadDraft(name="Dana"))
    assert opened.leads.get(dana.id).name == "Dana"
    assert opened.leads.count(LeadQuery()) == 3
    assert {info.reason for info in opened.backups.listing()} == {"manual", "before-restore"}


def test_a_restore_is_not_backed_up_again_as_a_change(
    opened: Services, now_clock: FixedClock
) -> None:
    opened.leads.create(LeadDraft(name="Ann"))
    old = opened.backups.backup_now()
    now_clock.now += timedelta(hours=2)
    opened.backups.restore(old)
    assert opened.backups.backup_if_due() is None


def test_restore_of_an_older_schema_upgrades_it(opened: Services, tmp_path: Path) -> None:
    old = tmp_path / "from-last-year.sqlite"
    shutil.copyfile(FIXTURE, old)
    opened.leads.create(LeadDraft(name="Someone new"))
    opened.backups.restore(old)
    assert query(opened.path, "SELECT version_num FROM alembic_version") == [
        (revisions.head_revision(),)
    ]
    restored = lead_names(opened)
    assert "Ann Smith" in restored and "Someone new" not in restored
    assert query(old, "SELECT version_num FROM alembic_version") == [("0001",)]  # untouched


def damaged_copy(services: Services, tmp_path: Path) -> Path:
    target = tmp_path / "damaged.sqlite"
    services.backups.backup_now(to=target)
    data = bytearray(target.read_bytes())
    for offset in range(2 * 4096, min(len(data), 5 * 4096)):
        data[offset] = 0x5A
    target.write_bytes(bytes(data))
    return target


def foreign_file(tmp_path: Path) -> Path:
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (damaged_copy, "damaged"),
        (lambda _services, tmp: foreign_file(tmp), "not a Funnel Planner database"),
        (lambda _services, tmp: tmp / "no-such-backup.sqlite", "does not exist"),
    ],
    ids=["damaged", "foreign", "missing"],
)
def test_restore_refuses_by_name_and_leaves_the_data_as_it_was(
    opened: Services, tmp_path: Path, db_path: Path, make, says: str
) -> None:
    for number in range(300):
        opened.leads.create(LeadDraft(name=f"Lead {number}"))
    bad = make(opened, tmp_path)
    before = dump_tables(db_path)
    listed = opened.backups.listing()

    with pytest.raises(BackupError) as caught:
        opened.backups.restore(bad)

    assert str(bad) in str(caught.value)
    assert says in str(caught.value)
    assert dump_tables(db_path) == before
    assert opened.backups.listing() == listed  # no safety copy, nothing pruned
    assert opened.leads.count(LeadQuery()) == 300  # and the services still work
