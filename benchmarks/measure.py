"""Timing helpers and the result rows the table prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

# Short names for --only; "start" also measures peak memory, in the same processes.
OPERATIONS = ("start", "filter", "open", "log", "pdf", "preview", "import")


@dataclass(frozen=True)
class Target:
    """A limit on the median: ``limit`` times the baseline, or an absolute value.

    ``at_size``: the issue sets some targets for one size only (start and filter at
    100,000 leads); other sizes of those rows are shown but not judged.
    """

    limit: float
    relative: bool
    at_size: int | None = None
    # How much the median may grow from 10,000 to 100,000 leads: linear at most, and
    # "nearly flat" for what only fills one window (start, filter).
    growth: float = 10.0

    def describe(self, unit: str) -> str:
        text = f"≤ {self.limit:g}×" if self.relative else f"≤ {format_value(self.limit, unit)}"
        return text if self.at_size is None else f"{text} at {self.at_size:,}"


@dataclass(frozen=True)
class Result:
    operation: str
    size: int
    median: float
    baseline: float
    unit: str  # "s" or "MB"
    target: Target

    @property
    def ratio(self) -> float:
        return self.median / self.baseline if self.baseline > 0 else float("inf")

    @property
    def judged(self) -> bool:
        return self.target.at_size in (None, self.size)

    @property
    def passed(self) -> bool:
        measured = self.ratio if self.target.relative else self.median
        return measured <= self.target.limit

    @property
    def verdict(self) -> str:
        if not self.judged:
            return "—"
        return "PASS" if self.passed else "MISS"


def median_time(action: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Median wall time of ``action`` over ``runs`` calls, after ``warmup`` uncounted ones.

    The warm-up fills SQLite's page cache and SQLAlchemy's statement cache, so both the
    product and its baseline are timed warm.
    """
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def format_value(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"
