"""The printed plan speaks the window's language: with German installed, the PDF's
headings, columns, sentences, footer and charts are German, dates and months too."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from funnelplanner.domain.funnel import DEFAULT_RATES
from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft, TargetDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.reports import charts
from funnelplanner.reports.paper import Paper, page_layout
from funnelplanner.reports.plan_data import gather_plan
from funnelplanner.reports.plan_pdf import write_plan_pdf
from funnelplanner.services.planning import SourceCount
from funnelplanner.ui.translations import install_translators

NOVEMBER = Month(2026, 11)
Services = Any


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, QLocale("de_DE")).language() == QLocale.Language.German
    yield
    install_translators(qapp, QLocale("en_US"))


def _text(path: Path) -> str:
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return " ".join(unicodedata.normalize("NFKC", " ".join(pages)).split())


def _print(services: Services, path: Path) -> str:
    write_plan_pdf(gather_plan(services, NOVEMBER), path, page_layout(Paper.A4))
    return _text(path)


def _seed(services: Services) -> None:
    services.settings.save_business_name("Fjordside Bakery")
    services.planning.set_target(TargetDraft(NOVEMBER, 4, None, None, DEFAULT_RATES))
    services.leads.create(LeadDraft(name="Ann Archer", next_follow_up=date(2026, 11, 3)))
    services.tasks.create(
        TaskDraft(title="Write the newsletter", hat=Hat.MARKETING, due=date(2026, 11, 18))
    )
    services.campaigns.create(
        CampaignDraft(
            name="Autumn webinar",
            channel=CampaignChannel.WEBINAR,
            start=date(2026, 10, 20),
            end=date(2026, 11, 5),
        )
    )


@pytest.mark.usefixtures("german")
def test_the_printed_plan_speaks_german(services: Services, tmp_path: Path) -> None:
    _seed(services)

    text = _print(services, tmp_path / "plan.pdf")

    for german in (
        "November 2026: der Plan",
        "Ziele und die Vereinbarung",
        "Ziel 4 neue Kunden in diesem Monat",
        "Der Trichter rückwärts gerechnet",
        "Marketing-Hut",
        "Kampagnen im November 2026",
        "Vertriebs-Hut",
        "Wiedervorlagen im November 2026",
        "3. Nov. 2026",
        "Diagramme",
        "Seite 1 von",
    ):
        assert german in text, german
    for english in ("the plan", "Targets and the agreement", "page 1 of", "Charts"):
        assert english not in text, english


@pytest.mark.usefixtures("german")
def test_the_printed_charts_speak_german(services: Services) -> None:
    """The charts print as drawings, not text; their words are read from the figures."""
    _seed(services)

    funnel = _words(charts.funnel_chart(services.planning.picture(NOVEMBER), charts.PAPER))
    empty = _words(charts.contacts_to_close_chart([], None, charts.PAPER))

    assert "November 2026: Soll und Ist" in funnel
    assert {"Soll", "Ist", "Interessent", "Kunde"} <= funnel
    assert "Kontakte bis zum Abschluss" in empty


def _words(figure: Figure) -> set[str]:
    return {t.get_text() for t in figure.findobj(Text)}


def test_without_german_the_same_plan_is_english(services: Services, tmp_path: Path) -> None:
    _seed(services)

    text = _print(services, tmp_path / "plan.pdf")

    for english in (
        "November 2026: the plan",
        "Target 4 new customers this month",
        "Follow-ups due in November 2026",
        "3 Nov 2026",
        "page 1 of",
    ):
        assert english in text, english


@pytest.mark.usefixtures("german")
def test_a_source_called_sonstiges_takes_in_the_rest_once() -> None:
    """Past the busiest channels the rest is summed as "Sonstiges"; a source the owner
    already named so absorbs them instead of showing twice."""
    rows = [SourceCount(f"Quelle {i}", 100 - i, 0) for i in range(charts.TOP_CHANNELS + 2)]
    rows.append(SourceCount("Sonstiges", 99, 0))

    axes = charts.channel_chart(rows, charts.PAPER).axes[0]

    labels = [tick.get_text() for tick in axes.get_yticklabels()]
    assert labels.count("Sonstiges") == 1
    assert len(labels) == charts.TOP_CHANNELS
