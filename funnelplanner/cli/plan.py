"""`plan` and `business`: print the month's plan to PDF, and name the business on it.

Qt loads only when a plan is printed, so every other command stays quick and needs no
display; printing itself needs none either (Qt's offscreen platform).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from funnelplanner.cli import CliError
from funnelplanner.domain.month import Month

if TYPE_CHECKING:
    from funnelplanner.services import Services

PAPERS = ("a4", "letter")


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    plan = commands.add_parser(
        "plan",
        help="print a month's plan to a PDF file",
        description="Writes the same pages as Print Plan… in the window. Needs no display.",
    )
    plan.add_argument("month", metavar="MONTH", help="YYYY-MM")
    plan.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    plan.add_argument(
        "--paper",
        choices=PAPERS,
        default=None,
        help="paper size (default: the one chosen in Settings → Preferences…, at first "
        "Letter in the Americas and the Philippines, else A4)",
    )
    plan.add_argument("--landscape", action="store_true", help="turn the page sideways")
    plan.set_defaults(handler=_plan)

    business = commands.add_parser("business", help="the business name printed on the plan")
    actions = business.add_subparsers(dest="action", metavar="ACTION", required=True)
    name = actions.add_parser("name", help="show the business name, or set it with NAME")
    name.add_argument("name", nargs="?", default=None, metavar="NAME")
    name.set_defaults(handler=_business_name)


def _plan(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    month = Month.parse(args.month)
    target = Path(args.pdf)
    if target.is_dir():
        raise CliError(f"--pdf: {target} is a folder; name a file such as {target / 'plan.pdf'}")
    # No window is shown: the offscreen platform works with or without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from funnelplanner.reports.paper import PDF_DPI, Paper, page_frame, page_layout
    from funnelplanner.reports.plan_data import gather_plan
    from funnelplanner.reports.plan_pdf import write_plan_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    paper = Paper(args.paper or services.settings.business().paper.value)
    layout = page_layout(paper, args.landscape)
    data = gather_plan(services, month, page_frame(layout, PDF_DPI))
    try:
        pages = write_plan_pdf(data, target, layout)
    except OSError as exc:
        raise CliError(f"--pdf: {exc}") from None
    print(f"Wrote {target} ({pages} page{'s' if pages != 1 else ''}, {paper.value})", file=out)


def _business_name(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    if args.name is None:
        print(services.settings.business_name() or "(not set)", file=out)
        return
    print(services.settings.save_business_name(args.name) or "(cleared)", file=out)
