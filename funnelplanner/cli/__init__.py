"""The command line: a thin face over the services, for scripting and for tests."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from funnelplanner import APP_NAME, __version__
from funnelplanner.domain.agreement import Breach
from funnelplanner.domain.errors import FunnelPlannerError, NotFoundError, ValidationError
from funnelplanner.domain.funnel import (
    PLANNED_STAGES,
    STEP_NAMES,
    Rates,
    customers_needed,
    format_percent,
    parse_percent,
    work_backwards,
)
from funnelplanner.domain.models import (
    ContactDraft,
    Lead,
    LeadDetail,
    LeadDraft,
    Task,
    TaskDraft,
)
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import (
    CampaignChannel,
    CampaignDraft,
    CampaignStats,
    MonthPicture,
    MonthTarget,
    TargetDraft,
)
from funnelplanner.domain.validation import parse_money
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage, parse_choice

if TYPE_CHECKING:
    from funnelplanner.services import Services

EXIT_OK = 0
EXIT_USAGE = 2

# Domain field names as the command line spells them, so messages name the flag typed.
_FLAGS = {
    "name": "--name",
    "company": "--company",
    "email": "--email",
    "phone": "--phone",
    "website": "--website",
    "source": "--source",
    "value": "--value",
    "notes": "--notes",
    "stage": "--stage",
    "outcome": "--outcome",
    "note": "--note",
    "when": "--when",
    "hat": "--hat",
    "channel": "--channel",
    "direction": "--direction",
    "title": "--title",
    "due": "--due",
    "lead": "--lead",
    "reason": "--reason",
    "follow_up": "--follow-up",
    "campaign": "--campaign",
    "start": "--start",
    "end": "--end",
    "budget": "--budget",
    "expected_leads": "--expected-leads",
    "month": "MONTH",
    "customers": "--customers",
    "revenue": "--revenue",
    "deal_value": "--deal-value",
    "rate": "--rate",
    "business name": "NAME",
    "map": "--map",
    "mapping": "--map",
    **{f"rate {name}": f"--rate {name}" for name in STEP_NAMES},
}


class CliError(Exception):
    """A one-line message for stderr; the command exits with status 2."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, like every other error; exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


@cache  # the window's start reads the command line twice: building it once is enough
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="funnelplanner",
        description=f"{APP_NAME}: leads, contacts and the month's plan for both hats. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $FUNNELPLANNER_DB "
        "or funnelplanner.sqlite in your user data folder)",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throwaway demo business "
        "(in a temporary folder, removed when you quit; your own data is not touched)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lead = commands.add_parser(
        "lead", help="add, list, show leads and move them through the funnel"
    )
    lead_commands = lead.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = lead_commands.add_parser("add", help="add a lead; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--company", default="")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--website", default="")
    add.add_argument("--source", default="", help="where the lead came from (channel or referrer)")
    add.add_argument("--value", default="", help="estimated deal value")
    add.add_argument("--notes", default="")
    add.add_argument("--stage", default=Stage.LEAD.value, help=_choices(Stage))
    add.add_argument("--follow-up", default="", metavar="YYYY-MM-DD", help="next follow-up date")
    _campaign_option(add, "the campaign that brought the lead in")
    add.set_defaults(handler=_lead_add)

    listing = lead_commands.add_parser("list", help="list leads by name")
    listing.add_argument("--stage", help=_choices(Stage))
    _format_option(listing)
    listing.set_defaults(handler=_lead_list)

    show = lead_commands.add_parser("show", help="one lead with its contacts and stage history")
    show.add_argument("id", type=_lead_id)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=_lead_show)

    stage = lead_commands.add_parser("stage", help="move a lead to a funnel stage")
    stage.add_argument("id", type=_lead_id)
    stage.add_argument("stage", help=_choices(Stage))
    stage.add_argument("--reason", default="", help="why (for example, why it was lost)")
    stage.set_defaults(handler=_lead_stage)

    contact = commands.add_parser("contact", help="log contacts (touches) with leads")
    contact_commands = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    log = contact_commands.add_parser("add", help="log a contact with a lead")
    log.add_argument("lead_id", type=_lead_id, metavar="LEAD_ID")
    log.add_argument("--hat", required=True, help=_choices(Hat))
    log.add_argument("--channel", required=True, help=_choices(Channel))
    log.add_argument("--direction", default=Direction.OUTBOUND.value, help=_choices(Direction))
    log.add_argument("--when", default="", metavar="ISO-DATETIME", help="default: now")
    log.add_argument("--outcome", default="")
    log.add_argument("--note", default="")
    log.add_argument("--follow-up", default="", metavar="YYYY-MM-DD", help="next follow-up date")
    _campaign_option(log, "the campaign this contact belongs to")
    log.set_defaults(handler=_contact_add)

    task = commands.add_parser("task", help="marketing and sales tasks")
    task_commands = task.add_subparsers(dest="action", metavar="ACTION", required=True)
    task_add = task_commands.add_parser("add", help="add a task; prints its id")
    task_add.add_argument("--hat", required=True, help=_choices(Hat))
    task_add.add_argument("--title", required=True)
    task_add.add_argument("--due", default="", metavar="YYYY-MM-DD")
    task_add.add_argument("--lead", type=_lead_id, default=None, metavar="ID")
    task_add.add_argument("--notes", default="")
    _campaign_option(task_add, "the campaign this task is for")
    task_add.set_defaults(handler=_task_add)
    task_list = task_commands.add_parser("list", help="list tasks, open ones first")
    task_list.add_argument("--hat", help=_choices(Hat))
    task_list.add_argument("--open", action="store_true", help="only tasks not done")
    _format_option(task_list)
    task_list.set_defaults(handler=_task_list)
    done = task_commands.add_parser("done", help="mark a task done")
    done.add_argument("id", type=_lead_id)
    done.set_defaults(handler=_task_done)

    campaign = commands.add_parser("campaign", help="marketing campaigns and what they brought in")
    campaign_commands = campaign.add_subparsers(dest="action", metavar="ACTION", required=True)
    campaign_add = campaign_commands.add_parser("add", help="add a campaign; prints its id")
    campaign_add.add_argument("--name", required=True)
    campaign_add.add_argument("--channel", required=True, help=_choices(CampaignChannel))
    campaign_add.add_argument("--start", default="", metavar="YYYY-MM-DD")
    campaign_add.add_argument("--end", default="", metavar="YYYY-MM-DD")
    campaign_add.add_argument("--budget", default="", help="what the campaign costs")
    campaign_add.add_argument(
        "--expected-leads", default="", metavar="N", help="leads it should bring in"
    )
    campaign_add.add_argument("--notes", default="")
    campaign_add.set_defaults(handler=_campaign_add)
    campaign_list = campaign_commands.add_parser(
        "list", help="campaigns, newest first, with leads, MQLs, customers and costs"
    )
    _format_option(campaign_list)
    campaign_list.set_defaults(handler=_campaign_list)

    target = commands.add_parser(
        "target", help="the month's target, worked back through the funnel"
    )
    target_commands = target.add_subparsers(dest="action", metavar="ACTION", required=True)
    target_set = target_commands.add_parser(
        "set",
        help="set a month's target: customers, or revenue with an average deal value",
        description="Rates not given keep the month's current rates "
        "(carried over from the latest earlier month, or the defaults).",
    )
    target_set.add_argument("month", metavar="MONTH", help="YYYY-MM")
    target_set.add_argument("--customers", default=None, metavar="N", help="customers wanted")
    target_set.add_argument(
        "--revenue", default=None, metavar="R", help="revenue wanted (needs --deal-value)"
    )
    target_set.add_argument("--deal-value", default=None, metavar="V", help="average deal value")
    target_set.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="STEP=PCT",
        help="expected conversion in percent; STEP is one of: " + ", ".join(STEP_NAMES),
    )
    target_set.set_defaults(handler=_target_set)
    target_show = target_commands.add_parser(
        "show", help="a month's needed numbers beside the actuals, and the agreement"
    )
    target_show.add_argument("month", metavar="MONTH", help="YYYY-MM")
    target_show.add_argument("--format", choices=("text", "json"), default="text")
    target_show.set_defaults(handler=_target_show)

    # After CliError exists: these modules raise it.
    from funnelplanner.cli import backup, export, importing, plan

    plan.add_commands(commands)
    backup.add_commands(commands)
    importing.add_commands(commands)
    export.add_commands(commands)
    return parser


def run(args: argparse.Namespace, db_path: Path, region: str, out: TextIO, err: TextIO) -> int:
    """Run one parsed command against the database; returns the exit status."""
    handler: Callable[[Services, argparse.Namespace, TextIO, TextIO], None] = args.handler
    if getattr(args, "demo", False):
        print("funnelplanner: error: --demo opens the window; it takes no command", file=err)
        return EXIT_USAGE
    # Here, not with the module: the window reads its arguments with this module's
    # parser, and opens its file without SQLAlchemy first (services/first_screen.py).
    from funnelplanner.services import container

    is_new = not db_path.exists()
    try:
        # No copy of the whole file for every command; the window makes the start backups
        # (an upgrade is still backed up first, whichever face opens the file).
        services = container.Services.open(db_path, region=region, start_backup=False)
    except FunnelPlannerError as exc:
        print(f"funnelplanner: error: {exc}", file=err)
        if is_new:
            # A file this command began (on a full disk, say) and could not finish.
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        return EXIT_USAGE
    status = EXIT_OK
    try:
        handler(services, args, out, err)
    except ValidationError as exc:
        field = exc.first_field
        print(f"funnelplanner: error: {_FLAGS.get(field, field)}: {exc.errors[field]}", file=err)
        status = EXIT_USAGE
    except (NotFoundError, CliError, FunnelPlannerError) as exc:
        print(f"funnelplanner: error: {exc}", file=err)
        status = EXIT_USAGE
    except Exception as exc:
        # The file failed under a command (disk full, locked, damaged) somewhere the
        # storage layer did not already say so: one line naming the file, not a traceback.
        problem = services.file_problem(exc)
        if problem is None:
            raise
        print(f"funnelplanner: error: {problem}", file=err)
        status = EXIT_USAGE
    finally:
        services.close()
    if is_new and (status != EXIT_OK or getattr(args, "dry_run", False)):
        # A refused command or a dry run leaves no trace, not even a new empty file.
        services.database.remove_files()
    return status


# ---- leads


def _lead_add(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    draft = LeadDraft(
        name=args.name,
        company=args.company,
        email=args.email,
        phone=args.phone,
        website=args.website,
        source=args.source,
        value=args.value,
        notes=args.notes,
        stage=parse_choice(Stage, args.stage, "stage"),
        next_follow_up=_date(args.follow_up, "follow_up"),
        campaign_id=args.campaign,
    )
    lead = services.leads.create(draft)
    for twin in services.leads.duplicates(draft, exclude_id=lead.id):
        print(
            f"funnelplanner: warning: lead {twin.id} ({twin.name}) has the same email or phone",
            file=err,
        )
    print(lead.id, file=out)


def _lead_list(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    stage = parse_choice(Stage, args.stage, "stage") if args.stage else None
    leads = services.leads.listing(stage)
    _emit([lead_record(lead) for lead in leads], args.format, _LEAD_COLUMNS, _LEAD_FIELDS, out)


def _lead_show(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    detail = services.leads.detail(args.id)
    record = lead_detail_record(detail)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2), file=out)
        return
    lead = detail.lead
    for label, key in (
        ("Name", "name"),
        ("Company", "company"),
        ("Email", "email"),
        ("Phone", "phone"),
        ("Website", "website"),
        ("Source", "source"),
        ("Value", "value"),
        ("Stage", "stage"),
        ("Contacts", "contact_count"),
        ("Last contact", "last_contact"),
        ("Next follow-up", "next_follow_up"),
    ):
        value = record[key]
        print(f"{label + ':':<16}{'' if value is None else value}", file=out)
    if lead.campaign_id is not None:
        print(f"{'Campaign:':<16}{record['campaign'] or ''} ({lead.campaign_id})", file=out)
    if lead.notes:
        print(f"{'Notes:':<16}{lead.notes}", file=out)
    print("\nStage history:", file=out)
    for change in record["stage_history"]:
        reason = f"  ({change['reason']})" if change["reason"] else ""
        print(f"  {change['entered_at']}  {change['stage']}{reason}", file=out)
    print("\nContacts:" if detail.contacts else "\nContacts: none yet", file=out)
    for contact in record["contacts"]:
        print(
            f"  {contact['at']}  {contact['hat']:<9} {contact['channel']:<10} "
            f"{contact['direction']:<8} {contact['outcome']}",
            file=out,
        )


def _lead_stage(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    stage = parse_choice(Stage, args.stage, "stage")
    lead = services.leads.change_stage(args.id, stage, args.reason)
    print(f"lead {lead.id} is now {lead.stage.value}", file=out)


# ---- contacts


def _contact_add(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    draft = ContactDraft(
        hat=parse_choice(Hat, args.hat, "hat"),
        channel=parse_choice(Channel, args.channel, "channel"),
        direction=parse_choice(Direction, args.direction, "direction"),
        at=_datetime(args.when, "when"),
        outcome=args.outcome,
        note=args.note,
        next_follow_up=_date(args.follow_up, "follow_up"),
        campaign_id=args.campaign,
    )
    contact = services.contacts.log(args.lead_id, draft)
    lead = services.leads.get(args.lead_id)
    print(
        f"contact {contact.id} logged; lead {lead.id} has {lead.contact_count} contacts", file=out
    )


# ---- tasks


def _task_add(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    task = services.tasks.create(
        TaskDraft(
            title=args.title,
            hat=parse_choice(Hat, args.hat, "hat"),
            due=_date(args.due, "due"),
            lead_id=args.lead,
            notes=args.notes,
            campaign_id=args.campaign,
        )
    )
    print(task.id, file=out)


def _task_list(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    hat = parse_choice(Hat, args.hat, "hat") if args.hat else None
    tasks = services.tasks.listing(hat, include_done=not args.open)
    _emit([task_record(task) for task in tasks], args.format, _TASK_COLUMNS, _TASK_FIELDS, out)


def _task_done(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    task = services.tasks.set_done(args.id)
    print(f"task {task.id} done", file=out)


# ---- campaigns


def _campaign_add(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    campaign = services.campaigns.create(
        CampaignDraft(
            name=args.name,
            channel=parse_choice(CampaignChannel, args.channel, "channel"),
            start=_date(args.start, "start"),
            end=_date(args.end, "end"),
            budget=args.budget,
            expected_leads=args.expected_leads,
            notes=args.notes,
        )
    )
    print(campaign.id, file=out)


def _campaign_list(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    records = [campaign_record(stats) for stats in services.campaigns.stats()]
    _emit(records, args.format, _CAMPAIGN_COLUMNS, _CAMPAIGN_FIELDS, out)


# ---- the month's target


def _target_set(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    month = Month.parse(args.month)
    customers = None if args.customers is None else _whole_number(args.customers, "customers")
    revenue = None if args.revenue is None else _amount(args.revenue, "revenue")
    deal_value = None if args.deal_value is None else _amount(args.deal_value, "deal_value")
    if customers is not None and revenue is not None:
        raise ValidationError({"revenue": "Give --customers or --revenue, not both"})
    if revenue is not None and deal_value is None:
        raise ValidationError(
            {"deal_value": "A target revenue needs an average deal value (--deal-value)"}
        )
    if deal_value is not None and deal_value <= 0:
        raise ValidationError({"deal_value": "Average deal value must be above 0"})
    rates = _rates(args.rate, services.planning.target(month).rates)
    target = services.planning.set_target(TargetDraft(month, customers, revenue, deal_value, rates))
    wanted = customers_needed(target.customers, target.revenue, target.deal_value)
    needed = work_backwards(wanted, target.rates)
    print(f"Target for {month}: {_target_words(target, wanted)}", file=out)
    print(
        "Needed: " + ", ".join(f"{needed[s].count} {s.plural}" for s in PLANNED_STAGES),
        file=out,
    )
    print(
        "Rates: " + ", ".join(f"{name} {_pct(target.rates[name])}" for name in STEP_NAMES),
        file=out,
    )


def _target_show(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    month = Month.parse(args.month)
    picture = services.planning.picture(month)
    record = target_record(picture)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2), file=out)
        return
    target = picture.target
    if target.customers is None and target.revenue is None:
        print(f"{month.label}: no target set", file=out)
    else:
        saved = "" if target.stored else " (carried over from an earlier month, not saved)"
        words = _target_words(target, picture.customers_wanted)
        print(f"{month.label}: {words}{saved}", file=out)
    print(file=out)
    rows = [
        (
            stage.label,
            str(picture.needed[stage].count),
            str(picture.actual[stage]),
            str(picture.previous_actual[stage]),
        )
        for stage in PLANNED_STAGES
    ]
    _aligned(("Stage", "Needed", "Actual", "Last month"), rows, out)
    print(file=out)
    _aligned(
        ("Step", "Planned", "Actual"),
        [
            (
                name,
                _pct(target.rates[name]),
                _pct(picture.actual_rates[name]),
            )
            for name in STEP_NAMES
        ],
        out,
    )
    print(file=out)
    for sentence in _agreement_sentences(picture):
        print(sentence, file=out)
    print(file=out)
    if not picture.breaches:
        print("Breaches of the agreement: none", file=out)
        return
    print("Breaches of the agreement:", file=out)
    for breach in record["agreement"]["breaches"]:
        print(
            f"  {breach['when']}  {breach['lead']} (lead {breach['lead_id']}): {breach['detail']}",
            file=out,
        )


def _rates(given: Sequence[str], current: Rates) -> Rates:
    """The month's current rates with each ``--rate STEP=PCT`` put over them."""
    values = dict(current.values)
    seen: set[str] = set()
    for text in given:
        name, sep, percent = text.partition("=")
        step = name.strip().lower().replace("_", "-")
        if not sep or step not in STEP_NAMES:
            raise ValidationError(
                {"rate": f"'{text}' is not STEP=PCT with STEP one of: {', '.join(STEP_NAMES)}"}
            )
        if step in seen:
            raise ValidationError({f"rate {step}": f"Rate {step} is given twice"})
        seen.add(step)
        values[step] = parse_percent(percent, f"rate {step}")
    return Rates(values)


def _agreement_sentences(picture: MonthPicture) -> list[str]:
    return [
        f"Marketing owes {picture.marketing_owes_mql} MQLs this month.",
        f"Sales owes {picture.sales_owes_customers} customers from the SQLs it accepts "
        f"({picture.sales_accepts_sql} SQLs).",
        f"Sales follows up a new SQL within {picture.sql_follow_up_days} days and makes at "
        f"least {picture.min_contacts_before_lost} contacts before marking a lead lost.",
    ]


def _target_words(target: MonthTarget, wanted: int) -> str:
    if target.customers is None and target.revenue is not None:
        return (
            f"{wanted} customers (revenue {target.revenue} at {target.deal_value} a deal, "
            "rounded up)"
        )
    return f"{wanted} customers"


def _aligned(header: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """A small table: the first column left-aligned, the numbers right-aligned."""
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        print("  ".join(cells).rstrip(), file=out)


# ---- records and output


_LEAD_COLUMNS = (
    "id",
    "name",
    "company",
    "stage",
    "contact_count",
    "last_contact",
    "next_follow_up",
    "value",
)
_TASK_COLUMNS = ("id", "hat", "title", "due", "done", "lead_id", "lead")
# Every key of a record, in order: the CSV header, even when there are no rows.
_LEAD_FIELDS = (
    "id",
    "name",
    "company",
    "email",
    "phone",
    "website",
    "source",
    "value",
    "stage",
    "contact_count",
    "last_contact",
    "next_follow_up",
    "created_at",
    "campaign_id",
    "notes",
)
_TASK_FIELDS = (
    "id",
    "hat",
    "title",
    "due",
    "done",
    "lead_id",
    "lead",
    "campaign_id",
    "campaign",
    "notes",
)
_CAMPAIGN_COLUMNS = (
    "id",
    "name",
    "channel",
    "start",
    "end",
    "budget",
    "leads",
    "mqls",
    "customers",
    "cost_per_lead",
    "cost_per_customer",
)
_CAMPAIGN_FIELDS = (
    "id",
    "name",
    "channel",
    "start",
    "end",
    "budget",
    "expected_leads",
    "leads",
    "mqls",
    "customers",
    "cost_per_lead",
    "cost_per_customer",
    "notes",
)


def lead_record(lead: Lead) -> dict[str, Any]:
    return {
        "id": lead.id,
        "name": lead.name,
        "company": lead.company,
        "email": lead.email,
        "phone": lead.phone,
        "website": lead.website,
        "source": lead.source,
        "value": _money(lead.value),
        "stage": lead.stage.value,
        "contact_count": lead.contact_count,
        "last_contact": _iso(lead.last_contact),
        "next_follow_up": _iso(lead.next_follow_up),
        "created_at": _iso(lead.created_at),
        "campaign_id": lead.campaign_id,
        "notes": lead.notes,
        # Touches another CRM counted before import, apart from the contacts logged here.
        "imported_contact_count": lead.imported_contact_count,
        "imported_last_contact": _iso(lead.imported_last_contact),
    }


def lead_detail_record(detail: LeadDetail) -> dict[str, Any]:
    record = lead_record(detail.lead)
    record["campaign"] = detail.lead.campaign_name or None
    record["stage_history"] = [
        {"stage": c.stage.value, "entered_at": _iso(c.entered_at), "reason": c.reason}
        for c in detail.history
    ]
    record["contacts"] = [
        {
            "id": c.id,
            "at": _iso(c.at),
            "hat": c.hat.value,
            "channel": c.channel.value,
            "direction": c.direction.value,
            "outcome": c.outcome,
            "note": c.note,
            "campaign_id": c.campaign_id,
        }
        for c in detail.contacts
    ]
    return record


def task_record(task: Task) -> dict[str, Any]:
    return {
        "id": task.id,
        "hat": task.hat.value,
        "title": task.title,
        "due": _iso(task.due),
        "done": task.done,
        "lead_id": task.lead_id,
        "lead": task.lead_name,
        "campaign_id": task.campaign_id,
        "campaign": task.campaign_name,
        "notes": task.notes,
    }


def campaign_record(stats: CampaignStats) -> dict[str, Any]:
    campaign = stats.campaign
    return {
        "id": campaign.id,
        "name": campaign.name,
        "channel": campaign.channel.value,
        "start": _iso(campaign.start),
        "end": _iso(campaign.end),
        "budget": _money(campaign.budget),
        "expected_leads": campaign.expected_leads,
        "leads": stats.leads,
        "mqls": stats.mqls,
        "customers": stats.customers,
        "cost_per_lead": _money(stats.cost_per_lead),
        "cost_per_customer": _money(stats.cost_per_customer),
        "notes": campaign.notes,
    }


def target_record(picture: MonthPicture) -> dict[str, Any]:
    target = picture.target
    return {
        "month": str(target.month),
        "target": {
            "customers": target.customers,
            "revenue": _money(target.revenue),
            "deal_value": _money(target.deal_value),
            "rates": {name: float(target.rates[name]) for name in STEP_NAMES},
            "stored": target.stored,
        },
        "customers_wanted": picture.customers_wanted,
        "needed": _stage_counts({s: need.count for s, need in picture.needed.items()}),
        "actual": _stage_counts(picture.actual),
        "actual_rates": {
            name: None if rate is None else float(rate)
            for name, rate in picture.actual_rates.items()
        },
        "previous_actual": _stage_counts(picture.previous_actual),
        "agreement": {
            "marketing_owes_mql": picture.marketing_owes_mql,
            "sales_owes_customers": picture.sales_owes_customers,
            "sales_accepts_sql": picture.sales_accepts_sql,
            "sql_follow_up_days": picture.sql_follow_up_days,
            "min_contacts_before_lost": picture.min_contacts_before_lost,
            "breaches": [breach_record(b) for b in picture.breaches],
        },
    }


def breach_record(breach: Breach) -> dict[str, Any]:
    return {
        "lead_id": breach.lead_id,
        "lead": breach.lead_name,
        "rule": breach.rule,
        "detail": breach.detail,
        "when": _iso(breach.when),
    }


def _stage_counts(counts: dict[Stage, int]) -> dict[str, int]:
    return {stage.value: counts.get(stage, 0) for stage in PLANNED_STAGES}


def _emit(
    records: list[dict[str, Any]],
    fmt: str,
    columns: Sequence[str],
    all_columns: Sequence[str],
    out: TextIO,
) -> None:
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2), file=out)
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=list(records[0]) if records else all_columns, lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(records)
        out.write(buffer.getvalue())
    else:
        _table(records, columns, out)


def _table(records: list[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    if not records:
        print("(none)", file=out)
        return
    cells = [[_cell(r[c]) for c in columns] for r in records]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    print(
        "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        file=out,
    )
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\n", " ")


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone().isoformat(timespec="seconds")
    return value.isoformat()


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _choices(kind: type[StrEnum]) -> str:
    return "one of: " + ", ".join(member.value for member in kind)


def _campaign_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--campaign", type=_lead_id, default=None, metavar="ID", help=help_text)


def _whole_number(text: str, field: str) -> int:
    raw = text.strip().replace(",", "").replace("_", "")
    if not raw.lstrip("-").isdigit():
        raise ValidationError({field: f"'{text}' is not a whole number"})
    return int(raw)


def _amount(text: str, field: str) -> Decimal:
    amount = parse_money(text, field)
    if amount is None:
        raise ValidationError({field: f"{field.replace('_', ' ').capitalize()} is empty"})
    return amount


def _pct(rate: Decimal | None) -> str:
    return "-" if rate is None else format_percent(rate)


def _lead_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id (ids start at 1)")
    return value


def _date(text: str, field: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError({field: f"'{text}' is not a date (YYYY-MM-DD)"}) from None


def _datetime(text: str, field: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            {field: f"'{text}' is not a date and time (like 2026-11-23T14:30)"}
        ) from None
    # A time typed without an offset means the owner's own local time.
    return value if value.tzinfo else value.astimezone()


def main_cli(argv: Sequence[str], db_path: Path, region: str) -> int:
    """Parse and run a command line that names a command."""
    args = build_parser().parse_args(argv)
    return run(args, db_path, region, sys.stdout, sys.stderr)
