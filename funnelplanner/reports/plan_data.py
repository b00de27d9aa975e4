"""Everything the printed monthly plan shows, gathered from the services in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from funnelplanner.domain.models import Lead, Task
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import Campaign, ColdLead, MonthPicture
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services


@dataclass(frozen=True)
class PlanData:
    month: Month
    business_name: str
    printed_on: date
    picture: MonthPicture
    campaigns: list[Campaign]
    marketing_tasks: list[Task]
    sales_tasks: list[Task]
    follow_ups: list[Lead]
    sqls_waiting: list[Lead]  # the longest waiting; sqls_waiting_total counts them all
    going_cold: list[ColdLead]  # the quietest first; going_cold_total counts them all
    won_contacts: list[int]
    median_contacts: Decimal | None
    going_cold_total: int = 0
    sqls_waiting_total: int = 0
    currency: str = "USD"  # ISO 4217, from the business's settings


def gather_plan(services: Services, month: Month) -> PlanData:
    planning = services.planning
    business = services.settings.business()
    today = planning.today()
    chase = planning.leads_to_chase()
    to_close = planning.contacts_to_close()
    return PlanData(
        month=month,
        business_name=business.name,
        printed_on=today,
        picture=planning.picture(month),
        campaigns=sorted(
            (c for c in services.campaigns.listing() if c.overlaps(month)),
            key=lambda c: (c.start or month.first_day, c.name.casefold()),
        ),
        marketing_tasks=_tasks_for(services, Hat.MARKETING, month, today),
        sales_tasks=_tasks_for(services, Hat.SALES, month, today),
        follow_ups=planning.follow_ups_in(month),
        sqls_waiting=chase.sqls_waiting,
        going_cold=chase.going_cold,
        going_cold_total=chase.going_cold_total,
        sqls_waiting_total=chase.sqls_waiting_total,
        won_contacts=to_close.won_contacts,
        median_contacts=to_close.median,
        currency=business.currency,
    )


def _tasks_for(services: Services, hat: Hat, month: Month, today: date) -> list[Task]:
    """Tasks due in the month, plus open tasks already overdue when it starts (if the
    month is not over yet): they still need doing, so they belong on this month's list."""
    tasks = [
        t
        for t in services.tasks.listing(hat, include_done=True)
        if t.due is not None
        and (
            month.contains(t.due)
            or (not t.done and t.due < month.first_day and today <= month.last_day)
        )
    ]
    return sorted(tasks, key=lambda t: (t.due or month.first_day, t.title.casefold()))
