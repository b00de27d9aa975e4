"""Each row of an import checked on its own: read through the mapping, validated, and a
phone the region cannot read moved into the notes.

Row by row and pure, so the import service can check a long file's rows in worker
processes (``check_rows`` is what they run) and get exactly what checking them here gives.
Finding duplicates needs every earlier row and stays with the service.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, NamedTuple

from funnelplanner.domain.import_mapping import ColumnPlan, MappedRow, map_row
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import LeadDraft, LeadFields
from funnelplanner.domain.text_rules import clean_multiline, fold
from funnelplanner.domain.validation import NOTES_LIMIT, check_lead
from funnelplanner.domain.vocabulary import Stage


@dataclass(frozen=True)
class RowRules:
    """What checking any row of one file needs to know, worked out once for the file."""

    columns: ColumnPlan
    default_stage: Stage
    stage_columns: tuple[int, ...]  # columns mapped to the stage
    campaigns: dict[str, int]  # folded campaign name -> id, for rows that name one
    campaign_id: int | None  # the campaign the owner chose for every row, if any
    region: str  # reads phone numbers written without "+"


class CheckedRow(NamedTuple):
    """A row as the import preview shows it, before duplicates are looked for (the
    service's PlannedRow starts with these fields, in this order)."""

    row_number: int
    name: str
    fields: LeadFields | None  # None: the row cannot be imported
    created: datetime | None
    contact_count: int | None
    last_contact: datetime | None
    stage_given: bool
    problems: tuple[str, ...]


# A checked row as plain values, for the trip back from a worker process: pickle sends a
# tuple of strings several times faster than dataclasses and enums, and unpickling them
# is what the importing process waits for.
Packed = tuple[Any, ...]


def check_rows(first_number: int, rows: list[list[str]], rules: RowRules) -> list[Packed]:
    """``check_row`` for consecutive rows, the first of them row ``first_number``; each
    packed (``unpacked`` gives it back)."""
    return [_packed(check_row(n, cells, rules)) for n, cells in enumerate(rows, start=first_number)]


def _packed(row: CheckedRow) -> Packed:
    f = row.fields
    fields = (
        None
        if f is None
        else (
            f.name,
            f.company,
            f.email,
            f.phone,
            f.phone_key,
            f.website,
            f.source,
            f.value,
            f.notes,
            f.stage.value,
            f.next_follow_up,
            f.campaign_id,
        )
    )
    return (row.row_number, row.name, fields, *row[3:])


def unpacked(packed: Packed) -> CheckedRow:
    """The CheckedRow ``check_rows`` packed."""
    number, name, fields, created, count, last_contact, stage_given, problems = packed
    lead = None
    if fields is not None:
        name_, company, email, phone, phone_key, website, source, value, notes = fields[:9]
        stage, follow_up, campaign_id = _STAGES[fields[9]], fields[10], fields[11]
        lead = LeadFields(
            name_,
            company,
            email,
            phone,
            phone_key,
            website,
            source,
            value,
            notes,
            stage,
            follow_up,
            campaign_id,
        )
    return CheckedRow(number, name, lead, created, count, last_contact, stage_given, problems)


_STAGES = {stage.value: stage for stage in Stage}


def check_row(number: int, cells: list[str], rules: RowRules) -> CheckedRow:
    """Row ``number`` (1-based, as in ``Table.rows``) with ``cells`` as the file has them."""
    mapped = map_row(number, cells, rules.columns, rules.default_stage)
    stage_given = any(cells[i].strip() for i in rules.stage_columns if i < len(cells))
    campaign_id = rules.campaign_id
    if campaign_id is None and mapped.campaign:
        campaign_id = rules.campaigns.get(fold(mapped.campaign))
        if campaign_id is None:
            mapped.problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Campaign '{name}' does not exist; imported without one"
                    ),
                    name=mapped.campaign,
                )
            )
    return _checked(mapped, campaign_id, stage_given, rules.region)


def _checked(
    mapped: MappedRow, campaign_id: int | None, stage_given: bool, region: str
) -> CheckedRow:
    draft = mapped.draft
    if campaign_id is not None:
        draft = replace(draft, campaign_id=campaign_id)
    problems = list(mapped.problems)
    fields: LeadFields | None
    checked, errors = check_lead(draft, region)
    if not errors:
        fields = checked
    else:
        salvaged = _without_phone(draft, checked, errors)
        if salvaged is not None:
            fields, note = salvaged
            problems.append(note)
        else:
            fields = None
            # mapping already said the name is empty; the validator would say it again.
            empty_name = "Name is empty" in problems
            problems.extend(
                text
                for field_name, text in errors.items()
                if not (empty_name and field_name == "name")
            )
    return CheckedRow(
        mapped.row_number,
        draft.name,
        fields,
        mapped.created,
        mapped.contact_count,
        mapped.last_contact,
        stage_given,
        tuple(problems),
    )


def _without_phone(
    draft: LeadDraft, checked: LeadFields, errors: dict[str, str]
) -> tuple[LeadFields, str] | None:
    """A phone this machine's region cannot read (a foreign number written without
    its country code) must not cost the owner the whole contact: the lead comes in
    without it, and the number is kept word for word in the notes.

    Every other field passed, so only the longer notes need checking again: the
    result is what validating the row without its phone would give."""
    if set(errors) != {"phone"}:
        return None
    kept = f"Phone (as imported): {draft.phone}"
    notes, notes_error = clean_multiline(
        f"{draft.notes}\n\n{kept}" if draft.notes else kept, limit=NOTES_LIMIT
    )
    if notes_error:
        return None
    fields = replace(checked, phone="", phone_key="", notes=notes)
    return fields, message(
        QT_TRANSLATE_NOOP("Messages", "Phone '{phone}' cannot be read; imported into the notes"),
        phone=draft.phone,
    )
