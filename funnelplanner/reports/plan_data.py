"""Everything the printed monthly plan shows, gathered from the services in one place."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from funnelplanner.domain.models import Lead, Task
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import Campaign, ColdLead, MonthPicture
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.reports.page_flow import Frame
from funnelplanner.reports.plan_charts import DrawnCharts
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
    charts: DrawnCharts  # drawn for a page size already when gather_plan was given one
    going_cold_total: int = 0
    sqls_waiting_total: int = 0
    currency: str = "USD"  # ISO 4217, from the business's settings


# Threads reading at once: SQLite answers in C without Python's lock, so two queries run
# on two cores; a third thread keeps both busy while another turns rows into objects.
GATHERING_THREADS = 3


def gather_plan(services: Services, month: Month, chart_frame: Frame | None = None) -> PlanData:
    """Everything the plan shows, read by several threads at once (each read is its own
    transaction, as it would be one after another).

    ``chart_frame``: the pages the plan will print on. The charts are then drawn for
    them here, on the gathering thread, rather than when the pages are laid out.
    """
    planning = services.planning
    today = planning.today()
    with ThreadPoolExecutor(GATHERING_THREADS, thread_name_prefix="plan-gather") as pool:
        # The slowest first, so they start at once; what the charts need among them.
        picture = pool.submit(planning.picture, month)
        to_close = pool.submit(planning.contacts_to_close)
        chase = pool.submit(planning.leads_to_chase)
        follow_ups = pool.submit(planning.follow_ups_in, month)
        marketing = pool.submit(_tasks_for, services, Hat.MARKETING, month, today)
        sales = pool.submit(_tasks_for, services, Hat.SALES, month, today)
        campaigns = pool.submit(services.campaigns.listing)
        business = services.settings.business()
        won = to_close.result()
        charts = DrawnCharts(picture.result(), won.won_contacts, won.median)
        if chart_frame is not None:
            # On this thread, whichever it is: the print preview's worker draws them, so
            # the GUI thread does not.
            charts.draw_for(chart_frame)
    chased = chase.result()
    return PlanData(
        month=month,
        business_name=business.name,
        printed_on=today,
        picture=picture.result(),
        campaigns=sorted(
            (c for c in campaigns.result() if c.overlaps(month)),
            key=lambda c: (c.start or month.first_day, c.name.casefold()),
        ),
        marketing_tasks=marketing.result(),
        sales_tasks=sales.result(),
        follow_ups=follow_ups.result(),
        sqls_waiting=chased.sqls_waiting,
        going_cold=chased.going_cold,
        going_cold_total=chased.going_cold_total,
        sqls_waiting_total=chased.sqls_waiting_total,
        won_contacts=won.won_contacts,
        median_contacts=won.median,
        charts=charts,
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
