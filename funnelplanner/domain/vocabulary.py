"""The fixed words of the product: funnel stages, the two hats, channels, directions."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message

E = TypeVar("E", bound=StrEnum)


class Stage(StrEnum):
    """Funnel stages in funnel order; LOST is terminal and sits outside the order."""

    PROSPECT = "prospect"
    LEAD = "lead"
    MQL = "mql"
    SQL = "sql"
    CUSTOMER = "customer"
    PROMOTER = "promoter"
    LOST = "lost"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def plural(self) -> str:
        """How counts of the stage read: "20 SQLs", "500 prospects"."""
        return _STAGE_PLURALS[self]

    @property
    def rank(self) -> int:
        """Position in the funnel; LOST ranks below everything so it never counts as progress."""
        return -1 if self is Stage.LOST else FUNNEL_ORDER.index(self)


FUNNEL_ORDER: tuple[Stage, ...] = (
    Stage.PROSPECT,
    Stage.LEAD,
    Stage.MQL,
    Stage.SQL,
    Stage.CUSTOMER,
    Stage.PROMOTER,
)

_STAGE_LABELS = {
    Stage.PROSPECT: "Prospect",
    Stage.LEAD: "Lead",
    Stage.MQL: "MQL",
    Stage.SQL: "SQL",
    Stage.CUSTOMER: "Customer",
    Stage.PROMOTER: "Promoter",
    Stage.LOST: "Lost",
}


_STAGE_PLURALS = {
    Stage.PROSPECT: QT_TRANSLATE_NOOP("StagePlural", "prospects"),
    Stage.LEAD: QT_TRANSLATE_NOOP("StagePlural", "leads"),
    Stage.MQL: QT_TRANSLATE_NOOP("StagePlural", "MQLs"),
    Stage.SQL: QT_TRANSLATE_NOOP("StagePlural", "SQLs"),
    Stage.CUSTOMER: QT_TRANSLATE_NOOP("StagePlural", "customers"),
    Stage.PROMOTER: QT_TRANSLATE_NOOP("StagePlural", "promoters"),
    Stage.LOST: QT_TRANSLATE_NOOP("StagePlural", "lost leads"),
}


class Hat(StrEnum):
    """Which of the owner's two jobs a piece of work belongs to."""

    MARKETING = "marketing"
    SALES = "sales"

    @property
    def label(self) -> str:
        return "Marketing" if self is Hat.MARKETING else "Sales"


class Channel(StrEnum):
    """How a contact with a lead happened."""

    PHONE = "phone"
    EMAIL = "email"
    TEXT = "text"
    MEETING = "meeting"
    VIDEO_CALL = "video_call"
    SOCIAL = "social"
    EVENT = "event"
    NEWSLETTER = "newsletter"
    AD = "ad"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Direction(StrEnum):
    """Who reached out: the owner (outbound) or the lead (inbound)."""

    OUTBOUND = "outbound"
    INBOUND = "inbound"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def parse_choice(kind: type[E], text: str, field: str) -> E:
    """Read a user's word for an enum member, accepting labels and any case.

    Raises:
        ValidationError naming the field and the words that are allowed.
    """
    wanted = text.strip().lower().replace(" ", "_").replace("-", "_")
    for member in kind:
        if wanted in (member.value, member.name.lower()):
            return member
    allowed = ", ".join(m.value for m in kind)
    raise ValidationError(
        {
            field: message(
                QT_TRANSLATE_NOOP("Messages", "'{text}' is not one of: {allowed}"),
                text=text,
                allowed=allowed,
            )
        }
    )
