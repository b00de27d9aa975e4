"""Lead use cases: enter, edit, move through the funnel, find, delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, about, message, term
from funnelplanner.domain.models import Lead, LeadDetail, LeadDraft, LeadQuery
from funnelplanner.domain.text_rules import clean_multiline
from funnelplanner.domain.validation import phone_key, validate_lead
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.services.settings import read_agreement
from funnelplanner.storage import (
    campaign_repository,
    contact_repository,
    lead_repository,
    snapshots,
)
from funnelplanner.storage.rows import CampaignRow, TrashRow
from funnelplanner.storage.snapshots import Key, Snapshot


class LeadService:
    """Everything the faces do with leads, one transaction per call."""

    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, region: str, history: History
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.region = region
        self._history = history

    def create(self, draft: LeadDraft, criteria: dict[str, bool] | None = None) -> Lead:
        """Validate and store a new lead; its first stage goes into the history."""
        fields = validate_lead(draft, self.region)
        with self._sessions.begin() as session:
            _check_campaign(session, fields.campaign_id)
            row = lead_repository.add(session, fields, self._clock())
            if criteria:
                lead_repository.set_criteria(session, row.id, criteria)
            lead = lead_repository.to_lead(row)
        key = Key("lead", lead.id)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "New lead {name}"), name=lead.name),
            [Snapshot(key, None)],
            [key],
        )
        return lead

    def update(
        self,
        lead_id: int,
        draft: LeadDraft,
        reason: str = "",
        override: bool = False,
        criteria: dict[str, bool] | None = None,
    ) -> Lead:
        """Replace a lead's fields (and checklist); a new stage is recorded in the history."""
        fields = validate_lead(draft, self.region)
        reason = _clean_reason(reason)
        now = self._clock()
        key = Key("lead", lead_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            _check_campaign(session, fields.campaign_id)
            row = lead_repository.get_row(session, lead_id)
            lead_repository.apply_fields(row, fields, now)
            lead_repository.set_stage(session, row, fields.stage, now, reason, override)
            if criteria is not None:
                lead_repository.set_criteria(session, lead_id, criteria)
            lead = lead_repository.to_lead(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Edit lead {name}"), name=lead.name),
            before,
            [key],
        )
        return lead

    def change_stage(
        self, lead_id: int, stage: Stage, reason: str = "", override: bool = False
    ) -> Lead:
        """Move a lead; a move to SQL with criteria unmet is recorded as an override,
        whichever face made it (the window asks first; the command line cannot)."""
        reason = _clean_reason(reason)
        key = Key("lead", lead_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            row = lead_repository.get_row(session, lead_id)
            if stage is Stage.SQL and row.stage != Stage.SQL.value:
                met = lead_repository.criteria(session, lead_id)
                unmet = [c for c in read_agreement(session).criteria if not met.get(c, False)]
                override = override or bool(unmet)
            moved = lead_repository.set_stage(session, row, stage, self._clock(), reason, override)
            lead = lead_repository.to_lead(row)
        if moved:
            self._history.record(
                message(
                    QT_TRANSLATE_NOOP("Messages", "Move {name} to {stage}"),
                    name=lead.name,
                    stage=term("Stage", stage.label),
                ),
                before,
                [key],
            )
        return lead

    def set_criteria(self, lead_id: int, met: dict[str, bool]) -> None:
        key = Key("lead", lead_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            name = lead_repository.get_row(session, lead_id).name
            lead_repository.set_criteria(session, lead_id, met)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Edit the checklist of {name}"), name=name),
            before,
            [key],
        )

    def unmet_criteria(self, lead_id: int, met: dict[str, bool] | None = None) -> list[str]:
        """The agreement's criteria this lead does not meet (``met`` overrides what is stored)."""
        with self._sessions.begin() as session:
            stored = lead_repository.criteria(session, lead_id) if met is None else met
            return [c for c in read_agreement(session).criteria if not stored.get(c, False)]

    def set_follow_up(self, lead_id: int, when: date | None) -> Lead:
        key = Key("lead", lead_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            row = lead_repository.get_row(session, lead_id)
            row.next_follow_up = when
            row.updated_at = self._clock()
            lead = lead_repository.to_lead(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Set the follow-up of {name}"), name=lead.name),
            before,
            [key],
        )
        return lead

    def delete(self, lead_id: int) -> int:
        """Move a lead, with its contacts, history and checklist, to the Trash (its tasks
        stay, unlinked); returns the Trash entry's id."""
        key = Key("lead", lead_id)
        with self._sessions.begin() as session:
            row = lead_repository.get_row(session, lead_id)
            whole = snapshots.capture(session, key)
            entry = TrashRow(
                kind="lead",
                item_id=lead_id,
                name=row.name,
                detail=row.company,
                deleted_at=self._clock(),
                payload=snapshots.to_json(whole),
            )
            session.add(entry)
            session.flush()
            trash_key = Key("trash", entry.id)
            session.delete(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Delete lead {name}"), name=whole_name(whole)),
            [whole, Snapshot(trash_key, None)],
            [key, trash_key],
        )
        return entry.id

    def get(self, lead_id: int) -> Lead:
        with self._sessions.begin() as session:
            return lead_repository.to_lead(lead_repository.get_row(session, lead_id))

    def detail(self, lead_id: int) -> LeadDetail:
        with self._sessions.begin() as session:
            lead = lead_repository.to_lead(lead_repository.get_row(session, lead_id))
            if lead.campaign_id is not None:
                names = campaign_repository.names(session, {lead.campaign_id})
                lead = replace(lead, campaign_name=names.get(lead.campaign_id, ""))
            return LeadDetail(
                lead=lead,
                contacts=contact_repository.for_lead(session, lead_id),
                history=lead_repository.history(session, lead_id),
                criteria_met=lead_repository.criteria(session, lead_id),
            )

    def duplicates(self, draft: LeadDraft, exclude_id: int | None = None) -> list[Lead]:
        """Stored leads with the same email or phone as the draft."""
        key = phone_key(draft.phone, self.region) if draft.phone.strip() else ""
        with self._sessions.begin() as session:
            rows = lead_repository.find_matching(session, draft.email.strip(), key, exclude_id)
            return [lead_repository.to_lead(r) for r in rows]

    def count(self, query: LeadQuery) -> int:
        with self._sessions.begin() as session:
            return lead_repository.count(session, query)

    def count_unless(self, query: LeadQuery, stop: Callable[[], bool]) -> int | None:
        """``count``, or None if ``stop()`` turned true before it was done (checked every
        tenth of a millisecond or so): for counting on a worker while the owner types."""
        with self._sessions.begin() as session:
            return lead_repository.count_unless(session, query, stop)

    def page(self, query: LeadQuery, offset: int, limit: int) -> list[Lead]:
        with self._sessions.begin() as session:
            return lead_repository.page(session, query, offset, limit)

    def listing(self, stage: Stage | None = None) -> list[Lead]:
        """All leads (of one stage), by name: for lists printed or exported whole."""
        query = LeadQuery(stage=stage)
        with self._sessions.begin() as session:
            return lead_repository.page(session, query, 0, -1)

    def search(self, text: str, limit: int = 50) -> list[Lead]:
        """Leads matching text, most recently contacted first: for pickers."""
        query = LeadQuery(text=text, sort_key="last_contact", descending=True)
        with self._sessions.begin() as session:
            return lead_repository.page(session, query, 0, limit)


def _check_campaign(session: Session, campaign_id: int | None) -> None:
    if campaign_id is not None and session.get(CampaignRow, campaign_id) is None:
        raise ValidationError(
            {
                "campaign": message(
                    QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}"),
                    id=campaign_id,
                )
            }
        )


def _clean_reason(reason: str) -> str:
    text, error = clean_multiline(reason, limit=2000)
    if error:
        raise ValidationError({"reason": about(QT_TRANSLATE_NOOP("Messages", "Reason"), error)})
    return text


def whole_name(snapshot: Snapshot) -> str:
    assert snapshot.rows is not None
    return str(snapshot.rows["leads"][0]["name"])
