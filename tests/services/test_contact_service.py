"""ContactService: every touch is logged and the lead's count and dates stay in step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft
from funnelplanner.domain.vocabulary import Channel, Direction, Hat

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def lead(services):
    return services.leads.create(LeadDraft(name="Ann"))


def touch(**changes) -> ContactDraft:
    values = {"hat": Hat.SALES, "channel": Channel.PHONE}
    values.update(changes)
    return ContactDraft(**values)


def test_log_returns_the_stored_contact(services, lead, clock):
    contact = services.contacts.log(
        lead.id,
        touch(
            hat=Hat.MARKETING,
            channel=Channel.VIDEO_CALL,
            direction=Direction.INBOUND,
            outcome=" wants a demo ",
            note="café ☕\nnext week",
        ),
    )
    assert contact.id > 0
    assert contact.lead_id == lead.id
    assert contact.at == clock.now
    assert contact.hat is Hat.MARKETING
    assert contact.channel is Channel.VIDEO_CALL
    assert contact.direction is Direction.INBOUND
    assert contact.outcome == "wants a demo"
    assert contact.note == "café ☕\nnext week"
    assert services.contacts.for_lead(lead.id) == [contact]


def test_contact_count_and_last_contact_follow_each_log(services, lead, clock):
    for number in range(1, 5):
        clock.now += timedelta(hours=3)
        services.contacts.log(lead.id, touch())
        stored = services.leads.get(lead.id)
        assert stored.contact_count == number
        assert stored.last_contact == clock.now


def test_older_contact_counts_but_does_not_move_last_contact_back(services, lead, clock, sql):
    services.contacts.log(lead.id, touch(at=T0 - timedelta(hours=1)))
    assert services.leads.get(lead.id).last_contact == T0 - timedelta(hours=1)
    services.contacts.log(lead.id, touch(at=T0 - timedelta(days=30)))
    stored = services.leads.get(lead.id)
    assert stored.contact_count == 2
    assert stored.last_contact == T0 - timedelta(hours=1)
    services.contacts.log(lead.id, touch(at=T0 - timedelta(minutes=5)))
    assert services.leads.get(lead.id).last_contact == T0 - timedelta(minutes=5)
    assert services.leads.get(lead.id).contact_count == 3
    assert sql("SELECT COUNT(*) FROM contacts WHERE lead_id = ?", lead.id) == [(3,)]


def test_contact_times_in_other_zones_compare_as_instants(services, lead):
    tokyo = timezone(timedelta(hours=9))
    # 17:00 in Tokyo is 08:00 UTC: earlier than the 08:30 UTC contact logged first.
    services.contacts.log(lead.id, touch(at=datetime(2026, 11, 16, 8, 30, tzinfo=UTC)))
    services.contacts.log(lead.id, touch(at=datetime(2026, 11, 16, 17, 0, tzinfo=tokyo)))
    stored = services.leads.get(lead.id)
    assert stored.last_contact == datetime(2026, 11, 16, 8, 30, tzinfo=UTC)
    contacts = services.contacts.for_lead(lead.id)
    assert [c.at for c in contacts] == [
        datetime(2026, 11, 16, 8, 30, tzinfo=UTC),
        datetime(2026, 11, 16, 8, 0, tzinfo=UTC),
    ]
    assert all(c.at.tzinfo is not None and c.at.utcoffset() == timedelta(0) for c in contacts)


def test_contacts_are_listed_most_recent_first(services, lead):
    times = [T0 - timedelta(days=d) for d in (5, 1, 9, 3)]
    for at in times:
        services.contacts.log(lead.id, touch(at=at))
    assert [c.at for c in services.contacts.for_lead(lead.id)] == sorted(times, reverse=True)


def test_contacts_at_the_same_moment_list_newest_entry_first(services, lead):
    first = services.contacts.log(lead.id, touch(at=T0))
    second = services.contacts.log(lead.id, touch(at=T0))
    assert [c.id for c in services.contacts.for_lead(lead.id)] == [second.id, first.id]


def test_contact_sets_next_follow_up(services, lead):
    services.leads.set_follow_up(lead.id, date(2026, 11, 18))
    services.contacts.log(lead.id, touch(next_follow_up=date(2026, 11, 30)))
    assert services.leads.get(lead.id).next_follow_up == date(2026, 11, 30)


def test_contact_without_follow_up_keeps_the_existing_one(services, lead):
    services.leads.set_follow_up(lead.id, date(2026, 11, 18))
    services.contacts.log(lead.id, touch())
    assert services.leads.get(lead.id).next_follow_up == date(2026, 11, 18)


def test_contacts_belong_to_one_lead(services, lead):
    other = services.leads.create(LeadDraft(name="Bob"))
    services.contacts.log(lead.id, touch())
    services.contacts.log(other.id, touch())
    services.contacts.log(other.id, touch())
    assert services.leads.get(lead.id).contact_count == 1
    assert services.leads.get(other.id).contact_count == 2
    assert len(services.contacts.for_lead(lead.id)) == 1


@pytest.mark.parametrize(
    "draft",
    [
        touch(at=datetime(2026, 11, 16, 8, 0)),  # naive
        touch(at=T0 + timedelta(days=2)),  # future
        touch(outcome="x" * 201),
        touch(note="\x1b[2J"),
    ],
)
def test_refused_contact_changes_nothing(services, lead, dump, draft):
    before = dump()
    with pytest.raises(ValidationError):
        services.contacts.log(lead.id, draft)
    assert dump() == before
    assert services.leads.get(lead.id).contact_count == 0


def test_contact_can_replace_the_follow_up_with_none(services, lead):
    services.leads.set_follow_up(lead.id, date(2026, 11, 18))
    services.contacts.log(lead.id, touch(next_follow_up=None, replace_follow_up=True))
    assert services.leads.get(lead.id).next_follow_up is None
    services.contacts.log(lead.id, touch(next_follow_up=date(2026, 12, 3), replace_follow_up=True))
    assert services.leads.get(lead.id).next_follow_up == date(2026, 12, 3)
