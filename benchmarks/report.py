"""The one results table, and RESULTS.md with the machine it was measured on."""

from __future__ import annotations

import platform
import subprocess
from datetime import datetime
from pathlib import Path

from benchmarks.measure import Result, format_value

HEADERS = ("operation", "size", "median", "baseline", "ratio", "target", "result")


def table(results: list[Result]) -> str:
    """A Markdown table: readable in a terminal, and as it is in RESULTS.md."""
    rows = [
        (
            r.operation,
            f"{r.size:,}",
            format_value(r.median, r.unit),
            format_value(r.baseline, r.unit),
            f"{r.ratio:.2f}×",
            r.target.describe(r.unit),
            r.verdict,
        )
        for r in results
    ]
    return _markdown(HEADERS, rows)


GROWTH_HEADERS = ("operation", "from", "to", "growth", "allowed", "result")


def growth_table(results: list[Result]) -> str:
    """How each operation grows between the smallest and the largest size measured."""
    rows = []
    for operation in dict.fromkeys(r.operation for r in results):
        sizes = sorted((r for r in results if r.operation == operation), key=lambda r: r.size)
        if len(sizes) < 2:
            continue
        small, large = sizes[0], sizes[-1]
        growth = large.median / small.median if small.median > 0 else float("inf")
        allowed = small.target.growth * (large.size / small.size) / 10
        rows.append(
            (
                operation,
                f"{small.size:,}",
                f"{large.size:,}",
                f"{growth:.2f}×",
                f"≤ {allowed:g}×",
                "PASS" if growth <= allowed else "MISS",
            )
        )
    return _markdown(GROWTH_HEADERS, rows) if rows else ""


def _markdown(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def machine() -> list[str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    uname = subprocess.run(["uname", "-a"], capture_output=True, text=True).stdout.strip()
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for row in cpuinfo.read_text().splitlines():
            if row.startswith("model name"):
                cpu = row.split(":", 1)[1].strip()
                break
    return [
        f"- Date: {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: `{uname or platform.platform()}`",
        f"- CPU: {cpu}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- Qt {qVersion()}, PySide6 {pyside_version}",
    ]


def write_results(path: Path, results: list[Result], runs: int, command: str) -> None:
    text = "\n".join(
        [
            "# Benchmark results",
            "",
            f"Written by `{command}` (median of {runs} runs; see benchmarks/). "
            "Start and RSS are measured in fresh processes, offscreen; the start baseline "
            "is the same Python showing an empty QMainWindow.",
            "",
            *machine(),
            "",
            table(results),
            "",
            "Growth from the smallest size to the largest (linear is 10× per tenfold; what "
            "fills only one window should stay nearly flat):",
            "",
            growth_table(results),
            "",
        ]
    )
    path.write_text(text, encoding="utf-8")
