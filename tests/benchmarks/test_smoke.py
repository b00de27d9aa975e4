"""Every benchmark once on a small database: the harness still works (no timing asserted).

The real runs are `make bench` (10k and 100k leads) and `make bench-large` (1M).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.generate import HEAVY_CONTACTS, HEAVY_LEAD_ID, generate
from benchmarks.measure import Result, Target
from benchmarks.operations import PREVIEW, PREVIEW_STALL, measure_all
from benchmarks.report import growth_table, table, write_results

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

    assert len(results) == 9
    assert {PREVIEW, PREVIEW_STALL} <= {r.operation for r in results}
    assert all(r.median > 0 and r.baseline > 0 for r in results)
    assert len(table(results).splitlines()) == 2 + len(results)
    write_results(tmp_path / "RESULTS.md", results, 1, "smoke test")
    assert "| operation" in (tmp_path / "RESULTS.md").read_text(encoding="utf-8")


def test_growth_and_size_bound_targets_are_judged_as_the_issue_sets_them() -> None:
    window_bound = Target(1.5, relative=True, at_size=100_000, growth=2.0)
    linear = Target(1.0, relative=False)
    results = [
        Result("filter", 10_000, 0.020, 0.005, "s", window_bound),
        Result("filter", 100_000, 0.050, 0.040, "s", window_bound),
        Result("import", 10_000, 0.5, 0.1, "s", linear),
        Result("import", 100_000, 4.0, 1.0, "s", linear),
    ]
    # 4× the baseline at 10k is shown but not judged: the target is set at 100k.
    assert [r.verdict for r in results] == ["—", "PASS", "PASS", "MISS"]
    rows = growth_table(results).splitlines()[2:]
    assert "2.50×" in rows[0] and "≤ 2×" in rows[0] and rows[0].rstrip(" |").endswith("MISS")
    assert "8.00×" in rows[1] and "≤ 10×" in rows[1] and rows[1].rstrip(" |").endswith("PASS")
