"""PlanningService over a real SQLite file: targets, the month's picture, Today and insight.

The clock is moved through time while leads are created, moved and contacted, so every
stage change and contact carries the moment it really happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from funnelplanner.domain.agreement import (
    DEFAULT_GAPS,
    RULE_LOST_CONTACTS,
    RULE_SQL_FOLLOW_UP,
    AgreementSettings,
)
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.funnel import DEFAULT_RATES, Rates
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft, TargetDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.services import Services

BERLIN = ZoneInfo("Europe/Berlin")
NOV = Month(2026, 11)
P, L, M, S, C = Stage.PROSPECT, Stage.LEAD, Stage.MQL, Stage.SQL, Stage.CUSTOMER
PLANNED = (P, L, M, S, C)


@pytest.fixture
def utc(db_path, clock) -> Iterator[Services]:
    opened = Services.open(db_path, region="US", clock=clock, zone=UTC)
    yield opened
    opened.close()


@pytest.fixture
def berlin(db_path, clock) -> Iterator[Services]:
    opened = Services.open(db_path, region="US", clock=clock, zone=BERLIN)
    yield opened
    opened.close()


class World:
    """Drives the services with the clock set to each moment in turn."""

    def __init__(self, services: Services, clock) -> None:
        self.services = services
        self.clock = clock

    def at(self, when: datetime) -> World:
        self.clock.now = when
        return self

    def lead(self, name: str, stage: Stage = L, **fields) -> int:
        return self.services.leads.create(LeadDraft(name=name, stage=stage, **fields)).id

    def move(self, lead_id: int, stage: Stage) -> None:
        self.services.leads.change_stage(lead_id, stage)

    def contact(self, lead_id: int, hat: Hat = Hat.SALES, **fields) -> None:
        self.services.contacts.log(lead_id, ContactDraft(hat=hat, channel=Channel.PHONE, **fields))


@pytest.fixture
def world(utc, clock) -> World:
    return World(utc, clock)


def day(month: int, d: int, hour: int = 9, year: int = 2026) -> datetime:
    return datetime(year, month, d, hour, 0, tzinfo=UTC)


def counts(found: dict[Stage, int]) -> list[int]:
    return [found[stage] for stage in PLANNED]


def target(month: Month = NOV, customers: int | None = 5, rates: Rates = DEFAULT_RATES, **kw):
    return TargetDraft(
        month=month,
        customers=customers,
        revenue=kw.get("revenue"),
        deal_value=kw.get("deal_value"),
        rates=rates,
    )


# ---- targets


def test_no_target_anywhere_gives_default_rates_unsaved(utc):
    found = utc.planning.target(NOV)
    assert found.month == NOV
    assert (found.customers, found.revenue, found.deal_value) == (None, None, None)
    assert found.rates == DEFAULT_RATES
    assert found.stored is False


def test_set_and_get_target(utc):
    plan = Rates.of(prospect_lead="12.5", lead_mql=40, mql_sql=50, sql_customer=25)
    saved = utc.planning.set_target(target(customers=5, rates=plan))
    assert saved.stored is True
    found = utc.planning.target(NOV)
    assert found == saved
    assert found.customers == 5
    assert found.rates["prospect-lead"] == Decimal("12.5")


def test_set_target_again_replaces_it(utc):
    utc.planning.set_target(target(customers=5))
    utc.planning.set_target(target(customers=None, revenue=Decimal(1000), deal_value=Decimal(300)))
    found = utc.planning.target(NOV)
    assert found.customers is None
    assert found.revenue == Decimal("1000.00")
    assert found.deal_value == Decimal("300.00")


def test_target_carries_over_from_the_latest_earlier_month_unsaved(utc):
    utc.planning.set_target(target(Month(2026, 8), customers=3))
    utc.planning.set_target(
        target(Month(2026, 9), customers=7, rates=Rates.of(**_rates(sql_customer=30)))
    )
    utc.planning.set_target(target(Month(2027, 1), customers=99))
    found = utc.planning.target(NOV)
    assert found.month == NOV
    assert found.customers == 7
    assert found.rates["sql-customer"] == Decimal(30)
    assert found.stored is False
    # An earlier month sees only what came before it.
    assert utc.planning.target(Month(2026, 7)).rates == DEFAULT_RATES
    assert utc.planning.target(Month(2026, 7)).customers is None


def _rates(**changes) -> dict:
    values = {"prospect_lead": 20, "lead_mql": 40, "mql_sql": 50, "sql_customer": 25}
    values.update(changes)
    return values


@pytest.mark.parametrize(
    ("customers", "revenue", "deal", "field"),
    [
        (-1, None, None, "customers"),
        (None, None, None, "customers"),
        (None, Decimal(100), None, "customers"),
        (None, Decimal(100), Decimal(0), "deal_value"),
        (None, Decimal(-100), Decimal(10), "revenue"),
        (None, Decimal(10**7), Decimal("0.01"), "revenue"),
    ],
)
def test_invalid_target_writes_nothing(utc, dump, customers, revenue, deal, field):
    utc.planning.set_target(target(Month(2026, 10), customers=2))
    before = dump()
    with pytest.raises(ValidationError) as caught:
        utc.planning.set_target(target(customers=customers, revenue=revenue, deal_value=deal))
    assert list(caught.value.errors) == [field]
    assert dump() == before


# ---- the month's picture


def test_picture_of_an_empty_month(utc):
    picture = utc.planning.picture(NOV)
    assert picture.customers_wanted == 0
    assert [picture.needed[s].count for s in PLANNED] == [0, 0, 0, 0, 0]
    assert counts(picture.actual) == [0, 0, 0, 0, 0]
    assert counts(picture.previous_actual) == [0, 0, 0, 0, 0]
    assert all(rate is None for rate in picture.actual_rates.values())
    assert picture.breaches == []
    assert (picture.sql_follow_up_days, picture.min_contacts_before_lost) == (2, 3)


def test_picture_works_the_target_backwards(utc):
    utc.planning.set_target(target(customers=5))
    picture = utc.planning.picture(NOV)
    assert picture.customers_wanted == 5
    assert [picture.needed[s].count for s in PLANNED] == [500, 100, 40, 20, 5]
    assert picture.marketing_owes_mql == 40
    assert picture.sales_accepts_sql == 20
    assert picture.sales_owes_customers == 5


def test_picture_from_revenue_rounds_customers_up(utc):
    utc.planning.set_target(
        target(customers=None, revenue=Decimal(10000), deal_value=Decimal(3000))
    )
    picture = utc.planning.picture(NOV)
    assert picture.customers_wanted == 4
    assert picture.needed[S].count == 16


def test_picture_uses_carried_over_target(utc):
    utc.planning.set_target(target(Month(2026, 10), customers=2))
    picture = utc.planning.picture(NOV)
    assert picture.target.stored is False
    assert picture.customers_wanted == 2


@pytest.fixture
def november(world):
    """October and November of a small business, as lived through the clock."""
    w = world
    ids = {}
    # October: two leads, one reaches MQL.
    ids["oct1"] = w.at(day(10, 5)).lead("Oct One")
    ids["oct2"] = w.at(day(10, 6)).lead("Oct Two")
    w.at(day(10, 20)).move(ids["oct2"], M)
    # An October lead that becomes an SQL in November: only MQL and SQL count now.
    w.at(day(11, 2)).move(ids["oct1"], S)
    w.at(day(11, 3)).contact(ids["oct1"])  # in time
    # Straight from lead to SQL, contacted in time, then won.
    ids["quick"] = w.at(day(11, 3)).lead("Quick")
    w.at(day(11, 3, 10)).move(ids["quick"], S)
    w.at(day(11, 4)).contact(ids["quick"])
    w.at(day(11, 6)).move(ids["quick"], C)
    # An SQL whose first sales contact came 4 days later (a marketing touch does not help).
    ids["late"] = w.at(day(11, 5)).lead("Late", stage=M)
    w.at(day(11, 5, 10)).move(ids["late"], S)
    w.at(day(11, 6)).contact(ids["late"], hat=Hat.MARKETING)
    w.at(day(11, 9, 10)).contact(ids["late"])
    # An SQL never contacted, overdue by now.
    ids["ignored"] = w.at(day(11, 10)).lead("Ignored", stage=S)
    # An SQL not contacted yet, but still within its two days.
    ids["fresh"] = w.at(day(11, 14, 10)).lead("Fresh", stage=S)
    # Lost after one contact: a breach. Lost after three: fine.
    ids["dropped"] = w.at(day(11, 7)).lead("Dropped")
    w.at(day(11, 8)).contact(ids["dropped"])
    w.at(day(11, 9)).move(ids["dropped"], Stage.LOST)
    ids["tried"] = w.at(day(11, 7)).lead("Tried", stage=M)
    for d in (8, 9, 10):
        w.at(day(11, d)).contact(ids["tried"])
    w.at(day(11, 11)).move(ids["tried"], Stage.LOST)
    # A prospect only.
    ids["prospect"] = w.at(day(11, 12)).lead("Maybe", stage=P)
    # December activity does not count in November.
    w.at(day(12, 1, 0)).lead("Next month")
    w.at(day(11, 16))
    return ids


def test_picture_actuals_count_skipped_stages(utc, november):
    utc.planning.set_target(target(customers=5))
    picture = utc.planning.picture(NOV)
    # prospects: quick, late, ignored, fresh, dropped, tried, prospect
    # leads: quick, late, ignored, fresh, dropped, tried
    # MQLs: oct1, quick, late, ignored, fresh, tried ; SQLs: oct1, quick, late, ignored, fresh
    assert counts(picture.actual) == [7, 6, 6, 5, 1]
    assert counts(picture.previous_actual) == [2, 2, 1, 0, 0]
    assert picture.actual_rates == {
        "prospect-lead": Decimal("85.7"),
        "lead-mql": Decimal("100.0"),
        "mql-sql": Decimal("83.3"),
        "sql-customer": Decimal("20.0"),
    }


def test_picture_breaches(utc, november):
    breaches = utc.planning.picture(NOV).breaches
    found = [(b.lead_id, b.rule) for b in breaches]
    assert found == [
        (november["late"], RULE_SQL_FOLLOW_UP),
        (november["dropped"], RULE_LOST_CONTACTS),
        (november["ignored"], RULE_SQL_FOLLOW_UP),
    ]
    by_lead = {b.lead_id: b for b in breaches}
    late = by_lead[november["late"]]
    assert late.lead_name == "Late"
    assert late.when == day(11, 5, 10)
    assert late.detail == "first sales contact after 4 days (the agreement says 2)"
    assert by_lead[november["ignored"]].detail == (
        "no sales contact within 2 days of becoming an SQL"
    )
    dropped = by_lead[november["dropped"]]
    assert dropped.when == day(11, 9)
    assert dropped.detail == "marked lost after 1 contact (the agreement says at least 3)"


def test_the_fresh_sql_breaches_once_its_days_pass(utc, november, clock):
    clock.now = day(11, 16, 10)  # exactly two days after it became an SQL
    assert november["fresh"] not in {b.lead_id for b in utc.planning.picture(NOV).breaches}
    clock.now = day(11, 16, 11)
    assert november["fresh"] in {b.lead_id for b in utc.planning.picture(NOV).breaches}


def test_breaches_follow_the_agreement_settings(utc, november):
    utc.settings.save_agreement(AgreementSettings(sql_follow_up_days=5, min_contacts_before_lost=1))
    picture = utc.planning.picture(NOV)
    assert (picture.sql_follow_up_days, picture.min_contacts_before_lost) == (5, 1)
    assert [b.lead_id for b in picture.breaches] == [november["ignored"]]


def test_breaches_belong_to_the_month_they_happened_in(utc, november):
    assert utc.planning.picture(Month(2026, 10)).breaches == []
    assert utc.planning.picture(Month(2026, 12)).breaches == []


def test_picture_months_follow_the_time_zone(db_path, clock):
    # 23:30 UTC on 31 October is already November in Berlin.
    for zone, month in ((UTC, Month(2026, 10)), (BERLIN, NOV)):
        path = db_path.with_name(f"{zone}.sqlite".replace("/", "-"))
        services = Services.open(path, region="US", clock=clock, zone=zone)
        try:
            clock.now = datetime(2026, 10, 31, 23, 30, tzinfo=UTC)
            services.leads.create(LeadDraft(name="Midnight"))
            clock.now = day(11, 16)
            assert counts(services.planning.picture(month).actual)[:2] == [1, 1], zone
            other = NOV if month != NOV else Month(2026, 10)
            assert counts(services.planning.picture(other).actual)[:2] == [0, 0], zone
        finally:
            services.close()


def test_berlin_month_boundary_for_breaches(berlin, clock):
    w = World(berlin, clock)
    lead = w.at(datetime(2026, 10, 31, 23, 30, tzinfo=UTC)).lead("Late night", stage=S)
    w.at(day(11, 16))
    assert [b.lead_id for b in berlin.planning.picture(NOV).breaches] == [lead]
    assert berlin.planning.picture(Month(2026, 10)).breaches == []


def test_this_month_and_today_use_the_zone(berlin, clock):
    clock.now = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    assert berlin.planning.today() == date(2026, 12, 1)
    assert berlin.planning.this_month() == Month(2026, 12)


def test_trend_gives_each_month_oldest_first(utc, november):
    trend = utc.planning.trend(NOV, months=3)
    assert [m for m, _ in trend] == [Month(2026, 9), Month(2026, 10), NOV]
    assert all(r is None for r in trend[0][1].values())
    assert trend[1][1]["lead-mql"] == Decimal("50.0")
    assert trend[2][1]["sql-customer"] == Decimal("20.0")


# ---- rates from actuals


def test_rates_from_actuals_average_the_last_three_months(world, utc):
    w = world
    utc.planning.set_target(target(customers=5, rates=Rates.of(**_rates(sql_customer=30))))

    def month_of(month: int, leads: int, mqls: int, sqls: int = 0) -> None:
        ids = [w.at(day(month, 2)).lead(f"{month}-{n}") for n in range(leads)]
        for lead_id in ids[:mqls]:
            w.at(day(month, 10)).move(lead_id, M)
        for lead_id in ids[:sqls]:
            w.at(day(month, 12)).move(lead_id, S)

    month_of(7, 1, 1)  # July is four months back: left out
    month_of(8, 4, 2, 1)  # lead→MQL 50 %, MQL→SQL 50 %, SQL→customer 0 %
    month_of(9, 4, 1)  # lead→MQL 25 %, MQL→SQL 0 %
    month_of(10, 5, 3)  # lead→MQL 60 %
    month_of(11, 10, 10, 10)  # the month itself is left out
    found = utc.planning.rates_from_actuals(NOV)
    assert found["prospect-lead"] == Decimal("100.0")
    assert found["lead-mql"] == Decimal("45.0")
    assert found["mql-sql"] == Decimal("50.0")  # months at 0 % say nothing
    assert found["sql-customer"] == Decimal(30)  # no data: the planned rate stays


def test_rates_from_actuals_without_history_are_the_planned_rates(utc):
    assert utc.planning.rates_from_actuals(NOV) == DEFAULT_RATES


def test_rates_from_actuals_can_be_saved_as_a_target(world, utc):
    ids = [world.at(day(10, 2)).lead(f"L{n}") for n in range(3)]
    world.at(day(10, 3)).move(ids[0], M)
    rates = utc.planning.rates_from_actuals(NOV)
    assert rates["lead-mql"] == Decimal("33.3")
    utc.planning.set_target(target(customers=1, rates=rates))
    assert utc.planning.target(NOV).rates == rates


# ---- Today


def test_today_picture(world, utc, clock):
    w = world
    services = utc
    # Follow-ups: due today, overdue, later, and a lost lead's (never shown).
    due = w.at(day(11, 10)).lead("Due", next_follow_up=date(2026, 11, 16))
    overdue = w.lead("Overdue", next_follow_up=date(2026, 11, 10))
    w.lead("Later", next_follow_up=date(2026, 11, 17))
    gone = w.lead("Gone", next_follow_up=date(2026, 11, 1))
    w.move(gone, Stage.LOST)
    # Going cold: an MQL silent 8 days (gap 7); an SQL contacted 3 days ago (gap 5) is fine.
    cold_mql = w.at(day(11, 5)).lead("Cold MQL", stage=M)
    w.at(day(11, 8)).contact(cold_mql, hat=Hat.MARKETING)
    warm_sql = w.at(day(11, 12)).lead("Warm SQL", stage=S)
    w.at(day(11, 13)).contact(warm_sql)
    # A prospect created 31 days ago and never contacted (gap 30).
    old_prospect = w.at(day(10, 16, 8)).lead("Old prospect", stage=P)
    # SQLs waiting: one with only a marketing touch, one contacted by sales before it
    # became an SQL; the warm SQL was contacted by sales after, so it is not waiting.
    touched = w.at(day(11, 14)).lead("Marketing only", stage=S)
    w.at(day(11, 14, 10)).contact(touched, hat=Hat.MARKETING)
    before = w.at(day(11, 10)).lead("Before", stage=M)
    w.at(day(11, 11)).contact(before)
    w.at(day(11, 12)).move(before, S)
    # Tasks.
    tasks = services.tasks
    mk_due = tasks.create(TaskDraft("Post", Hat.MARKETING, due=date(2026, 11, 16))).id
    mk_old = tasks.create(TaskDraft("Mail", Hat.MARKETING, due=date(2026, 11, 2))).id
    tasks.create(TaskDraft("Plan", Hat.MARKETING, due=date(2026, 11, 17)))
    tasks.create(TaskDraft("Someday", Hat.MARKETING))
    done = tasks.create(TaskDraft("Done", Hat.MARKETING, due=date(2026, 11, 1))).id
    tasks.set_done(done)
    sales_due = tasks.create(TaskDraft("Call", Hat.SALES, due=date(2026, 11, 15))).id
    # Campaigns: running, open-ended, ended, not started.
    camp = services.campaigns
    running = camp.create(
        CampaignDraft("Running", CampaignChannel.ADS, date(2026, 11, 1), date(2026, 11, 30))
    ).id
    open_ended = camp.create(CampaignDraft("Always", CampaignChannel.BLOG_SEO)).id
    last_day = camp.create(
        CampaignDraft("Ends today", CampaignChannel.SOCIAL, date(2026, 11, 1), date(2026, 11, 16))
    ).id
    camp.create(
        CampaignDraft("Ended", CampaignChannel.EVENT, date(2026, 10, 1), date(2026, 11, 15))
    )
    camp.create(CampaignDraft("Soon", CampaignChannel.WEBINAR, start=date(2026, 11, 17)))

    clock.now = day(11, 16)
    today = services.planning.today_picture()
    assert today.day == date(2026, 11, 16)
    assert today.checked_at == clock.now
    assert [lead.id for lead in today.follow_ups_due] == [overdue, due]
    cold = {c.lead.id: c for c in today.going_cold}
    assert set(cold) == {cold_mql, old_prospect}
    assert (cold[cold_mql].days_silent, cold[cold_mql].allowed) == (8, 7)
    assert (cold[old_prospect].days_silent, cold[old_prospect].allowed) == (31, 30)
    assert [c.lead.id for c in today.going_cold] == [old_prospect, cold_mql]
    assert [lead.id for lead in today.sqls_waiting] == [before, touched]
    # The printed plan asks for only these two lists; they are Today's own.
    chase = services.planning.leads_to_chase()
    assert (chase.sqls_waiting, chase.going_cold, chase.going_cold_total) == (
        today.sqls_waiting,
        today.going_cold,
        today.going_cold_total,
    )
    assert {t.id for t in today.marketing_tasks} == {mk_due, mk_old}
    assert [t.id for t in today.sales_tasks] == [sales_due]
    assert {c.id for c in today.campaigns_running} == {running, open_ended, last_day}


def test_going_cold_follows_the_gaps_in_the_settings(world, utc, clock):
    lead = world.at(day(11, 10)).lead("Quiet", stage=M)
    clock.now = day(11, 16)
    assert utc.planning.today_picture().going_cold == []
    gaps = dict(DEFAULT_GAPS)
    gaps[M] = 3
    utc.settings.save_agreement(AgreementSettings(cold_gaps=gaps))
    cold = utc.planning.today_picture().going_cold
    assert [(c.lead.id, c.days_silent, c.allowed) for c in cold] == [(lead, 6, 3)]


def test_lost_leads_never_go_cold(world, utc, clock):
    lead = world.at(day(1, 1)).lead("Long gone")
    world.move(lead, Stage.LOST)
    clock.now = day(11, 16)
    assert utc.planning.today_picture().going_cold == []


def test_sqls_waiting_each_judged_by_their_own_sql_entry(world, utc, clock):
    # Regression: with several SQLs, each one's own entry decides, not the latest of all.
    early = world.at(day(11, 12)).lead("Early", stage=S)
    world.at(day(11, 13)).contact(early)
    later = world.at(day(11, 14)).lead("Later", stage=S)
    clock.now = day(11, 16)
    assert [lead.id for lead in utc.planning.today_picture().sqls_waiting] == [later]


def test_an_sql_that_falls_back_and_returns_waits_again(world, utc, clock):
    lead = world.at(day(11, 2)).lead("Again", stage=S)
    world.at(day(11, 3)).contact(lead)
    world.at(day(11, 4)).move(lead, M)
    world.at(day(11, 10)).move(lead, S)
    clock.now = day(11, 11)
    assert [w.id for w in utc.planning.today_picture().sqls_waiting] == [lead]
    world.contact(lead)
    assert utc.planning.today_picture().sqls_waiting == []


def test_today_is_the_local_day(berlin, clock):
    clock.now = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # 16 November in Berlin
    task = berlin.tasks.create(TaskDraft("Post", Hat.MARKETING, due=date(2026, 11, 16)))
    today = berlin.planning.today_picture()
    assert today.day == date(2026, 11, 16)
    assert [t.id for t in today.marketing_tasks] == [task.id]


def test_follow_ups_in_a_month(world, utc):
    first = world.at(day(11, 1)).lead("First", next_follow_up=date(2026, 11, 1))
    last = world.lead("Last", next_follow_up=date(2026, 11, 30))
    world.lead("December", next_follow_up=date(2026, 12, 1))
    world.lead("October", next_follow_up=date(2026, 10, 31))
    assert [lead.id for lead in utc.planning.follow_ups_in(NOV)] == [first, last]


# ---- by source and contact insight


def test_by_source(world, utc):
    a = world.at(day(11, 1)).lead("A", source="Web")
    world.lead("B", source="Web")
    world.lead("C", source="Web")
    d = world.lead("D", source="Fair")
    world.lead("E")
    world.move(a, C)
    world.move(d, Stage.PROMOTER)
    rows = utc.planning.by_source()
    assert [(r.source, r.leads, r.customers) for r in rows] == [
        ("Web", 3, 1),
        ("(none)", 1, 0),
        ("Fair", 1, 1),
    ]


def test_contact_insight_with_nothing_won(world, utc):
    world.at(day(11, 1)).lead("Open", stage=M)
    insight = utc.planning.contact_insight()
    assert insight.median is None
    assert insight.customers == 0
    assert insight.under_worked == [] and insight.over_worked == []


def test_contact_insight(world, utc):
    w = world
    campaign = utc.campaigns.create(CampaignDraft("Spring", CampaignChannel.ADS)).id

    def won(name: str, contacts: int, **fields) -> int:
        lead = w.at(day(10, 1)).lead(name, **fields)
        for n in range(contacts):
            w.at(day(10, 2 + n)).contact(lead)
        w.at(day(10, 20)).move(lead, C)
        return lead

    won("W2", 2, source="Web")
    won("W4", 4, source="Web", campaign_id=campaign)
    won("W6", 6, source="Fair", campaign_id=campaign)
    # A contact after the sale does not count towards it.
    late = won("W3", 3, source="Web")
    w.at(day(10, 25)).contact(late)
    # Open leads: an MQL with 1 contact (under), an SQL with 3 (fine), a lead with 0
    # (not an MQL/SQL: not listed as under-worked), a prospect with 8 (over-worked).
    under = w.at(day(11, 1)).lead("Under", stage=M)
    w.at(day(11, 2)).contact(under)
    fine = w.lead("Fine", stage=S)
    for _ in range(4):
        w.contact(fine)
    w.lead("Quiet lead")
    over = w.lead("Over", stage=P)
    for _ in range(8):
        w.contact(over)
    lost = w.lead("Lost", stage=M)
    w.move(lost, Stage.LOST)

    insight = utc.planning.contact_insight()
    assert insight.customers == 4
    assert insight.won_contacts == [2, 3, 4, 6]
    assert insight.median == Decimal("3.5")
    assert [(r.group, r.customers, r.median_contacts) for r in insight.by_source] == [
        ("Web", 3, Decimal(3)),
        ("Fair", 1, Decimal(6)),
    ]
    assert [(r.group, r.customers) for r in insight.by_campaign] == [
        ("(none)", 2),
        ("Spring", 2),
    ]
    assert [lead.id for lead in insight.under_worked] == [under]
    assert [lead.id for lead in insight.over_worked] == [over]


def test_contact_insight_lists_the_first_few_and_counts_the_rest(world, utc):
    """With thousands of open leads the lists hold the first ``limit``: the least worked
    of the under-worked, the most worked of the over-worked; the totals count them all."""
    w = world
    for name in ("W4a", "W4b"):
        lead = w.at(day(10, 1)).lead(name)
        for n in range(4):
            w.at(day(10, 2 + n)).contact(lead)
        w.at(day(10, 20)).move(lead, C)
    # Median 4: MQLs and SQLs with 0-3 contacts are under-worked, open leads with 9+ over.
    under = {}
    for contacts, stage in ((3, M), (0, S), (2, M), (1, S)):
        lead = w.at(day(11, 1)).lead(f"Under {contacts}", stage=stage)
        for _ in range(contacts):
            w.contact(lead)
        under[contacts] = lead
    over = {}
    for contacts in (9, 12, 10):
        lead = w.lead(f"Over {contacts}", stage=P)
        for _ in range(contacts):
            w.contact(lead)
        over[contacts] = lead

    everything = utc.planning.contact_insight()
    first_two = utc.planning.contact_insight(limit=2)

    assert [lead.id for lead in everything.under_worked] == [under[n] for n in (0, 1, 2, 3)]
    assert [lead.id for lead in everything.over_worked] == [over[n] for n in (12, 10, 9)]
    assert [lead.id for lead in first_two.under_worked] == [under[0], under[1]]
    assert [lead.id for lead in first_two.over_worked] == [over[12], over[10]]
    assert (first_two.under_worked_total, first_two.over_worked_total) == (4, 3)
    assert (everything.under_worked_total, everything.over_worked_total) == (4, 3)


def test_contacts_to_close_is_the_insights_own_figure(world, utc):
    """The plan's chart reads only the contacts each sale took; they are the insight's."""
    assert utc.planning.contacts_to_close().won_contacts == []
    assert utc.planning.contacts_to_close().median is None
    w = world
    for name, contacts in (("A", 5), ("B", 1), ("C", 2)):
        lead = w.at(day(10, 1)).lead(name)
        for n in range(contacts):
            w.at(day(10, 2 + n)).contact(lead)
        w.at(day(10, 20)).move(lead, C)
        w.at(day(10, 25)).contact(lead)  # after the sale: not counted

    to_close = utc.planning.contacts_to_close()
    insight = utc.planning.contact_insight()

    assert to_close.won_contacts == [1, 2, 5] == insight.won_contacts
    assert to_close.median == Decimal(2) == insight.median


def test_open_task_counts_per_hat(utc):
    assert utc.planning.open_task_counts() == {Hat.MARKETING: 0, Hat.SALES: 0}
    for title in ("a", "b", "c"):
        utc.tasks.create(TaskDraft(title, Hat.SALES, None))
    done = utc.tasks.create(TaskDraft("d", Hat.MARKETING, date(2026, 11, 1))).id
    utc.tasks.set_done(done, True)
    assert utc.planning.open_task_counts() == {Hat.MARKETING: 0, Hat.SALES: 3}
