"""`python -m benchmarks`: measure every operation at each size and print one table."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# Before Qt is imported: the benchmarks never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.measure import OPERATIONS, Result
from benchmarks.report import growth_table, table, write_results

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 5)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to write")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=OPERATIONS,
        default=[],
        help="measure only these operations (the results file is then left alone)",
    )
    args = parser.parse_args(argv)

    # Imported here, not above: the import's checking workers (spawned processes) import
    # this module again, and the window's own main module is as light as this one now.
    # With the storage layer loaded at the top, each worker took 0.2 s longer to start
    # than the app's do.
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import cached_database
    from benchmarks.operations import measure_all

    app = QApplication.instance() or QApplication([sys.argv[0]])
    results: list[Result] = []
    for size in args.sizes:
        database = cached_database(size)
        with tempfile.TemporaryDirectory(prefix=f"funnel-bench-{size}-") as work:
            print(f"measuring {size:,} leads ...", flush=True)
            results.extend(measure_all(size, database, Path(work), args.runs, frozenset(args.only)))
        # Shown as each size ends, so a long run gives its first answers early.
        print(table(results), flush=True)
    del app
    print()
    print(table(results))
    growth = growth_table(results)
    if growth:
        print()
        print(growth)
    if args.only:
        return 0
    command = "python -m benchmarks " + " ".join(sys.argv[1:] if argv is None else argv)
    write_results(args.results, results, args.runs, command.strip())
    print(f"\nwritten to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
