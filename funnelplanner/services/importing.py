"""Importing leads from another CRM's export: preview first, then all or nothing.

The preview validates every row and finds the ones that match a lead already stored
(or an earlier row of the same file), so the owner decides per row or for all: skip,
update the existing lead, or add a new one. Applying the import is one transaction: an
error or a cancel leaves the database exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.import_mapping import (
    ColumnPlan,
    DuplicateChoice,
    LeadField,
    Table,
    compact,
    guess_mapping,
    header_key,
)
from funnelplanner.domain.import_mapping import Mapping as ColumnMapping
from funnelplanner.domain.import_rows import RowRules
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message
from funnelplanner.domain.models import Lead, LeadFields
from funnelplanner.domain.text_rules import fold
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.clock import Clock
from funnelplanner.services.collector_pause import without_cycle_collection
from funnelplanner.services.import_files import read_table
from funnelplanner.services.row_checking import checked_rows
from funnelplanner.storage import lead_bulk, lead_repository, settings_repository
from funnelplanner.storage.lead_bulk import NewLead
from funnelplanner.storage.rows import CampaignRow, LeadRow

# A name this close (0-100, word order ignored) at the same company is the same person.
SIMILAR_NAME = 90
MAPPING_KEY = "import_mapping:"
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class ImportCancelled(FunnelPlannerError):
    """The owner cancelled; nothing was written."""


@dataclass(frozen=True)
class Match:
    """What a row duplicates: a stored lead, or an earlier row of the same file."""

    reason: str  # "same email", "same phone", "similar name at the same company (94 %)"
    name: str
    lead_id: int | None = None
    row_number: int | None = None

    @property
    def describe(self) -> str:
        where = f"lead #{self.lead_id}" if self.lead_id is not None else f"row {self.row_number}"
        return f"{self.name} ({where}): {self.reason}"


@dataclass(frozen=True)
class PlannedRow:
    row_number: int
    name: str
    fields: LeadFields | None  # None: the row cannot be imported
    created: datetime | None
    contact_count: int | None
    last_contact: datetime | None
    stage_given: bool
    problems: tuple[str, ...] = ()
    match: Match | None = None


@dataclass(frozen=True)
class ImportSummary:
    create: int
    update: int
    skip: int
    reasons: dict[str, int] = field(default_factory=dict)  # why rows are skipped, counted


@dataclass(frozen=True)
class ImportPreview:
    table: Table
    mapping: ColumnMapping
    rows: list[PlannedRow]
    campaign_id: int | None = None

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.fields is not None and r.match is not None]

    @property
    def problem_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.problems]

    def action(
        self, row: PlannedRow, choices: Mapping[int, DuplicateChoice], default: DuplicateChoice
    ) -> DuplicateChoice | None:
        """What happens to a row: ADD for a new lead, the owner's choice for a
        duplicate, None when it cannot be imported."""
        if row.fields is None:
            return None
        if row.match is None:
            return DuplicateChoice.ADD
        return choices.get(row.row_number, default)

    def summary(
        self,
        choices: Mapping[int, DuplicateChoice] | None = None,
        default: DuplicateChoice = DuplicateChoice.SKIP,
    ) -> ImportSummary:
        create = update = skip = 0
        reasons: dict[str, int] = {}
        for row in self.rows:
            action = self.action(row, choices or {}, default)
            if action is None:
                skip += 1
                reasons[_UNIMPORTABLE] = reasons.get(_UNIMPORTABLE, 0) + 1
            elif action is DuplicateChoice.SKIP:
                skip += 1
                assert row.match is not None
                key = message(
                    QT_TRANSLATE_NOOP("Messages", "duplicate ({reason})"),
                    reason=_kind(row.match.reason),
                )
                reasons[key] = reasons.get(key, 0) + 1
            elif action is DuplicateChoice.UPDATE:
                update += 1
            else:
                create += 1
        return ImportSummary(create, update, skip, reasons)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int


class ImportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        region: str,
        *,
        parallel: bool | None = None,
    ) -> None:
        """Imports into the database ``sessions`` open.

        Args:
            parallel: check rows in worker processes (True), in this one (False), or by
                the file's length (None).
        """
        self._sessions = sessions
        self._clock = clock
        self._region = region
        self._parallel = parallel

    # ---- reading and mapping

    @without_cycle_collection
    def read(self, path: Path) -> Table:
        return read_table(path)

    def mapping_for(self, table: Table) -> ColumnMapping:
        """The mapping the owner last settled on for this set of headers (matched as the
        header key matches them: case and punctuation aside), with a guess for any
        column it never saw."""
        guessed = guess_mapping(table.headers)
        with self._sessions.begin() as session:
            stored: Any = settings_repository.read(session, _mapping_key(table))
        if not isinstance(stored, dict):
            return guessed
        remembered = {compact(header): value for header, value in stored.items()}
        fields = {f.value for f in LeadField}
        mapping: ColumnMapping = {}
        for index, header in enumerate(table.headers):
            key = compact(header)
            if key not in remembered:
                if index in guessed:
                    mapping[index] = guessed[index]
            elif remembered[key] in fields:
                mapping[index] = LeadField(remembered[key])
            # else: the owner chose not to import this column
        return mapping

    def remember_mapping(self, table: Table, mapping: ColumnMapping) -> None:
        """Keep every column's choice, "not imported" (None) included."""
        choices = {
            header: (mapping[i].value if i in mapping else None)
            for i, header in enumerate(table.headers)
        }
        with self._sessions.begin() as session:
            settings_repository.write(session, _mapping_key(table), choices)

    # ---- preview

    @without_cycle_collection
    def preview(
        self,
        table: Table,
        mapping: ColumnMapping,
        *,
        default_stage: Stage = Stage.LEAD,
        campaign_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """Validate every row and find its duplicates; writes nothing.

        Raises:
            ImportCancelled when ``progress`` returns False.
        """
        if not any(
            f in (LeadField.NAME, LeadField.FIRST_NAME, LeadField.LAST_NAME)
            for f in mapping.values()
        ):
            raise ValidationError(
                {
                    "mapping": message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Map a column to Name (or First and Last name)"
                        )
                    )
                }
            )
        stage_columns = tuple(i for i, f in mapping.items() if f is LeadField.STAGE)
        with self._sessions.begin() as session:
            if campaign_id is not None and session.get(CampaignRow, campaign_id) is None:
                raise ValidationError(
                    {
                        "campaign": message(
                            QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}"),
                            id=campaign_id,
                        )
                    }
                )
            known = _KnownLeads.load(session)
            campaigns = {
                fold(name): found
                for found, name in session.execute(select(CampaignRow.id, CampaignRow.name))
            }
        rules = RowRules(
            ColumnPlan.of(table, mapping),
            default_stage,
            stage_columns,
            campaigns,
            campaign_id,
            self._region,
        )
        total = len(table.rows)

        def report(done: int) -> None:
            if progress is not None and not progress(done, total):
                raise ImportCancelled("Checking the file was cancelled")

        planned: list[PlannedRow] = []
        with closing(checked_rows(table.rows, rules, report, parallel=self._parallel)) as rows:
            for row in rows:
                match = None
                if row.fields is not None:
                    match = known.match_and_add(row.row_number, row.fields, len(planned))
                # A CheckedRow holds PlannedRow's first fields, in the same order.
                planned.append(PlannedRow(*row, match=match))
        # Rows without a same-email or same-phone match are compared by name at their
        # company all at once, now that every name is known.
        for index, match in known.similar_names():
            planned[index] = replace(planned[index], match=match)
        return ImportPreview(table, dict(mapping), planned, campaign_id)

    # ---- apply

    @without_cycle_collection
    def apply(
        self,
        preview: ImportPreview,
        choices: Mapping[int, DuplicateChoice] | None = None,
        default: DuplicateChoice = DuplicateChoice.SKIP,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write the previewed import in one transaction.

        Raises:
            ImportCancelled when ``progress`` returns False; nothing is written.
        """
        now = self._clock()
        reason = f"Imported from {preview.table.origin}"
        updated = skipped = 0
        total = len(preview.rows)
        # Planning the writes is quick; inserting is the long half, so each gets half
        # the progress bar.

        def report(done: int) -> None:
            if progress is not None and not progress(done, total):
                raise ImportCancelled("Import cancelled: nothing was imported")

        with self._sessions.begin() as session:
            # Held here: the session keeps unchanged rows only while someone does.
            targets = _load_targets(session, preview, choices or {}, default)
            new_leads: dict[int, NewLead] = {}
            for done, row in enumerate(preview.rows, start=1):
                if done % 200 == 0:
                    report(done // 2)
                action = preview.action(row, choices or {}, default)
                if action is None or action is DuplicateChoice.SKIP:
                    skipped += 1
                    continue
                assert row.fields is not None
                if action is DuplicateChoice.ADD:
                    new_leads[row.row_number] = _new_lead(row, now)
                    continue
                assert row.match is not None
                if row.match.lead_id is not None:
                    target = session.get(LeadRow, row.match.lead_id)
                    if target is None:
                        skipped += 1
                        continue
                    self._update(session, target, row, now, reason)
                else:
                    assert row.match.row_number is not None
                    # An earlier row of this file that was skipped leaves nothing to update.
                    earlier = new_leads.get(row.match.row_number)
                    if earlier is None:
                        skipped += 1
                        continue
                    _update_new(earlier, row)
                updated += 1
            adding = list(new_leads.values())
            half = total - total // 2
            ids = lead_bulk.insert_leads(
                session,
                adding,
                now,
                lambda inserted: report(total // 2 + half * inserted // max(len(adding), 1)),
            )
            lead_bulk.insert_stage_changes(session, ids, adding, reason)
            report(total)
        del targets
        return ImportResult(len(adding), updated, skipped)

    def _update(
        self, session: Session, target: LeadRow, row: PlannedRow, now: datetime, reason: str
    ) -> None:
        """Fill the stored lead with the row's non-empty values; the stage moves only when
        the file gave one."""
        assert row.fields is not None
        given = row.fields
        current = lead_repository.to_lead(target)
        merged = _merged(given, current, target.phone_key, current.stage)
        lead_repository.apply_fields(target, merged, now)
        if row.stage_given:
            lead_repository.set_stage(session, target, given.stage, now, reason)
        _merge_history(target, row)


@dataclass
class _NamesAt:
    """The names seen at one company (first one kept, in the order they came) and the
    rows still to compare with them."""

    names: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    # (place of the row in the preview, its folded name, how many names came before it)
    questions: list[tuple[int, str, int]] = field(default_factory=list)

    def add(self, name: str, match: Match) -> None:
        if name not in self.seen:
            self.seen.add(name)
            self.names.append(name)
            self.matches.append(match)

    def ask(self, index: int, name: str) -> None:
        self.questions.append((index, name, len(self.names)))

    def answers(self) -> Iterator[tuple[int, Match]]:
        """The most similar earlier name (the first of equals) for each question.

        One rapidfuzz cdist per block of rows: comparing row by row with extractOne
        converted (and word-sorted) every stored name again for every row, which made
        finding duplicates at 100k rows grow with the square of the rows per company.
        """
        if not self.questions or not self.names:
            return
        # Pre-sorted words compared with ratio score exactly as token_sort_ratio does, as
        # long as " " is the only white space (rapidfuzz splits on a different set of
        # odd spaces than Python); otherwise compare as before.
        plain = all(n.isprintable() for n in self.names) and all(
            q.isprintable() for _i, q, _n in self.questions
        )
        choices = [_sorted_words(n) for n in self.names] if plain else self.names
        # Most rows asked about are names already seen: sort their words once.
        sorted_words = dict(zip(self.names, choices, strict=True)) if plain else {}
        scorer = fuzz.ratio if plain else fuzz.token_sort_ratio
        rows = max(1, min(256, 2_000_000 // len(choices)))  # at most 16 MB of scores
        for start in range(0, len(self.questions), rows):
            asked = self.questions[start : start + rows]
            widest = max(before for _i, _q, before in asked)
            if widest == 0:
                continue
            scores = process.cdist(
                [(sorted_words.get(q) or _sorted_words(q)) if plain else q for _i, q, _n in asked],
                choices[:widest],
                scorer=scorer,
                score_cutoff=SIMILAR_NAME,
                # Named, not numpy.float64: importing numpy here would slow every start.
                dtype="float64",
                workers=1,
            )
            for (index, _name, before), row in zip(asked, scores, strict=True):
                if before == 0:
                    continue
                best = int(row[:before].argmax())
                score = float(row[best])
                if score >= SIMILAR_NAME:
                    reason = message(
                        QT_TRANSLATE_NOOP("Messages", "{kind} ({score:.0f} %)"),
                        kind=_SIMILAR_NAME,
                        score=score,
                    )
                    yield index, _because(self.matches[best], reason)


def _sorted_words(name: str) -> str:
    return " ".join(sorted(word for word in name.split(" ") if word))


@dataclass
class _KnownLeads:
    """Stored leads (and rows planned so far) by email, phone and company, for matching."""

    by_email: dict[str, Match] = field(default_factory=dict)
    by_phone: dict[str, Match] = field(default_factory=dict)
    by_company: dict[str, _NamesAt] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _KnownLeads:
        known = cls()
        columns = (
            LeadRow.id,
            LeadRow.name,
            LeadRow.email_key,
            LeadRow.phone_key,
            LeadRow.name_key,
            LeadRow.company_key,
        )
        for lead_id, name, email, phone, name_key, company in session.execute(select(*columns)):
            known._index(email, phone, name_key, company, Match("", name, lead_id=lead_id))
        return known

    def _index(self, email: str, phone: str, name: str, company: str, match: Match) -> None:
        if email:
            self.by_email.setdefault(email, match)
        if phone:
            self.by_phone.setdefault(phone, match)
        if company:
            names = self.by_company.get(company)
            if names is None:
                names = self.by_company[company] = _NamesAt()
            names.add(name, match)

    def match_and_add(self, row_number: int, fields: LeadFields, index: int) -> Match | None:
        """A same-email or same-phone match now (a similar name at the same company is
        looked for later, by ``similar_names``, for the row at ``index``); then the row
        is known to the rows after it."""
        email = fold(fields.email)
        phone = fields.phone_key
        company = fold(fields.company)
        name = fold(fields.name)
        found = None
        if email and email in self.by_email:
            found = _because(self.by_email[email], _SAME_EMAIL)
        elif phone and phone in self.by_phone:
            found = _because(self.by_phone[phone], _SAME_PHONE)
        elif company and (names := self.by_company.get(company)) is not None:
            names.ask(index, name)
        self._index(email, phone, name, company, Match("", fields.name, row_number=row_number))
        return found

    def similar_names(self) -> Iterator[tuple[int, Match]]:
        """(row index, match) for each row asked about whose name is very similar to
        an earlier one at the same company."""
        for names in self.by_company.values():
            yield from names.answers()


_UNIMPORTABLE = message(QT_TRANSLATE_NOOP("Messages", "cannot be imported (see the problems)"))
_SAME_EMAIL = message(QT_TRANSLATE_NOOP("Messages", "same email"))
_SAME_PHONE = message(QT_TRANSLATE_NOOP("Messages", "same phone"))
_SIMILAR_NAME = message(QT_TRANSLATE_NOOP("Messages", "similar name at the same company"))


def _kind(reason: str) -> str:
    """What kind of match a reason names, without its score: "similar name at the same
    company (94 %)" is "similar name at the same company"."""
    kind = reason.values.get("kind", reason) if isinstance(reason, Message) else None
    return kind if isinstance(kind, str) else reason.split(" (")[0]


def _because(match: Match, reason: str) -> Match:
    return Match(reason, match.name, match.lead_id, match.row_number)


def _load_targets(
    session: Session,
    preview: ImportPreview,
    choices: Mapping[int, DuplicateChoice],
    default: DuplicateChoice,
) -> list[LeadRow]:
    """Load every stored lead the import updates in a few queries, so each later
    ``session.get`` finds it in the session instead of asking SQLite once per row."""
    wanted = sorted(
        {
            row.match.lead_id
            for row in preview.rows
            if row.match is not None
            and row.match.lead_id is not None
            and preview.action(row, choices, default) is DuplicateChoice.UPDATE
        }
    )
    loaded: list[LeadRow] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        loaded.extend(session.scalars(select(LeadRow).where(LeadRow.id.in_(chunk))))
    return loaded


def _merged(
    given: LeadFields, current: LeadFields | Lead, phone_key: str, stage: Stage
) -> LeadFields:
    """A stored lead filled with a row's non-empty values."""
    return LeadFields(
        name=given.name or current.name,
        company=given.company or current.company,
        email=given.email or current.email,
        phone=given.phone or current.phone,
        phone_key=given.phone_key if given.phone else phone_key,
        website=given.website or current.website,
        source=given.source or current.source,
        value=given.value if given.value is not None else current.value,
        notes=given.notes or current.notes,
        stage=stage,
        next_follow_up=current.next_follow_up,
        campaign_id=given.campaign_id or current.campaign_id,
    )


def _new_lead(row: PlannedRow, now: datetime) -> NewLead:
    assert row.fields is not None
    # The other CRM's creation date keeps the lead's age (and going-cold gap) true.
    created = row.created if row.created is not None and row.created <= now else now
    lead = NewLead(row.fields, created)
    _merge_new_history(lead, row)
    return lead


def _update_new(lead: NewLead, row: PlannedRow) -> None:
    """A later row of the file updates a lead this import adds: the lead is still
    unwritten, so it simply starts out merged (with one first stage, the final one)."""
    assert row.fields is not None
    current = lead.fields
    stage = row.fields.stage if row.stage_given else current.stage
    lead.fields = _merged(row.fields, current, current.phone_key, stage)
    _merge_new_history(lead, row)


def _merge_new_history(lead: NewLead, row: PlannedRow) -> None:
    if row.contact_count is not None:
        lead.imported_contact_count = max(lead.imported_contact_count, row.contact_count)
    if row.last_contact is not None:
        earlier = lead.imported_last_contact_at
        lead.imported_last_contact_at = (
            row.last_contact if earlier is None else max(earlier, row.last_contact)
        )


def _merge_history(lead: LeadRow, row: PlannedRow) -> None:
    if row.contact_count is not None:
        lead.imported_contact_count = max(lead.imported_contact_count or 0, row.contact_count)
    if row.last_contact is not None:
        earlier = lead.imported_last_contact_at
        lead.imported_last_contact_at = (
            row.last_contact if earlier is None else max(earlier, row.last_contact)
        )


def _mapping_key(table: Table) -> str:
    digest = hashlib.sha1(header_key(table.headers).encode("utf-8")).hexdigest()
    return MAPPING_KEY + digest
