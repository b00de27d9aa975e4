"""Campaign use cases (the marketing hat's plans)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.planning_models import Campaign, CampaignDraft, CampaignStats
from funnelplanner.domain.validation import validate_campaign
from funnelplanner.services.clock import Clock
from funnelplanner.storage import campaign_repository


class CampaignService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def create(self, draft: CampaignDraft) -> Campaign:
        fields = validate_campaign(draft)
        with self._sessions.begin() as session:
            return campaign_repository.to_campaign(
                campaign_repository.add(session, fields, self._clock())
            )

    def update(self, campaign_id: int, draft: CampaignDraft) -> Campaign:
        fields = validate_campaign(draft)
        with self._sessions.begin() as session:
            row = campaign_repository.get_row(session, campaign_id)
            campaign_repository.apply(row, fields)
            return campaign_repository.to_campaign(row)

    def delete(self, campaign_id: int) -> None:
        """Remove a campaign; its leads, contacts and tasks stay, unattributed."""
        with self._sessions.begin() as session:
            session.delete(campaign_repository.get_row(session, campaign_id))

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
