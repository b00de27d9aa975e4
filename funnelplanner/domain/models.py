"""Plain records passed between the layers: drafts typed by the user, and stored facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage


@dataclass(frozen=True)
class LeadDraft:
    """A lead as typed into a form or a command line, before validation."""

    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    source: str = ""
    value: str = ""
    notes: str = ""
    stage: Stage = Stage.LEAD
    next_follow_up: date | None = None
    campaign_id: int | None = None


@dataclass(frozen=True)
class LeadFields:
    """A validated, normalised lead, ready to be stored."""

    name: str
    company: str
    email: str
    phone: str
    phone_key: str
    website: str
    source: str
    value: Decimal | None
    notes: str
    stage: Stage
    next_follow_up: date | None
    campaign_id: int | None = None


@dataclass(frozen=True)
class Lead:
    """A stored lead with the facts derived from its contacts."""

    id: int
    name: str
    company: str
    email: str
    phone: str
    website: str
    source: str
    value: Decimal | None
    notes: str
    stage: Stage
    next_follow_up: date | None
    contact_count: int
    last_contact: datetime | None
    created_at: datetime
    campaign_id: int | None = None
    campaign_name: str = ""
    # Touches counted by another CRM before import; never part of contact_count.
    imported_contact_count: int = 0
    imported_last_contact: datetime | None = None


@dataclass(frozen=True)
class StageChange:
    """The moment a lead entered a stage."""

    stage: Stage
    entered_at: datetime
    reason: str = ""
    override: bool = False


@dataclass(frozen=True)
class ContactDraft:
    """A touch as typed by the user; ``at`` None means now."""

    hat: Hat
    channel: Channel
    direction: Direction = Direction.OUTBOUND
    at: datetime | None = None
    outcome: str = ""
    note: str = ""
    next_follow_up: date | None = None
    # False: only a given date changes the lead's follow-up. True: the lead's follow-up
    # becomes exactly next_follow_up, so None clears it.
    replace_follow_up: bool = False
    campaign_id: int | None = None


@dataclass(frozen=True)
class Contact:
    """One logged touch with a lead."""

    id: int
    lead_id: int
    at: datetime
    hat: Hat
    channel: Channel
    direction: Direction
    outcome: str
    note: str
    campaign_id: int | None = None


@dataclass(frozen=True)
class LeadDetail:
    """Everything shown when a lead is opened."""

    lead: Lead
    contacts: list[Contact] = field(default_factory=list)
    history: list[StageChange] = field(default_factory=list)
    criteria_met: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskDraft:
    """A task as typed by the user."""

    title: str
    hat: Hat
    due: date | None = None
    lead_id: int | None = None
    notes: str = ""
    campaign_id: int | None = None


@dataclass(frozen=True)
class Task:
    """A stored task; it belongs to exactly one hat."""

    id: int
    hat: Hat
    title: str
    due: date | None
    done: bool
    lead_id: int | None
    lead_name: str
    notes: str
    created_at: datetime
    done_at: datetime | None
    campaign_id: int | None = None
    campaign_name: str = ""


@dataclass(frozen=True)
class LeadQuery:
    """What the leads table asks for: a filter text, an optional stage, a sort."""

    text: str = ""
    stage: Stage | None = None
    sort_key: str = "name"
    descending: bool = False
