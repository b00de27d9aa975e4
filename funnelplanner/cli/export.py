"""`export`: leads to a CSV file, tasks and follow-ups to an iCalendar file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from funnelplanner.cli import CliError
from funnelplanner.domain.vocabulary import Hat, Stage, parse_choice

if TYPE_CHECKING:
    from funnelplanner.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    export = commands.add_parser(
        "export", help="write leads to a CSV file, or tasks and follow-ups to a calendar file"
    )
    actions = export.add_subparsers(dest="action", metavar="ACTION", required=True)

    leads = actions.add_parser(
        "leads",
        help="leads to CSV for a spreadsheet, or to import elsewhere",
        description="UTF-8 with a byte-order mark, a header row, one lead a row. A cell "
        "that starts with = + - @ (a formula to a spreadsheet), a tab or a carriage return "
        "gets a ' in front, as OWASP advises; so does a phone number like +49 30 123. "
        "Importing the file takes it off again.",
    )
    leads.add_argument("--csv", required=True, metavar="FILE", help="the CSV file to write")
    leads.add_argument("--stage", help="only leads at this stage; " + _one_of(Stage))
    leads.set_defaults(handler=_export_leads)

    tasks = actions.add_parser(
        "tasks",
        help="tasks and follow-ups to an iCalendar (.ics) file",
        description="One to-do per task and per lead's next follow-up, for Thunderbird, "
        "Apple Reminders and other calendar programs. Each keeps its id, so importing a "
        "later export again updates the to-dos instead of adding them twice.",
    )
    tasks.add_argument("--ics", required=True, metavar="FILE", help="the .ics file to write")
    tasks.add_argument(
        "--hat", help="only this hat's tasks (follow-ups are sales work); " + _one_of(Hat)
    )
    tasks.add_argument(
        "--events",
        action="store_true",
        help="all-day events instead of to-dos, for Google Calendar (which imports no "
        "to-dos); items without a date are left out",
    )
    tasks.set_defaults(handler=_export_tasks)


def _export_leads(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from funnelplanner.services.exporting import ExportFileError  # with the export libraries

    stage = parse_choice(Stage, args.stage, "stage") if args.stage is not None else None
    path = Path(args.csv)
    try:
        count = services.exporting.leads_csv(path, stage)
    except ExportFileError as exc:
        raise CliError(f"--csv: {exc}") from None
    print(f"Wrote {count:,} lead{'' if count == 1 else 's'} to {path}", file=out)


def _export_tasks(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from funnelplanner.services.exporting import ExportFileError  # with the export libraries

    hat = parse_choice(Hat, args.hat, "hat") if args.hat is not None else None
    path = Path(args.ics)
    try:
        count = services.exporting.tasks_ics(path, hat, as_events=args.events)
    except ExportFileError as exc:
        raise CliError(f"--ics: {exc}") from None
    what = "event" if args.events else "to-do"
    print(f"Wrote {count:,} {what}{'' if count == 1 else 's'} to {path}", file=out)


def _one_of(kind: type[Stage] | type[Hat]) -> str:
    return "one of: " + ", ".join(member.value for member in kind)
