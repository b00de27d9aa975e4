"""Test set-up shared by every test: Qt offscreen, app paths redirected into tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

# Set before Qt is imported anywhere: tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English off the screen whatever the machine's language: Qt takes the system's
# languages from LANGUAGE first (tests/ui also installs English for every test).
os.environ["LANGUAGE"] = "en"

# `make test-slow` sets FUNNELPLANNER_HYPOTHESIS=slow: ten times the examples for every
# property that does not fix its own count, and no per-example deadline on a long run.
settings.register_profile("slow", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("FUNNELPLANNER_HYPOTHESIS", "default"))


@pytest.fixture(autouse=True)
def _isolated_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the developer's real settings or data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FUNNELPLANNER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("FUNNELPLANNER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("FUNNELPLANNER_REGION", "US")
    monkeypatch.delenv("FUNNELPLANNER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "funnel.sqlite"


class FixedClock:
    """A clock tests can set and move forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[object]:
    from funnelplanner.services import Services

    opened = Services.open(db_path, region="US", clock=clock)
    yield opened
    opened.close()
