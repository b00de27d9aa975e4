"""Filtering many leads: the first rows show at once, the count of matches follows.

Counting every match of a keystroke takes longer the more leads match, so it runs on a
worker thread; these tests hold that thread back (a gate around the count) to see what
the owner sees meanwhile, and that the number which finally shows is the right one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadFields, LeadQuery
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services
from funnelplanner.storage.lead_bulk import NewLead, insert_leads
from funnelplanner.ui.translations import install_translators
from tests.ui.driving import child

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
LEADS = 260  # more than a page (100): the count of "Lead" or "acme" is not read with it


def _seed(path: Path) -> None:
    services = Services.open(path, region="US")
    leads = [
        NewLead(
            LeadFields(
                name=f"Lead {number:03d}",
                company="Acme" if number % 2 == 0 else "Bolt",
                email="",
                phone="",
                phone_key="",
                website="",
                source="",
                value=None,
                notes="",
                stage=Stage.LEAD,
                next_follow_up=None,
            ),
            NOW,
        )
        for number in range(LEADS)
    ]
    with services.database.sessions.begin() as session:
        insert_leads(session, leads, NOW)
    services.close()


class Gate:
    """Stands in for LeadService.count_unless: records what is counted, and counts only
    once the test opens the gate, to the end even if told to stop (as a count that
    finishes just as the next key is typed does)."""

    def __init__(self, services: Services) -> None:
        self._count = services.leads.count
        self.opened = threading.Event()
        self.asked: list[str] = []
        self.stops: list[Callable[[], bool]] = []

    def __call__(self, query: LeadQuery, stop: Callable[[], bool]) -> int:
        self.asked.append(query.text)
        self.stops.append(stop)
        self.opened.wait(10)
        return self._count(query)


@pytest.fixture
def window_with_gate(qtbot: QtBot, open_window, db_path: Path, monkeypatch):
    _seed(db_path)
    window = open_window(db_path)
    gate = Gate(window.services)
    monkeypatch.setattr(window.services.leads, "count_unless", gate)
    yield window, gate
    gate.opened.set()  # the window waits for a running count as it closes


def _row_names(table: QTableView) -> list[str]:
    model = table.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_first_rows_show_before_the_count_and_the_count_is_right(
    qtbot: QtBot, window_with_gate
) -> None:
    window, gate = window_with_gate
    table = child(window, QTableView, "leadsTable")
    count = child(window, QLabel, "leadsCount")
    assert count.text() == "260 leads"
    qtbot.keyClicks(child(window, QLineEdit, "leadsFilter"), "acme")
    # Held back: the first page shows, and the label says there are at least that many.
    assert _row_names(table)[:3] == ["Lead 000", "Lead 002", "Lead 004"]
    assert table.model().rowCount() == 100
    assert count.text() == "100+ leads match"
    gate.opened.set()
    qtbot.waitUntil(lambda: count.text() == "130 leads match", timeout=5000)
    names = _row_names(table)
    assert names == [f"Lead {number:03d}" for number in range(0, LEADS, 2)]


def test_a_newer_keystroke_wins_over_an_older_count(qtbot: QtBot, window_with_gate) -> None:
    window, gate = window_with_gate
    table = child(window, QTableView, "leadsTable")
    count = child(window, QLabel, "leadsCount")
    shown: list[str] = []
    table.model().count_changed.connect(lambda: shown.append(count.text()))
    filter_edit = child(window, QLineEdit, "leadsFilter")
    qtbot.keyClicks(filter_edit, "l")  # every lead: its count starts, and waits at the gate
    qtbot.waitUntil(lambda: gate.asked == ["l"], timeout=5000)
    qtbot.keyClick(filter_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(filter_edit, "acme")  # 130 leads
    assert count.text() == "100+ leads match"
    assert gate.stops[0](), "the count of 'l' was told it is no longer wanted"
    gate.opened.set()
    qtbot.waitUntil(lambda: count.text() == "130 leads match", timeout=5000)
    # The count of "l" arrived after "acme" was typed, and was not shown.
    assert "260 leads match" not in shown
    # Of the keystrokes typed while "l" was counted, only the newest was counted.
    assert gate.asked == ["l", "acme"]
    assert _row_names(table) == [f"Lead {number:03d}" for number in range(0, LEADS, 2)]


def test_scrolling_to_the_end_before_the_count_arrives_reads_more_rows(
    qtbot: QtBot, window_with_gate
) -> None:
    window, gate = window_with_gate
    table = child(window, QTableView, "leadsTable")
    count = child(window, QLabel, "leadsCount")
    qtbot.keyClicks(child(window, QLineEdit, "leadsFilter"), "lead")
    assert count.text() == "100+ leads match"
    table.scrollToBottom()
    assert table.model().rowCount() == 200
    assert count.text() == "200+ leads match"
    gate.opened.set()
    qtbot.waitUntil(lambda: count.text() == "260 leads match", timeout=5000)
    table.scrollToBottom()
    assert _row_names(table) == [f"Lead {number:03d}" for number in range(LEADS)]


def test_the_count_on_its_way_and_the_count_speak_german(
    qtbot: QtBot, window_with_gate, qapp
) -> None:
    window, gate = window_with_gate
    assert install_translators(qapp, QLocale("de_DE")).language() == QLocale.Language.German
    try:
        count = child(window, QLabel, "leadsCount")
        qtbot.keyClicks(child(window, QLineEdit, "leadsFilter"), "acme")
        assert count.text() == "100+ passende Leads"
        gate.opened.set()
        qtbot.waitUntil(lambda: count.text() == "130 passende Leads", timeout=5000)
    finally:
        install_translators(qapp, QLocale("en_US"))
