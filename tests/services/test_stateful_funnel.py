"""Random sequences of use cases keep the stored facts consistent with each other."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    rule,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.services import Services

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


class MovableClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


names = st.text(alphabet=st.sampled_from(list("abcXYZ äöüßé -'")), min_size=1, max_size=20).filter(
    lambda s: s.strip()
)


class FunnelMachine(RuleBasedStateMachine):
    leads = Bundle("leads")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="funnel-stateful-"))
        self.path = self.folder / "funnel.sqlite"
        self.clock = MovableClock()
        self.services = Services.open(self.path, region="US", clock=self.clock)
        # The model: what each lead must look like.
        self.contacts: dict[int, list[datetime]] = {}
        self.stages: dict[int, list[Stage]] = {}

    def teardown(self) -> None:
        self.services.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(target=leads)
    def first_lead(self):
        return self._create("First", Stage.LEAD)

    def _create(self, name: str, stage: Stage) -> int:
        lead = self.services.leads.create(LeadDraft(name=name, stage=stage))
        self.contacts[lead.id] = []
        self.stages[lead.id] = [stage]
        return lead.id

    @rule(target=leads, name=names, stage=st.sampled_from(Stage))
    def create_lead(self, name, stage):
        return self._create(name, stage)

    @rule(lead_id=leads, hours_ago=st.integers(min_value=-20, max_value=24 * 90))
    def log_contact(self, lead_id, hours_ago):
        at = self.clock.now - timedelta(hours=hours_ago)
        self.services.contacts.log(
            lead_id,
            ContactDraft(hat=Hat.SALES, channel=Channel.EMAIL, direction=Direction.INBOUND, at=at),
        )
        self.contacts[lead_id].append(at)

    @rule(lead_id=leads, hours_ahead=st.integers(min_value=25, max_value=1000))
    def refused_future_contact(self, lead_id, hours_ahead):
        with pytest.raises(ValidationError):
            self.services.contacts.log(
                lead_id,
                ContactDraft(
                    hat=Hat.MARKETING,
                    channel=Channel.AD,
                    at=self.clock.now + timedelta(hours=hours_ahead),
                ),
            )

    @rule(lead_id=leads, stage=st.sampled_from(Stage), reason=st.sampled_from(["", "why not"]))
    def change_stage(self, lead_id, stage, reason):
        lead = self.services.leads.change_stage(lead_id, stage, reason)
        assert lead.stage is stage
        if self.stages[lead_id][-1] is not stage:
            self.stages[lead_id].append(stage)

    @rule(lead_id=leads, stage=st.sampled_from(Stage), name=names)
    def update_lead(self, lead_id, stage, name):
        self.services.leads.update(lead_id, LeadDraft(name=name, stage=stage))
        if self.stages[lead_id][-1] is not stage:
            self.stages[lead_id].append(stage)

    @rule(lead_id=consumes(leads))
    def delete_lead(self, lead_id):
        self.services.leads.delete(lead_id)
        del self.contacts[lead_id]
        del self.stages[lead_id]

    @rule(minutes=st.integers(min_value=0, max_value=60 * 24 * 10))
    def time_passes(self, minutes):
        self.clock.now += timedelta(minutes=minutes)

    # --- invariants, checked against the model and against the raw file ------------------

    @invariant()
    def services_agree_with_the_model(self):
        for lead_id, contact_times in self.contacts.items():
            detail = self.services.leads.detail(lead_id)
            assert detail.lead.contact_count == len(contact_times)
            assert len(detail.contacts) == len(contact_times)
            assert detail.lead.last_contact == (max(contact_times) if contact_times else None)
            assert detail.lead.stage is self.stages[lead_id][-1]
            assert [h.stage for h in detail.history] == self.stages[lead_id]
            entered = [h.entered_at for h in detail.history]
            assert entered == sorted(entered)
            assert detail.history[-1].stage is detail.lead.stage

    @invariant()
    def file_is_consistent(self):
        connection = sqlite3.connect(self.path)
        try:
            leads = connection.execute(
                "SELECT id, stage, contact_count, last_contact_at FROM leads"
            ).fetchall()
            assert {row[0] for row in leads} == set(self.contacts)
            for lead_id, stage, contact_count, last_contact in leads:
                counted, latest = connection.execute(
                    "SELECT COUNT(*), MAX(at) FROM contacts WHERE lead_id = ?", (lead_id,)
                ).fetchone()
                assert contact_count == counted
                assert last_contact == latest
                history = connection.execute(
                    "SELECT stage, entered_at FROM stage_changes WHERE lead_id = ? ORDER BY id",
                    (lead_id,),
                ).fetchall()
                assert history, "every lead has at least its first stage"
                assert history[-1][0] == stage
                entered = [row[1] for row in history]
                assert entered == sorted(entered)
            orphans = connection.execute(
                "SELECT (SELECT COUNT(*) FROM contacts WHERE lead_id NOT IN (SELECT id FROM leads))"
                " + (SELECT COUNT(*) FROM stage_changes"
                "    WHERE lead_id NOT IN (SELECT id FROM leads))"
            ).fetchone()[0]
            assert orphans == 0
        finally:
            connection.close()


FunnelMachine.TestCase.settings = settings(max_examples=30, stateful_step_count=15, deadline=None)
TestFunnelMachine = FunnelMachine.TestCase
