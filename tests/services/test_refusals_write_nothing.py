"""A refused input leaves every row of the file exactly as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage


@pytest.fixture
def filled(services):
    """A small but complete database: every table has rows to be disturbed."""
    lead = services.leads.create(
        LeadDraft(name="Ann", email="ann@example.com", value="10", next_follow_up=date(2026, 12, 1))
    )
    services.leads.change_stage(lead.id, Stage.MQL, reason="fits")
    services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    services.tasks.create(TaskDraft(title="Call Ann", hat=Hat.SALES, lead_id=lead.id))
    return lead


def test_dump_sees_every_table(filled, dump):
    tables = dump()
    assert set(tables) >= {"alembic_version", "leads", "stage_changes", "contacts", "tasks"}
    assert all(tables[name] for name in ("leads", "stage_changes", "contacts", "tasks"))


BAD_LEADS = [
    LeadDraft(name=""),
    LeadDraft(name="x\x00"),
    LeadDraft(name="Ann", email="ann@"),
    LeadDraft(name="Ann", phone="12"),
    LeadDraft(name="Ann", website="nowhere"),
    LeadDraft(name="Ann", value="-5"),
    LeadDraft(name="Ann", value="1.001"),
    LeadDraft(name="Ann", value="lots"),
    LeadDraft(name="Ann", notes="\x07" * 3),
    LeadDraft(name="n" * 201, stage=Stage.CUSTOMER),
]


@pytest.mark.parametrize("draft", BAD_LEADS)
def test_refused_create_writes_nothing(services, filled, dump, draft):
    before = dump()
    with pytest.raises(ValidationError):
        services.leads.create(draft)
    assert dump() == before


@pytest.mark.parametrize("draft", BAD_LEADS)
def test_refused_update_writes_nothing(services, filled, dump, clock, draft):
    before = dump()
    with pytest.raises(ValidationError):
        services.leads.update(filled.id, draft)
    assert dump() == before


def test_refused_reason_writes_nothing(services, filled, dump):
    before = dump()
    with pytest.raises(ValidationError) as caught:
        services.leads.change_stage(filled.id, Stage.SQL, reason="bad\x00reason")
    assert list(caught.value.errors) == ["reason"]
    with pytest.raises(ValidationError):
        services.leads.update(filled.id, LeadDraft(name="Ann", stage=Stage.SQL), reason="r" * 2001)
    assert dump() == before


@pytest.mark.parametrize(
    "draft",
    [
        ContactDraft(hat=Hat.SALES, channel=Channel.PHONE, at=datetime(2026, 1, 1)),
        ContactDraft(hat=Hat.SALES, channel=Channel.PHONE, at=datetime(2030, 1, 1, tzinfo=UTC)),
        ContactDraft(
            hat=Hat.SALES, channel=Channel.PHONE, outcome="\x00", next_follow_up=date(2027, 1, 1)
        ),
    ],
)
def test_refused_contact_writes_nothing(services, filled, dump, draft):
    before = dump()
    with pytest.raises(ValidationError):
        services.contacts.log(filled.id, draft)
    assert dump() == before


@pytest.mark.parametrize(
    "draft",
    [
        TaskDraft(title="", hat=Hat.SALES),
        TaskDraft(title="t" * 301, hat=Hat.MARKETING),
        TaskDraft(title="ok", hat=Hat.SALES, notes="\x1b"),
        TaskDraft(title="ok", hat=Hat.SALES, lead_id=9999),
    ],
)
def test_refused_task_writes_nothing(services, filled, dump, draft):
    task_id = services.tasks.listing()[0].id
    before = dump()
    with pytest.raises(ValidationError):
        services.tasks.create(draft)
    with pytest.raises(ValidationError):
        services.tasks.update(task_id, draft)
    assert dump() == before
