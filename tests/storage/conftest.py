"""The figures the data-safety tests gather, printed at the end of every run to be quoted."""

from __future__ import annotations

from collections import Counter

import pytest

# In the order they are printed; a test adds to one with ``figures[name] += n``.
FIGURE_NAMES = (
    "kills survived",
    "committed writes verified",
    "interrupted upgrades survived",
    "fixtures upgraded",
    "bad inputs tried",
)

_FIGURES: Counter[str] = Counter()


@pytest.fixture(scope="session")
def figures() -> Counter[str]:
    """The run's tally; tests only ever add to it."""
    return _FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("data safety figures")
    for name in (*FIGURE_NAMES, *sorted(set(_FIGURES) - set(FIGURE_NAMES))):
        terminalreporter.write_line(f"{name}: {_FIGURES[name]}")
