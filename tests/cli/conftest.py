"""Helpers for the command-line tests: run ``main`` in-process and read a database whole."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from funnelplanner.__main__ import main
from tests.database_dump import dump_database


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_path: Path) -> Cli:
    """Run one command line; ``db=None`` leaves out --db, a path replaces the default."""

    def invoke(*args: str, db: Path | None = db_path) -> Result:
        argv = ([] if db is None else ["--db", str(db)]) + list(args)
        capsys.readouterr()  # drop anything printed before this command
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --version, --help and usage errors
            code = 0 if exc.code is None else exc.code
        captured = capsys.readouterr()
        assert isinstance(code, int)
        return Result(code, captured.out, captured.err)

    return invoke


_dump = dump_database


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def dump() -> Callable[[Path], dict[str, list[tuple[Any, ...]]]]:
    """Every row of every table of a database file, for before/after comparisons."""
    return _dump


@pytest.fixture
def sha256() -> Callable[[Path], str]:
    """The hash of a file's bytes, to prove it was left untouched."""
    return _sha256


@pytest.fixture
def seeded(cli: Cli, db_path: Path) -> Path:
    """A database with lead 1 (Ann, one contact), lead 2 (Bob) and task 1 linked to Ann."""
    ann = cli(
        "lead",
        "add",
        "--name",
        "Ann Archer",
        "--company",
        "Archer Ltd",
        "--email",
        "ann@example.com",
        "--phone",
        "+1 415 555 2671",
        "--source",
        "referral",
        "--value",
        "1200",
    )
    assert (ann.code, ann.out) == (0, "1\n"), ann.err
    bob = cli("lead", "add", "--name", "Bob Baker", "--stage", "prospect")
    assert (bob.code, bob.out) == (0, "2\n"), bob.err
    contact = cli("contact", "add", "1", "--hat", "sales", "--channel", "phone")
    assert contact.code == 0, contact.err
    task = cli("task", "add", "--hat", "sales", "--title", "Call Ann", "--lead", "1")
    assert (task.code, task.out) == (0, "1\n"), task.err
    return db_path
