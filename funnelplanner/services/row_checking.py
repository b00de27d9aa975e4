"""An import's rows checked in order: here for a short file, in worker processes for a
long one.

Checking a row (mapping, validation, phone numbers) is pure Python and takes most of an
import's time; two processes check a long file up to twice as fast on two free cores.
Workers are started with "spawn", never forked: a fork would copy the Qt application and
its threads. Starting them and sending rows back and forth costs a few tenths of a
second, so short files are checked here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Generator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from funnelplanner.domain.import_rows import (
    CheckedRow,
    Packed,
    RowRules,
    check_row,
    check_rows,
    unpacked,
)

# Files with fewer rows are checked in this process. Measured with each file's phone
# numbers read for the first time: two workers break even at about 5,000 rows and check
# 10,000 in 0.92 s against 1.19 s here (the whole import, this machine, 2026-12-07).
PARALLEL_FROM = 8_000
WORKERS = 2
CHUNK_ROWS = 2_500  # rows per task: a tenth of a second of work, small enough to cancel
PROGRESS_EVERY = 500  # rows between two progress reports while checking in this process
WAIT_SECONDS = 0.1  # how often Cancel is looked at while waiting for a worker

Report = Callable[[int], None]  # rows checked so far; raises to stop


def checked_rows(
    rows: list[list[str]], rules: RowRules, report: Report, *, parallel: bool | None = None
) -> Generator[CheckedRow, None, None]:
    """Every row checked, in file order. ``report`` is called every few hundred rows and
    while waiting; whatever it raises stops the checking (workers are let go).

    Args:
        parallel: None decides by the file's length and the machine's cores.
    """
    if parallel is None:
        parallel = len(rows) >= PARALLEL_FROM and _cores() >= WORKERS
    if parallel:
        yield from _in_workers(rows, rules, report)
        return
    for number, cells in enumerate(rows, start=1):
        if number % PROGRESS_EVERY == 0:
            report(number)
        yield check_row(number, cells, rules)


def _cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than
    the machine has)."""
    allowed = getattr(os, "sched_getaffinity", None)  # Linux only
    return len(allowed(0)) if allowed is not None else os.cpu_count() or 1


def _in_workers(
    rows: list[list[str]], rules: RowRules, report: Report
) -> Generator[CheckedRow, None, None]:
    pool = ProcessPoolExecutor(
        WORKERS,
        mp_context=multiprocessing.get_context("spawn"),
        # A worker lives for one check and makes no cycles worth collecting meanwhile
        # (see collector_pause): without the collector it checks a tenth faster.
        initializer=gc.disable,
    )
    try:
        # All tasks at once: the workers never wait for this process, which meanwhile
        # finds duplicates among the rows already checked.
        tasks: list[Future[list[Packed]]] = [
            pool.submit(check_rows, start + 1, rows[start : start + CHUNK_ROWS], rules)
            for start in range(0, len(rows), CHUNK_ROWS)
        ]
        done = 0
        for task in tasks:
            while not wait([task], WAIT_SECONDS, FIRST_COMPLETED).done:
                report(done)
            checked = task.result()
            done += len(checked)
            report(done)
            for packed in checked:
                yield unpacked(packed)
    finally:
        # A cancel (or an error) leaves the running tasks to end on their own; the ones
        # not started are dropped.
        pool.shutdown(wait=False, cancel_futures=True)
