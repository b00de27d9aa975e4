"""Records of the planning side: campaigns, monthly targets and the month's picture."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from funnelplanner.domain.agreement import Breach
from funnelplanner.domain.funnel import Need, Rates
from funnelplanner.domain.models import Lead, Task
from funnelplanner.domain.month import Month
from funnelplanner.domain.vocabulary import Stage


class CampaignChannel(StrEnum):
    NEWSLETTER = "newsletter"
    ADS = "ads"
    BLOG_SEO = "blog_seo"
    SOCIAL = "social"
    WEBINAR = "webinar"
    EVENT = "event"
    DIRECT_MAIL = "direct_mail"
    REFERRAL = "referral"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"blog_seo": "Blog / SEO", "direct_mail": "Direct mail"}.get(
            self.value, self.value.capitalize()
        )


@dataclass(frozen=True)
class CampaignDraft:
    name: str
    channel: CampaignChannel
    start: date | None = None
    end: date | None = None
    budget: str = ""
    expected_leads: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    channel: CampaignChannel
    start: date | None
    end: date | None
    budget: Decimal | None
    expected_leads: int | None
    notes: str

    def runs_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, month: Month) -> bool:
        return (self.start is None or self.start <= month.last_day) and (
            self.end is None or self.end >= month.first_day
        )


@dataclass(frozen=True)
class CampaignStats:
    """A campaign with what it brought in and what each result cost."""

    campaign: Campaign
    leads: int
    mqls: int
    customers: int

    @property
    def cost_per_lead(self) -> Decimal | None:
        return _per(self.campaign.budget, self.leads)

    @property
    def cost_per_customer(self) -> Decimal | None:
        return _per(self.campaign.budget, self.customers)


def _per(budget: Decimal | None, count: int) -> Decimal | None:
    if budget is None or count == 0:
        return None
    return (budget / count).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class TargetDraft:
    """A month's targets as typed: customers, or revenue with an average deal value."""

    month: Month
    customers: int | None
    revenue: Decimal | None
    deal_value: Decimal | None
    rates: Rates


@dataclass(frozen=True)
class MonthTarget:
    month: Month
    customers: int | None
    revenue: Decimal | None
    deal_value: Decimal | None
    rates: Rates
    stored: bool  # False: defaults offered from an earlier month, not saved yet


@dataclass(frozen=True)
class MonthPicture:
    """A month's target worked backwards, beside what actually happened."""

    target: MonthTarget
    customers_wanted: int
    needed: dict[Stage, Need]
    actual: dict[Stage, int]
    actual_rates: dict[str, Decimal | None]
    previous_actual: dict[Stage, int]
    breaches: list[Breach]
    sql_follow_up_days: int
    min_contacts_before_lost: int

    @property
    def marketing_owes_mql(self) -> int:
        return self.needed[Stage.MQL].count

    @property
    def sales_owes_customers(self) -> int:
        return self.needed[Stage.CUSTOMER].count

    @property
    def sales_accepts_sql(self) -> int:
        return self.needed[Stage.SQL].count


@dataclass(frozen=True)
class ColdLead:
    lead: Lead
    days_silent: int
    allowed: int


@dataclass(frozen=True)
class TodayPicture:
    """What each hat has on its plate today."""

    day: date
    marketing_tasks: list[Task] = field(default_factory=list)
    campaigns_running: list[Campaign] = field(default_factory=list)
    sales_tasks: list[Task] = field(default_factory=list)
    follow_ups_due: list[Lead] = field(default_factory=list)
    going_cold: list[ColdLead] = field(default_factory=list)
    sqls_waiting: list[Lead] = field(default_factory=list)
    checked_at: datetime | None = None
    # How many there are in all; the lists hold the first ones only.
    follow_ups_total: int = 0
    going_cold_total: int = 0
    sqls_waiting_total: int = 0
