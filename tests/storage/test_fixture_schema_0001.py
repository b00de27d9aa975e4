"""A file written by the first schema (0001) opens and reads back every row and value."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from funnelplanner.domain.models import LeadDraft, LeadQuery, StageChange
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.services import Services
from funnelplanner.storage import revisions

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIXTURE = FIXTURES / "schema_0001.sqlite"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def load_maker():
    spec = importlib.util.spec_from_file_location(
        "make_schema_0001", FIXTURES / "make_schema_0001.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dump(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }
    finally:
        connection.close()


@pytest.fixture
def opened(tmp_path, clock):
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, copy)
    services = Services.open(copy, region="US", clock=clock)
    yield services
    services.close()


def test_fixture_is_a_clean_0001_file():
    assert FIXTURE.is_file()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{FIXTURE}{suffix}").exists()
    connection = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_fixture_matches_its_generator(tmp_path):
    rebuilt = tmp_path / "rebuilt.sqlite"
    load_maker().build(rebuilt)
    assert dump(rebuilt) == dump(FIXTURE)


def test_opening_a_copy_leaves_the_committed_fixture_alone(tmp_path):
    before = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(FIXTURE, copy)
    Services.open(copy).close()
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == before


def test_opened_file_is_at_head_and_keeps_every_row(opened):
    path = opened.path
    maker = load_maker()
    connection = sqlite3.connect(path)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == (revisions.head_revision(),)
        counts = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("leads", "stage_changes", "contacts", "tasks")
        }
    finally:
        connection.close()
    assert counts == {
        "leads": len(maker.LEADS),
        "stage_changes": len(maker.STAGE_CHANGES),
        "contacts": len(maker.CONTACTS),
        "tasks": len(maker.TASKS),
    }
    assert opened.leads.count(LeadQuery()) == 5


def test_every_lead_reads_back(opened):
    ann = opened.leads.get(1)
    assert ann.name == "Ann Smith"
    assert ann.company == "Acme Corp"
    assert ann.email == "ann@acme.example"
    assert ann.phone == "+1 650-253-0000"
    assert ann.website == "https://acme.example"
    assert ann.source == "Webinar"
    assert ann.value == Decimal("1200.50")
    assert ann.notes == "Met at the spring webinar.\nWants a demo."
    assert ann.stage is Stage.SQL
    assert ann.next_follow_up == date(2026, 11, 20)
    assert ann.contact_count == 3
    assert ann.last_contact == utc(2026, 11, 10, 14, 30)
    assert ann.created_at == utc(2026, 10, 1, 8, 0)

    zoe = opened.leads.get(2)
    assert (zoe.name, zoe.company) == ("Zoë Ångström", "Café Müller GmbH")
    assert zoe.value is None
    assert zoe.next_follow_up is None
    assert zoe.stage is Stage.MQL
    assert zoe.last_contact == utc(2026, 10, 15, 9, 15, 30, 250000)

    bruce = opened.leads.get(3)
    assert bruce.name == "李小龍"
    assert bruce.value == Decimal("0.00")
    assert bruce.contact_count == 0
    assert bruce.last_contact is None
    assert bruce.next_follow_up == date(2026, 12, 1)

    oleg = opened.leads.get(4)
    assert (oleg.name, oleg.company) == ("Олег Петров", "ООО Ромашка")
    assert oleg.value == Decimal("999999.99")
    assert oleg.stage is Stage.LOST

    obrien = opened.leads.get(5)
    assert obrien.name == "O'Brien & Sons"
    assert obrien.notes == "Tab\there and 100% sure"
    assert obrien.stage is Stage.CUSTOMER
    assert obrien.phone == "+44 20 7946 0018"


def test_history_reads_back(opened):
    assert opened.leads.detail(1).history == [
        StageChange(Stage.LEAD, utc(2026, 10, 1, 8, 0), ""),
        StageChange(Stage.MQL, utc(2026, 10, 12, 11, 0), "Downloaded the price list"),
        StageChange(Stage.SQL, utc(2026, 11, 2, 15, 20), "Sales accepted"),
    ]
    assert opened.leads.detail(2).history[-1].reason == "Fits persona „Café owner“"
    assert [h.stage for h in opened.leads.detail(4).history] == [Stage.LEAD, Stage.LOST]
    assert [h.stage for h in opened.leads.detail(5).history] == [Stage.SQL, Stage.CUSTOMER]


def test_contacts_read_back(opened):
    contacts = opened.contacts.for_lead(1)
    assert [c.id for c in contacts] == [3, 2, 1]
    latest = contacts[0]
    assert latest.at == utc(2026, 11, 10, 14, 30)
    assert latest.hat is Hat.SALES
    assert latest.channel is Channel.VIDEO_CALL
    assert latest.direction is Direction.INBOUND
    assert latest.outcome == "Asked for proposal"
    assert latest.note == "Demo went well.\nSend proposal by Friday."
    assert contacts[2].channel is Channel.NEWSLETTER
    assert contacts[2].hat is Hat.MARKETING
    zoe = opened.contacts.for_lead(2)
    assert [(c.channel, c.note) for c in zoe] == [(Channel.EVENT, "Grüße!")]
    assert opened.contacts.for_lead(3) == []
    # The stored counters agree with the rows.
    for lead_id in range(1, 6):
        assert opened.leads.get(lead_id).contact_count == len(opened.contacts.for_lead(lead_id))


def test_tasks_read_back(opened):
    marketing = opened.tasks.listing(Hat.MARKETING)
    assert [t.title for t in marketing] == [
        "Write the November newsletter",
        "Plan the trade-fair booth",
    ]
    newsletter, booth = marketing
    assert newsletter.due == date(2026, 11, 25)
    assert newsletter.done is False
    assert newsletter.notes == "Topic: winter offer"
    assert newsletter.created_at == utc(2026, 11, 1, 8, 0)
    assert booth.due is None
    assert booth.done is True
    assert booth.done_at == utc(2026, 10, 30, 17, 0)

    sales = opened.tasks.listing(Hat.SALES)
    assert [t.title for t in sales] == ["Send proposal to Ann", "Call back Zoë"]
    proposal = sales[0]
    assert proposal.lead_id == 1
    assert proposal.lead_name == "Ann Smith"
    assert proposal.due == date(2026, 11, 14)
    assert sales[1].lead_id is None
    assert opened.tasks.listing(include_done=False) == [
        t for t in opened.tasks.listing() if not t.done
    ]


def test_old_rows_work_with_new_writes(opened, clock):
    assert [
        lead.id for lead in opened.leads.duplicates(LeadDraft(name="x", phone="650-253-0000"))
    ] == [1]
    assert [lead.name for lead in opened.leads.page(LeadQuery(text="müller"), 0, 10)] == [
        "Zoë Ångström"
    ]
    new = opened.leads.create(LeadDraft(name="New after upgrade"))
    assert new.id == 6
    opened.leads.change_stage(1, Stage.CUSTOMER, "signed")
    assert opened.leads.detail(1).history[-1] == StageChange(Stage.CUSTOMER, clock.now, "signed")
    opened.leads.delete(1)
    assert opened.tasks.get(3).lead_id is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zoë", "Zoë Ångström"),
        ("ÅNGSTRÖM", "Zoë Ångström"),
        ("café müller", "Zoë Ångström"),
        ("李", "李小龍"),
        ("491712345678", "Zoë Ångström"),
    ],
)
def test_upgrade_fills_the_folded_search_keys_of_old_rows(opened, typed, expected):
    # Revision 0002 computes the keys for rows 0001 wrote; without them nothing is found.
    found = opened.leads.page(LeadQuery(text=typed), 0, 10)
    assert [lead.name for lead in found] == [expected]


def test_upgrade_keeps_contacts_and_history_of_every_lead(opened):
    # Rebuilding a table with foreign keys on would cascade-delete its children.
    for lead in opened.leads.listing():
        detail = opened.leads.detail(lead.id)
        assert len(detail.contacts) == lead.contact_count
        assert detail.history, lead.name
