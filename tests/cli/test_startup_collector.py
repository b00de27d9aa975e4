"""The cycle collector is paused while the program starts, and runs again for the command."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from funnelplanner import cli as cli_module
from funnelplanner.__main__ import main


@pytest.fixture(autouse=True)
def _collector_on_afterwards() -> object:
    yield None
    gc.enable()


def test_a_command_runs_with_the_collector_on(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[bool] = []
    real = cli_module.run

    def run(*args: object) -> int:
        seen.append(gc.isenabled())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_module, "run", run)
    assert main(["--db", str(db_path), "lead", "list"]) == 0
    assert seen == [True]
    assert gc.isenabled()


def test_the_start_imports_with_the_collector_paused(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the command line loads the services, SQLAlchemy and all: paused there."""
    seen: list[bool] = []
    real = cli_module.build_parser

    def build_parser() -> object:
        seen.append(gc.isenabled())
        return real()

    monkeypatch.setattr(cli_module, "build_parser", build_parser)
    main(["--db", str(db_path), "lead", "list"])
    assert seen == [False]


def test_a_bad_command_line_leaves_the_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert gc.isenabled()
