"""What the printing tests share: a month to print, the text of a PDF, and holding the
plan back while it is gathered so a test can look at the window meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pypdf
import pytest

from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.main_window import MainWindow


def pdf_text(path: Path) -> str:
    # pypdf reads the gaps between Qt's positioned words as tabs; a reader sees spaces.
    pages = pypdf.PdfReader(path).pages
    return "\n".join(page.extract_text().replace("\t", " ") for page in pages)


def seed(window: MainWindow) -> None:
    month = window.services.planning.this_month()
    window.services.leads.create(
        LeadDraft("Zoë Ångström", company="Fjord AS", next_follow_up=month.first_day)
    )
    window.services.tasks.create(TaskDraft("Write the newsletter", Hat.MARKETING, month.last_day))


class Hold(threading.Event):
    """Set it to let the plan be gathered; ``started`` is set once a worker waits on it."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()


def held_back(monkeypatch: pytest.MonkeyPatch) -> Hold:
    """Holds every worker before it gathers the plan until the event is set, so a test
    sees the window meanwhile and acts at a moment of its choosing."""
    from funnelplanner.reports import plan_data

    release = Hold()
    real = plan_data.gather_plan

    def gather(*args: Any) -> Any:
        release.started.set()
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(plan_data, "gather_plan", gather)
    return release


def export_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The owner's answer to Export PDF…'s save dialog: ``target``."""
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
