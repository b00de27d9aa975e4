"""Random sequences of the owner's changes, valid and invalid, against a real file.

After every step the data keeps its promises: a lead's contact count is the number of
its logged contacts, its stage history is in time order and ends at its stage, and a
refused change writes nothing. At the end, undoing every change in reverse order gives
back the database exactly as it started, byte for byte in every table, and redoing them
all gives back the end state.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
)

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.funnel import DEFAULT_RATES
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft, TargetDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.services import Services
from funnelplanner.services.history import Change
from tests.database_dump import dump_database

SLOW = os.environ.get("FUNNELPLANNER_SLOW") == "1"

names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40)
good_names = st.sampled_from(["Ann Smith", "Zoë Ångström", "Łukasz", "山田 太郎", "O'Brien; DROP"])
stages = st.sampled_from(list(Stage))
money = st.sampled_from(["", "100", "1200.50", "-5", "abc", "1e9999", "12,5"])
days = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 12, 31)))


dump = dump_database


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=7)  # every change at its own moment
        return self.now


class OwnerAtWork(RuleBasedStateMachine):
    leads = Bundle("leads")
    tasks = Bundle("tasks")
    campaigns = Bundle("campaigns")
    trash = Bundle("trash")

    @initialize()
    def open_file(self) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "funnel.sqlite"
        self.services = Services.open(self.path, region="US", clock=Clock())
        self.changes: list[Change] = []
        self.services.history.listen(self.changes.append)
        self.start = dump(self.path)

    def teardown(self) -> None:
        if hasattr(self, "services"):
            try:
                self._undo_and_redo_everything()
            finally:
                self.services.close()
                self.folder.cleanup()

    def _undo_and_redo_everything(self) -> None:
        end = dump(self.path)
        for change in reversed(self.changes):
            self.services.history.undo(change)
        assert dump(self.path) == self.start
        for change in self.changes:
            self.services.history.redo(change)
        assert dump(self.path) == end

    def _refused(self, action: Any) -> None:
        """A refused change writes nothing and records nothing."""
        before, recorded = dump(self.path), len(self.changes)
        try:
            action()
        except FunnelPlannerError:
            assert dump(self.path) == before
            assert len(self.changes) == recorded

    # ---- leads

    @rule(target=leads, name=good_names, stage=stages, value=money, follow_up=days)
    def add_lead(self, name: str, stage: Stage, value: str, follow_up: date | None) -> int:
        draft = LeadDraft(
            name, stage=stage, value=value if value in ("", "100") else "", next_follow_up=follow_up
        )
        return self.services.leads.create(draft).id

    @rule(name=names, value=money, email=st.sampled_from(["", "x@", "a@example.com"]))
    def add_lead_maybe_invalid(self, name: str, value: str, email: str) -> None:
        self._refused(lambda: self.services.leads.create(LeadDraft(name, value=value, email=email)))

    @rule(lead=leads, name=names, value=money)
    def edit_lead(self, lead: int, name: str, value: str) -> None:
        def action() -> None:
            current = self.services.leads.get(lead)
            self.services.leads.update(
                lead, LeadDraft(name, company=current.company, stage=current.stage, value=value)
            )

        self._refused(action)

    @rule(lead=leads, stage=stages)
    def move(self, lead: int, stage: Stage) -> None:
        self._refused(lambda: self.services.leads.change_stage(lead, stage))

    @rule(lead=leads, channel=st.sampled_from(list(Channel)), follow_up=days)
    def log_contact(self, lead: int, channel: Channel, follow_up: date | None) -> None:
        draft = ContactDraft(Hat.SALES, channel, next_follow_up=follow_up)
        self._refused(lambda: self.services.contacts.log(lead, draft))

    @rule(target=trash, lead=consumes(leads))
    def delete_lead(self, lead: int) -> int:
        return self.services.leads.delete(lead)

    @rule(target=leads, entry=consumes(trash))
    def restore_lead(self, entry: int) -> int:
        return self.services.trash.restore(entry)

    # ---- tasks, campaigns, targets

    @rule(target=tasks, title=good_names, hat=st.sampled_from(list(Hat)), due=days)
    def add_task(self, title: str, hat: Hat, due: date | None) -> int:
        return self.services.tasks.create(TaskDraft(title, hat, due)).id

    @rule(task=tasks, done=st.booleans())
    def tick(self, task: int, done: bool) -> None:
        self.services.tasks.set_done(task, done)

    @rule(task=consumes(tasks))
    def delete_task(self, task: int) -> None:
        self.services.tasks.delete(task)

    @rule(target=campaigns, name=good_names, budget=money)
    def add_campaign(self, name: str, budget: str) -> int:
        draft = CampaignDraft(name, CampaignChannel.EVENT, budget=budget if budget == "100" else "")
        return self.services.campaigns.create(draft).id

    @precondition(lambda self: True)
    @rule(campaign=consumes(campaigns))
    def delete_campaign(self, campaign: int) -> None:
        self.services.campaigns.delete(campaign)

    @rule(customers=st.integers(-3, 50), month=st.integers(1, 12))
    def set_target(self, customers: int, month: int) -> None:
        draft = TargetDraft(Month(2026, month), customers, None, None, DEFAULT_RATES)
        self._refused(lambda: self.services.planning.set_target(draft))

    @rule(revenue=st.decimals(-10, 10**6, places=3, allow_nan=False))
    def set_revenue_target(self, revenue: Decimal) -> None:
        draft = TargetDraft(Month(2026, 11), None, revenue, Decimal(500), DEFAULT_RATES)
        self._refused(lambda: self.services.planning.set_target(draft))

    @rule(name=names)
    def name_the_business(self, name: str) -> None:
        self._refused(lambda: self.services.settings.save_business_name(name))

    # ---- what must always hold

    @invariant()
    def counts_and_histories_agree(self) -> None:
        if not hasattr(self, "path"):
            return
        with sqlite3.connect(self.path) as connection:
            wrong = connection.execute(
                "SELECT l.id FROM leads l WHERE l.contact_count != "
                "(SELECT count(*) FROM contacts c WHERE c.lead_id = l.id)"
            ).fetchall()
            assert wrong == []
            for lead_id, stage in connection.execute("SELECT id, stage FROM leads"):
                history = connection.execute(
                    "SELECT stage, entered_at FROM stage_changes WHERE lead_id = ? "
                    "ORDER BY entered_at, id",
                    (lead_id,),
                ).fetchall()
                assert history, "every lead entered some stage"
                times = [at for _stage, at in history]
                assert times == sorted(times)
                assert history[-1][0] == stage, "the lead is in the stage it last entered"


OwnerAtWork.TestCase.settings = settings(
    max_examples=300 if SLOW else 12,
    stateful_step_count=40 if SLOW else 15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_owner_at_work = OwnerAtWork.TestCase
