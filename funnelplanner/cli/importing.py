"""`import FILE`: bring leads in from another CRM's CSV export or a vCard file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from funnelplanner.cli import CliError
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.lead_fields import DuplicateChoice, LeadField
from funnelplanner.domain.vocabulary import Stage, parse_choice

if TYPE_CHECKING:
    from funnelplanner.domain.import_mapping import Mapping
    from funnelplanner.services import Services
    from funnelplanner.services.importing import ImportPreview

SHOWN_ROWS = 50  # duplicates and problems listed before "… and N more"


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    command = commands.add_parser(
        "import",
        help="import leads from a CSV export (HubSpot, Pipedrive, Salesforce, Zoho, Google, "
        "Outlook, Thunderbird) or a vCard file",
        description="Columns are mapped by themselves; --map overrides. Everything is "
        "imported in one go or not at all.",
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--dry-run", action="store_true", help="print what would happen; write nothing"
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="take FIELD from the column with this header (or 1-based number); FIELD is "
        "one of: " + ", ".join(f.value for f in LeadField),
    )
    command.add_argument("--campaign", metavar="NAME", help="attribute every lead to a campaign")
    command.add_argument(
        "--stage",
        metavar="STAGE",
        default=Stage.LEAD.value,
        help="stage for rows that give none (default: lead)",
    )
    command.add_argument(
        "--duplicates",
        choices=[c.value for c in DuplicateChoice],
        default=DuplicateChoice.SKIP.value,
        help="what to do with rows that match a stored lead (default: skip)",
    )
    command.set_defaults(handler=_import)


def _import(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    path = Path(args.file)
    stage = parse_choice(Stage, args.stage, "stage")
    table = services.importing.read(path)
    mapping = _mapping(services.importing.mapping_for(table), table.headers, args.map)
    campaign_id = _campaign(services, args.campaign)
    preview = services.importing.preview(
        table, mapping, default_stage=stage, campaign_id=campaign_id
    )
    choice = DuplicateChoice(args.duplicates)
    _report(preview, choice, path, out)
    if args.dry_run:
        print("Dry run: nothing was written.", file=out)
        return
    result = services.importing.apply(preview, default=choice)
    services.importing.remember_mapping(table, mapping)
    print(
        f"Imported: {result.created:,} created, {result.updated:,} updated, "
        f"{result.skipped:,} skipped.",
        file=out,
    )


def _mapping(guessed: Mapping, headers: list[str], given: list[str]) -> Mapping:
    mapping = dict(guessed)
    for item in given:
        field_name, equals, column = item.partition("=")
        if not equals or not column.strip():
            raise ValidationError({"map": f"'{item}' is not FIELD=COLUMN"})
        try:
            target = LeadField(field_name.strip().lower().replace("-", "_"))
        except ValueError:
            raise ValidationError(
                {
                    "map": f"'{field_name}' is not a field; use one of: "
                    + ", ".join(f.value for f in LeadField)
                }
            ) from None
        index = _column(column.strip(), headers)
        # The given column replaces whatever was guessed for this field.
        mapping = {i: f for i, f in mapping.items() if f is not target and i != index}
        mapping[index] = target
    return mapping


def _column(column: str, headers: list[str]) -> int:
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    for index, header in enumerate(headers):
        if header.strip().casefold() == column.casefold():
            return index
    raise ValidationError({"map": f"The file has no column '{column}'"})


def _campaign(services: Services, name: str | None) -> int | None:
    if not name:
        return None
    for campaign in services.campaigns.listing():
        if campaign.name.casefold() == name.strip().casefold():
            return campaign.id
    raise CliError(f"--campaign: there is no campaign named '{name}'")


def _report(preview: ImportPreview, choice: DuplicateChoice, path: Path, out: TextIO) -> None:
    table = preview.table
    separator = {",": "comma", ";": "semicolon", "\t": "tab"}.get(table.delimiter, "")
    how = f"{table.encoding}, {separator}-separated" if separator else table.encoding
    print(f"Read {path.name}: {table.origin}, {len(table.rows):,} rows ({how})", file=out)
    mapped = ", ".join(
        f"{table.headers[i]} → {f.label}" for i, f in sorted(preview.mapping.items())
    )
    print(f"Columns: {mapped}", file=out)
    summary = preview.summary(default=choice)
    print(
        f"Will create {summary.create:,}, update {summary.update:,}, skip {summary.skip:,}",
        file=out,
    )
    for reason, count in sorted(summary.reasons.items()):
        print(f"  {count:,} {reason}", file=out)
    _listing(
        f"Duplicates ({choice.value}; choose with --duplicates skip|update|add):",
        [
            f"row {r.row_number}: {r.name} matches {r.match.describe}"
            for r in preview.duplicates
            if r.match is not None
        ],
        out,
    )
    _listing(
        "Problems:",
        [f"row {r.row_number}: {p}" for r in preview.problem_rows for p in r.problems],
        out,
    )
    if table.ragged_rows:
        rows = ", ".join(str(n) for n in table.ragged_rows[:SHOWN_ROWS])
        print(f"Rows with more or fewer fields than the header (padded): {rows}", file=out)


def _listing(title: str, lines: list[str], out: TextIO) -> None:
    if not lines:
        return
    print(title, file=out)
    for line in lines[:SHOWN_ROWS]:
        print(f"  {line}", file=out)
    if len(lines) > SHOWN_ROWS:
        print(f"  … and {len(lines) - SHOWN_ROWS:,} more", file=out)
