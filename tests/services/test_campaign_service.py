"""CampaignService: the marketing hat's campaigns, what they brought in and what it cost."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from funnelplanner.domain.errors import NotFoundError, ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage


def draft(name: str = "Spring ads", **changes) -> CampaignDraft:
    values = {
        "name": name,
        "channel": CampaignChannel.ADS,
        "start": date(2026, 11, 1),
        "end": date(2026, 11, 30),
        "budget": "1,000",
        "expected_leads": "40",
        "notes": "Search ads\nbrand terms",
    }
    values.update(changes)
    return CampaignDraft(**values)


def test_create_returns_the_stored_campaign(services):
    made = services.campaigns.create(draft(name="  Spring ads  "))
    assert made.id > 0
    assert made.name == "Spring ads"
    assert made.channel is CampaignChannel.ADS
    assert (made.start, made.end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert made.budget == Decimal("1000.00")
    assert made.expected_leads == 40
    assert made.notes == "Search ads\nbrand terms"
    assert services.campaigns.get(made.id) == made


def test_optional_fields_may_be_empty(services):
    made = services.campaigns.create(
        CampaignDraft(name="Newsletter", channel=CampaignChannel.NEWSLETTER)
    )
    assert (made.start, made.end, made.budget, made.expected_leads, made.notes) == (
        None,
        None,
        None,
        None,
        "",
    )


def test_update_replaces_the_fields(services):
    made = services.campaigns.create(draft())
    changed = services.campaigns.update(
        made.id, draft(name="Autumn", channel=CampaignChannel.WEBINAR, budget="", end=None)
    )
    assert changed.id == made.id
    assert (changed.name, changed.channel, changed.budget, changed.end) == (
        "Autumn",
        CampaignChannel.WEBINAR,
        None,
        None,
    )
    assert services.campaigns.get(made.id) == changed


def test_listing_newest_first_with_undated_on_top(services):
    old = services.campaigns.create(draft("Old", start=date(2026, 1, 1), end=None)).id
    new = services.campaigns.create(draft("New", start=date(2026, 10, 1), end=None)).id
    undated = services.campaigns.create(draft("Undated", start=None, end=None)).id
    assert [c.id for c in services.campaigns.listing()] == [undated, new, old]


def test_missing_campaign_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.campaigns.get(99)
    with pytest.raises(NotFoundError):
        services.campaigns.update(99, draft())
    with pytest.raises(NotFoundError):
        services.campaigns.delete(99)


def test_runs_on_and_overlaps():
    from funnelplanner.domain.planning_models import Campaign

    c = Campaign(1, "x", CampaignChannel.ADS, date(2026, 11, 10), date(2026, 12, 5), None, None, "")
    assert not c.runs_on(date(2026, 11, 9))
    assert c.runs_on(date(2026, 11, 10)) and c.runs_on(date(2026, 12, 5))
    assert not c.runs_on(date(2026, 12, 6))
    assert c.overlaps(Month(2026, 11)) and c.overlaps(Month(2026, 12))
    assert not c.overlaps(Month(2026, 10)) and not c.overlaps(Month(2027, 1))
    forever = Campaign(2, "y", CampaignChannel.BLOG_SEO, None, None, None, None, "")
    assert forever.runs_on(date(1999, 1, 1)) and forever.overlaps(Month(2100, 1))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"start": date(2026, 12, 1), "end": date(2026, 11, 1)}, "end"),
        ({"budget": "-5"}, "budget"),
        ({"budget": "lots"}, "budget"),
        ({"budget": "1.001"}, "budget"),
        ({"expected_leads": "-3"}, "expected_leads"),
        ({"expected_leads": "2.5"}, "expected_leads"),
        ({"expected_leads": "many"}, "expected_leads"),
        ({"expected_leads": "10000001"}, "expected_leads"),
        ({"notes": "\x07\x07"}, "notes"),
    ],
)
def test_invalid_campaign_writes_nothing(services, dump, changes, field):
    kept = services.campaigns.create(draft("Kept"))
    before = dump()
    with pytest.raises(ValidationError) as caught:
        services.campaigns.create(draft(**changes))
    assert field in caught.value.errors
    assert dump() == before
    with pytest.raises(ValidationError):
        services.campaigns.update(kept.id, draft(**changes))
    assert dump() == before
    assert services.campaigns.get(kept.id) == kept


def test_expected_leads_allows_thousands_separators(services):
    assert services.campaigns.create(draft(expected_leads="1,200")).expected_leads == 1200


# ---- attribution


@pytest.fixture
def spring(services):
    return services.campaigns.create(draft("Spring"))


def test_lead_contact_and_task_attributed_to_a_campaign(services, spring):
    lead = services.leads.create(LeadDraft(name="Ann", campaign_id=spring.id))
    assert lead.campaign_id == spring.id
    assert services.leads.detail(lead.id).lead.campaign_name == "Spring"
    contact = services.contacts.log(
        lead.id, ContactDraft(hat=Hat.MARKETING, channel=Channel.EMAIL, campaign_id=spring.id)
    )
    assert contact.campaign_id == spring.id
    task = services.tasks.create(TaskDraft("Write copy", Hat.MARKETING, campaign_id=spring.id))
    assert (task.campaign_id, task.campaign_name) == (spring.id, "Spring")
    assert services.tasks.listing(Hat.MARKETING)[0].campaign_name == "Spring"


def test_unknown_campaign_is_refused_and_writes_nothing(services, spring, dump):
    lead = services.leads.create(LeadDraft(name="Ann"))
    before = dump()
    with pytest.raises(ValidationError) as caught:
        services.leads.create(LeadDraft(name="Bob", campaign_id=999))
    assert list(caught.value.errors) == ["campaign"]
    with pytest.raises(ValidationError):
        services.leads.update(lead.id, LeadDraft(name="Ann", campaign_id=999))
    with pytest.raises(ValidationError):
        services.contacts.log(
            lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE, campaign_id=999)
        )
    with pytest.raises(ValidationError):
        services.tasks.create(TaskDraft("x", Hat.MARKETING, campaign_id=999))
    assert dump() == before


def test_deleting_a_campaign_unlinks_but_keeps_everything(services, spring, sql):
    other = services.campaigns.create(draft("Other"))
    lead = services.leads.create(LeadDraft(name="Ann", campaign_id=spring.id))
    kept = services.leads.create(LeadDraft(name="Bob", campaign_id=other.id))
    services.contacts.log(
        lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE, campaign_id=spring.id)
    )
    task = services.tasks.create(TaskDraft("Copy", Hat.MARKETING, campaign_id=spring.id))

    services.campaigns.delete(spring.id)

    with pytest.raises(NotFoundError):
        services.campaigns.get(spring.id)
    assert [c.id for c in services.campaigns.listing()] == [other.id]
    stored = services.leads.get(lead.id)
    assert stored.name == "Ann" and stored.campaign_id is None
    assert stored.contact_count == 1
    assert services.leads.detail(lead.id).lead.campaign_name == ""
    assert [c.campaign_id for c in services.contacts.for_lead(lead.id)] == [None]
    reloaded = services.tasks.get(task.id)
    assert (reloaded.campaign_id, reloaded.campaign_name) == (None, "")
    assert services.leads.get(kept.id).campaign_id == other.id
    assert sql("SELECT COUNT(*) FROM leads") == [(2,)]
    assert sql("SELECT COUNT(*) FROM stage_changes") == [(2,)]


# ---- stats


def test_stats_count_leads_mqls_customers_and_costs(services, clock):
    spring = services.campaigns.create(draft("Spring", budget="1,000"))
    free = services.campaigns.create(draft("Free", budget="", start=date(2026, 10, 1)))
    idle = services.campaigns.create(draft("Idle", budget="500", start=date(2026, 9, 1)))
    leads = [
        services.leads.create(LeadDraft(name=f"S{n}", campaign_id=spring.id)) for n in range(6)
    ]
    clock.now += timedelta(hours=1)
    # MQL then back to lead still reached MQL; straight to SQL passed MQL; a customer.
    services.leads.change_stage(leads[0].id, Stage.MQL)
    services.leads.change_stage(leads[0].id, Stage.LEAD)
    services.leads.change_stage(leads[1].id, Stage.SQL)
    services.leads.change_stage(leads[2].id, Stage.CUSTOMER)
    services.leads.change_stage(leads[3].id, Stage.LOST)
    # A promoter created straight away counts as MQL and customer.
    services.leads.create(LeadDraft(name="Fan", stage=Stage.PROMOTER, campaign_id=free.id))
    services.leads.create(LeadDraft(name="Free lead", campaign_id=free.id))
    services.leads.create(LeadDraft(name="Nobody's"))

    stats = {s.campaign.id: s for s in services.campaigns.stats()}
    assert list(stats) == [c.id for c in services.campaigns.listing()]
    s = stats[spring.id]
    assert (s.leads, s.mqls, s.customers) == (6, 3, 1)
    assert s.cost_per_lead == Decimal("166.67")
    assert s.cost_per_customer == Decimal("1000.00")
    f = stats[free.id]
    assert (f.leads, f.mqls, f.customers) == (2, 1, 1)
    assert f.cost_per_lead is None and f.cost_per_customer is None
    i = stats[idle.id]
    assert (i.leads, i.mqls, i.customers) == (0, 0, 0)
    assert i.cost_per_lead is None and i.cost_per_customer is None


def test_stats_follow_a_lead_moved_to_another_campaign(services):
    spring = services.campaigns.create(draft("Spring"))
    autumn = services.campaigns.create(draft("Autumn"))
    lead = services.leads.create(LeadDraft(name="Ann", campaign_id=spring.id))
    services.leads.update(lead.id, LeadDraft(name="Ann", campaign_id=autumn.id))
    stats = {s.campaign.id: s.leads for s in services.campaigns.stats()}
    assert stats == {spring.id: 0, autumn.id: 1}


def test_campaign_times_are_from_the_clock(services, clock, sql):
    clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    made = services.campaigns.create(draft())
    assert sql("SELECT created_at FROM campaigns WHERE id = ?", made.id) == [
        ("2026-11-20 08:00:00.000000",)
    ]
