"""The agreement between the hats: its settings and the two rules sales keeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from funnelplanner.domain.agreement import (
    DEFAULT_CRITERIA,
    DEFAULT_GAPS,
    AgreementSettings,
    lost_contacts_breach,
    sql_follow_up_breach,
)
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.vocabulary import Stage

ENTERED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


# ---- SQL follow-up within K days


def test_contact_in_time_is_no_breach():
    assert sql_follow_up_breach(ENTERED, ENTERED + hours(5), ENTERED + hours(400), 2) is None


def test_contact_exactly_at_the_deadline_is_in_time():
    deadline = ENTERED + timedelta(days=2)
    assert sql_follow_up_breach(ENTERED, deadline, deadline + hours(1), 2) is None


def test_late_contact_is_a_breach_saying_how_late():
    why = sql_follow_up_breach(ENTERED, ENTERED + timedelta(days=4), ENTERED + hours(400), 2)
    assert why == "first sales contact after 4 days (the agreement says 2)"


def test_no_contact_yet_but_within_the_days_is_no_breach():
    assert sql_follow_up_breach(ENTERED, None, ENTERED + hours(47), 2) is None
    assert sql_follow_up_breach(ENTERED, None, ENTERED + timedelta(days=2), 2) is None


def test_no_contact_and_overdue_is_a_breach():
    why = sql_follow_up_breach(ENTERED, None, ENTERED + timedelta(days=2, seconds=1), 2)
    assert why == "no sales contact within 2 days of becoming an SQL"


def test_zero_days_means_the_same_moment():
    assert sql_follow_up_breach(ENTERED, ENTERED, ENTERED + hours(1), 0) is None
    assert sql_follow_up_breach(ENTERED, ENTERED + hours(1), ENTERED + hours(2), 0) is not None
    assert sql_follow_up_breach(ENTERED, None, ENTERED + hours(1), 0) is not None


def test_a_late_contact_is_a_breach_even_if_checked_before_the_deadline_passes():
    # The clock is irrelevant once the contact is known to be late.
    late = ENTERED + timedelta(days=3)
    assert sql_follow_up_breach(ENTERED, late, ENTERED, 2) is not None


# ---- lost after too few contacts


@pytest.mark.parametrize(("contacts", "minimum"), [(3, 3), (4, 3), (0, 0), (10, 0)])
def test_lost_after_enough_contacts_is_fine(contacts, minimum):
    assert lost_contacts_breach(contacts, minimum) is None


@pytest.mark.parametrize(("contacts", "minimum"), [(0, 1), (2, 3), (0, 3)])
def test_lost_after_too_few_contacts_is_a_breach(contacts, minimum):
    why = lost_contacts_breach(contacts, minimum)
    assert why == (f"marked lost after {contacts} contacts (the agreement says at least {minimum})")


def test_one_contact_and_one_day_read_in_the_singular():
    assert (
        lost_contacts_breach(1, 3) == "marked lost after 1 contact (the agreement says at least 3)"
    )
    overdue = sql_follow_up_breach(ENTERED, None, ENTERED + timedelta(days=1, seconds=1), 1)
    assert overdue == "no sales contact within 1 day of becoming an SQL"


# ---- the settings


def test_defaults():
    settings = AgreementSettings()
    assert settings.sql_follow_up_days == 2
    assert settings.min_contacts_before_lost == 3
    assert dict(settings.cold_gaps) == DEFAULT_GAPS
    assert tuple(settings.criteria) == DEFAULT_CRITERIA
    assert settings.gap(Stage.SQL) == 5
    assert settings.gap(Stage.LOST) is None


def test_default_gaps_are_not_shared_between_settings():
    first = AgreementSettings()
    first.cold_gaps[Stage.SQL] = 99  # type: ignore[index]
    assert AgreementSettings().gap(Stage.SQL) == 5
    assert DEFAULT_GAPS[Stage.SQL] == 5


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sql_follow_up_days": -1}, "sql_follow_up_days"),
        ({"sql_follow_up_days": 366}, "sql_follow_up_days"),
        ({"min_contacts_before_lost": -1}, "min_contacts_before_lost"),
        ({"min_contacts_before_lost": 1001}, "min_contacts_before_lost"),
        ({"cold_gaps": {Stage.MQL: 0}}, "gap mql"),
        ({"cold_gaps": {Stage.SQL: 3651}}, "gap sql"),
        ({"criteria": ("Budget", " ")}, "criteria"),
        ({"criteria": ("Budget", "budget ")}, "criteria"),
        ({"criteria": ("x" * 81,)}, "criteria"),
    ],
)
def test_invalid_settings_are_refused_naming_the_field(changes, field):
    with pytest.raises(ValidationError) as caught:
        AgreementSettings(**changes)
    assert list(caught.value.errors) == [field]


def test_all_problems_are_reported_together():
    with pytest.raises(ValidationError) as caught:
        AgreementSettings(
            sql_follow_up_days=400, min_contacts_before_lost=-2, cold_gaps={Stage.LEAD: 0}
        )
    assert set(caught.value.errors) == {
        "sql_follow_up_days",
        "min_contacts_before_lost",
        "gap lead",
    }
    assert "Lead" in caught.value.errors["gap lead"]


@pytest.mark.parametrize(
    "changes",
    [
        {"sql_follow_up_days": 0},
        {"sql_follow_up_days": 365},
        {"min_contacts_before_lost": 0},
        {"min_contacts_before_lost": 1000},
        {"cold_gaps": {Stage.MQL: 1, Stage.SQL: 3650}},
        {"criteria": ()},
        {"criteria": ("x" * 80, "Need")},
    ],
)
def test_limits_are_accepted(changes):
    AgreementSettings(**changes)


def test_a_contact_hours_late_never_reads_as_within_the_days():
    why = sql_follow_up_breach(ENTERED, ENTERED + timedelta(days=2, hours=5), ENTERED, 2)
    assert why == "first sales contact after 3 days (the agreement says 2)"
    why = sql_follow_up_breach(ENTERED, ENTERED + hours(1), ENTERED, 0)
    assert why is not None and "after 1 day" in why
