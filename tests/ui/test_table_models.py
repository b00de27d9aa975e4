"""Table models are thin adapters: checked by Qt's model tester, and by what they show."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from funnelplanner.domain.models import ContactDraft, LeadDraft, LeadQuery, TaskDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.ui import leads_table_model
from funnelplanner.ui.leads_table_model import LeadsTableModel
from funnelplanner.ui.task_table_model import TaskTableModel


def _names(model: LeadsTableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_leads_model_passes_the_model_tester(qtmodeltester, services) -> None:
    for name in ("Ada", "Grace", "Linus"):
        services.leads.create(LeadDraft(name=name, company="Co"))
    model = LeadsTableModel(services.leads)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_leads_model_sorts_and_filters_in_sql(services) -> None:
    services.leads.create(LeadDraft(name="Bea", company="Zeta", value="10"))
    services.leads.create(LeadDraft(name="Al", company="Acme", value="300"))
    services.leads.create(LeadDraft(name="Cy", company="Acme", value=""))
    model = LeadsTableModel(services.leads)
    assert _names(model) == ["Al", "Bea", "Cy"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Cy", "Bea", "Al"]
    model.sort(6, Qt.SortOrder.AscendingOrder)  # value: empty values last
    assert _names(model) == ["Bea", "Al", "Cy"]
    model.set_query(LeadQuery(text="acme", sort_key="name"))
    assert _names(model) == ["Al", "Cy"]
    model.set_query(LeadQuery(text="acme al"))
    assert _names(model) == ["Al"]


def test_leads_model_fetches_pages_on_demand(services, monkeypatch) -> None:
    monkeypatch.setattr(leads_table_model, "PAGE_SIZE", 4)
    for number in range(10):
        services.leads.create(LeadDraft(name=f"Lead {number:02d}"))
    model = LeadsTableModel(services.leads)
    assert model.rowCount() == 10
    assert model.data(model.index(9, 0)) == "Lead 09"
    assert model.data(model.index(4, 0)) == "Lead 04"
    assert model.row_of(model.lead_at(7).id, near=7) == 7


def test_leads_model_shows_counts_and_marks_overdue_follow_ups(services) -> None:
    today = date(2026, 11, 23)
    lead = services.leads.create(
        LeadDraft(name="Ada", stage=Stage.SQL, next_follow_up=today - timedelta(days=1))
    )
    services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    model = LeadsTableModel(services.leads, today=today)
    assert model.data(model.index(0, 2)) == "SQL"
    assert model.data(model.index(0, 3)) == 1
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == "Follow-up overdue"


def test_task_model_passes_the_model_tester_and_toggles(qtmodeltester, services) -> None:
    services.tasks.create(TaskDraft(title="Post on LinkedIn", hat=Hat.MARKETING))
    toggled: list[tuple[int, bool]] = []
    model = TaskTableModel(lambda task_id, done: toggled.append((task_id, done)))
    model.set_tasks(services.tasks.listing(Hat.MARKETING))
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(model.task_at(0).id, True)]
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
