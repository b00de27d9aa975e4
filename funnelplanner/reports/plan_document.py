"""The monthly plan as blocks: targets and the agreement, each hat's work, and the charts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Qt

from funnelplanner.domain.business_settings import format_money
from funnelplanner.domain.funnel import PLANNED_STAGES, STEPS, format_percent
from funnelplanner.domain.models import Lead, Task
from funnelplanner.domain.pace import pace_of
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.reports.page_blocks import Column, Typesetter
from funnelplanner.reports.page_flow import Block
from funnelplanner.reports.plan_data import PlanData
from funnelplanner.reports.printed_words import (
    campaign_channel,
    hat_title,
    long_date,
    month_name,
    pace_words,
    plural,
    short_date,
    stage,
    stage_plural,
    translated,
)
from funnelplanner.services.planning import TODAY_LIMIT

RIGHT = Qt.AlignmentFlag.AlignRight
NOTE_LINES = 6
PRINTED_BREACHES = TODAY_LIMIT  # as many as a Today list holds


def plan_blocks(data: PlanData, ts: Typesetter) -> list[Block]:
    who = data.business_name or QCoreApplication.translate("PlanDocument", "Monthly plan")
    blocks = [
        ts.title(
            plan_title(data),
            QCoreApplication.translate("PlanDocument", "{who} · printed {day}").format(
                who=who, day=long_date(data.printed_on)
            ),
        )
    ]
    blocks += _targets(data, ts)
    blocks += _marketing(data, ts)
    blocks += _sales(data, ts)
    blocks += _charts(data, ts)
    return blocks


def plan_title(data: PlanData) -> str:
    """ "November 2026: the plan"."""
    return QCoreApplication.translate("PlanDocument", "{month}: the plan").format(
        month=month_name(data.month)
    )


# ---- targets and the agreement


def _targets(data: PlanData, ts: Typesetter) -> list[Block]:
    picture = data.picture
    target = picture.target
    month = data.month
    label = month_name(month)
    blocks = [ts.heading(QCoreApplication.translate("PlanDocument", "Targets and the agreement"))]
    if picture.customers_wanted == 0:
        blocks.append(
            ts.empty(
                QCoreApplication.translate(
                    "PlanDocument",
                    "No target is set for {month}. Set one in the Month plan tab "
                    "(or with “funnelplanner target set”) and print again.",
                ).format(month=label)
            )
        )
    else:
        wanted = picture.customers_wanted
        if target.customers is not None:
            aim = plural(_COUNTED.new_customers(wanted), wanted).format(count=f"{wanted:,}")
        else:
            aim = plural(_COUNTED.revenue(wanted), wanted).format(
                revenue=money(target.revenue, data.currency),
                deal=money(target.deal_value, data.currency),
                count=f"{wanted:,}",
            )
        blocks += ts.facts([(QCoreApplication.translate("PlanDocument", "Target"), aim)])

    previous = month.previous()
    worked = QCoreApplication.translate("PlanDocument", "The funnel, worked backwards")
    blocks.append(ts.heading(worked, level=2))
    rates = dict(picture.target.rates.values)
    step_for = {source: (name, target_stage) for name, source, target_stage in STEPS}
    rows: list[list[str | bool]] = []
    for planned in PLANNED_STAGES:
        step = step_for.get(planned)
        rate = (
            QCoreApplication.translate("PlanDocument", "{rate} become {stages}").format(
                rate=format_percent(rates[step[0]]), stages=stage_plural(step[1])
            )
            if step is not None
            else ""
        )
        rows.append(
            [
                stage(planned),
                f"{picture.needed[planned].count:,}",
                f"{picture.previous_actual[planned]:,}",
                f"{picture.actual[planned]:,}",
                rate,
            ]
        )
    blocks += ts.table(
        [
            Column(QCoreApplication.translate("PlanDocument", "Stage"), 1.2),
            Column(QCoreApplication.translate("PlanDocument", "Needed"), 1.0, RIGHT),
            Column(
                QCoreApplication.translate("PlanDocument", "{month} actual").format(
                    month=month_name(previous)
                ),
                1.5,
                RIGHT,
            ),
            Column(
                QCoreApplication.translate("PlanDocument", "{month} so far").format(month=label),
                1.6,
                RIGHT,
            ),
            Column(QCoreApplication.translate("PlanDocument", "Planned conversion"), 2.2),
        ],
        rows,
        continued=[ts.heading(_continued_title(worked), level=2)],
    )

    today = data.printed_on
    mqls = picture.actual[Stage.MQL]
    customers = picture.actual[Stage.CUSTOMER]
    blocks.append(ts.heading(QCoreApplication.translate("PlanDocument", "Who owes what"), level=2))
    owed_customers = picture.sales_owes_customers
    days = picture.sql_follow_up_days
    contacts = picture.min_contacts_before_lost
    rules = plural(_COUNTED.follow_up_rule(days), days).format(days=f"{days:,}") + plural(
        _COUNTED.contacts_rule(contacts), contacts
    ).format(contacts=f"{contacts:,}")
    blocks += ts.facts(
        [
            (
                QCoreApplication.translate("PlanDocument", "Marketing owes"),
                QCoreApplication.translate(
                    "PlanDocument", "{owed} {mqls} from {needed} {leads}: {done} so far, {pace}."
                ).format(
                    owed=f"{picture.marketing_owes_mql:,}",
                    mqls=stage_plural(Stage.MQL),
                    needed=f"{picture.needed[Stage.LEAD].count:,}",
                    leads=stage_plural(Stage.LEAD),
                    done=f"{mqls:,}",
                    pace=pace_words(pace_of(mqls, picture.marketing_owes_mql, month, today)),
                ),
            ),
            (
                QCoreApplication.translate("PlanDocument", "Sales owes"),
                plural(_COUNTED.sales_owes(owed_customers), owed_customers).format(
                    owed=f"{owed_customers:,}",
                    accepted=f"{picture.sales_accepts_sql:,}",
                    sqls=stage_plural(Stage.SQL),
                    done=f"{customers:,}",
                    pace=pace_words(pace_of(customers, owed_customers, month, today)),
                ),
            ),
            (QCoreApplication.translate("PlanDocument", "The rules"), rules),
        ]
    )
    broken = QCoreApplication.translate("PlanDocument", "Agreement broken this month")
    blocks.append(ts.heading(broken, level=2))
    if picture.breaches:
        # The latest few: years of leads break the agreement thousands of times a month,
        # eighty pages nobody reads on paper. The Month plan tab lists every one.
        shown = picture.breaches[-PRINTED_BREACHES:]
        if len(shown) < len(picture.breaches):
            blocks.append(
                ts.empty(
                    QCoreApplication.translate(
                        "PlanDocument",
                        "The latest {shown} of {total}; the Month plan tab lists them all.",
                    ).format(shown=f"{len(shown):,}", total=f"{len(picture.breaches):,}")
                )
            )
        blocks += ts.table(
            [
                Column(QCoreApplication.translate("PlanDocument", "When"), 1.0),
                Column(QCoreApplication.translate("PlanDocument", "Lead"), 1.6),
                Column(QCoreApplication.translate("PlanDocument", "What happened"), 4.0),
            ],
            [[short_date(b.when.date()), b.lead_name, translated(b.detail)] for b in shown],
            continued=[ts.heading(_continued_title(broken), level=2)],
        )
    else:
        blocks.append(
            ts.empty(
                QCoreApplication.translate(
                    "PlanDocument", "Nothing: both hats kept the agreement so far."
                )
            )
        )
    return blocks


# ---- the marketing hat


def _marketing(data: PlanData, ts: Typesetter) -> list[Block]:
    label = month_name(data.month)
    hat = hat_title(Hat.MARKETING)
    blocks = [ts.heading(hat)]
    title = QCoreApplication.translate("PlanDocument", "Campaigns running in {month}").format(
        month=label
    )
    blocks.append(ts.heading(title, level=2))
    if data.campaigns:
        blocks += ts.table(
            [
                Column(QCoreApplication.translate("PlanDocument", "Campaign"), 2.4),
                Column(QCoreApplication.translate("PlanDocument", "Channel"), 1.2),
                Column(QCoreApplication.translate("PlanDocument", "Runs"), 1.9),
                Column(QCoreApplication.translate("PlanDocument", "Budget"), 1.0, RIGHT),
                Column(QCoreApplication.translate("PlanDocument", "Expected leads"), 1.0, RIGHT),
            ],
            [
                [
                    c.name,
                    campaign_channel(c.channel),
                    _runs(c.start, c.end),
                    money(c.budget, data.currency),
                    "" if c.expected_leads is None else f"{c.expected_leads:,}",
                ]
                for c in data.campaigns
            ],
            continued=[_continued(ts, hat, title)],
        )
    else:
        blocks.append(
            ts.empty(
                QCoreApplication.translate("PlanDocument", "No campaign runs in {month}.").format(
                    month=label
                )
            )
        )
    blocks += _task_table(ts, Hat.MARKETING, data.marketing_tasks, data)
    blocks += _notes(ts)
    return blocks


# ---- the sales hat


def _sales(data: PlanData, ts: Typesetter) -> list[Block]:
    label = month_name(data.month)
    hat = hat_title(Hat.SALES)
    blocks = [ts.heading(hat)]

    title = QCoreApplication.translate("PlanDocument", "Follow-ups due in {month}").format(
        month=label
    )
    blocks.append(ts.heading(title, level=2))
    if data.follow_ups:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column(QCoreApplication.translate("PlanDocument", "Lead"), 2.6),
                Column(QCoreApplication.translate("PlanDocument", "Stage"), 0.9),
                Column(QCoreApplication.translate("PlanDocument", "Contacts"), 0.8, RIGHT),
                Column(QCoreApplication.translate("PlanDocument", "Last contact"), 1.2),
                Column(QCoreApplication.translate("PlanDocument", "Follow up"), 1.1),
            ],
            [
                [
                    False,
                    _who(lead),
                    stage(lead.stage),
                    f"{lead.contact_count:,}",
                    _last_contact(lead.last_contact),
                    short_date(lead.next_follow_up),
                ]
                for lead in data.follow_ups
            ],
            continued=[_continued(ts, hat, title)],
        )
    else:
        blocks.append(
            ts.empty(
                QCoreApplication.translate(
                    "PlanDocument", "No follow-up is due in {month}."
                ).format(month=label)
            )
        )

    title = QCoreApplication.translate("PlanDocument", "SQLs waiting for a first contact")
    blocks.append(ts.heading(title, level=2))
    if data.sqls_waiting:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column(QCoreApplication.translate("PlanDocument", "Lead"), 2.4),
                Column(QCoreApplication.translate("PlanDocument", "Phone"), 1.5),
                Column(QCoreApplication.translate("PlanDocument", "Email"), 2.4),
            ],
            [[False, _who(lead), lead.phone, lead.email] for lead in data.sqls_waiting],
            continued=[_continued(ts, hat, title)],
        )
        blocks += _more(
            ts,
            QCoreApplication.translate(
                "PlanDocument",
                "… and {count} more SQLs waiting (those waiting longest are above).",
            ),
            data.sqls_waiting_total - len(data.sqls_waiting),
        )
    else:
        blocks.append(
            ts.empty(
                QCoreApplication.translate(
                    "PlanDocument", "None: every SQL has had its first sales contact."
                )
            )
        )

    title = QCoreApplication.translate("PlanDocument", "Leads going cold")
    blocks.append(ts.heading(title, level=2))
    if data.going_cold:
        blocks += ts.table(
            [
                Column("", 0, box=True),
                Column(QCoreApplication.translate("PlanDocument", "Lead"), 2.6),
                Column(QCoreApplication.translate("PlanDocument", "Stage"), 0.9),
                Column(QCoreApplication.translate("PlanDocument", "Silent for"), 1.0, RIGHT),
                Column(QCoreApplication.translate("PlanDocument", "Allowed"), 0.9, RIGHT),
                Column(QCoreApplication.translate("PlanDocument", "Last contact"), 1.2),
            ],
            [
                [
                    False,
                    _who(cold.lead),
                    stage(cold.lead.stage),
                    _days(cold.days_silent),
                    _days(cold.allowed),
                    _last_contact(cold.lead.last_contact),
                ]
                for cold in data.going_cold
            ],
            continued=[_continued(ts, hat, title)],
        )
        blocks += _more(
            ts,
            QCoreApplication.translate(
                "PlanDocument",
                "… and {count} more leads going cold (those silent longest are above).",
            ),
            data.going_cold_total - len(data.going_cold),
        )
    else:
        blocks.append(
            ts.empty(
                QCoreApplication.translate(
                    "PlanDocument", "None: every lead has been contacted within its gap."
                )
            )
        )

    blocks += _task_table(ts, Hat.SALES, data.sales_tasks, data)
    blocks += _notes(ts)
    return blocks


# ---- shared pieces


def _task_table(ts: Typesetter, hat: Hat, tasks: list[Task], data: PlanData) -> list[Block]:
    label = month_name(data.month)
    marketing = hat is Hat.MARKETING
    if marketing:
        title = QCoreApplication.translate("PlanDocument", "Marketing tasks due in {month}")
        none = QCoreApplication.translate("PlanDocument", "No marketing tasks are due in {month}.")
        link = QCoreApplication.translate("PlanDocument", "Campaign")
    else:
        title = QCoreApplication.translate("PlanDocument", "Sales tasks due in {month}")
        none = QCoreApplication.translate("PlanDocument", "No sales tasks are due in {month}.")
        link = QCoreApplication.translate("PlanDocument", "Lead")
    title = title.format(month=label)
    blocks = [ts.heading(title, level=2)]
    if not tasks:
        return [*blocks, ts.empty(none.format(month=label))]
    blocks += ts.table(
        [
            Column("", 0, box=True),
            Column(QCoreApplication.translate("PlanDocument", "Task"), 3.4),
            Column(QCoreApplication.translate("PlanDocument", "Due"), 1.7),
            Column(link, 1.7),
        ],
        [
            [
                t.done,
                t.title,
                _due(t, data),
                t.campaign_name if marketing else t.lead_name,
            ]
            for t in tasks
        ],
        continued=[_continued(ts, hat_title(hat), title)],
    )
    return blocks


def _notes(ts: Typesetter) -> list[Block]:
    return [
        ts.heading(QCoreApplication.translate("PlanDocument", "Notes"), level=2),
        ts.note_lines(NOTE_LINES),
    ]


def _charts(data: PlanData, ts: Typesetter) -> list[Block]:
    return [
        ts.heading(QCoreApplication.translate("PlanDocument", "Charts")),
        *ts.charts(data.charts.makers()),
    ]


def _continued(ts: Typesetter, hat: str, title: str) -> Block:
    return ts.heading(
        QCoreApplication.translate("PlanDocument", "{hat} · {title} (continued)").format(
            hat=hat, title=title
        ),
        level=2,
    )


def _more(ts: Typesetter, sentence: str, count: int) -> list[Block]:
    """The line under a list cut short, saying how many more there are; none if none."""
    return [ts.empty(sentence.format(count=f"{count:,}"))] if count > 0 else []


def _continued_title(title: str) -> str:
    return QCoreApplication.translate("PlanDocument", "{title} (continued)").format(title=title)


def _who(lead: Lead) -> str:
    return f"{lead.name} ({lead.company})" if lead.company else lead.name


def _due(task: Task, data: PlanData) -> str:
    if task.due is None:
        return ""
    late = not task.done and task.due < data.printed_on
    if not late:
        return short_date(task.due)
    return QCoreApplication.translate("PlanDocument", "{day} (overdue)").format(
        day=short_date(task.due)
    )


def _runs(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return QCoreApplication.translate("PlanDocument", "ongoing")
    if start is None:
        return QCoreApplication.translate("PlanDocument", "until {day}").format(day=short_date(end))
    if end is None:
        return QCoreApplication.translate("PlanDocument", "from {day}").format(
            day=short_date(start)
        )
    return f"{short_date(start)} – {short_date(end)}"


def _last_contact(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("PlanDocument", "never")
    return short_date(when.astimezone().date())


def _days(count: int) -> str:
    return plural(_COUNTED.days(count), count).format(count=f"{count:,}")


class PlanDocument(QObject):
    """The plan's phrases with a count in them, in Qt's plural forms (lupdate finds those
    only in ``tr`` calls; the class name is their catalogue context)."""

    def new_customers(self, count: int) -> str:
        return self.tr("{count} new customer(s) this month", "", count)

    def revenue(self, count: int) -> str:
        return self.tr("Revenue of {revenue} at {deal} a deal: {count} new customer(s)", "", count)

    def sales_owes(self, count: int) -> str:
        return self.tr(
            "{owed} customer(s) from the {accepted} {sqls} it accepts: {done} so far, {pace}.",
            "",
            count,
        )

    def follow_up_rule(self, days: int) -> str:
        # The rule is one sentence in two parts, each with its own count.
        return self.tr("Sales follows up each new SQL within {days} day(s) ", "", days)

    def contacts_rule(self, contacts: int) -> str:
        return self.tr(
            "and makes at least {contacts} contact(s) before marking a lead lost.", "", contacts
        )

    def days(self, count: int) -> str:
        return self.tr("{count} day(s)", "", count)


# Only translates: it holds no state and is safe to call from the PDF worker's thread.
_COUNTED = PlanDocument()


def money(value: Decimal | None, currency: str) -> str:
    """An amount in the business's currency, grouped as the plan's other numbers are
    (English style, whatever language the words are in)."""
    if value is None:
        return ""
    return format_money(value, currency, "en")
