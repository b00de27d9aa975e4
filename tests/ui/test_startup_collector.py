"""The window resumes the cycle collector, paused for the start, once it has painted."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from funnelplanner import startup_gc
from funnelplanner.app import resume_collector_after_first_paint
from funnelplanner.ui.main_window import MainWindow


def test_the_collector_runs_again_once_the_leads_table_has_painted(
    open_window: Callable[[Path], MainWindow],
    db_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(startup_gc, "_freezing", False)  # as at a start; put back after
    frozen_before = gc.get_freeze_count()
    startup_gc.pause()
    try:
        window = open_window(db_path)
        assert not gc.isenabled()  # the window built and shown with the collector paused
        resume_collector_after_first_paint(window)
        window.leads_panel.table.viewport().update()
        qtbot.waitUntil(gc.isenabled, timeout=2_000)
        # What the start made is set aside: later collections do not walk it again.
        assert gc.get_freeze_count() > frozen_before
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
        gc.enable()


def test_a_large_load_is_set_aside_once_the_window_sets_aside_its_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first plan's import of matplotlib is set aside like the start; an import that
    loads nothing new sets nothing aside; without the window's freezing, nothing is."""
    monkeypatch.setattr(startup_gc, "_freezing", True)
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    try:
        before = gc.get_freeze_count()
        with startup_gc.set_aside_if_loaded("gc"):  # loaded long ago
            kept = [object() for _ in range(10)]
        assert gc.get_freeze_count() == before
        with startup_gc.set_aside_if_loaded("colorsys"):
            import colorsys

            kept = [[] for _ in range(10)]  # tracked by the collector, so frozen too
        assert gc.get_freeze_count() >= before + len(kept)
        gc.unfreeze()
        monkeypatch.setattr(startup_gc, "_freezing", False)
        monkeypatch.delitem(sys.modules, "colorsys")
        with startup_gc.set_aside_if_loaded("colorsys"):
            import colorsys  # noqa: F401
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
