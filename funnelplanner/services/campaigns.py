"""Campaign use cases (the marketing hat's plans)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.planning_models import Campaign, CampaignDraft, CampaignStats
from funnelplanner.domain.validation import validate_campaign
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.storage import campaign_repository
from funnelplanner.storage.snapshots import Key, Snapshot


class CampaignService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, history: History) -> None:
        self._sessions = sessions
        self._clock = clock
        self._history = history

    def create(self, draft: CampaignDraft) -> Campaign:
        fields = validate_campaign(draft)
        with self._sessions.begin() as session:
            campaign = campaign_repository.to_campaign(
                campaign_repository.add(session, fields, self._clock())
            )
        key = Key("campaign", campaign.id)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "New campaign {name}"), name=campaign.name),
            [Snapshot(key, None)],
            [key],
        )
        return campaign

    def update(self, campaign_id: int, draft: CampaignDraft) -> Campaign:
        fields = validate_campaign(draft)
        key = Key("campaign", campaign_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            row = campaign_repository.get_row(session, campaign_id)
            campaign_repository.apply(row, fields)
            campaign = campaign_repository.to_campaign(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Edit campaign {name}"), name=campaign.name),
            before,
            [key],
        )
        return campaign

    def delete(self, campaign_id: int) -> None:
        """Remove a campaign; its leads, contacts and tasks stay, unattributed."""
        key = Key("campaign", campaign_id)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            row = campaign_repository.get_row(session, campaign_id)
            name = row.name
            session.delete(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Delete campaign {name}"), name=name),
            before,
            [key],
        )

    def get(self, campaign_id: int) -> Campaign:
        with self._sessions.begin() as session:
            return campaign_repository.to_campaign(
                campaign_repository.get_row(session, campaign_id)
            )

    def listing(self) -> list[Campaign]:
        with self._sessions.begin() as session:
            return campaign_repository.listing(session)

    def stats(self) -> list[CampaignStats]:
        with self._sessions.begin() as session:
            return campaign_repository.stats(session)
