"""Planning use cases: the month's targets worked backwards, actuals, breaches, Today."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from statistics import median

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.agreement import (
    RULE_LOST_CONTACTS,
    RULE_SQL_FOLLOW_UP,
    AgreementSettings,
    Breach,
    lost_contacts_breach,
    sql_follow_up_breach,
)
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.funnel import (
    DEFAULT_RATES,
    STEP_NAMES,
    Rates,
    actual_rates,
    customers_needed,
    work_backwards,
)
from funnelplanner.domain.insight import (
    OVER_WORKED_FACTOR,
    MedianRow,
    median_contacts,
    medians_by,
)
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Lead
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import (
    ColdLead,
    MonthPicture,
    MonthTarget,
    TargetDraft,
    TodayPicture,
)
from funnelplanner.domain.validation import too_many_decimals
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.services.settings import read_agreement
from funnelplanner.storage import (
    campaign_repository,
    planning_queries,
    target_repository,
    task_repository,
)
from funnelplanner.storage.snapshots import Key

# How many past months "fill rates from actuals" averages.
RATE_HISTORY_MONTHS = 3


@dataclass(frozen=True)
class ContactInsight:
    """How many contacts a sale takes, and which open leads are off that pace."""

    median: Decimal | None
    customers: int
    won_contacts: list[int]
    by_source: list[MedianRow]
    by_campaign: list[MedianRow]
    under_worked: list[Lead]  # the least worked first
    over_worked: list[Lead]  # the most worked first
    under_worked_total: int = 0
    over_worked_total: int = 0


@dataclass(frozen=True)
class ContactsToClose:
    won_contacts: list[int]  # per customer, fewest first
    median: Decimal | None


@dataclass(frozen=True)
class LeadsToChase:
    sqls_waiting: list[Lead]  # longest waiting first, the first TODAY_LIMIT
    going_cold: list[ColdLead]  # the quietest first, the first TODAY_LIMIT
    going_cold_total: int
    sqls_waiting_total: int


@dataclass(frozen=True)
class SourceCount:
    source: str
    leads: int
    customers: int


TODAY_LIMIT = 100  # leads listed per Today group; the rest are counted


class PlanningService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, zone: tzinfo, history: History
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.zone = zone
        self._history = history

    def today(self) -> date:
        return self._clock().astimezone(self.zone).date()

    def this_month(self) -> Month:
        return Month.of(self.today())

    # ---- targets

    def target(self, month: Month) -> MonthTarget:
        """The month's stored target, or defaults carried over from the latest earlier one."""
        with self._sessions.begin() as session:
            return _target(session, month)

    def set_target(self, draft: TargetDraft) -> MonthTarget:
        for field, amount in (("revenue", draft.revenue), ("deal_value", draft.deal_value)):
            if amount is not None and amount != amount.quantize(Decimal("0.01")):
                raise ValidationError({field: too_many_decimals(field)})
        customers_needed(draft.customers, draft.revenue, draft.deal_value)  # validates
        key = Key("target", str(draft.month))
        before = self._history.capture([key])
        with self._sessions.begin() as session:
            saved = target_repository.save(session, draft, self._clock())
        self._history.record(
            message(
                QT_TRANSLATE_NOOP("Messages", "Set the target for {month}"), month=draft.month.label
            ),
            before,
            [key],
        )
        return saved

    def rates_from_actuals(self, month: Month) -> Rates:
        """Average actual rates of the three months before ``month``; planned rates where
        a step had no data."""
        with self._sessions.begin() as session:
            base = _target(session, month).rates
            sums: dict[str, list[Decimal]] = {name: [] for name in STEP_NAMES}
            for back in range(1, RATE_HISTORY_MONTHS + 1):
                start, end = month.shifted(-back).bounds(self.zone)
                entries = planning_queries.entries_in_period(session, start, end)
                for name, rate in actual_rates(entries).items():
                    if rate is not None and rate > 0:
                        sums[name].append(min(rate, Decimal(100)))
        return Rates(
            {
                name: (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.1"))
                if values
                else base[name]
                for name, values in sums.items()
            }
        )

    # ---- the month's picture

    def picture(self, month: Month) -> MonthPicture:
        now = self._clock()
        with self._sessions.begin() as session:
            target = _target(session, month)
            agreement = read_agreement(session)
            customers = _customers_or_zero(target)
            actual = self._entries(session, month)
            previous = self._entries(session, month.previous())
            breaches = self._breaches(session, month, agreement, now)
        return MonthPicture(
            target=target,
            customers_wanted=customers,
            needed=work_backwards(customers, target.rates),
            actual=actual,
            actual_rates=actual_rates(actual),
            previous_actual=previous,
            breaches=breaches,
            sql_follow_up_days=agreement.sql_follow_up_days,
            min_contacts_before_lost=agreement.min_contacts_before_lost,
        )

    def trend(self, last: Month, months: int = 12) -> list[tuple[Month, dict[str, Decimal | None]]]:
        """Actual conversion rates of each of the ``months`` months ending with ``last``."""
        with self._sessions.begin() as session:
            return [
                (m, actual_rates(self._entries(session, m)))
                for m in (last.shifted(-back) for back in range(months - 1, -1, -1))
            ]

    def _entries(self, session: Session, month: Month) -> dict[Stage, int]:
        start, end = month.bounds(self.zone)
        return planning_queries.entries_in_period(session, start, end)

    def _breaches(
        self, session: Session, month: Month, agreement: AgreementSettings, now: datetime
    ) -> list[Breach]:
        start, end = month.bounds(self.zone)
        found: list[Breach] = []
        for lead_id, name, entered, first in planning_queries.sql_entries(session, start, end):
            why = sql_follow_up_breach(entered, first, now, agreement.sql_follow_up_days)
            if why:
                found.append(Breach(lead_id, name, RULE_SQL_FOLLOW_UP, why, entered))
        for lead_id, name, lost_at, contacts in planning_queries.lost_entries(session, start, end):
            why = lost_contacts_breach(contacts, agreement.min_contacts_before_lost)
            if why:
                found.append(Breach(lead_id, name, RULE_LOST_CONTACTS, why, lost_at))
        return sorted(found, key=lambda b: b.when)

    # ---- Today

    def today_picture(self) -> TodayPicture:
        now = self._clock()
        day = now.astimezone(self.zone).date()
        with self._sessions.begin() as session:
            agreement = read_agreement(session)
            marketing = [
                t
                for t in task_repository.listing(session, Hat.MARKETING, include_done=False)
                if t.due is not None and t.due <= day
            ]
            sales = [
                t
                for t in task_repository.listing(session, Hat.SALES, include_done=False)
                if t.due is not None and t.due <= day
            ]
            running = [c for c in campaign_repository.listing(session) if c.runs_on(day)]
            # The first few of each, with the total: with years of leads, "going cold" can
            # hold tens of thousands, and nobody reads past the top of a Today list.
            due, due_total = planning_queries.follow_ups_due(session, day, TODAY_LIMIT)
            chase = _leads_to_chase(session, agreement, now)
        return TodayPicture(
            day=day,
            marketing_tasks=marketing,
            campaigns_running=running,
            sales_tasks=sales,
            follow_ups_due=due,
            going_cold=chase.going_cold,
            sqls_waiting=chase.sqls_waiting,
            follow_ups_total=due_total,
            going_cold_total=chase.going_cold_total,
            sqls_waiting_total=chase.sqls_waiting_total,
            checked_at=now,
        )

    def leads_to_chase(self) -> LeadsToChase:
        """Today's SQLs waiting and leads going cold, without the rest of Today (the
        printed plan lists these and nothing else of Today)."""
        now = self._clock()
        with self._sessions.begin() as session:
            return _leads_to_chase(session, read_agreement(session), now)

    def open_task_counts(self) -> dict[Hat, int]:
        """Tasks still to do, per hat: counted, not listed."""
        with self._sessions.begin() as session:
            return planning_queries.open_tasks_by_hat(session)

    def follow_ups_in(self, month: Month) -> list[Lead]:
        with self._sessions.begin() as session:
            return planning_queries.follow_ups_between(session, month.first_day, month.last_day)

    def by_source(self) -> list[SourceCount]:
        """Leads and customers won per source (the channel a lead came in by)."""
        with self._sessions.begin() as session:
            return [
                SourceCount(*row) for row in planning_queries.leads_and_customers_by_source(session)
            ]

    # ---- contact insight

    def contacts_to_close(self) -> ContactsToClose:
        """How many contacts each customer took, without the open leads' side of it."""
        with self._sessions.begin() as session:
            counts = planning_queries.won_contact_counts(session)
        return ContactsToClose(counts, Decimal(str(median(counts))) if counts else None)

    def contact_insight(self, limit: int | None = None) -> ContactInsight:
        """Contacts to close, and the open leads off that pace (the first ``limit`` of
        each list, with how many there are in all)."""
        with self._sessions.begin() as session:
            won = planning_queries.won_leads(session)
            typical = median_contacts(won)
            under: tuple[list[Lead], int] = ([], 0)
            over: tuple[list[Lead], int] = ([], 0)
            if typical is not None:
                # Whole contact counts: below 3.5 is below 4, above twice 3.5 is above 7.
                under = planning_queries.open_leads_by_contacts(
                    session,
                    stages=(Stage.MQL, Stage.SQL),
                    fewer_than=math.ceil(typical),
                    limit=limit,
                )
                if typical > 0:
                    over = planning_queries.open_leads_by_contacts(
                        session, more_than=math.floor(typical * OVER_WORKED_FACTOR), limit=limit
                    )
        return ContactInsight(
            median=typical,
            customers=len(won),
            won_contacts=sorted(w.contacts for w in won),
            by_source=medians_by(won, "source"),
            by_campaign=medians_by(won, "campaign"),
            under_worked=under[0],
            over_worked=over[0],
            under_worked_total=under[1],
            over_worked_total=over[1],
        )


def _target(session: Session, month: Month) -> MonthTarget:
    stored = target_repository.get(session, month)
    if stored is not None:
        return stored
    earlier = target_repository.latest_before(session, month)
    if earlier is not None:
        return earlier
    return MonthTarget(month, None, None, None, DEFAULT_RATES, stored=False)


def _customers_or_zero(target: MonthTarget) -> int:
    if target.customers is None and (target.revenue is None or target.deal_value is None):
        return 0
    return customers_needed(target.customers, target.revenue, target.deal_value)


def _leads_to_chase(session: Session, agreement: AgreementSettings, now: datetime) -> LeadsToChase:
    quiet, cold_total = planning_queries.going_cold(
        session, dict(agreement.cold_gaps), now, TODAY_LIMIT
    )
    waiting, waiting_total = planning_queries.sqls_waiting(session, TODAY_LIMIT)
    return LeadsToChase(
        sqls_waiting=[lead for lead, _at in waiting],
        going_cold=[
            ColdLead(lead, _days_silent(lead, now), agreement.cold_gaps[lead.stage])
            for lead in quiet
        ],
        going_cold_total=cold_total,
        sqls_waiting_total=waiting_total,
    )


def _days_silent(lead: Lead, now: datetime) -> int:
    since = lead.last_contact or lead.imported_last_contact or lead.created_at
    return max(0, (now - since).days)
