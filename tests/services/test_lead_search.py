"""The filter box finds exactly the leads whose searchable text contains every typed word.

Words of three characters or more are looked up in the trigram index, shorter ones by
LIKE; either way the answer must be what a plain substring test gives.
"""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.models import LeadDraft, LeadQuery
from funnelplanner.domain.text_rules import fold
from funnelplanner.services import Services
from funnelplanner.services.history import Change

# Letters that fold in interesting ways, the filter's own metacharacters, and quotes.
ALPHABET = "aAbmrtßSsİiı\u00e9e\u0301Ωω%_\\\"'*-^ "
texts = st.text(alphabet=ALPHABET, min_size=0, max_size=12)


def names(services: Services, text: str) -> set[str]:
    query = LeadQuery(text=text)
    found = services.leads.page(query, 0, 1000)
    assert services.leads.count(query) == len(found)
    return {lead.name for lead in found}


def expected(leads: list[tuple[str, str]], text: str) -> set[str]:
    words = fold(text).split()
    return {
        name
        for name, company in leads
        if all(word in fold(name) or word in fold(company) for word in words)
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    leads=st.lists(st.tuples(texts.filter(str.strip), texts), min_size=1, max_size=8),
    typed=st.lists(texts, min_size=1, max_size=4),
)
def test_the_filter_finds_what_a_substring_test_finds(services: Services, leads, typed):
    with services.database.sessions.begin() as session:  # a fresh file for each example
        session.connection().exec_driver_sql("DELETE FROM leads")
    stored = []
    for index, (name, company) in enumerate(leads):
        # The index makes names unique, so the found set names each lead once.
        lead = services.leads.create(LeadDraft(name=f"{name.strip()} {index}", company=company))
        stored.append((lead.name, lead.company))
    for text in typed:
        assert names(services, text) == expected(stored, text), text


def test_the_index_follows_edits_deletes_undo_and_the_trash(services: Services, db_path):
    changes: list[Change] = []
    services.history.listen(changes.append)
    ann = services.leads.create(LeadDraft(name="Ann Martens", company="Smart Widgets"))
    assert names(services, "mart") == {"Ann Martens"}
    services.leads.update(ann.id, LeadDraft(name="Ann Berg"))
    assert names(services, "mart") == set()
    assert names(services, "berg") == {"Ann Berg"}
    services.history.undo(changes[-1])
    assert names(services, "mart") == {"Ann Martens"}
    services.leads.delete(ann.id)
    assert names(services, "mart") == set()
    (entry,) = services.trash.listing()
    services.trash.restore(entry.id)
    assert names(services, "mart") == {"Ann Martens"}
    with sqlite3.connect(db_path) as connection:
        # SQLite's own check that the index holds exactly the leads' search keys.
        connection.execute(
            "INSERT INTO lead_search (lead_search, rank) VALUES ('integrity-check', 1)"
        )


def test_a_count_no_longer_wanted_stops_and_the_next_one_is_right(services: Services):
    for number in range(300):
        services.leads.create(LeadDraft(name=f"Lead {number}", company="Acme"))
    query = LeadQuery(text="a")  # one letter: counted by scanning every lead
    looks: list[bool] = []

    def stop() -> bool:
        looks.append(True)
        return True

    assert services.leads.count_unless(query, stop) is None
    assert looks, "SQLite looked at stop() while counting"
    assert services.leads.count_unless(query, lambda: False) == 300
    assert services.leads.count(LeadQuery(text="lead 29")) == 13  # 29, 129, 229, 290-299
