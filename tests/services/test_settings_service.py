"""SettingsService: the agreement travels in the data file and a damaged value never crashes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from funnelplanner.domain.agreement import DEFAULT_CRITERIA, DEFAULT_GAPS, AgreementSettings
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services
from funnelplanner.services.setting_keys import AGREEMENT_KEY


def store(path, value: str) -> None:
    """Write the agreement's raw JSON text behind the services' back."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (AGREEMENT_KEY, value)
        )
        connection.commit()
    finally:
        connection.close()


def custom() -> AgreementSettings:
    gaps = dict(DEFAULT_GAPS)
    gaps[Stage.SQL] = 3
    gaps[Stage.PROSPECT] = 45
    return AgreementSettings(
        sql_follow_up_days=1,
        min_contacts_before_lost=5,
        cold_gaps=gaps,
        criteria=("Budget", "Fits the persona", "Café owner ☕"),
    )


def test_defaults_when_nothing_was_saved(services):
    assert services.settings.agreement() == AgreementSettings()


def test_save_and_load_round_trip(services):
    saved = services.settings.save_agreement(custom())
    loaded = services.settings.agreement()
    assert saved == loaded
    assert loaded.sql_follow_up_days == 1
    assert loaded.min_contacts_before_lost == 5
    assert dict(loaded.cold_gaps) == dict(custom().cold_gaps)
    assert tuple(loaded.criteria) == ("Budget", "Fits the persona", "Café owner ☕")


def test_saved_settings_survive_reopening_the_file(services, db_path, clock):
    services.settings.save_agreement(custom())
    services.close()
    reopened = Services.open(db_path, region="US", clock=clock)
    try:
        assert reopened.settings.agreement() == custom()
    finally:
        reopened.close()


def test_saving_again_replaces(services, sql):
    services.settings.save_agreement(custom())
    services.settings.save_agreement(AgreementSettings(sql_follow_up_days=7))
    assert services.settings.agreement().sql_follow_up_days == 7
    assert services.settings.agreement().criteria == DEFAULT_CRITERIA
    assert sql("SELECT COUNT(*) FROM settings WHERE key = ?", AGREEMENT_KEY) == [(1,)]


def test_criteria_are_stored_trimmed(services, sql):
    services.settings.save_agreement(AgreementSettings(criteria=(" Budget ", "Need")))
    assert tuple(services.settings.agreement().criteria) == ("Budget", "Need")
    stored = json.loads(sql("SELECT value FROM settings WHERE key = ?", AGREEMENT_KEY)[0][0])
    assert stored["criteria"] == ["Budget", "Need"]


def test_no_criteria_is_allowed(services):
    services.settings.save_agreement(AgreementSettings(criteria=()))
    assert tuple(services.settings.agreement().criteria) == ()


def test_invalid_settings_are_refused_before_anything_is_written(services, dump):
    services.settings.save_agreement(custom())
    before = dump()
    with pytest.raises(ValidationError):
        services.settings.save_agreement(AgreementSettings(sql_follow_up_days=-1))
    assert dump() == before
    assert services.settings.agreement() == custom()


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "",
        "null",
        "[1, 2, 3]",
        '"agreement"',
        "42",
        '{"sql_follow_up_days": "soon"}',
        '{"sql_follow_up_days": -4}',
        '{"min_contacts_before_lost": [3]}',
        '{"criteria": ["Budget", "budget"]}',
        '{"criteria": ["Budget", 7]}',
        '{"cold_gaps": {"sql": 0}}',
    ],
)
def test_a_damaged_stored_value_falls_back_to_defaults(services, db_path, raw):
    services.settings.save_agreement(custom())
    store(db_path, raw)
    assert services.settings.agreement() == AgreementSettings()
    # The app keeps working on the defaults: the month's picture still opens.
    from funnelplanner.domain.month import Month

    assert services.planning.picture(Month(2026, 11)).sql_follow_up_days == 2


def test_partly_stored_values_keep_defaults_for_the_rest(services, db_path):
    store(
        db_path,
        json.dumps(
            {
                "sql_follow_up_days": 4,
                "cold_gaps": {"mql": 10, "unknown": 3, "sql": "five", "lost": 9},
                "criteria": "not a list",
            }
        ),
    )
    found = services.settings.agreement()
    assert found.sql_follow_up_days == 4
    assert found.min_contacts_before_lost == 3
    assert found.gap(Stage.MQL) == 10
    assert found.gap(Stage.SQL) == DEFAULT_GAPS[Stage.SQL]
    assert tuple(found.criteria) == DEFAULT_CRITERIA


def test_a_damaged_value_can_be_overwritten(services, db_path):
    store(db_path, "{broken")
    services.settings.save_agreement(custom())
    assert services.settings.agreement() == custom()


def test_lead_criteria_check_uses_the_saved_criteria(services):
    from funnelplanner.domain.models import LeadDraft

    services.settings.save_agreement(AgreementSettings(criteria=("Budget", "Need")))
    lead = services.leads.create(LeadDraft(name="Ann"), criteria={"Budget": True})
    assert services.leads.unmet_criteria(lead.id) == ["Need"]


def test_moving_to_sql_with_criteria_unmet_is_recorded_as_an_override(services):
    from funnelplanner.domain.models import LeadDraft
    from funnelplanner.domain.vocabulary import Stage

    unqualified = services.leads.create(LeadDraft(name="Unqualified", stage=Stage.MQL))
    services.leads.change_stage(unqualified.id, Stage.SQL)
    assert services.leads.detail(unqualified.id).history[-1].override

    qualified = services.leads.create(LeadDraft(name="Qualified", stage=Stage.MQL))
    services.leads.set_criteria(
        qualified.id, dict.fromkeys(services.settings.agreement().criteria, True)
    )
    services.leads.change_stage(qualified.id, Stage.SQL)
    assert not services.leads.detail(qualified.id).history[-1].override


# ---- the business's preferences


def test_preferences_start_from_the_region_and_are_saved_in_one_change(db_path) -> None:
    from funnelplanner.domain.business_settings import BusinessSettings, PaperSize, WeekStart

    services = Services.open(db_path, region="DE")
    changes: list[object] = []
    services.history.listen(changes.append)
    try:
        assert services.settings.business() == BusinessSettings(
            currency="EUR", week_start=WeekStart.MONDAY, paper=PaperSize.A4
        )
        gaps = dict(DEFAULT_GAPS)
        gaps[Stage.SQL] = 9
        agreement = AgreementSettings(cold_gaps=gaps)
        wanted = BusinessSettings("Nordlicht", "CHF", WeekStart.SUNDAY, PaperSize.LETTER)
        assert services.settings.save_preferences(wanted, agreement) == wanted
        assert services.settings.agreement().gap(Stage.SQL) == 9
        assert len(changes) == 1  # one entry on the Edit menu for all of it
        services.history.undo(changes[0])  # type: ignore[arg-type]
        assert services.settings.business().currency == "EUR"
        assert services.settings.business().name == ""
        assert services.settings.agreement().gap(Stage.SQL) == DEFAULT_GAPS[Stage.SQL]
    finally:
        services.close()


def test_damaged_preferences_fall_back_to_the_region(db_path) -> None:
    services = Services.open(db_path, region="US")
    services.close()
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('business', ?)",
            (json.dumps({"currency": "XYZ", "week_start": "friday", "paper": 4}),),
        )
        connection.commit()
    finally:
        connection.close()
    services = Services.open(db_path, region="US")
    try:
        business = services.settings.business()
        assert (business.currency, business.week_start.value, business.paper.value) == (
            "USD",
            "sunday",
            "letter",
        )
    finally:
        services.close()
