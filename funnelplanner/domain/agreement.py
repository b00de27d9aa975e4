"""The agreement between the hats: what each owes, and the rules sales keeps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message, term
from funnelplanner.domain.vocabulary import Stage

DEFAULT_CRITERIA: tuple[str, ...] = ("Budget", "Authority", "Need", "Timing")
# Days without a contact after which a lead in the stage is going cold.
DEFAULT_GAPS: dict[Stage, int] = {
    Stage.PROSPECT: 30,
    Stage.LEAD: 14,
    Stage.MQL: 7,
    Stage.SQL: 5,
    Stage.CUSTOMER: 60,
    Stage.PROMOTER: 90,
}

RULE_SQL_FOLLOW_UP = "sql_follow_up"
RULE_LOST_CONTACTS = "lost_contacts"


@dataclass(frozen=True)
class AgreementSettings:
    """K, T, the cold gap per stage and the qualification criteria."""

    sql_follow_up_days: int = 2
    min_contacts_before_lost: int = 3
    cold_gaps: Mapping[Stage, int] = field(default_factory=lambda: dict(DEFAULT_GAPS))
    criteria: Sequence[str] = DEFAULT_CRITERIA

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        if not 0 <= self.sql_follow_up_days <= 365:
            errors["sql_follow_up_days"] = message(
                QT_TRANSLATE_NOOP("Messages", "Follow-up days must be between 0 and 365")
            )
        if not 0 <= self.min_contacts_before_lost <= 1000:
            errors["min_contacts_before_lost"] = message(
                QT_TRANSLATE_NOOP("Messages", "Contacts before lost must be between 0 and 1000")
            )
        for stage, days in self.cold_gaps.items():
            if not 1 <= days <= 3650:
                errors[f"gap {stage.value}"] = message(
                    QT_TRANSLATE_NOOP("Messages", "The gap for {stage} must be 1 to 3650 days"),
                    stage=term("Stage", stage.label),
                )
        cleaned = [c.strip() for c in self.criteria]
        if any(not c for c in cleaned):
            errors["criteria"] = message(
                QT_TRANSLATE_NOOP("Messages", "A qualification criterion cannot be empty")
            )
        elif len({c.casefold() for c in cleaned}) != len(cleaned):
            errors["criteria"] = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Qualification criteria must be different from each other"
                )
            )
        elif any(len(c) > 80 for c in cleaned):
            errors["criteria"] = message(
                QT_TRANSLATE_NOOP("Messages", "A qualification criterion is at most 80 characters")
            )
        if errors:
            raise ValidationError(errors)

    def gap(self, stage: Stage) -> int | None:
        return self.cold_gaps.get(stage)


@dataclass(frozen=True)
class Breach:
    """One broken rule of the agreement, naming the lead."""

    lead_id: int
    lead_name: str
    rule: str
    detail: str
    when: datetime


def sql_follow_up_breach(
    entered_sql: datetime,
    first_sales_contact: datetime | None,
    now: datetime,
    days: int,
) -> str | None:
    """Why a new SQL breaks the follow-up rule, or None when it was followed up in time."""
    deadline = entered_sql + timedelta(days=days)
    if first_sales_contact is not None and first_sales_contact <= deadline:
        return None
    if first_sales_contact is None and now <= deadline:
        return None  # still within its days
    if first_sales_contact is None and days == 1:
        return message(
            QT_TRANSLATE_NOOP("Messages", "no sales contact within {days} day of becoming an SQL"),
            days=days,
        )
    if first_sales_contact is None:
        return message(
            QT_TRANSLATE_NOOP("Messages", "no sales contact within {days} days of becoming an SQL"),
            days=days,
        )
    # Whole days, rounded up: 2 days and 5 hours is late for a 2-day rule, so "after 3 days".
    waited = first_sales_contact - entered_sql
    late = -(-waited // timedelta(days=1))
    if late == 1:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "first sales contact after {late} day (the agreement says {days})"
            ),
            late=late,
            days=days,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages", "first sales contact after {late} days (the agreement says {days})"
        ),
        late=late,
        days=days,
    )


def lost_contacts_breach(contacts_before: int, minimum: int) -> str | None:
    if contacts_before >= minimum:
        return None
    if contacts_before == 1:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "marked lost after {contacts} contact (the agreement says at least {minimum})",
            ),
            contacts=contacts_before,
            minimum=minimum,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "marked lost after {contacts} contacts (the agreement says at least {minimum})",
        ),
        contacts=contacts_before,
        minimum=minimum,
    )
