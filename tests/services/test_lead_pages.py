"""Each page of the filtered, sorted leads is exactly that slice of the whole answer.

The first page of a keystroke is found in different ways depending on how many leads
match (walking an index, sorting the matches, trying the first leads in order, a scan);
whichever is taken, the page must be the one a plain sort of every match gives.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from funnelplanner.domain.models import Lead, LeadFields, LeadQuery
from funnelplanner.domain.text_rules import fold
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.storage.lead_bulk import NewLead, insert_leads

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
LEADS = 3_000
STAGES = (Stage.PROSPECT, Stage.LEAD, Stage.MQL)
FIRST = ("Mara", "Tom", "Anna", "Jonas", "Lea")


def _fields(number: int) -> LeadFields:
    # "qz" in three leads only (rarer than a first leads' page), "mar" in a fifth of them,
    # "unique" in a handful: each kind of word takes its own way to the page.
    rare = " Qzwick" if number % 1000 == 7 else ""
    unique = " Uniquely" if number % 700 == 3 else ""
    return LeadFields(
        name=f"{FIRST[number % 5]} {number * 7919 % LEADS:04d}{rare}",
        company=f"Company {number % 37}{unique}",
        email="",
        phone="",
        phone_key="",
        website="",
        source="",
        value=None if number % 4 == 0 else Decimal(number % 50),
        notes="",
        stage=STAGES[number % 3],
        next_follow_up=None if number % 3 == 0 else date(2026, 12, 1) + timedelta(number % 40),
    )


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from funnelplanner.services import Services

    path = tmp_path_factory.mktemp("pages") / "funnel.sqlite"
    services = Services.open(path, region="US", clock=lambda: NOW, start_backup=False)
    with services.database.sessions.begin() as session:
        insert_leads(session, [NewLead(_fields(n), NOW) for n in range(LEADS)], NOW)
    everyone = services.leads.listing()
    yield services, everyone
    services.close()


def _expected(everyone: list[Lead], query: LeadQuery) -> list[int]:
    words = fold(query.text).split()
    found = [
        lead
        for lead in everyone
        if (query.stage is None or lead.stage == query.stage)
        and all(word in fold(f"{lead.name} {lead.company}") for word in words)
    ]
    keys = {
        "name": lambda lead: fold(lead.name),
        "company": lambda lead: fold(lead.company),
        "value": lambda lead: lead.value,
        "next_follow_up": lambda lead: lead.next_follow_up,
    }
    key = keys[query.sort_key]
    present = [lead for lead in found if key(lead) is not None]
    missing = [lead for lead in found if key(lead) is None]
    present.sort(key=lambda lead: (key(lead), lead.id), reverse=query.descending)
    missing.sort(key=lambda lead: lead.id, reverse=query.descending)
    return [lead.id for lead in present + missing]  # empty values last, either way


@pytest.mark.parametrize("text", ["m", "ma", "qz", "zz", "mar", "mara 1", "unique", "qz mar", ""])
@pytest.mark.parametrize("sort_key", ["name", "company", "value", "next_follow_up"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_page_is_its_slice_of_the_sorted_matches(stored, text, sort_key, descending):
    services, everyone = stored
    query = LeadQuery(text=text, sort_key=sort_key, descending=descending)
    expected = _expected(everyone, query)
    assert services.leads.count(query) == len(expected)
    for offset in (0, 100, 1900, len(expected) - 50):
        if offset < 0:
            continue
        page = services.leads.page(query, offset, 100)
        assert [lead.id for lead in page] == expected[offset : offset + 100], offset


@pytest.mark.parametrize("text", ["m", "qz", "mar", "unique"])
def test_a_stage_filter_narrows_every_way_of_finding_the_page(stored, text):
    services, everyone = stored
    query = LeadQuery(text=text, stage=Stage.MQL)
    expected = _expected(everyone, query)
    assert services.leads.count(query) == len(expected)
    assert [lead.id for lead in services.leads.page(query, 0, 100)] == expected[:100]
