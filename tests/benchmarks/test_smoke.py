"""Every benchmark once on a small database: the harness still works (no timing asserted).

The real runs are `make bench` (10k and 100k leads) and `make bench-large` (1M).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.generate import HEAVY_CONTACTS, HEAVY_LEAD_ID, generate
from benchmarks.operations import measure_all
from benchmarks.report import table, write_results

SMALL = 200


@pytest.fixture(scope="module")
def small_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "small.sqlite"
    generate(path, SMALL)
    return path


def test_generated_counts_agree_with_the_contacts(small_database: Path) -> None:
    # The bulk path bypasses the repositories, so it must keep their invariants itself.
    connection = sqlite3.connect(small_database)
    try:
        wrong = connection.execute(
            "SELECT count(*) FROM leads WHERE contact_count != "
            "(SELECT count(*) FROM contacts WHERE contacts.lead_id = leads.id)"
        ).fetchone()[0]
        heavy = connection.execute(
            "SELECT contact_count FROM leads WHERE id = ?", (HEAVY_LEAD_ID,)
        ).fetchone()[0]
        leads = connection.execute("SELECT count(*) FROM leads").fetchone()[0]
    finally:
        connection.close()
    assert (wrong, heavy, leads) == (0, HEAVY_CONTACTS, SMALL)


@pytest.mark.usefixtures("qapp")
def test_every_benchmark_runs_once(small_database: Path, tmp_path: Path) -> None:
    results = measure_all(SMALL, small_database, tmp_path / "work", runs=1)

    assert len(results) == 7
    assert all(r.median > 0 and r.baseline > 0 for r in results)
    assert len(table(results).splitlines()) == 2 + len(results)
    write_results(tmp_path / "RESULTS.md", results, 1, "smoke test")
    assert "| operation" in (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
