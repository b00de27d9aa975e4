"""Duplicates by similar name at the same company: the same answers as comparing each
row with every earlier name through rapidfuzz's token_sort_ratio, one row at a time."""

from __future__ import annotations

import random
from typing import Any

import pytest
from rapidfuzz import fuzz, process

from funnelplanner.domain.import_mapping import LeadField, Table
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.text_rules import fold

MAPPING = {0: LeadField.NAME, 1: LeadField.COMPANY}
FIRST = ["Ann", "Anna", "Anne", "Bo", "Zoë", "Łukasz", "Jean Luc", "Mary Ann"]
LAST = ["Smith", "Smyth", "Smith-Jones", "Nowak", "Ångström", "de la Cruz"]
COMPANIES = ["Acme", "ACME", "Fjord AS", ""]


def _expected(stored: list[tuple[str, str]], rows: list[tuple[str, str]]) -> list[str | None]:
    """The matcher as it was: each row against the names before it, first one kept."""
    by_company: dict[str, dict[str, str]] = {}
    for index, (name, company) in enumerate(stored):
        by_company.setdefault(fold(company), {}).setdefault(fold(name), f"lead {index + 1}")
    found: list[str | None] = []
    for number, (name, company) in enumerate(rows, start=1):
        names = by_company.get(fold(company)) if company else None
        best = None
        if names:
            best = process.extractOne(
                fold(name), names.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=90
            )
        found.append(None if best is None else f"{names[best[0]]} {best[1]:.0f}")  # type: ignore[index]
        if company:
            by_company.setdefault(fold(company), {}).setdefault(fold(name), f"row {number}")
    return found


@pytest.mark.parametrize("seed", range(6))
def test_similar_names_are_found_as_one_row_at_a_time_found_them(services: Any, seed: int) -> None:
    rng = random.Random(seed)
    odd_space = "\u00a0" if seed % 2 else " "  # a no-break space takes the careful path

    def person() -> tuple[str, str]:
        name = f"{rng.choice(FIRST)}{rng.choice([' ', '  ', odd_space])}{rng.choice(LAST)}"
        if rng.random() < 0.3:
            name = " ".join(reversed(name.split(" ")))
        return name, rng.choice(COMPANIES)

    stored = [person() for _ in range(15)]
    for name, company in stored:
        services.leads.create(LeadDraft(name, company=company))
    rows = [person() for _ in range(120)]
    table = Table(["Name", "Company"], [list(r) for r in rows], "CSV", "utf-8", ",")
    preview = services.importing.preview(table, MAPPING)
    stored_ids = sorted(lead.id for lead in services.leads.listing())
    shown: list[str | None] = []
    for row in preview.rows:
        match = row.match
        if match is None:
            shown.append(None)
            continue
        assert match.reason.startswith("similar name at the same company (")
        score = match.reason.removeprefix("similar name at the same company (").split(" ")[0]
        where = (
            f"lead {stored_ids.index(match.lead_id) + 1}"
            if match.lead_id is not None
            else f"row {match.row_number}"
        )
        shown.append(f"{where} {score}")
    expected = _expected(stored, rows)
    assert shown == expected
    assert any(expected), "the sample holds no similar names: the test proves nothing"
