"""The business's own settings: the agreement between the hats, the criteria, the gaps."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.agreement import DEFAULT_CRITERIA, DEFAULT_GAPS, AgreementSettings
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.text_rules import clean_line
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.history import History
from funnelplanner.storage import settings_repository
from funnelplanner.storage.snapshots import Key

AGREEMENT_KEY = "agreement"
BUSINESS_NAME_KEY = "business_name"
BUSINESS_NAME_LIMIT = 120


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session], history: History | None = None) -> None:
        self._sessions = sessions
        self._history = history or History(sessions)

    def agreement(self) -> AgreementSettings:
        with self._sessions.begin() as session:
            return read_agreement(session)

    def save_agreement(self, settings: AgreementSettings) -> AgreementSettings:
        key = Key("setting", AGREEMENT_KEY)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            settings_repository.write(
                session,
                AGREEMENT_KEY,
                {
                    "sql_follow_up_days": settings.sql_follow_up_days,
                    "min_contacts_before_lost": settings.min_contacts_before_lost,
                    "cold_gaps": {s.value: d for s, d in settings.cold_gaps.items()},
                    "criteria": [c.strip() for c in settings.criteria],
                },
            )
            saved = read_agreement(session)
        self._history.record("Edit the agreement between the hats", before, [key])
        return saved

    def business_name(self) -> str:
        """The name printed at the top of the plan; "" until the owner sets one."""
        with self._sessions.begin() as session:
            stored: Any = settings_repository.read(session, BUSINESS_NAME_KEY)
        return stored if isinstance(stored, str) else ""

    def save_business_name(self, name: str) -> str:
        text, error = clean_line(name, limit=BUSINESS_NAME_LIMIT)
        if error:
            raise ValidationError({"business name": f"Business name {error}"})
        key = Key("setting", BUSINESS_NAME_KEY)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            settings_repository.write(session, BUSINESS_NAME_KEY, text)
        self._history.record("Change the business name", before, [key])
        return text


def read_agreement(session: Session) -> AgreementSettings:
    """The stored agreement; anything missing or unreadable falls back to its default."""
    stored: Any = settings_repository.read(session, AGREEMENT_KEY)
    if not isinstance(stored, dict):
        return AgreementSettings()
    gaps = dict(DEFAULT_GAPS)
    raw_gaps = stored.get("cold_gaps")
    if isinstance(raw_gaps, dict):
        for key, days in raw_gaps.items():
            if key in {s.value for s in Stage} and isinstance(days, int):
                gaps[Stage(key)] = days
    criteria = stored.get("criteria")
    try:
        return AgreementSettings(
            sql_follow_up_days=int(stored.get("sql_follow_up_days", 2)),
            min_contacts_before_lost=int(stored.get("min_contacts_before_lost", 3)),
            cold_gaps=gaps,
            criteria=tuple(criteria) if isinstance(criteria, list) else DEFAULT_CRITERIA,
        )
    except (ValueError, TypeError, Exception):
        return AgreementSettings()
