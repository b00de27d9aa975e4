"""Contact use cases: log a touch, keeping the lead's count and dates in step."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Contact, ContactDraft
from funnelplanner.domain.validation import validate_contact
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.storage import contact_repository, lead_repository
from funnelplanner.storage.rows import CampaignRow
from funnelplanner.storage.snapshots import Key


class ContactService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, history: History) -> None:
        self._sessions = sessions
        self._clock = clock
        self._history = history

    def log(self, lead_id: int, draft: ContactDraft) -> Contact:
        """Record a contact; the count, last contact and follow-up change in the same commit."""
        clean = validate_contact(draft, self._clock())
        before = self._history.capture([Key("lead", lead_id)])
        with self._sessions.begin() as session:
            lead = lead_repository.get_row(session, lead_id)
            if (
                clean.campaign_id is not None
                and session.get(CampaignRow, clean.campaign_id) is None
            ):
                raise ValidationError(
                    {
                        "campaign": message(
                            QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}"),
                            id=clean.campaign_id,
                        )
                    }
                )
            row = contact_repository.add(session, lead, clean)
            if clean.replace_follow_up or clean.next_follow_up is not None:
                lead.next_follow_up = clean.next_follow_up
            contact = contact_repository.to_contact(row)
            name = lead.name
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Log contact with {name}"), name=name),
            before,
            [Key("lead", lead_id)],
        )
        return contact

    def for_lead(self, lead_id: int) -> list[Contact]:
        with self._sessions.begin() as session:
            lead_repository.get_row(session, lead_id)
            return contact_repository.for_lead(session, lead_id)
