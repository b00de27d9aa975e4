"""The welcome's answer and the demo business: loaded in one go, removed exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.models import LeadDraft, LeadQuery, TaskDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.services import Services, demo_content
from funnelplanner.services.history import Change
from tests.conftest import FixedClock
from tests.services.conftest import query

Dump = Callable[[], dict[str, list[tuple]]]


def test_a_new_file_is_welcomed_until_answered(services: Services) -> None:
    assert services.demo.should_welcome()
    services.demo.start_empty()
    assert not services.demo.should_welcome()
    assert not services.demo.has_demo()
    assert services.leads.count(LeadQuery()) == 0


def test_a_file_that_has_data_is_not_welcomed(services: Services) -> None:
    """An owner's existing file (from before the welcome existed) is never interrupted."""
    services.tasks.create(TaskDraft("Call the printer", Hat.SALES))
    assert not services.demo.should_welcome()


def test_the_demo_fills_the_clock_month_with_a_working_business(
    services: Services, clock: FixedClock
) -> None:
    summary = services.demo.load()
    month = services.planning.this_month()
    assert summary.month == month
    assert not services.demo.should_welcome()
    assert services.demo.has_demo()

    leads = services.leads.listing()
    assert len(leads) == len(demo_content.LEADS) == summary.leads
    assert {lead.stage for lead in leads} == set(Stage)
    assert sum(lead.contact_count for lead in leads) == summary.contacts > 40
    # Histories with dates: a promoter went all the way, in order, all in the past.
    nora = next(lead for lead in leads if lead.name == "Nora Quinn")
    history = services.leads.detail(nora.id).history
    assert [c.stage for c in history] == [
        Stage.LEAD,
        Stage.MQL,
        Stage.SQL,
        Stage.CUSTOMER,
        Stage.PROMOTER,
    ]
    assert [c.entered_at for c in history] == sorted(c.entered_at for c in history)
    every_contact = [c for lead in leads for c in services.contacts.for_lead(lead.id)]
    assert max(c.at for c in every_contact) <= clock.now
    lost = next(lead for lead in leads if lead.stage is Stage.LOST)
    assert services.leads.detail(lost.id).history[-1].reason

    follow_ups = services.planning.follow_ups_in(month)
    assert len(follow_ups) >= 8
    assert all(month.contains(lead.next_follow_up) for lead in follow_ups if lead.next_follow_up)
    today = services.planning.today_picture()
    assert len(today.going_cold) >= 3
    assert today.follow_ups_due and today.sqls_waiting

    tasks = services.tasks.listing()
    assert len(tasks) == summary.tasks == len(demo_content.TASKS)
    for hat in Hat:
        assert {t.done for t in tasks if t.hat is hat} == {True, False}
    assert all(t.due is not None and month.contains(t.due) for t in tasks)
    assert len(services.campaigns.listing()) == summary.campaigns == 4

    target = services.planning.target(month)
    assert target.stored and target.deal_value is not None
    picture = services.planning.picture(month)
    assert picture.customers_wanted == 4
    assert picture.actual[Stage.CUSTOMER] >= 1
    assert services.settings.business_name() == demo_content.BUSINESS_NAME


def test_on_the_first_of_the_month_due_dates_stay_in_the_month(db_path, clock: FixedClock) -> None:
    clock.now = datetime(2027, 1, 1, 0, 30, tzinfo=UTC)
    opened = Services.open(db_path, clock=clock, zone=UTC)
    try:
        opened.demo.load()
        month = opened.planning.this_month()
        assert str(month) == "2027-01"
        assert all(month.contains(t.due) for t in opened.tasks.listing() if t.due)
        for lead in opened.leads.listing():
            assert lead.next_follow_up is None or month.contains(lead.next_follow_up)
            assert lead.last_contact is None or lead.last_contact <= clock.now
    finally:
        opened.close()


def test_removing_the_demo_takes_exactly_the_demo_rows(
    services: Services, clock: FixedClock, dump: Dump
) -> None:
    empty = dump()
    services.demo.load()
    clock.now += timedelta(hours=2)
    # The owner works alongside the demo: a lead of their own, a task on a demo lead, a
    # campaign, and one demo lead deleted (it waits in the Trash).
    own = services.leads.create(LeadDraft("Ada Owner", company="Real Co"))
    jonas = next(lead for lead in services.leads.listing() if lead.name == "Jonas Berg")
    own_task = services.tasks.create(
        TaskDraft("Send Jonas my real offer", Hat.SALES, None, jonas.id)
    )
    own_campaign = services.campaigns.create(CampaignDraft("Real flyer", CampaignChannel.OTHER))
    kevin = next(lead for lead in services.leads.listing() if lead.name == "Kevin Park")
    services.leads.delete(kevin.id)
    assert services.trash.count() == 1

    removed = services.demo.remove()

    assert removed.leads == len(demo_content.LEADS) - 1
    assert removed.tasks == len(demo_content.TASKS)
    assert [lead.name for lead in services.leads.listing()] == ["Ada Owner"]
    assert [(t.title, t.lead_id) for t in services.tasks.listing()] == [(own_task.title, None)]
    assert [c.name for c in services.campaigns.listing()] == [own_campaign.name]
    assert services.trash.count() == 0
    assert not services.planning.target(services.planning.this_month()).stored
    assert services.settings.business_name() == ""
    assert not services.demo.has_demo()
    assert not services.demo.should_welcome()  # answered: the file is not new again
    assert services.leads.get(own.id).name == "Ada Owner"
    now = dump()
    for table in ("contacts", "lead_criteria", "month_targets", "trash"):
        assert now[table] == empty[table], table
    assert query(services.path, "SELECT lead_id FROM stage_changes") == [(own.id,)]
    with pytest.raises(FunnelPlannerError):
        services.demo.remove()


def test_a_reused_id_is_not_taken_for_a_demo_row(services: Services, clock: FixedClock) -> None:
    """SQLite gives a deleted row's id to the next new row: the stamp tells them apart."""
    services.demo.load()
    last = max(services.leads.listing(), key=lambda lead: lead.id)
    services.leads.delete(last.id)
    services.trash.empty()
    clock.now += timedelta(minutes=5)
    mine = services.leads.create(LeadDraft("Bea Owner"))
    assert mine.id == last.id
    services.demo.remove()
    assert [lead.name for lead in services.leads.listing()] == ["Bea Owner"]


def test_an_owner_edited_target_and_renamed_business_stay(
    services: Services, clock: FixedClock
) -> None:
    from funnelplanner.domain.planning_models import TargetDraft

    services.demo.load()
    month = services.planning.this_month()
    clock.now += timedelta(minutes=10)
    current = services.planning.target(month)
    services.planning.set_target(TargetDraft(month, 9, None, None, current.rates))
    services.settings.save_business_name("Ada's Real Studio")
    services.demo.remove()
    assert services.planning.target(month).customers == 9
    assert services.settings.business_name() == "Ada's Real Studio"


def test_a_bad_demo_row_writes_nothing(
    services: Services, dump: Dump, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole demo is one transaction: a row that fails leaves the file as it was."""
    before = dump()
    broken = (*demo_content.TASKS, replace(demo_content.TASKS[0], title="  "))
    monkeypatch.setattr(demo_content, "TASKS", broken)
    with pytest.raises(ValidationError):
        services.demo.load()
    assert dump() == before
    assert services.demo.should_welcome()


def test_the_demo_is_loaded_once(services: Services, dump: Dump) -> None:
    services.demo.load()
    before = dump()
    with pytest.raises(FunnelPlannerError, match="already loaded"):
        services.demo.load()
    assert dump() == before


def test_loading_the_demo_is_one_change_to_undo_and_redo(services: Services, dump: Dump) -> None:
    changes: list[Change] = []
    services.history.listen(changes.append)
    empty = dump()
    services.demo.load()
    loaded = dump()
    (change,) = changes
    assert change.text == "Load the demo business"
    services.history.undo(change)
    after_undo = dump()
    for table in ("leads", "contacts", "tasks", "campaigns", "month_targets", "stage_changes"):
        assert after_undo[table] == empty[table], table
    assert not services.demo.has_demo()
    assert not services.demo.should_welcome()  # the welcome stays answered
    services.history.redo(change)
    # The same rows again (put back in another rowid order, which nothing depends on).
    assert {t: sorted(rows) for t, rows in dump().items()} == {
        t: sorted(rows) for t, rows in loaded.items()
    }
