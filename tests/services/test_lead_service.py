"""LeadService: enter, edit, move through the funnel, find duplicates, delete."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from funnelplanner.domain.errors import NotFoundError, ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft, StageChange, TaskDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def test_create_returns_the_stored_lead(services, clock):
    lead = services.leads.create(
        LeadDraft(
            name=" Zoë Ångström ",
            company="Café Müller GmbH",
            email="Zoe@Example.com",
            phone="(650) 253-0000",
            website="cafe-mueller.example.de",
            source="Trade fair",
            value="1.200,50",
            notes="Likes\r\nespresso",
            stage=Stage.PROSPECT,
            next_follow_up=date(2026, 11, 20),
        )
    )
    assert lead.id > 0
    assert lead.name == "Zoë Ångström"
    assert lead.company == "Café Müller GmbH"
    assert lead.email == "Zoe@example.com"
    assert lead.phone == "+1 650-253-0000"
    assert lead.website == "https://cafe-mueller.example.de"
    assert lead.source == "Trade fair"
    assert lead.value == Decimal("1200.50")
    assert lead.notes == "Likes\nespresso"
    assert lead.stage is Stage.PROSPECT
    assert lead.next_follow_up == date(2026, 11, 20)
    assert lead.contact_count == 0
    assert lead.last_contact is None
    assert lead.created_at == clock.now
    # A fresh read from the file gives the same facts.
    assert services.leads.get(lead.id) == lead


def test_stored_columns(services, sql):
    lead = services.leads.create(LeadDraft(name="Ann", phone="650 253 0000", value="12.34"))
    row = sql(
        "SELECT name, phone_key, value_cents, stage, contact_count, created_at FROM leads "
        "WHERE id = ?",
        lead.id,
    )
    assert row == [("Ann", "+16502530000", 1234, "lead", 0, "2026-11-16 09:00:00.000000")]


def test_value_none_and_zero_are_different(services):
    none = services.leads.create(LeadDraft(name="None", value=""))
    zero = services.leads.create(LeadDraft(name="Zero", value="0"))
    assert services.leads.get(none.id).value is None
    assert services.leads.get(zero.id).value == Decimal("0.00")


def test_first_stage_goes_into_the_history(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.MQL))
    assert services.leads.detail(lead.id).history == [StageChange(Stage.MQL, clock.now, "")]


def test_stage_changes_are_recorded_with_dates_in_order(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.PROSPECT))
    times = [T0]
    for stage, reason in [
        (Stage.LEAD, ""),
        (Stage.MQL, "fits persona"),
        (Stage.SQL, ""),
        (Stage.LOST, "went with a competitor"),
    ]:
        clock.now += timedelta(days=3, hours=2)
        times.append(clock.now)
        moved = services.leads.change_stage(lead.id, stage, reason=f"  {reason}  ")
        assert moved.stage is stage
    history = services.leads.detail(lead.id).history
    assert [h.stage for h in history] == [
        Stage.PROSPECT,
        Stage.LEAD,
        Stage.MQL,
        Stage.SQL,
        Stage.LOST,
    ]
    assert [h.entered_at for h in history] == times
    assert [h.reason for h in history] == ["", "", "fits persona", "", "went with a competitor"]
    assert all(h.entered_at.tzinfo is not None for h in history)
    assert services.leads.get(lead.id).stage is Stage.LOST


def test_history_order_comes_from_the_dates_not_the_insertion(services, clock, sql):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.PROSPECT))
    clock.now = T0 - timedelta(days=1)  # a clock set back (time zone change, wrong PC time)
    services.leads.change_stage(lead.id, Stage.LEAD)
    history = services.leads.detail(lead.id).history
    assert [h.entered_at for h in history] == sorted(h.entered_at for h in history)
    assert sql("SELECT COUNT(*) FROM stage_changes WHERE lead_id = ?", lead.id) == [(2,)]


def test_changing_to_the_same_stage_records_nothing(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.SQL))
    clock.now += timedelta(days=1)
    services.leads.change_stage(lead.id, Stage.SQL, reason="again")
    assert len(services.leads.detail(lead.id).history) == 1


def test_same_stage_twice_at_the_same_moment_keeps_insertion_order(services):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.PROSPECT))
    services.leads.change_stage(lead.id, Stage.LEAD)
    services.leads.change_stage(lead.id, Stage.PROSPECT)
    services.leads.change_stage(lead.id, Stage.LEAD)
    history = services.leads.detail(lead.id).history
    assert [h.stage for h in history] == [Stage.PROSPECT, Stage.LEAD, Stage.PROSPECT, Stage.LEAD]


def test_update_replaces_fields_and_records_a_new_stage(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann", email="ann@example.com", value="10"))
    clock.now += timedelta(hours=5)
    updated = services.leads.update(
        lead.id,
        LeadDraft(name="Ann Smith", company="Acme", value="", stage=Stage.MQL),
        reason="asked for pricing",
    )
    assert updated.name == "Ann Smith"
    assert updated.company == "Acme"
    assert updated.email == ""
    assert updated.value is None
    assert updated.stage is Stage.MQL
    assert updated.created_at == T0
    assert services.leads.get(lead.id) == updated
    history = services.leads.detail(lead.id).history
    assert history[-1] == StageChange(Stage.MQL, clock.now, "asked for pricing")


def test_update_with_the_same_stage_keeps_the_history(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann"))
    clock.now += timedelta(hours=1)
    services.leads.update(lead.id, LeadDraft(name="Ann B", stage=Stage.LEAD))
    assert len(services.leads.detail(lead.id).history) == 1


def test_update_keeps_contact_facts(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann"))
    services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    updated = services.leads.update(lead.id, LeadDraft(name="Ann 2"))
    assert updated.contact_count == 1
    assert updated.last_contact == clock.now


def test_set_follow_up(services):
    lead = services.leads.create(LeadDraft(name="Ann"))
    assert services.leads.set_follow_up(lead.id, date(2026, 12, 24)).next_follow_up == date(
        2026, 12, 24
    )
    assert services.leads.get(lead.id).next_follow_up == date(2026, 12, 24)
    services.leads.set_follow_up(lead.id, None)
    assert services.leads.get(lead.id).next_follow_up is None


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.leads.get(999),
        lambda s: s.leads.detail(999),
        lambda s: s.leads.delete(999),
        lambda s: s.leads.change_stage(999, Stage.MQL),
        lambda s: s.leads.set_follow_up(999, None),
        lambda s: s.leads.update(999, LeadDraft(name="x")),
        lambda s: s.contacts.log(999, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE)),
        lambda s: s.contacts.for_lead(999),
    ],
)
def test_missing_lead_is_not_found(services, call):
    with pytest.raises(NotFoundError, match="999"):
        call(services)


def test_detail_bundles_lead_contacts_and_history(services, clock):
    lead = services.leads.create(LeadDraft(name="Ann", stage=Stage.LEAD))
    first = services.contacts.log(
        lead.id, ContactDraft(hat=Hat.MARKETING, channel=Channel.NEWSLETTER, at=T0)
    )
    clock.now += timedelta(days=1)
    second = services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    services.leads.change_stage(lead.id, Stage.SQL)
    detail = services.leads.detail(lead.id)
    assert detail.lead == services.leads.get(lead.id)
    assert detail.contacts == [second, first]  # most recent first
    assert [h.stage for h in detail.history] == [Stage.LEAD, Stage.SQL]


def test_detail_of_one_lead_shows_only_its_own(services):
    ann = services.leads.create(LeadDraft(name="Ann"))
    bob = services.leads.create(LeadDraft(name="Bob"))
    services.contacts.log(bob.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    services.leads.change_stage(bob.id, Stage.MQL)
    detail = services.leads.detail(ann.id)
    assert detail.contacts == []
    assert len(detail.history) == 1


def test_delete_removes_contacts_and_history_and_unlinks_tasks(services, sql):
    ann = services.leads.create(LeadDraft(name="Ann"))
    bob = services.leads.create(LeadDraft(name="Bob"))
    for lead in (ann, bob):
        services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
        services.leads.change_stage(lead.id, Stage.MQL)
    task = services.tasks.create(TaskDraft(title="Call Ann", hat=Hat.SALES, lead_id=ann.id))
    other = services.tasks.create(TaskDraft(title="Call Bob", hat=Hat.SALES, lead_id=bob.id))
    assert services.tasks.get(task.id).lead_name == "Ann"

    services.leads.delete(ann.id)

    with pytest.raises(NotFoundError):
        services.leads.get(ann.id)
    assert sql("SELECT COUNT(*) FROM contacts WHERE lead_id = ?", ann.id) == [(0,)]
    assert sql("SELECT COUNT(*) FROM stage_changes WHERE lead_id = ?", ann.id) == [(0,)]
    kept = services.tasks.get(task.id)
    assert kept.title == "Call Ann"
    assert kept.lead_id is None
    assert kept.lead_name == ""
    # The other lead is untouched.
    assert services.leads.get(bob.id).contact_count == 1
    assert sql("SELECT COUNT(*) FROM contacts WHERE lead_id = ?", bob.id) == [(1,)]
    assert sql("SELECT COUNT(*) FROM stage_changes WHERE lead_id = ?", bob.id) == [(2,)]
    assert services.tasks.get(other.id).lead_id == bob.id


# --- duplicates --------------------------------------------------------------------------


def test_duplicates_by_email_ignore_case(services):
    ann = services.leads.create(LeadDraft(name="Ann", email="Ann.Smith@Example.com"))
    services.leads.create(LeadDraft(name="Bob", email="bob@example.com"))
    found = services.leads.duplicates(LeadDraft(name="x", email="  ANN.SMITH@example.COM "))
    assert [lead.id for lead in found] == [ann.id]


@pytest.mark.parametrize(
    "typed", ["+1 650 253 0000", "650.253.0000", "(650) 253-0000", "+16502530000", "1-650-253-0000"]
)
def test_duplicates_by_phone_in_other_formats(services, typed):
    ann = services.leads.create(LeadDraft(name="Ann", phone="650 253 0000"))
    services.leads.create(LeadDraft(name="Bob", phone="+44 20 7946 0018"))
    found = services.leads.duplicates(LeadDraft(name="x", phone=typed))
    assert [lead.id for lead in found] == [ann.id]


def test_duplicates_match_email_or_phone(services):
    by_email = services.leads.create(LeadDraft(name="A", email="a@example.com"))
    by_phone = services.leads.create(LeadDraft(name="B", phone="+44 20 7946 0018"))
    services.leads.create(LeadDraft(name="C", email="c@example.com", phone="650 253 0000"))
    found = services.leads.duplicates(
        LeadDraft(name="x", email="A@example.com", phone="020 7946 0018"), exclude_id=None
    )
    # A GB number without +44 does not read as the same number in the US region.
    assert [lead.id for lead in found] == [by_email.id]
    found = services.leads.duplicates(
        LeadDraft(name="x", email="A@example.com", phone="+442079460018")
    )
    assert [lead.id for lead in found] == [by_email.id, by_phone.id]


def test_duplicates_exclude_the_lead_being_edited(services):
    ann = services.leads.create(LeadDraft(name="Ann", email="ann@example.com"))
    twin = services.leads.create(LeadDraft(name="Ann 2", email="ann@example.com"))
    draft = LeadDraft(name="Ann", email="ann@example.com")
    assert [lead.id for lead in services.leads.duplicates(draft, exclude_id=ann.id)] == [twin.id]
    assert [lead.id for lead in services.leads.duplicates(draft)] == [ann.id, twin.id]


def test_no_duplicates_for_empty_or_unreadable_contact_details(services):
    services.leads.create(LeadDraft(name="Ann"))  # no email, no phone
    services.leads.create(LeadDraft(name="Bob", email="bob@example.com"))
    assert services.leads.duplicates(LeadDraft(name="x")) == []
    assert services.leads.duplicates(LeadDraft(name="x", email="  ", phone=" ")) == []
    assert services.leads.duplicates(LeadDraft(name="x", phone="not a phone")) == []
    assert services.leads.duplicates(LeadDraft(name="x", email="bo@example.com")) == []


def test_listing_and_search(services, clock):
    ann = services.leads.create(LeadDraft(name="ann", stage=Stage.MQL))
    bob = services.leads.create(LeadDraft(name="Bob", stage=Stage.SQL, company="Annex"))
    cid = services.leads.create(LeadDraft(name="Cid", stage=Stage.MQL))
    assert [lead.id for lead in services.leads.listing()] == [ann.id, bob.id, cid.id]
    assert [lead.id for lead in services.leads.listing(Stage.MQL)] == [ann.id, cid.id]
    services.contacts.log(ann.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    clock.now += timedelta(hours=1)
    services.contacts.log(bob.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    # Most recently contacted first, never-contacted last.
    assert [lead.id for lead in services.leads.search("ann")] == [bob.id, ann.id]
    assert [lead.id for lead in services.leads.search("")] == [bob.id, ann.id, cid.id]
    assert len(services.leads.search("", limit=2)) == 2


def test_invalid_lead_error_names_fields(services):
    with pytest.raises(ValidationError) as caught:
        services.leads.create(LeadDraft(name="", email="nope"))
    assert set(caught.value.errors) == {"name", "email"}


def test_duplicates_by_non_ascii_email_ignore_case(services):
    jorg = services.leads.create(LeadDraft(name="Jörg", email="JÖRG@example.com"))
    found = services.leads.duplicates(LeadDraft(name="x", email="jörg@EXAMPLE.com"))
    assert [lead.id for lead in found] == [jorg.id]
