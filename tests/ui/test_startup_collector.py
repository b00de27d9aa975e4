"""The window resumes the cycle collector, paused for the start, once it has painted."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from funnelplanner import startup_gc
from funnelplanner.app import resume_collector_after_first_paint
from funnelplanner.ui.main_window import MainWindow


def test_the_collector_runs_again_once_the_leads_table_has_painted(
    open_window: Callable[[Path], MainWindow], db_path: Path, qtbot: QtBot
) -> None:
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
