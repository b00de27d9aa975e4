"""Timing helpers and the result rows the table prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """A limit on the median: ``limit`` times the baseline, or an absolute value."""

    limit: float
    relative: bool

    def describe(self, unit: str) -> str:
        return f"≤ {self.limit:g}×" if self.relative else f"≤ {format_value(self.limit, unit)}"


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
    def passed(self) -> bool:
        measured = self.ratio if self.target.relative else self.median
        return measured <= self.target.limit


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
