"""A lead back from the Trash, when newer rows have taken the ids its rows had."""

from __future__ import annotations

from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services


def test_a_lead_whose_history_ids_were_taken_comes_back_whole(services: Services) -> None:
    """SQLite gives a deleted row's id to the next row added when it was the highest: the
    deleted lead's stage changes had the highest ids, and another lead's move took one."""
    other = services.leads.create(LeadDraft(name="Ann Archer"))
    gone = services.leads.create(LeadDraft(name="Bob Baker"))
    services.leads.change_stage(gone.id, Stage.MQL, reason="asked for a demo")
    services.leads.delete(gone.id)
    services.leads.change_stage(other.id, Stage.MQL, reason="asked for a demo")
    (entry,) = services.trash.listing()

    back = services.trash.restore(entry.id)

    restored = services.leads.detail(back)
    assert restored.lead.name == "Bob Baker"
    assert [c.stage for c in restored.history] == [Stage.LEAD, Stage.MQL]
    assert [c.stage for c in services.leads.detail(other.id).history] == [Stage.LEAD, Stage.MQL]
