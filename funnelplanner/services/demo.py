"""The first-run welcome's answer, and the demo business: loaded and removed in one step.

No schema change marks demo rows: the settings table remembers each demo row's id with
the moment it was stamped (a lead's, task's or campaign's created_at, the target's
updated_at). SQLite may give a deleted row's id to a new one, so a row counts as demo
only while both still match; the owner's own rows never do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy import table as table_named
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.funnel import Rates
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import CampaignDraft, TargetDraft
from funnelplanner.domain.validation import (
    validate_campaign,
    validate_contact,
    validate_lead,
    validate_task,
)
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import demo_content as content
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.services.setting_keys import (
    BUSINESS_NAME_KEY,
    DATA_TABLES,
    DEMO_KEY,
    WELCOME_KEY,
)
from funnelplanner.storage import (
    campaign_repository,
    contact_repository,
    lead_repository,
    settings_repository,
    snapshots,
    target_repository,
)
from funnelplanner.storage.rows import (
    CampaignRow,
    LeadRow,
    MonthTargetRow,
    TaskRow,
    TrashRow,
)
from funnelplanner.storage.snapshots import Key, Snapshot


@dataclass(frozen=True)
class DemoSummary:
    """What the demo put in (or took out)."""

    month: Month
    leads: int
    contacts: int
    tasks: int
    campaigns: int


class DemoService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        zone: tzinfo,
        region: str,
        history: History,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._zone = zone
        self._region = region
        self._history = history

    # ---- the welcome

    def should_welcome(self) -> bool:
        """True for a file never opened before: no answer stored, and no data at all."""
        with self._sessions.begin() as session:
            if settings_repository.read(session, WELCOME_KEY) is not None:
                return False
            return not any(
                session.scalar(select(exists().select_from(table_named(name))))
                for name in DATA_TABLES
            )

    def start_empty(self) -> None:
        """The owner chose to begin with no demo: the welcome is answered for good."""
        with self._sessions.begin() as session:
            settings_repository.write(session, WELCOME_KEY, "empty")

    # ---- the demo business

    def has_demo(self) -> bool:
        with self._sessions.begin() as session:
            return bool(settings_repository.read(session, DEMO_KEY))

    def load(self) -> DemoSummary:
        """Put the demo business into the current month, all in one transaction.

        Raises:
            FunnelPlannerError when the demo is already loaded (nothing is written).
        """
        now = self._clock().replace(microsecond=0)
        today = now.astimezone(self._zone).date()
        month = Month.of(today)
        setting_keys = [Key("setting", DEMO_KEY), Key("setting", BUSINESS_NAME_KEY)]
        target_key = Key("target", str(month))
        before = list(self._history.capture([*setting_keys, target_key]))
        with self._sessions.begin() as session:
            if settings_repository.read(session, DEMO_KEY):
                raise FunnelPlannerError(
                    message(QT_TRANSLATE_NOOP("Messages", "The demo business is already loaded"))
                )
            registry = _Loader(session, now, today, month, self._zone, self._region).load()
            settings_repository.write(session, DEMO_KEY, registry)
            # The welcome's answer stays when the load is undone: it was answered.
            settings_repository.write(session, WELCOME_KEY, "demo")
        keys = _keys(registry)
        before += [Snapshot(k, None) for k in keys if k.kind != "target"]
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Load the demo business")),
            before,
            [*keys, *setting_keys],
        )
        return DemoSummary(
            month,
            len(registry["leads"]),
            content.contact_count(),
            len(registry["tasks"]),
            len(registry["campaigns"]),
        )

    def remove(self) -> DemoSummary:
        """Remove exactly the demo rows (and demo leads sent to the Trash) in one
        transaction; the owner's own leads, tasks and campaigns stay.

        Raises:
            FunnelPlannerError when there is no demo to remove (nothing is changed).
        """
        with self._sessions.begin() as session:
            registry = settings_repository.read(session, DEMO_KEY)
            if not isinstance(registry, dict) or not registry:
                raise FunnelPlannerError(
                    message(QT_TRANSLATE_NOOP("Messages", "There is no demo data to remove"))
                )
            found = _still_demo(session, registry)
            contacts = sum(
                contact_repository.count_for_lead(session, int(k.value))
                for k in found
                if k.kind == "lead"
            )
            # The demo's business name goes too, unless the owner has since renamed it.
            name = settings_repository.read(session, BUSINESS_NAME_KEY)
            demo_name = bool(registry.get("business_name")) and name == registry["business_name"]
        keys = [*found, Key("setting", DEMO_KEY)]
        if demo_name:
            keys.append(Key("setting", BUSINESS_NAME_KEY))
        before = self._history.capture(keys)
        with self._sessions.begin() as session:
            # Trash entries first, then campaigns and leads, then what points at them.
            order = {"trash": 0, "campaign": 1, "lead": 2, "task": 3, "target": 4}
            for key in sorted(keys, key=lambda k: order.get(k.kind, 9)):
                snapshots.put_back(session, Snapshot(key, None))
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Remove the demo data")), before, keys
        )
        return DemoSummary(
            Month.parse(str(registry.get("month", ""))),
            sum(1 for k in found if k.kind == "lead"),
            contacts,
            sum(1 for k in found if k.kind == "task"),
            sum(1 for k in found if k.kind == "campaign"),
        )


class _Loader:
    """Writes the demo content through the repositories, inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        now: datetime,
        today: date,
        month: Month,
        zone: tzinfo,
        region: str,
    ) -> None:
        self.session = session
        self.now = now
        self.today = today
        self.month = month
        self.zone = zone
        self.region = region

    def at(self, days_ago: int, hour: int) -> datetime:
        """That day's hour in the owner's zone, never later than now."""
        day = self.today - timedelta(days=days_ago)
        moment = datetime.combine(day, time(hour), self.zone).astimezone(self.now.tzinfo)
        return min(moment, self.now - timedelta(minutes=days_ago + 1)).replace(microsecond=0)

    def due(self, days_ahead: int) -> date:
        """A day counted from today, kept inside the current month."""
        day = self.today + timedelta(days=days_ahead)
        return min(max(day, self.month.first_day), self.month.last_day)

    def load(self) -> dict[str, Any]:
        session = self.session
        registry: dict[str, Any] = {"month": str(self.month)}
        campaign_ids: dict[str, int] = {}
        registry["campaigns"] = {}
        for campaign in content.CAMPAIGNS:
            campaign_fields = validate_campaign(
                CampaignDraft(
                    campaign.name,
                    campaign.channel,
                    self.today - timedelta(days=campaign.start_days_ago),
                    self.today + timedelta(days=campaign.end_days_ahead),
                    campaign.budget,
                    campaign.expected_leads,
                    campaign.notes,
                )
            )
            stamp = self.at(campaign.start_days_ago + 2, 9)
            campaign_row = campaign_repository.add(session, campaign_fields, stamp)
            campaign_ids[campaign.key] = campaign_row.id
            registry["campaigns"][str(campaign_row.id)] = stamp.isoformat()

        lead_ids: dict[str, int] = {}
        registry["leads"] = {}
        for lead in content.LEADS:
            first_stage, days_ago, hour = lead.stages[0]
            created = self.at(days_ago, hour)
            follow_up = None if lead.follow_up_in_days is None else self.due(lead.follow_up_in_days)
            fields = validate_lead(
                LeadDraft(
                    lead.name,
                    company=lead.company,
                    email=lead.email,
                    phone=lead.phone,
                    source=lead.source,
                    value=lead.value,
                    notes=lead.notes,
                    stage=first_stage,
                    next_follow_up=follow_up,
                    campaign_id=campaign_ids.get(lead.campaign or ""),
                ),
                self.region,
            )
            row = lead_repository.add(session, fields, created)
            for stage, stage_days_ago, stage_hour in lead.stages[1:]:
                reason = lead.lost_reason if stage is Stage.LOST else ""
                when = self.at(stage_days_ago, stage_hour)
                lead_repository.set_stage(session, row, stage, when, reason)
            if lead.criteria_met:
                lead_repository.set_criteria(
                    session, row.id, {c: c in lead.criteria_met for c in content.ALL_CRITERIA}
                )
            for touch in lead.contacts:
                draft = validate_contact(
                    ContactDraft(
                        touch.hat,
                        touch.channel,
                        touch.direction,
                        self.at(touch.days_ago, touch.hour),
                        touch.outcome,
                        touch.note,
                        campaign_id=row.campaign_id,
                    ),
                    self.now,
                )
                contact_repository.add(session, row, draft)
            lead_ids[lead.name] = row.id
            registry["leads"][str(row.id)] = created.isoformat()

        registry["tasks"] = {}
        for task in content.TASKS:
            clean = validate_task(
                TaskDraft(
                    task.title,
                    task.hat,
                    self.due(task.due_in_days),
                    lead_ids.get(task.lead or ""),
                    task.notes,
                    campaign_ids.get(task.campaign or ""),
                )
            )
            stamp = self.at(max(-task.due_in_days, 0) + 3, 8)
            task_row = TaskRow(
                title=clean.title,
                hat=clean.hat.value,
                due=clean.due,
                lead_id=clean.lead_id,
                notes=clean.notes,
                campaign_id=clean.campaign_id,
                created_at=stamp,
                done=task.done,
                done_at=self.at(max(-task.due_in_days, 0), 17) if task.done else None,
            )
            session.add(task_row)
            session.flush()
            registry["tasks"][str(task_row.id)] = stamp.isoformat()

        if target_repository.get(session, self.month) is None:
            rates = Rates({name: Decimal(pct) for name, pct in content.TARGET_RATES.items()})
            target_repository.save(
                session,
                TargetDraft(
                    self.month,
                    None,
                    Decimal(content.TARGET_REVENUE),
                    Decimal(content.TARGET_DEAL_VALUE),
                    rates,
                ),
                self.now,
            )
            registry["target"] = self.now.isoformat()
        if not settings_repository.read(session, BUSINESS_NAME_KEY):
            settings_repository.write(session, BUSINESS_NAME_KEY, content.BUSINESS_NAME)
            registry["business_name"] = content.BUSINESS_NAME
        return registry


def _keys(registry: dict[str, Any]) -> list[Key]:
    keys = [Key("campaign", int(i)) for i in registry.get("campaigns", {})]
    keys += [Key("lead", int(i)) for i in registry.get("leads", {})]
    keys += [Key("task", int(i)) for i in registry.get("tasks", {})]
    if registry.get("target"):
        keys.append(Key("target", str(registry["month"])))
    return keys


def _same(stamp: Any, value: datetime | None) -> bool:
    try:
        return value is not None and datetime.fromisoformat(str(stamp)) == value
    except ValueError:
        return False


def _still_demo(session: Session, registry: dict[str, Any]) -> list[Key]:
    """The demo rows still there and still the demo's (same id, same stamp)."""
    found: list[Key] = []
    tables: tuple[tuple[str, type[CampaignRow] | type[LeadRow] | type[TaskRow]], ...] = (
        ("campaigns", CampaignRow),
        ("leads", LeadRow),
        ("tasks", TaskRow),
    )
    for part, table in tables:
        kind = part.rstrip("s")
        for raw_id, stamp in dict(registry.get(part, {})).items():
            row = session.get(table, int(raw_id))
            if row is not None and _same(stamp, getattr(row, "created_at", None)):
                found.append(Key(kind, int(raw_id)))
    # A demo lead the owner deleted waits in the Trash: it goes too.
    demo_leads = dict(registry.get("leads", {}))
    for entry in session.scalars(select(TrashRow).where(TrashRow.kind == "lead")):
        stamp = demo_leads.get(str(entry.item_id))
        if stamp is None:
            continue
        whole = snapshots.from_json(entry.payload)
        rows = (whole.rows or {}).get("leads", [])
        if rows and _same(stamp, rows[0].get("created_at")):
            found.append(Key("trash", entry.id))
    month = registry.get("month")
    if registry.get("target") and isinstance(month, str):
        target = session.get(MonthTargetRow, month)
        # A target the owner has since changed is the owner's now.
        if target is not None and _same(registry["target"], target.updated_at):
            found.append(Key("target", month))
    return found
