"""The business's own settings: name, currency, week start, paper, and the agreement."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.agreement import DEFAULT_CRITERIA, DEFAULT_GAPS, AgreementSettings
from funnelplanner.domain.business_settings import BusinessSettings, stored_business
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.history import History
from funnelplanner.services.setting_keys import AGREEMENT_KEY, BUSINESS_KEY, BUSINESS_NAME_KEY
from funnelplanner.storage import settings_repository
from funnelplanner.storage.snapshots import Key


class SettingsService:
    def __init__(
        self, sessions: sessionmaker[Session], history: History | None = None, region: str = "US"
    ) -> None:
        self._sessions = sessions
        self._history = history or History(sessions)
        self._region = region

    def agreement(self) -> AgreementSettings:
        with self._sessions.begin() as session:
            return read_agreement(session)

    def save_agreement(self, settings: AgreementSettings) -> AgreementSettings:
        key = Key("setting", AGREEMENT_KEY)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            _write_agreement(session, settings)
            saved = read_agreement(session)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Edit the agreement between the hats")),
            before,
            [key],
        )
        return saved

    def business(self) -> BusinessSettings:
        """The stored preferences; what was never set is the region's usual choice."""
        with self._sessions.begin() as session:
            return self._read_business(session)

    def business_name(self) -> str:
        """The name printed at the top of the plan; "" until the owner sets one."""
        return self.business().name

    def save_business_name(self, name: str) -> str:
        current = self.business()
        try:
            wanted = BusinessSettings(name, current.currency, current.week_start, current.paper)
        except ValidationError as exc:
            raise ValidationError({"business name": exc.errors["business name"]}) from None
        key = Key("setting", BUSINESS_NAME_KEY)
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            settings_repository.write(session, BUSINESS_NAME_KEY, wanted.name)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Change the business name")), before, [key]
        )
        return wanted.name

    def save_preferences(
        self, business: BusinessSettings, agreement: AgreementSettings | None = None
    ) -> BusinessSettings:
        """Store the business's preferences (and the agreement) in one transaction, undone
        as one change. Both arrive validated: the domain refuses bad values on creation."""
        keys = [Key("setting", BUSINESS_NAME_KEY), Key("setting", BUSINESS_KEY)]
        if agreement is not None:
            keys.append(Key("setting", AGREEMENT_KEY))
        before = self._history.capture(keys)
        with self._sessions.begin() as session:
            settings_repository.write(session, BUSINESS_NAME_KEY, business.name)
            settings_repository.write(
                session,
                BUSINESS_KEY,
                {
                    "currency": business.currency,
                    "week_start": business.week_start.value,
                    "paper": business.paper.value,
                },
            )
            if agreement is not None:
                _write_agreement(session, agreement)
            saved = self._read_business(session)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Change the settings")), before, keys
        )
        return saved

    def _read_business(self, session: Session) -> BusinessSettings:
        return stored_business(
            settings_repository.read(session, BUSINESS_KEY),
            settings_repository.read(session, BUSINESS_NAME_KEY),
            self._region,
        )


def _write_agreement(session: Session, settings: AgreementSettings) -> None:
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
