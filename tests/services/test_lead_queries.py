"""LeadService.count and .page: filter text, stage filter, every sort key both ways."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from funnelplanner.domain.models import ContactDraft, LeadDraft, LeadQuery
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Channel, Hat, Stage
from funnelplanner.storage.lead_repository import SORT_COLUMNS

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def ids(leads) -> list[int]:
    return [lead.id for lead in leads]


def names(services, query: LeadQuery) -> list[str]:
    return [lead.name for lead in services.leads.page(query, 0, 1000)]


# --- filtering ---------------------------------------------------------------------------


@pytest.fixture
def people(services):
    drafts = [
        LeadDraft(name="Ann Smith", company="Acme", email="ann@acme.example", source="webinar"),
        LeadDraft(name="Bob Stone", company="Bricks Ltd", phone="650 253 0000", source="ads"),
        LeadDraft(name="Carla Smithers", company="Acme", stage=Stage.MQL, source="referral"),
        LeadDraft(name="100% Organic", company="Farm_Shop", stage=Stage.MQL),
        LeadDraft(name="100 Organic", company="FarmXShop"),
        LeadDraft(name="back\\slash", company="Odd Names"),
        LeadDraft(name="Dora", email="dora@smith.example", stage=Stage.CUSTOMER),
    ]
    return {draft.name: services.leads.create(draft) for draft in drafts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("smith", ["Ann Smith", "Carla Smithers", "Dora"]),  # Dora by her email
        ("SMITH", ["Ann Smith", "Carla Smithers", "Dora"]),
        ("acme smith", ["Ann Smith", "Carla Smithers"]),  # every word must match
        ("smith acme", ["Ann Smith", "Carla Smithers"]),
        ("  acme   ann  ", ["Ann Smith"]),
        ("acme bob", []),
        ("bricks", ["Bob Stone"]),  # company
        ("253", ["Bob Stone"]),  # phone
        ("webinar", ["Ann Smith"]),  # source
        ("%", ["100% Organic"]),  # % is a literal, not a wildcard
        ("0%", ["100% Organic"]),
        ("100%organic", []),
        ("_", ["100% Organic"]),  # _ is a literal: Farm_Shop, not FarmXShop
        ("farm_shop", ["100% Organic"]),
        ("farm?shop", []),
        ("\\", ["back\\slash"]),
        ("k\\s", ["back\\slash"]),
        ("organic", ["100 Organic", "100% Organic"]),
    ],
)
def test_filter_text(services, people, text, expected):
    query = LeadQuery(text=text)
    got = names(services, query)
    if expected is None:
        expected = sorted(people, key=str.lower)
    assert got == expected
    assert services.leads.count(query) == len(expected)


def test_filter_by_stage_and_text(services, people):
    assert names(services, LeadQuery(stage=Stage.MQL)) == ["100% Organic", "Carla Smithers"]
    assert services.leads.count(LeadQuery(stage=Stage.MQL)) == 2
    assert names(services, LeadQuery(stage=Stage.MQL, text="acme")) == ["Carla Smithers"]
    assert services.leads.count(LeadQuery(stage=Stage.LOST)) == 0
    assert names(services, LeadQuery(stage=Stage.LOST)) == []
    assert services.leads.count(LeadQuery()) == len(people)


def test_filter_is_not_an_sql_injection(services, people):
    for text in ["' OR 1=1 --", '"; DROP TABLE leads; --']:
        assert services.leads.count(LeadQuery(text=text)) == 0
    assert services.leads.count(LeadQuery()) == len(people)


def test_pages_are_windows_of_the_sorted_list(services, people):
    query = LeadQuery(sort_key="name")
    everything = services.leads.page(query, 0, 100)
    assert ids(services.leads.page(query, 0, 3)) == ids(everything[:3])
    assert ids(services.leads.page(query, 3, 3)) == ids(everything[3:6])
    assert ids(services.leads.page(query, 6, 3)) == ids(everything[6:])
    assert services.leads.page(query, 50, 3) == []


# --- sorting -----------------------------------------------------------------------------


@pytest.fixture
def sortable(services, clock):
    """Leads with distinct values, ties and NULLs in every sortable column."""
    specs = [
        # name, company, stage, value, follow-up, contacts (days before T0)
        ("delta", "Zeta", Stage.SQL, "500", date(2026, 12, 5), [3, 1]),
        ("Alpha", "beta", Stage.LOST, "", None, []),
        ("charlie", "", Stage.PROSPECT, "75.5", date(2026, 11, 20), [10]),
        ("Bravo", "Alpha", Stage.PROMOTER, "500", None, [2, 4, 6]),
        ("echo", "beta", Stage.MQL, "", date(2026, 11, 20), []),
        ("foxtrot", "Gamma", Stage.LEAD, "0", date(2027, 1, 1), [1]),
        ("Golf", "gamma", Stage.CUSTOMER, "99999", None, [20, 1]),
    ]
    made = []
    for index, (name, company, stage, value, follow_up, contacts) in enumerate(specs):
        clock.now = T0 + timedelta(minutes=index * 7 % 5)  # some leads share created_at
        lead = services.leads.create(
            LeadDraft(
                name=name,
                company=company,
                stage=stage,
                value=value,
                next_follow_up=follow_up,
            )
        )
        for days in contacts:
            services.contacts.log(
                lead.id,
                ContactDraft(
                    hat=Hat.SALES, channel=Channel.EMAIL, at=T0 - timedelta(days=days, hours=index)
                ),
            )
        made.append(services.leads.get(lead.id))
    return made


SORT_KEYS = {
    "name": lambda lead: lead.name.lower(),
    "company": lambda lead: lead.company.lower(),
    "stage": lambda lead: lead.stage.rank if lead.stage is not Stage.LOST else len(FUNNEL_ORDER),
    "contact_count": lambda lead: lead.contact_count,
    "last_contact": lambda lead: lead.last_contact,
    "next_follow_up": lambda lead: lead.next_follow_up,
    "value": lambda lead: lead.value,
    "created": lambda lead: lead.created_at,
}


def expected_order(leads, key, descending: bool) -> list[int]:
    """Values in the asked direction, ties by id in the same direction, NULLs always last."""
    extract = SORT_KEYS[key]
    present = [lead for lead in leads if extract(lead) is not None]
    missing = [lead for lead in leads if extract(lead) is None]
    present.sort(key=lambda lead: (extract(lead), lead.id), reverse=descending)
    missing.sort(key=lambda lead: lead.id, reverse=descending)
    return ids(present + missing)


def test_every_sort_key_is_covered():
    assert set(SORT_KEYS) == set(SORT_COLUMNS)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_sort(services, sortable, key, descending):
    query = LeadQuery(sort_key=key, descending=descending)
    got = ids(services.leads.page(query, 0, 100))
    assert got == expected_order(sortable, key, descending)
    # Paging through the same sort gives the same sequence (a stable order).
    paged = [lead.id for offset in range(0, 7, 2) for lead in services.leads.page(query, offset, 2)]
    assert paged == got


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", ["last_contact", "next_follow_up", "value"])
def test_nulls_are_last_both_ways(services, sortable, key, descending):
    got = services.leads.page(LeadQuery(sort_key=key, descending=descending), 0, 100)
    values = [SORT_KEYS[key](lead) for lead in got]
    first_null = values.index(None)
    assert first_null > 0
    assert all(v is None for v in values[first_null:])


def test_sort_fixture_has_ties_and_nulls(sortable):
    # Guards the sort tests above: without ties and NULLs they would prove little.
    for key in ("company", "value", "next_follow_up", "created", "contact_count"):
        values = [SORT_KEYS[key](lead) for lead in sortable]
        assert len(set(values)) < len(values), key
    for key in ("last_contact", "next_follow_up", "value"):
        assert None in [SORT_KEYS[key](lead) for lead in sortable], key


def test_stage_sort_follows_the_funnel_with_lost_at_the_end(services, sortable):
    got = services.leads.page(LeadQuery(sort_key="stage"), 0, 100)
    assert [lead.stage for lead in got] == [
        Stage.PROSPECT,
        Stage.LEAD,
        Stage.MQL,
        Stage.SQL,
        Stage.CUSTOMER,
        Stage.PROMOTER,
        Stage.LOST,
    ]


def test_value_sorts_as_numbers_not_text(services, sortable):
    got = services.leads.page(LeadQuery(sort_key="value"), 0, 100)
    values = [lead.value for lead in got if lead.value is not None]
    assert [str(v) for v in values] == ["0.00", "75.50", "500.00", "500.00", "99999.00"]


def test_unknown_sort_key_falls_back_to_name(services, sortable):
    got = ids(services.leads.page(LeadQuery(sort_key="no such column"), 0, 100))
    assert got == expected_order(sortable, "name", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("élodie", ["Élodie Müller"]),
        ("ÉLODIE", ["Élodie Müller"]),
        ("müller", ["Élodie Müller"]),
        ("MÜLLER", ["Élodie Müller"]),
        ("STRASSE", ["Jörg Straße"]),  # full case folding: ß matches ss
        ("straße", ["Jörg Straße"]),
        ("ΣΩΚΡΆΤΗΣ", ["σωκράτης"]),
        ("elodie", []),  # accents still count
    ],
)
def test_filter_folds_case_beyond_ascii(services, text, expected):
    for name in ["Élodie Müller", "Jörg Straße", "σωκράτης", "Anna"]:
        services.leads.create(LeadDraft(name=name))
    assert names(services, LeadQuery(text=text)) == expected
    assert services.leads.count(LeadQuery(text=text)) == len(expected)


def test_name_sort_ignores_case_beyond_ascii(services):
    for name in ["Éclair", "Zed", "ébauche", "zèbre"]:
        services.leads.create(LeadDraft(name=name))
    assert names(services, LeadQuery(sort_key="name")) == ["Zed", "zèbre", "ébauche", "Éclair"]
    descending = LeadQuery(sort_key="name", descending=True)
    assert names(services, descending) == ["Éclair", "ébauche", "zèbre", "Zed"]
