"""Property tests: free text never crashes validation, and cleaning keeps its promises."""

from __future__ import annotations

import unicodedata
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.text_rules import clean_line, clean_multiline
from funnelplanner.domain.validation import validate_lead

FAST = settings(max_examples=50, deadline=None)
TEXT_FIELDS = [f.name for f in fields(LeadDraft) if f.type == "str"]

# Text a person could paste: any printable character, plus the troublesome ones.
anything = st.text(max_size=60) | st.text(
    alphabet=st.sampled_from(
        [*"ab@.+-,()[]:/#?%_ 0123456789", "\x00", "\t", "\n", "\r", "\u00a0", "\uff03"]
    ),
    max_size=40,
)


def has_control(text: str, allowed: set[str] = frozenset()) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def test_text_fields_of_a_draft():
    assert TEXT_FIELDS == [
        "name",
        "company",
        "email",
        "phone",
        "website",
        "source",
        "value",
        "notes",
    ]


@FAST
@given(
    st.fixed_dictionaries({name: anything for name in TEXT_FIELDS}),
    st.sampled_from(["US", "DE", "GB", "", "us", "ZZ"]),
)
def test_validate_lead_only_raises_validation_error_naming_fields(values, region):
    try:
        result = validate_lead(LeadDraft(**values), region)
    except ValidationError as exc:
        assert exc.errors
        assert set(exc.errors) <= set(TEXT_FIELDS)
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        return
    assert result.name and result.name == result.name.strip()
    assert not has_control(result.name)
    for name in ("company", "email", "phone", "website", "source"):
        assert not has_control(getattr(result, name))
    assert bool(result.phone) == bool(result.phone_key)


@FAST
@pytest.mark.parametrize("field", [f for f in TEXT_FIELDS if f != "name"])
@given(text=anything)
def test_each_field_alone_only_raises_validation_error_for_itself(field, text):
    try:
        validate_lead(LeadDraft(name="Ann", **{field: text}), "US")
    except ValidationError as exc:
        assert set(exc.errors) == {field}


@FAST
@given(st.text(), st.integers(min_value=0, max_value=80), st.booleans())
def test_clean_line_invariants(value, limit, required):
    text, error = clean_line(value, limit=limit, required=required)
    assert text == value.strip()
    assert isinstance(error, str)
    if not error:
        assert len(text) <= limit
        assert not has_control(text)
        assert text or not required
    else:
        assert (required and not text) or len(text) > limit or has_control(text)


@FAST
@given(st.text(), st.integers(min_value=0, max_value=80))
def test_clean_multiline_invariants(value, limit):
    text, error = clean_multiline(value, limit=limit)
    assert "\r" not in text
    assert text == text.strip()
    assert text == value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not error:
        assert len(text) <= limit
        assert not has_control(text, {"\n", "\t"})
    else:
        assert len(text) > limit or has_control(text, {"\n", "\t"})


@FAST
@given(st.text())
def test_cleaning_is_idempotent(value):
    once, _ = clean_line(value, limit=10_000)
    assert clean_line(once, limit=10_000)[0] == once
    multi, _ = clean_multiline(value, limit=10_000)
    assert clean_multiline(multi, limit=10_000)[0] == multi


@FAST
@given(st.text(alphabet=st.characters(categories=["Cc"]), min_size=1, max_size=5))
def test_pure_control_text_is_never_accepted_as_a_required_line(controls):
    _, error = clean_line(f"a{controls}b", limit=100, required=True)
    assert error
