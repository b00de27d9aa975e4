"""The control-character rule is Unicode's category Cc, whatever way it is checked."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from funnelplanner.domain.text_rules import clean_line, clean_multiline

CONTROL_MESSAGE = "contains control characters; type it again without them"


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=30))
def test_a_line_is_refused_exactly_when_it_holds_a_cc_character(text: str) -> None:
    kept, error = clean_line(text, limit=1000)
    expected = any(unicodedata.category(ch) == "Cc" for ch in kept)
    assert (error == CONTROL_MESSAGE) is expected


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=30))
def test_a_text_keeps_tabs_and_line_breaks_and_refuses_other_cc(text: str) -> None:
    kept, error = clean_multiline(text, limit=1000)
    expected = any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in kept)
    assert (error == CONTROL_MESSAGE) is expected


HALF_MESSAGE = "holds half of a character; type it again"


@given(
    st.text(max_size=20),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.text(max_size=20),
)
def test_half_of_a_character_is_refused_in_a_line_and_a_text(
    before: str, half: str, after: str
) -> None:
    """A lone UTF-16 surrogate cannot be stored (the file is UTF-8): a message, not a crash.
    ``st.text`` itself never makes one, so the text around it is otherwise fine."""
    text = f"a{before}{half}{after}"
    for kept, error in (clean_line(text, limit=1000), clean_multiline(text, limit=1000)):
        assert half in kept
        assert error in (HALF_MESSAGE, CONTROL_MESSAGE)  # whichever comes first
        if not any(unicodedata.category(ch) == "Cc" for ch in before):
            assert error == HALF_MESSAGE
