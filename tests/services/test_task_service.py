"""TaskService: each task belongs to exactly one hat; open work comes first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from funnelplanner.domain.errors import NotFoundError, ValidationError
from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat


def test_create_and_get(services, clock):
    task = services.tasks.create(
        TaskDraft(
            title="  Write the November newsletter ",
            hat=Hat.MARKETING,
            due=date(2026, 11, 25),
            notes="topic: spring offer\n\tdraft by Friday",
        )
    )
    assert task.id > 0
    assert task.title == "Write the November newsletter"
    assert task.hat is Hat.MARKETING
    assert task.due == date(2026, 11, 25)
    assert task.done is False
    assert task.done_at is None
    assert task.lead_id is None
    assert task.lead_name == ""
    assert task.notes == "topic: spring offer\n\tdraft by Friday"
    assert task.created_at == clock.now
    assert services.tasks.get(task.id) == task


def test_listing_per_hat(services):
    marketing = [
        services.tasks.create(TaskDraft(title=f"M{i}", hat=Hat.MARKETING)) for i in range(3)
    ]
    sales = [services.tasks.create(TaskDraft(title=f"S{i}", hat=Hat.SALES)) for i in range(2)]
    assert [t.id for t in services.tasks.listing(Hat.MARKETING)] == [t.id for t in marketing]
    assert [t.id for t in services.tasks.listing(Hat.SALES)] == [t.id for t in sales]
    assert {t.id for t in services.tasks.listing()} == {t.id for t in marketing + sales}
    assert all(t.hat is Hat.SALES for t in services.tasks.listing(Hat.SALES))


def test_listing_order_open_first_then_due_date_none_last(services):
    make = services.tasks.create
    late = make(TaskDraft(title="late", hat=Hat.SALES, due=date(2026, 12, 1)))
    undated = make(TaskDraft(title="undated", hat=Hat.SALES))
    soon = make(TaskDraft(title="soon", hat=Hat.SALES, due=date(2026, 11, 17)))
    soon_too = make(TaskDraft(title="soon too", hat=Hat.SALES, due=date(2026, 11, 17)))
    finished = make(TaskDraft(title="finished", hat=Hat.SALES, due=date(2026, 11, 1)))
    services.tasks.set_done(finished.id)
    order = [t.id for t in services.tasks.listing(Hat.SALES)]
    assert order == [soon.id, soon_too.id, late.id, undated.id, finished.id]
    open_only = [t.id for t in services.tasks.listing(Hat.SALES, include_done=False)]
    assert open_only == [soon.id, soon_too.id, late.id, undated.id]


def test_done_and_undone(services, clock):
    task = services.tasks.create(TaskDraft(title="Call", hat=Hat.SALES))
    clock.now += timedelta(hours=2)
    done = services.tasks.set_done(task.id)
    assert done.done is True
    assert done.done_at == clock.now
    # Marking done again keeps the moment it was first finished.
    finished_at = clock.now
    clock.now += timedelta(hours=2)
    assert services.tasks.set_done(task.id, True).done_at == finished_at
    undone = services.tasks.set_done(task.id, False)
    assert undone.done is False
    assert undone.done_at is None
    assert services.tasks.get(task.id) == undone


def test_update(services):
    task = services.tasks.create(TaskDraft(title="Draft", hat=Hat.MARKETING))
    lead = services.leads.create(LeadDraft(name="Zoë"))
    updated = services.tasks.update(
        task.id,
        TaskDraft(title="Demo for Zoë", hat=Hat.SALES, due=date(2026, 12, 2), lead_id=lead.id),
    )
    assert updated.title == "Demo for Zoë"
    assert updated.hat is Hat.SALES
    assert updated.due == date(2026, 12, 2)
    assert updated.lead_name == "Zoë"
    assert updated.created_at == task.created_at
    assert services.tasks.listing(Hat.MARKETING) == []
    assert services.tasks.listing(Hat.SALES) == [updated]


def test_lead_link_shows_the_lead_name(services):
    lead = services.leads.create(LeadDraft(name="Ann Smith"))
    task = services.tasks.create(TaskDraft(title="Send proposal", hat=Hat.SALES, lead_id=lead.id))
    assert task.lead_id == lead.id
    assert task.lead_name == "Ann Smith"
    assert services.tasks.listing(Hat.SALES)[0].lead_name == "Ann Smith"
    services.leads.update(lead.id, LeadDraft(name="Ann Jones"))
    assert services.tasks.get(task.id).lead_name == "Ann Jones"


def test_deleting_the_lead_unlinks_its_tasks(services):
    lead = services.leads.create(LeadDraft(name="Ann"))
    task = services.tasks.create(TaskDraft(title="Follow up", hat=Hat.SALES, lead_id=lead.id))
    services.leads.delete(lead.id)
    for seen in (services.tasks.get(task.id), services.tasks.listing()[0]):
        assert seen.lead_id is None
        assert seen.lead_name == ""
        assert seen.title == "Follow up"


def test_delete(services):
    keep = services.tasks.create(TaskDraft(title="keep", hat=Hat.SALES))
    gone = services.tasks.create(TaskDraft(title="gone", hat=Hat.SALES))
    services.tasks.delete(gone.id)
    assert [t.id for t in services.tasks.listing()] == [keep.id]
    with pytest.raises(NotFoundError, match=str(gone.id)):
        services.tasks.get(gone.id)
    with pytest.raises(NotFoundError):
        services.tasks.delete(gone.id)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.tasks.get(404),
        lambda s: s.tasks.set_done(404),
        lambda s: s.tasks.delete(404),
        lambda s: s.tasks.update(404, TaskDraft(title="x", hat=Hat.SALES)),
    ],
)
def test_missing_task_is_not_found(services, call):
    with pytest.raises(NotFoundError, match="404"):
        call(services)


def test_link_to_a_missing_lead_is_refused_and_nothing_is_written(services, dump):
    task = services.tasks.create(TaskDraft(title="t", hat=Hat.SALES))
    before = dump()
    with pytest.raises(ValidationError) as caught:
        services.tasks.create(TaskDraft(title="x", hat=Hat.SALES, lead_id=777))
    assert list(caught.value.errors) == ["lead"]
    with pytest.raises(ValidationError):
        services.tasks.update(task.id, TaskDraft(title="changed", hat=Hat.SALES, lead_id=777))
    assert dump() == before
    assert services.tasks.get(task.id).title == "t"
