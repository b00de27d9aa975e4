"""The formula guard on exported cells, as a rule over any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from funnelplanner.domain.csv_cells import FORMULA_TRIGGERS, neutralise_cell

# Text that often starts with quotes and formula characters, the cases that matter.
_starts = st.text(alphabet="'=+-@\t\r", max_size=3)
_cells = st.one_of(st.text(), st.builds(lambda a, b: a + b, _starts, st.text()))


@given(_cells)
def test_a_quote_goes_in_front_exactly_when_quotes_then_a_formula_character_start_it(
    text: str,
) -> None:
    quotes = len(text) - len(text.lstrip("'"))
    formula = text[quotes : quotes + 1] in FORMULA_TRIGGERS
    assert neutralise_cell(text) == ("'" + text if formula else text)
