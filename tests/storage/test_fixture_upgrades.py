"""Every released schema's fixture file upgrades to head losing no row and no value.

Each tests/fixtures/schema_NNNN.sqlite was written by the schema NNNN of a released
version (built by make_schema_NNNN.py). Opening a copy must bring it to head with every
row and value intact, read back the same through plain SQL and through the services.
test_fixture_schema_0001.py checks the first schema's file in more detail by hand.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from funnelplanner.domain.models import (
    Contact,
    ContactDraft,
    Lead,
    LeadDraft,
    LeadQuery,
    StageChange,
    Task,
)
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import Campaign, CampaignChannel
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.services import Services
from funnelplanner.storage import migrate, revisions
from funnelplanner.storage.rows import is_search_index

FIXTURES = Path(__file__).parent.parent / "fixtures"
ALL = sorted(p.stem.removeprefix("schema_") for p in FIXTURES.glob("schema_*.sqlite"))
# Fixtures whose builder lists its rows per table (0001's has its own hand-written test).
TABULATED = [r for r in ALL if r != "0001"]


def load_maker(revision: str) -> ModuleType:
    name = f"make_schema_{revision}"
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def dump(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns and rows (in a stable order) of a file left as it is."""
    with closing(read_only(path)) as connection:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{name}")')]
            rows = connection.execute(f'SELECT * FROM "{name}"').fetchall()
            tables[name] = (columns, sorted(rows, key=repr))
        return tables


def upgraded_copy(revision: str, folder: Path) -> Path:
    copy = folder / f"from-{revision}.sqlite"
    shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite", copy)
    Services.open(copy).close()
    return copy


def test_every_released_schema_has_a_fixture():
    # Head may be in the making; every earlier revision went out in a release.
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    released = {s.revision for s in scripts.walk_revisions()} - {revisions.head_revision()}
    assert released <= set(ALL), f"add tests/fixtures/make_schema_NNNN.py for {released}"
    assert sorted(ALL) == ALL and ALL[0] == "0001"


@pytest.mark.parametrize("revision", TABULATED)
def test_fixture_is_a_clean_file_of_its_revision(revision):
    path = FIXTURES / f"schema_{revision}.sqlite"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{path}{suffix}").exists()
    with closing(read_only(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision,)
        ]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    maker = load_maker(revision)
    # The search index (0006) is built from the leads, not rows of its own.
    tables = {name: dumped for name, dumped in dump(path).items() if not is_search_index(name)}
    # Every table of the revision holds rows, so every table is carried through upgrades.
    assert {t for t, (_, rows) in tables.items() if not rows} == set()
    assert set(tables) - {"alembic_version"} == set(maker.TABLES)


@pytest.mark.parametrize("revision", TABULATED)
def test_fixture_matches_its_generator(revision, tmp_path):
    rebuilt = tmp_path / "rebuilt.sqlite"
    load_maker(revision).build(rebuilt)
    assert dump(rebuilt) == dump(FIXTURES / f"schema_{revision}.sqlite")


@pytest.mark.parametrize("revision", ALL)
def test_upgrade_to_head_keeps_every_row_and_value(revision, tmp_path, figures):
    before = dump(FIXTURES / f"schema_{revision}.sqlite")
    copy = upgraded_copy(revision, tmp_path)
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revisions.head_revision(),)
        ]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, (columns, rows) in before.items():
            if table == "alembic_version":
                continue
            selected = ", ".join(f'"{c}"' for c in columns)
            after = connection.execute(f'SELECT {selected} FROM "{table}"').fetchall()
            assert sorted(after, key=repr) == rows, table
    # The committed fixture itself is never opened for writing.
    assert dump(FIXTURES / f"schema_{revision}.sqlite") == before
    figures["fixtures upgraded"] += 1


# ---- through the services: every seeded value as the app shows it


def utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def money(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


@pytest.fixture(params=TABULATED)
def upgraded(request, tmp_path, clock) -> Iterator[tuple[ModuleType, Services]]:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema_{request.param}.sqlite", copy)
    services = Services.open(copy, region="US", clock=clock)
    yield load_maker(request.param), services
    services.close()


def rows(maker: ModuleType, table: str) -> list[dict[str, Any]]:
    return list(maker.TABLES.get(table, []))


def test_leads_read_back(upgraded):
    maker, services = upgraded
    campaigns = {c["id"]: c["name"] for c in rows(maker, "campaigns")}
    for row in rows(maker, "leads"):
        expected = Lead(
            id=row["id"],
            name=row["name"],
            company=row["company"],
            email=row["email"],
            phone=row["phone"],
            website=row["website"],
            source=row["source"],
            value=money(row["value_cents"]),
            notes=row["notes"],
            stage=Stage(row["stage"]),
            next_follow_up=day(row["next_follow_up"]),
            contact_count=row["contact_count"],
            last_contact=utc(row["last_contact_at"]),
            created_at=utc(row["created_at"]),
            campaign_id=row.get("campaign_id"),
            campaign_name=campaigns.get(row.get("campaign_id"), ""),
            imported_contact_count=row.get("imported_contact_count", 0),
            imported_last_contact=utc(row.get("imported_last_contact_at")),
        )
        assert services.leads.detail(row["id"]).lead == expected
    assert services.leads.count(LeadQuery()) == len(rows(maker, "leads"))


def test_history_and_criteria_read_back(upgraded):
    maker, services = upgraded
    for lead in rows(maker, "leads"):
        changes = sorted(
            (c for c in rows(maker, "stage_changes") if c["lead_id"] == lead["id"]),
            key=lambda c: (c["entered_at"], c["id"]),
        )
        detail = services.leads.detail(lead["id"])
        assert detail.history == [
            StageChange(
                Stage(c["stage"]), utc(c["entered_at"]), c["reason"], bool(c.get("override"))
            )
            for c in changes
        ]
        assert detail.criteria_met == {
            c["criterion"]: bool(c["met"])
            for c in rows(maker, "lead_criteria")
            if c["lead_id"] == lead["id"]
        }


def test_contacts_read_back(upgraded):
    maker, services = upgraded
    for lead in rows(maker, "leads"):
        expected = [
            Contact(
                id=c["id"],
                lead_id=c["lead_id"],
                at=utc(c["at"]),
                hat=Hat(c["hat"]),
                channel=Channel(c["channel"]),
                direction=Direction(c["direction"]),
                outcome=c["outcome"],
                note=c["note"],
                campaign_id=c.get("campaign_id"),
            )
            for c in rows(maker, "contacts")
            if c["lead_id"] == lead["id"]
        ]
        found = services.contacts.for_lead(lead["id"])
        assert sorted(found, key=lambda c: c.id) == expected
        assert len(found) == services.leads.get(lead["id"]).contact_count


def test_tasks_read_back(upgraded):
    maker, services = upgraded
    leads = {lead["id"]: lead["name"] for lead in rows(maker, "leads")}
    campaigns = {c["id"]: c["name"] for c in rows(maker, "campaigns")}
    for row in rows(maker, "tasks"):
        assert services.tasks.get(row["id"]) == Task(
            id=row["id"],
            hat=Hat(row["hat"]),
            title=row["title"],
            due=day(row["due"]),
            done=bool(row["done"]),
            lead_id=row["lead_id"],
            lead_name=leads.get(row["lead_id"], ""),
            notes=row["notes"],
            created_at=utc(row["created_at"]),
            done_at=utc(row["done_at"]),
            campaign_id=row.get("campaign_id"),
            campaign_name=campaigns.get(row.get("campaign_id"), ""),
        )
    assert len(services.tasks.listing()) == len(rows(maker, "tasks"))


def test_planning_rows_read_back(upgraded):
    maker, services = upgraded
    for row in rows(maker, "campaigns"):
        assert services.campaigns.get(row["id"]) == Campaign(
            id=row["id"],
            name=row["name"],
            channel=CampaignChannel(row["channel"]),
            start=day(row["start"]),
            end=day(row["end"]),
            budget=money(row["budget_cents"]),
            expected_leads=row["expected_leads"],
            notes=row["notes"],
        )
    for row in rows(maker, "month_targets"):
        target = services.planning.target(Month.parse(row["month"]))
        assert target.stored
        assert (target.customers, target.revenue, target.deal_value) == (
            row["customers"],
            money(row["revenue_cents"]),
            money(row["deal_value_cents"]),
        )
        assert dict(target.rates.values) == {
            "prospect-lead": Decimal(row["rate_prospect_lead"]),
            "lead-mql": Decimal(row["rate_lead_mql"]),
            "mql-sql": Decimal(row["rate_mql_sql"]),
            "sql-customer": Decimal(row["rate_sql_customer"]),
        }
    settings = {row["key"]: row["value"] for row in rows(maker, "settings")}
    if "agreement" in settings:
        agreement = services.settings.agreement()
        stored = maker.AGREEMENT
        assert agreement.sql_follow_up_days == stored["sql_follow_up_days"]
        assert agreement.min_contacts_before_lost == stored["min_contacts_before_lost"]
        assert {s.value: d for s, d in agreement.cold_gaps.items()} == stored["cold_gaps"]
        assert list(agreement.criteria) == stored["criteria"]
    if "business_name" in settings:
        assert services.settings.business_name() == settings["business_name"].strip('"')


# What a person types, in another case than stored: found through the folded keys.
SEARCHES = [
    ("0002", "ÉLODIE", 1),
    ("0002", "BOULANGERIE PÂQUERETTE", 1),
    ("0002", "WEISS", 4),
    ("0002", "σοφια", 3),
    ("0002", "ærø consulting", 2),
    ("0003", "ŻÓŁĆ", 3),
    ("0003", "山田", 1),
    ("0003", "ó néill", 4),
    ("0004", "ÑANDÚ", 2),
    ("0004", "+902125551234", 1),
]


@pytest.mark.parametrize(("revision", "typed", "lead_id"), SEARCHES)
def test_old_rows_are_found_by_search(revision, typed, lead_id, tmp_path):
    services = Services.open(upgraded_copy(revision, tmp_path))
    try:
        found = [lead.id for lead in services.leads.page(LeadQuery(text=typed), 0, 10)]
    finally:
        services.close()
    assert found == [lead_id]


def test_old_rows_take_new_writes(upgraded, clock):
    maker, services = upgraded
    leads = rows(maker, "leads")
    new = services.leads.create(LeadDraft(name="Après la mise à jour"))
    assert new.id == max(lead["id"] for lead in leads) + 1
    first = leads[0]["id"]
    services.contacts.log(first, ContactDraft(Hat.SALES, Channel.PHONE))
    lead = services.leads.get(first)
    assert lead.contact_count == len(services.contacts.for_lead(first))
    assert lead.last_contact == clock.now
