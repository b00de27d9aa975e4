"""The month's actuals counted by the database agree with the funnel rule in the domain.

``domain.funnel.entries_in_period`` states the rule in plain Python; the planning service
counts the same thing in SQL (a window over each lead's history). Random histories, with
skipped stages, falls back, losses and changes at the same moment, must give the same
numbers both ways.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.funnel import entries_in_period
from funnelplanner.domain.models import LeadDraft, StageChange
from funnelplanner.domain.month import Month
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services

FIRST_MONTH = Month(2100, 1)
# Each example works in its own stretch of time, six months after the one before, so
# the leads of earlier examples never touch the month looked at.
ERA_MONTHS = 6
_eras = itertools.count()

# One lead: created (in some stage) so many hours before the month starts, then moved
# on after so many hours each (0: at the same moment as the change before).
lead_histories = st.tuples(
    st.sampled_from(Stage),
    st.integers(min_value=-24 * 35, max_value=24 * 31),
    st.lists(
        st.tuples(st.sampled_from(Stage), st.sampled_from([0, 0, 1, 5, 24, 24 * 7, 24 * 10])),
        max_size=5,
    ),
)


@pytest.fixture
def services(db_path, clock) -> Iterator[Services]:
    opened = Services.open(db_path, region="US", clock=clock, zone=UTC)
    yield opened
    opened.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(leads=st.lists(lead_histories, min_size=1, max_size=8))
def test_entries_counted_in_sql_follow_the_funnel_rule(
    services: Services, clock, leads: list[tuple[Stage, int, list[tuple[Stage, int]]]]
) -> None:
    month = FIRST_MONTH.shifted(ERA_MONTHS * next(_eras))
    start, end = month.bounds(UTC)
    histories: list[list[StageChange]] = []
    for number, (first, hours_before, moves) in enumerate(leads):
        clock.now = start + timedelta(hours=hours_before)
        lead = services.leads.create(LeadDraft(f"Lead {number}", stage=first))
        history = [StageChange(first, clock.now)]
        for stage, hours in moves:
            clock.now += timedelta(hours=hours)
            if stage is not history[-1].stage:  # moving to the stage it is in records nothing
                services.leads.change_stage(lead.id, stage, reason="test")
                history.append(StageChange(stage, clock.now))
        histories.append(history)

    picture = services.planning.picture(month)

    assert picture.actual == entries_in_period(_before(histories, end), start, end)
    previous_start, previous_end = month.previous().bounds(UTC)
    assert picture.previous_actual == entries_in_period(
        _before(histories, previous_end), previous_start, previous_end
    )


def _before(histories: list[list[StageChange]], end: datetime) -> list[list[StageChange]]:
    """What the database knows of each history at ``end``: the changes before it."""
    assert all(c.entered_at.tzinfo is UTC for h in histories for c in h)
    return [[c for c in h if c.entered_at < end] for h in histories]
