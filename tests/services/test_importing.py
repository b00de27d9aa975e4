"""The import service: preview, duplicates, all-or-nothing apply, remembered mappings."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.import_mapping import DuplicateChoice, LeadField, Table
from funnelplanner.domain.models import LeadDraft, LeadQuery
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.importing import ImportCancelled
from tests.database_dump import dump_database

HEADERS = ["Full name", "Company", "Email", "Phone", "Lifecycle Stage", "Times contacted"]
MAPPING = {
    0: LeadField.NAME,
    1: LeadField.COMPANY,
    2: LeadField.EMAIL,
    3: LeadField.PHONE,
    4: LeadField.STAGE,
    5: LeadField.CONTACT_COUNT,
}


def _table(*rows: list[str], headers: list[str] = HEADERS) -> Table:
    return Table(headers, [list(r) for r in rows], "CSV", "utf-8", ",")


_dump = dump_database


def test_a_clean_file_creates_every_lead_with_its_history(services: Any) -> None:
    table = _table(
        ["Zoë Ångström", "Fjord AS", "zoe@fjord.example", "+47 22 12 34 56", "customer", "7"],
        ["Łukasz Nowak", "", "lukasz@example.pl", "", "", ""],
    )
    preview = services.importing.preview(table, MAPPING)
    assert preview.summary().create == 2 and preview.summary().skip == 0
    result = services.importing.apply(preview)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    leads = {lead.name: lead for lead in services.leads.listing()}
    assert leads["Zoë Ångström"].stage is Stage.CUSTOMER
    assert leads["Zoë Ångström"].imported_contact_count == 7
    assert leads["Zoë Ångström"].contact_count == 0  # logged contacts only
    assert leads["Łukasz Nowak"].stage is Stage.LEAD  # the default for an empty stage
    history = services.leads.detail(leads["Zoë Ångström"].id).history
    assert [h.stage for h in history] == [Stage.CUSTOMER]
    assert "Imported" in history[0].reason


def test_bad_rows_are_listed_by_row_number_and_skipped(services: Any) -> None:
    table = _table(
        ["Ann", "", "not-an-email", "", "", ""],
        ["", "Acme", "nobody@acme.example", "", "", ""],
        ["Bea", "", "bea@example.com", "", "", "many"],
    )
    preview = services.importing.preview(table, MAPPING)
    problems = {r.row_number: " ".join(r.problems) for r in preview.problem_rows}
    assert "mail" in problems[1].lower()
    assert "name" in problems[2].lower()
    assert "many" in problems[3]  # a bad counter is a warning: the row still imports
    summary = preview.summary()
    assert (summary.create, summary.skip) == (1, 2)
    services.importing.apply(preview)
    assert [lead.name for lead in services.leads.listing()] == ["Bea"]


def test_duplicates_by_email_phone_and_similar_name_follow_the_choice(services: Any) -> None:
    stored = services.leads.create(
        LeadDraft(
            "Ann Smith", company="Acme Corp", email="ann@acme.example", phone="+1 650 253 0000"
        )
    )
    other = services.leads.create(LeadDraft("Robert Brown", company="Brown & Co"))
    table = _table(
        ["A. Smith", "", "ANN@acme.example", "", "sql", ""],
        ["Ann S", "", "", "(650) 253-0000", "", ""],
        ["Brown Robert", "Brown & Co", "", "", "", ""],
        ["Carla New", "", "carla@example.com", "", "", ""],
    )
    preview = services.importing.preview(table, MAPPING)
    reasons = {r.row_number: r.match.reason for r in preview.duplicates if r.match}
    assert reasons[1] == "same email"
    assert reasons[2] == "same phone"
    assert reasons[3].startswith("similar name at the same company")
    assert 4 not in reasons

    choices = {1: DuplicateChoice.UPDATE, 3: DuplicateChoice.ADD}
    summary = preview.summary(choices, DuplicateChoice.SKIP)
    assert (summary.create, summary.update, summary.skip) == (2, 1, 1)
    result = services.importing.apply(preview, choices, DuplicateChoice.SKIP)
    assert (result.created, result.updated, result.skipped) == (2, 1, 1)
    updated = services.leads.get(stored.id)
    assert updated.name == "A. Smith" and updated.stage is Stage.SQL
    assert updated.company == "Acme Corp"  # an empty cell never blanks a stored value
    assert services.leads.get(other.id).name == "Robert Brown"
    assert len(services.leads.listing()) == 4


def test_a_repeated_row_in_the_same_file_is_a_duplicate_of_the_earlier_row(
    services: Any,
) -> None:
    table = _table(
        ["Dora", "", "dora@example.com", "", "lead", ""],
        ["Dora Diaz", "", "dora@example.com", "", "mql", ""],
    )
    preview = services.importing.preview(table, MAPPING)
    assert preview.duplicates[0].match is not None
    assert preview.duplicates[0].match.row_number == 1
    services.importing.apply(preview, default=DuplicateChoice.UPDATE)
    (lead,) = services.leads.listing()
    assert (lead.name, lead.stage) == ("Dora Diaz", Stage.MQL)


def test_cancel_leaves_the_database_exactly_as_it_was(services: Any, db_path: Path) -> None:
    services.leads.create(LeadDraft("Kept"))
    rows = [[f"Person {n}", "", f"p{n}@example.com", "", "", ""] for n in range(1000)]
    preview = services.importing.preview(_table(*rows), MAPPING)
    before = _dump(db_path)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 600

    with pytest.raises(ImportCancelled):
        services.importing.apply(preview, progress=progress)
    assert calls and max(calls) >= 600
    assert _dump(db_path) == before


def test_an_error_midway_rolls_everything_back(
    services: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"Person {n}", "", f"p{n}@example.com", "", "", ""] for n in range(50)]
    preview = services.importing.preview(_table(*rows), MAPPING)
    before = _dump(db_path)
    from funnelplanner.storage import lead_bulk

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(lead_bulk, "insert_stage_changes", broken)
    with pytest.raises(sqlite3.OperationalError):
        services.importing.apply(preview)
    assert _dump(db_path) == before


def test_a_campaign_is_given_to_every_imported_lead(services: Any) -> None:
    campaign = services.campaigns.create(CampaignDraft("Trade fair", CampaignChannel.EVENT))
    preview = services.importing.preview(
        _table(["Eve", "", "", "", "", ""]), MAPPING, campaign_id=campaign.id
    )
    services.importing.apply(preview)
    (lead,) = services.leads.listing()
    assert lead.campaign_id == campaign.id
    with pytest.raises(ValidationError):
        services.importing.preview(_table(["Eve", "", "", "", "", ""]), MAPPING, campaign_id=999)


def test_a_mapping_without_a_name_is_refused(services: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        services.importing.preview(_table(["x", "y", "", "", "", ""]), {2: LeadField.EMAIL})
    assert "Name" in caught.value.errors["mapping"]


def test_an_adjusted_mapping_is_remembered_for_the_same_headers(services: Any) -> None:
    table = _table(["Fay", "Acme", "", "", "", ""])
    adjusted = {0: LeadField.NAME, 1: LeadField.SOURCE}
    services.importing.remember_mapping(table, adjusted)
    assert services.importing.mapping_for(table) == adjusted
    other = _table(["Fay"], headers=["Display Name"])
    assert services.importing.mapping_for(other) != adjusted


def test_created_dates_from_the_file_are_kept_unless_in_the_future(services: Any) -> None:
    headers = ["Name", "Create Date"]
    mapping = {0: LeadField.NAME, 1: LeadField.CREATED}
    table = _table(["Old", "2024-03-05 10:00"], ["Future", "2099-01-01"], headers=headers)
    services.importing.apply(services.importing.preview(table, mapping))
    leads = {lead.name: lead for lead in services.leads.listing()}
    assert leads["Old"].created_at.astimezone(UTC).year == 2024
    assert leads["Future"].created_at == datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=30),
        max_size=12,
    ),
    choice=st.sampled_from(list(DuplicateChoice)),
)
def test_the_summary_always_matches_what_apply_does(
    services: Any, names: list[str], choice: DuplicateChoice
) -> None:
    """Whatever the rows, the preview's counts are what the import then reports."""
    before = len(services.leads.listing())
    rows = [[name, "", f"{i % 3}@example.com", "", "", ""] for i, name in enumerate(names)]
    preview = services.importing.preview(_table(*rows), MAPPING)
    summary = preview.summary(default=choice)
    result = services.importing.apply(preview, default=choice)
    assert (result.created, result.updated, result.skipped) == (
        summary.create,
        summary.update,
        summary.skip,
    )
    assert len(services.leads.listing()) == before + result.created


def test_a_phone_the_region_cannot_read_goes_into_the_notes_not_the_bin(services: Any) -> None:
    """A Tokyo number written without +81 cannot be read in the US; the contact still
    comes in, with the number kept word for word in its notes."""
    table = _table(["山田 太郎", "", "taro@example.jp", "03-5555-6789", "", ""])
    preview = services.importing.preview(table, MAPPING)
    (row,) = preview.rows
    assert row.fields is not None
    assert any("03-5555-6789" in problem for problem in row.problems)
    services.importing.apply(preview)
    (lead,) = services.leads.listing()
    assert lead.phone == ""
    assert "Phone (as imported): 03-5555-6789" in lead.notes


def test_a_bad_phone_with_an_email_problem_or_no_room_in_the_notes_refuses_the_row(
    services: Any,
) -> None:
    """The phone goes into the notes only when nothing else is wrong and the notes
    can take it; otherwise the row is refused with every reason, as typed."""
    headers = [*HEADERS, "Notes"]
    full_notes = "x" * 19_990  # the phone line would take the notes past 20,000
    table = _table(
        ["Ann", "", "not-an-email", "03-5555-6789", "", "", ""],
        ["Bo", "", "bo@example.com", "03-5555-6789", "", "", full_notes],
        ["Cy", "", "cy@example.com", "03-5555-6789", "", "", "met at the fair"],
        headers=headers,
    )
    preview = services.importing.preview(table, {**MAPPING, 6: LeadField.NOTES})
    ann, bo, cy = preview.rows
    assert ann.fields is None and bo.fields is None
    assert [p.split(" ")[0] for p in ann.problems] == ["Email", "Phone"]
    assert [p.split(" ")[0] for p in bo.problems] == ["Phone"]
    assert cy.fields is not None and cy.fields.phone == "" and cy.fields.phone_key == ""
    assert cy.fields.notes == "met at the fair\n\nPhone (as imported): 03-5555-6789"


def test_imported_leads_are_found_by_the_filter_and_new_ones_after_them(
    services: Any, db_path: Path
) -> None:
    rows = [[f"Person {n}", f"Smartwares {n}", f"p{n}@example.com", "", "", ""] for n in range(30)]
    services.importing.apply(services.importing.preview(_table(*rows), MAPPING))
    assert services.leads.count(LeadQuery(text="smartw")) == 30
    # The import indexes its leads itself; the trigger for each new lead is back after it.
    services.leads.create(LeadDraft("Ann", company="Smartwares"))
    assert services.leads.count(LeadQuery(text="smartw")) == 31
    assert dump_database(db_path)["lead_search"] == [("ok",)]


def test_the_cycle_collector_pauses_while_checking_and_writing_and_comes_back(
    services: Any,
) -> None:
    import gc

    rows = [[f"Person {n}", "", f"p{n}@example.com", "", "", ""] for n in range(1000)]
    seen: list[bool] = []

    def progress(_done: int, _total: int) -> bool:
        seen.append(gc.isenabled())
        return True

    preview = services.importing.preview(_table(*rows), MAPPING, progress=progress)
    assert seen and not any(seen) and gc.isenabled()
    seen.clear()
    with pytest.raises(ImportCancelled):
        services.importing.apply(preview, progress=lambda done, _total: done < 300)
    assert gc.isenabled()
    services.importing.apply(preview, progress=progress)
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        services.importing.preview(_table(*rows[:10]), MAPPING)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
