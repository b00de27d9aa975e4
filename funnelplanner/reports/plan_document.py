"""The monthly plan as blocks: targets and the agreement, each hat's work, and the charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from funnelplanner.domain.business_settings import format_money
from funnelplanner.domain.funnel import PLANNED_STAGES, STEPS, format_percent
from funnelplanner.domain.models import Lead, Task
from funnelplanner.domain.pace import pace
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.reports import charts
from funnelplanner.reports.page_blocks import Column, Typesetter
from funnelplanner.reports.page_flow import Block
from funnelplanner.reports.plan_data import PlanData
from funnelplanner.reports.svg_chart import figure_svg

RIGHT = Qt.AlignmentFlag.AlignRight
NOTE_LINES = 6


def plan_blocks(data: PlanData, ts: Typesetter) -> list[Block]:
    who = data.business_name or "Monthly plan"
    blocks = [
        ts.title(
            f"{data.month.label}: the plan",
            f"{who} · printed {long_date(data.printed_on)}",
        )
    ]
    blocks += _targets(data, ts)
    blocks += _marketing(data, ts)
    blocks += _sales(data, ts)
    blocks += _charts(data, ts)
    return blocks


# ---- targets and the agreement


def _targets(data: PlanData, ts: Typesetter) -> list[Block]:
    picture = data.picture
    target = picture.target
    month = data.month
    blocks = [ts.heading("Targets and the agreement")]
    if picture.customers_wanted == 0:
        blocks.append(
            ts.empty(
                f"No target is set for {month.label}. Set one in the Month plan tab "
                "(or with “funnelplanner target set”) and print again."
            )
        )
    else:
        if target.customers is not None:
            aim = f"{_count(picture.customers_wanted, 'new customer')} this month"
        else:
            aim = (
                f"Revenue of {money(target.revenue, data.currency)} at "
                f"{money(target.deal_value, data.currency)} a deal: "
                f"{_count(picture.customers_wanted, 'new customer')}"
            )
        blocks += ts.facts([("Target", aim)])

    previous = month.previous()
    blocks.append(ts.heading("The funnel, worked backwards", level=2))
    rates = dict(picture.target.rates.values)
    step_for = {source: (name, target_stage) for name, source, target_stage in STEPS}
    rows: list[list[str | bool]] = []
    for stage in PLANNED_STAGES:
        step = step_for.get(stage)
        rate = (
            f"{format_percent(rates[step[0]])} become {step[1].plural}" if step is not None else ""
        )
        rows.append(
            [
                stage.label,
                f"{picture.needed[stage].count:,}",
                f"{picture.previous_actual[stage]:,}",
                f"{picture.actual[stage]:,}",
                rate,
            ]
        )
    blocks += ts.table(
        [
            Column("Stage", 1.2),
            Column("Needed", 1.0, RIGHT),
            Column(f"{previous.label} actual", 1.5, RIGHT),
            Column(f"{month.label} so far", 1.6, RIGHT),
            Column("Planned conversion", 2.2),
        ],
        rows,
        continued=[ts.heading("The funnel, worked backwards (continued)", level=2)],
    )

    today = data.printed_on
    mqls = picture.actual[Stage.MQL]
    customers = picture.actual[Stage.CUSTOMER]
    blocks.append(ts.heading("Who owes what", level=2))
    blocks += ts.facts(
        [
            (
                "Marketing owes",
                f"{picture.marketing_owes_mql:,} {Stage.MQL.plural} "
                f"from {picture.needed[Stage.LEAD].count:,} {Stage.LEAD.plural}: "
                f"{mqls:,} so far, {pace(mqls, picture.marketing_owes_mql, month, today)}.",
            ),
            (
                "Sales owes",
                f"{_count(picture.sales_owes_customers, 'customer')} from the "
                f"{picture.sales_accepts_sql:,} {Stage.SQL.plural} it accepts: {customers:,} "
                f"so far, {pace(customers, picture.sales_owes_customers, month, today)}.",
            ),
            (
                "The rules",
                f"Sales follows up each new SQL within {_count(picture.sql_follow_up_days, 'day')} "
                f"and makes at least {_count(picture.min_contacts_before_lost, 'contact')} "
                "before marking a lead lost.",
            ),
        ]
    )
    blocks.append(ts.heading("Agreement broken this month", level=2))
    if picture.breaches:
        blocks += ts.table(
            [Column("When", 1.0), Column("Lead", 1.6), Column("What happened", 4.0)],
            [[short_date(b.when.date()), b.lead_name, b.detail] for b in picture.breaches],
            continued=[ts.heading("Agreement broken this month (continued)", level=2)],
        )
    else:
        blocks.append(ts.empty("Nothing: both hats kept the agreement so far."))
    return blocks


# ---- the marketing hat


def _marketing(data: PlanData, ts: Typesetter) -> list[Block]:
    month = data.month
    blocks = [ts.heading("Marketing hat")]
    title = f"Campaigns running in {month.label}"
    blocks.append(ts.heading(title, level=2))
    if data.campaigns:
        blocks += ts.table(
            [
                Column("Campaign", 2.4),
                Column("Channel", 1.2),
                Column("Runs", 1.9),
                Column("Budget", 1.0, RIGHT),
                Column("Expected leads", 1.0, RIGHT),
            ],
            [
                [
                    c.name,
                    c.channel.label,
                    _runs(c.start, c.end),
                    money(c.budget, data.currency),
                    "" if c.expected_leads is None else f"{c.expected_leads:,}",
                ]
                for c in data.campaigns
            ],
            continued=[_continued(ts, "Marketing hat", title)],
        )
    else:
        blocks.append(ts.empty(f"No campaign runs in {month.label}."))
    blocks += _task_table(ts, "Marketing hat", "Marketing tasks", data.marketing_tasks, data)
    blocks += _notes(ts)
    return blocks


# ---- the sales hat


def _sales(data: PlanData, ts: Typesetter) -> list[Block]:
    month = data.month
    blocks = [ts.heading("Sales hat")]

    title = f"Follow-ups due in {month.label}"
    blocks.append(ts.heading(title, level=2))
    if data.follow_ups:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column("Lead", 2.6),
                Column("Stage", 0.9),
                Column("Contacts", 0.8, RIGHT),
                Column("Last contact", 1.2),
                Column("Follow up", 1.1),
            ],
            [
                [
                    False,
                    _who(lead),
                    lead.stage.label,
                    f"{lead.contact_count:,}",
                    _last_contact(lead.last_contact),
                    short_date(lead.next_follow_up),
                ]
                for lead in data.follow_ups
            ],
            continued=[_continued(ts, "Sales hat", title)],
        )
    else:
        blocks.append(ts.empty(f"No follow-up is due in {month.label}."))

    title = "SQLs waiting for a first contact"
    blocks.append(ts.heading(title, level=2))
    if data.sqls_waiting:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column("Lead", 2.4),
                Column("Phone", 1.5),
                Column("Email", 2.4),
            ],
            [[False, _who(lead), lead.phone, lead.email] for lead in data.sqls_waiting],
            continued=[_continued(ts, "Sales hat", title)],
        )
    else:
        blocks.append(ts.empty("None: every SQL has had its first sales contact."))

    title = "Leads going cold"
    blocks.append(ts.heading(title, level=2))
    if data.going_cold:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column("Lead", 2.6),
                Column("Stage", 0.9),
                Column("Silent for", 1.0, RIGHT),
                Column("Allowed", 0.9, RIGHT),
                Column("Last contact", 1.2),
            ],
            [
                [
                    False,
                    _who(cold.lead),
                    cold.lead.stage.label,
                    _count(cold.days_silent, "day"),
                    _count(cold.allowed, "day"),
                    _last_contact(cold.lead.last_contact),
                ]
                for cold in data.going_cold
            ],
            continued=[_continued(ts, "Sales hat", title)],
        )
        more = data.going_cold_total - len(data.going_cold)
        if more > 0:
            blocks.append(
                ts.empty(f"… and {more:,} more leads going cold (those silent longest are above).")
            )
    else:
        blocks.append(ts.empty("None: every lead has been contacted within its gap."))

    blocks += _task_table(ts, "Sales hat", "Sales tasks", data.sales_tasks, data)
    blocks += _notes(ts)
    return blocks


# ---- shared pieces


def _task_table(
    ts: Typesetter, hat: str, what: str, tasks: list[Task], data: PlanData
) -> list[Block]:
    title = f"{what} due in {data.month.label}"
    blocks = [ts.heading(title, level=2)]
    if not tasks:
        return [*blocks, ts.empty(f"No {what.lower()} are due in {data.month.label}.")]
    marketing = hat.startswith("Marketing")
    link = "Campaign" if marketing else "Lead"
    blocks += ts.table(
        [Column("", 0, box=True), Column("Task", 3.4), Column("Due", 1.7), Column(link, 1.7)],
        [
            [
                t.done,
                t.title,
                _due(t, data),
                t.campaign_name if marketing else t.lead_name,
            ]
            for t in tasks
        ],
        continued=[_continued(ts, hat, title)],
    )
    return blocks


def _notes(ts: Typesetter) -> list[Block]:
    return [ts.heading("Notes", level=2), ts.note_lines(NOTE_LINES)]


def _charts(data: PlanData, ts: Typesetter) -> list[Block]:
    picture = data.picture
    makers: list[Callable[[float, float], bytes]] = [
        lambda w, h: figure_svg(charts.funnel_chart(picture, charts.PAPER), w, h),
        lambda w, h: figure_svg(
            charts.contacts_to_close_chart(data.won_contacts, data.median_contacts, charts.PAPER),
            w,
            h,
        ),
    ]
    return [ts.heading("Charts"), *ts.charts(makers)]


def _continued(ts: Typesetter, hat: str, title: str) -> Block:
    return ts.heading(f"{hat} · {title} (continued)", level=2)


def _who(lead: Lead) -> str:
    return f"{lead.name} ({lead.company})" if lead.company else lead.name


def _due(task: Task, data: PlanData) -> str:
    if task.due is None:
        return ""
    late = not task.done and task.due < data.printed_on
    return short_date(task.due) + (" (overdue)" if late else "")


def _runs(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "ongoing"
    if start is None:
        return f"until {short_date(end)}"
    if end is None:
        return f"from {short_date(start)}"
    return f"{short_date(start)} – {short_date(end)}"


def _last_contact(when: datetime | None) -> str:
    return "never" if when is None else short_date(when.astimezone().date())


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day.day} {day:%b %Y}"


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def money(value: Decimal | None, currency: str) -> str:
    """An amount in the business's currency; the plan is written in English."""
    if value is None:
        return ""
    return format_money(value, currency, "en")
