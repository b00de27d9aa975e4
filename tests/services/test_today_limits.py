"""The Today lists stay short with years of leads: the first ones listed, all counted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.planning import TODAY_LIMIT


def test_long_today_lists_hold_the_first_and_count_the_rest(services: Any, clock: Any) -> None:
    created = TODAY_LIMIT + 7
    for number in range(created):
        services.leads.create(
            LeadDraft(
                f"Lead {number:03d}", next_follow_up=date(2026, 11, 1) + timedelta(days=number % 10)
            )
        )
    clock.now += timedelta(days=60)  # every lead is now past its going-cold gap

    picture = services.planning.today_picture()

    assert len(picture.follow_ups_due) == TODAY_LIMIT
    assert picture.follow_ups_total == created
    assert len(picture.going_cold) == TODAY_LIMIT
    assert picture.going_cold_total == created
    dues = [lead.next_follow_up for lead in picture.follow_ups_due]
    assert dues == sorted(dues), "the oldest follow-ups come first"


def test_short_today_lists_are_whole(services: Any, clock: Any) -> None:
    for number in range(3):
        services.leads.create(LeadDraft(f"Lead {number}", next_follow_up=date(2026, 11, 1)))
    clock.now += timedelta(days=60)
    picture = services.planning.today_picture()
    assert (len(picture.follow_ups_due), picture.follow_ups_total) == (3, 3)
    assert (len(picture.going_cold), picture.going_cold_total) == (3, 3)


def test_sqls_waiting_hold_the_longest_waiting_and_count_the_rest(
    services: Any, clock: Any
) -> None:
    created = TODAY_LIMIT + 4
    ids = []
    for number in range(created):
        ids.append(services.leads.create(LeadDraft(f"SQL {number:03d}", stage=Stage.SQL)).id)
        clock.now += timedelta(minutes=1)  # each became an SQL a minute after the one before

    picture = services.planning.today_picture()
    chase = services.planning.leads_to_chase()

    assert [lead.id for lead in picture.sqls_waiting] == ids[:TODAY_LIMIT]
    assert picture.sqls_waiting_total == created
    assert (chase.sqls_waiting, chase.sqls_waiting_total) == (picture.sqls_waiting, created)
