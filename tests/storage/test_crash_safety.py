"""Killing the app mid-write (SIGKILL) never damages the file or loses a reported write.

A writer process (crash_writer.py) uses the real services on a real file and prints each
write after its service call returned; the test kills it at a random moment, then checks
the file as the next start would find it: ``PRAGMA integrity_check`` passes, every write
reported as committed is there, and the counters agree with the rows they count.

The file is in WAL mode with synchronous=FULL. These kills cannot tell FULL from NORMAL
(both keep every commit through a crash of the app; 200 kills pass with either): NORMAL
differs on a power cut, which is why the app pays FULL's 0.4 ms a commit.

The seed of each run is printed on failure; FUNNELPLANNER_CRASH_SEED replays one.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from funnelplanner.domain.models import LeadQuery
from funnelplanner.services import Services
from funnelplanner.storage import revisions

WRITER = Path(__file__).with_name("crash_writer.py")
FIXTURE_0001 = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite"
# Leads and tasks the 0001 fixture holds: the writer may pick them once it is upgraded.
FIXTURE_LEADS = {
    1: "Ann Smith",
    2: "Zoë Ångström",
    3: "李小龍",
    4: "Олег Петров",
    5: "O'Brien & Sons",
}
FIXTURE_TASKS = 4
# Longest wait before a kill: a fresh open with its migrations takes 0.1-0.2 s here, so
# kills land in opening, upgrading, backing up, writing, checkpointing and closing.
MAX_DELAY = 0.3
LINE_TIMEOUT = 60.0

# Every lead's stored counters and stage agree with the rows behind them.
DISAGREEING_LEADS = """
SELECT l.id FROM leads AS l
LEFT JOIN (SELECT lead_id, COUNT(*) AS n, MAX(at) AS latest FROM contacts GROUP BY lead_id)
    AS c ON c.lead_id = l.id
WHERE l.contact_count != COALESCE(c.n, 0)
   OR l.last_contact_at IS NOT c.latest
   OR l.stage IS NOT (
       SELECT s.stage FROM stage_changes AS s WHERE s.lead_id = l.id ORDER BY s.id DESC LIMIT 1
   )
"""
DISAGREEING_TASKS = "SELECT id FROM tasks WHERE done != (done_at IS NOT NULL)"


@pytest.fixture(scope="module")
def seed() -> int:
    return int(os.environ.get("FUNNELPLANNER_CRASH_SEED") or random.randrange(1 << 30))


@dataclass
class Ledger:
    """Everything the writers reported as committed, to be found in the file."""

    leads: dict[int, str] = field(default_factory=dict)
    contacts: dict[int, int] = field(default_factory=dict)
    tasks: set[int] = field(default_factory=set)
    done: set[int] = field(default_factory=set)
    moves: Counter[tuple[int, str]] = field(default_factory=Counter)
    reports: int = 0

    def add(self, report: dict[str, Any]) -> None:
        kind = report["kind"]
        if kind == "open":
            return
        self.reports += 1
        if kind == "lead":
            self.leads[report["id"]] = report["name"]
        elif kind == "contact":
            self.contacts[report["id"]] = report["lead"]
        elif kind == "task":
            self.tasks.add(report["id"])
        elif kind == "done":
            self.done.add(report["id"])
        elif kind == "stage":
            self.moves[(report["lead"], report["stage"])] += 1
        else:
            raise AssertionError(f"unknown report {report}")


class WriterServer:
    """The crash writer's server: forks writers on request; the test kills them."""

    def __init__(self, log: Path) -> None:
        self._log = log.open("w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str] = queue.Queue()
        # Read continuously: a writer must never stall on a full pipe while it waits
        # for its kill.
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put("")

    def _next(self) -> str:
        try:
            line = self._lines.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"the writer server went quiet\n{self.stderr()}") from None
        if not line:
            raise AssertionError(f"the writer server died\n{self.stderr()}")
        return line

    def stderr(self) -> str:
        self._log.flush()
        self._log.seek(0)
        return self._log.read()

    def write_then_kill(
        self, db: Path, seed: int, delay: float, max_lead: int, max_task: int
    ) -> list[dict[str, Any]]:
        """Start a writer, SIGKILL it after ``delay`` seconds, return what it reported."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"write {seed} {max_lead} {max_task} {db}\n")
        self.process.stdin.flush()
        line = self._next()
        assert line.startswith("pid "), line
        time.sleep(delay)
        with suppress(ProcessLookupError):
            os.kill(int(line.split()[1]), signal.SIGKILL)
        reports = []
        while not (line := self._next()).startswith("exit "):
            reports.append(json.loads(line))
        status = int(line.split()[1])
        assert status == -signal.SIGKILL, f"the writer stopped by itself\n{self.stderr()}"
        return reports

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()  # stuck on a writer a failed test never killed
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WriterServer]:
    server = WriterServer(tmp_path_factory.mktemp("writer") / "stderr.txt")
    yield server
    server.close()


def check_after_kill(db: Path, ledger: Ledger, fixture_leads: dict[int, str] | None = None) -> None:
    """The file as the next start finds it: sound, complete, consistent."""
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "leads" not in tables:
            # Killed before the first migration committed: nothing can have been reported.
            assert ledger.reports == 0
            return
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        leads = dict(connection.execute("SELECT id, name FROM leads").fetchall())
        contacts = dict(connection.execute("SELECT id, lead_id FROM contacts").fetchall())
        tasks = dict(connection.execute("SELECT id, done FROM tasks").fetchall())
        moves = Counter(
            dict(
                ((lead, stage), n)
                for lead, stage, n in connection.execute(
                    "SELECT lead_id, stage, COUNT(*) FROM stage_changes GROUP BY lead_id, stage"
                )
            )
        )
        disagreeing_leads = connection.execute(DISAGREEING_LEADS).fetchall()
        disagreeing_tasks = connection.execute(DISAGREEING_TASKS).fetchall()
    expected_leads = {**(fixture_leads or {}), **ledger.leads}
    assert {i: name for i, name in expected_leads.items() if leads.get(i) != name} == {}
    assert {i: lead for i, lead in ledger.contacts.items() if contacts.get(i) != lead} == {}
    assert ledger.tasks - tasks.keys() == set()
    assert {i for i in ledger.done if tasks.get(i) != 1} == set()
    assert {move: n for move, n in ledger.moves.items() if moves[move] < n} == {}
    assert disagreeing_leads == []
    assert disagreeing_tasks == []


def reopen(db: Path, ledger: Ledger) -> None:
    """The app's own start after the crash: checks pass, reported leads read back."""
    services = Services.open(db)
    try:
        assert services.leads.count(LeadQuery()) >= len(ledger.leads)
        for lead_id in sorted(ledger.leads)[-3:]:
            detail = services.leads.detail(lead_id)
            assert detail.lead.name == ledger.leads[lead_id]
            assert len(detail.contacts) == detail.lead.contact_count
    finally:
        services.close()


def kill_writers(
    writer: WriterServer, db: Path, kills: int, seed: int, figures: Counter[str]
) -> None:
    rng = random.Random(seed)
    ledger = Ledger()
    for kill in range(kills):
        max_lead = max(ledger.leads, default=0)
        max_task = max(ledger.tasks, default=0)
        delay = rng.uniform(0, MAX_DELAY)
        reports = writer.write_then_kill(db, rng.randrange(1 << 30), delay, max_lead, max_task)
        before = ledger.reports
        for report in reports:
            ledger.add(report)
        try:
            check_after_kill(db, ledger)
            reopen(db, ledger)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, kill {kill + 1} after {delay:.3f} s") from exc
        figures["kills survived"] += 1
        figures["committed writes verified"] += ledger.reports - before
    # The kills did land in the middle of work, not only before or after it.
    assert ledger.reports > kills


def test_killing_the_writer_loses_nothing_reported(writer, tmp_path, seed, figures):
    kill_writers(writer, tmp_path / "funnel.sqlite", 20, seed, figures)


@pytest.mark.slow
def test_killing_the_writer_200_times_loses_nothing_reported(writer, tmp_path, seed, figures):
    kill_writers(writer, tmp_path / "funnel.sqlite", 200, seed, figures)


def kill_upgrades(
    writer: WriterServer, folder: Path, kills: int, seed: int, figures: Counter[str]
) -> None:
    """Kill the app while it upgrades a file of the first schema, or just after."""
    rng = random.Random(seed)
    for kill in range(kills):
        db = folder / f"old-{kill}.sqlite"
        shutil.copyfile(FIXTURE_0001, db)
        delay = rng.uniform(0, MAX_DELAY)
        reports = writer.write_then_kill(
            db, rng.randrange(1 << 30), delay, max(FIXTURE_LEADS), FIXTURE_TASKS
        )
        ledger = Ledger()
        for report in reports:
            ledger.add(report)
        try:
            with closing(sqlite3.connect(db)) as connection:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            # One transaction: the file is either still 0001, whole, or at head.
            assert revision in {("0001",), (revisions.head_revision(),)}
            reopen(db, ledger)  # finishes an interrupted upgrade
            check_after_kill(db, ledger, FIXTURE_LEADS)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, kill {kill + 1} after {delay:.3f} s") from exc
        figures["kills survived"] += 1
        figures["committed writes verified"] += ledger.reports
        if not any(report["kind"] == "open" for report in reports):
            figures["interrupted upgrades survived"] += 1


def test_killing_an_upgrade_leaves_the_old_file_whole(writer, tmp_path, seed, figures):
    kill_upgrades(writer, tmp_path, 6, seed, figures)


@pytest.mark.slow
def test_killing_50_upgrades_leaves_every_old_file_whole(writer, tmp_path, seed, figures):
    kill_upgrades(writer, tmp_path, 50, seed, figures)


@pytest.mark.slow
def test_killing_the_command_line_loses_no_printed_id(tmp_path, seed, figures):
    """The real entry point, started cold each time and killed anywhere in its life."""
    rng = random.Random(seed)
    db = tmp_path / "funnel.sqlite"
    ledger = Ledger()
    for kill in range(20):
        name = f"Kill {kill} Zoë"
        command = subprocess.Popen(
            [sys.executable, "-m", "funnelplanner", "--db", str(db), "lead", "add", "--name", name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
        )
        with suppress(subprocess.TimeoutExpired):
            command.wait(timeout=rng.uniform(0, 2.0))
        command.send_signal(signal.SIGKILL)
        out, err = command.communicate(timeout=30)
        if command.returncode == 0:
            ledger.add({"kind": "lead", "id": int(out), "name": name})
        else:
            assert command.returncode == -signal.SIGKILL, err
        try:
            check_after_kill(db, ledger)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, kill {kill + 1}") from exc
        figures["kills survived"] += 1
    figures["committed writes verified"] += ledger.reports
