"""parse_money: how people type amounts, and what it must never do."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.validation import MAX_VALUE, parse_money

FAST = settings(max_examples=50, deadline=None)


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("0", "0.00"),
        ("7", "7.00"),
        ("1200", "1200.00"),
        ("1,200", "1200.00"),
        ("1,200.50", "1200.50"),
        ("1.200,50", "1200.50"),
        ("1,234,567.89", "1234567.89"),
        ("1.234.567,89", "1234567.89"),
        ("12,5", "12.50"),
        ("0,05", "0.05"),
        ("1 200,50", "1200.50"),
        ("1\u00a0200,50", "1200.50"),
        ("1\u202f200.50", "1200.50"),
        ("1'200.50", "1200.50"),
        ("1_200", "1200.00"),
        ("$1,200", "1200.00"),
        ("€ 99", "99.00"),
        ("£3.5", "3.50"),
        ("¥100", "100.00"),
        ("  42  ", "42.00"),
        ("+5", "5.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_amounts_people_type(typed, amount):
    assert parse_money(typed, "value") == Decimal(amount)


def test_result_has_exactly_two_decimal_places():
    assert parse_money("5", "value").as_tuple().exponent == -2
    assert str(parse_money("1,5", "value")) == "1.50"


@pytest.mark.parametrize("typed", ["", " ", "\t", "$", "€ ", "\u00a0"])
def test_empty_is_none(typed):
    assert parse_money(typed, "value") is None


@pytest.mark.parametrize("typed", ["-5", "-0", " -1,200.50", "-$5", "$-5"])
def test_negative_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        parse_money(typed, "value")
    assert caught.value.errors == {"value": "Value cannot be negative"}


@pytest.mark.parametrize("typed", ["1.234", "0.001", "1,2345", "12.345,678", "3.14159"])
def test_more_than_two_decimals_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        parse_money(typed, "value")
    assert "more than two decimals" in caught.value.errors["value"]


def test_trailing_zero_decimals_are_fine():
    assert parse_money("5.000", "value") == Decimal("5.00")


@pytest.mark.parametrize(
    "typed", ["abc", "1.2.3", "1,2,3", "12a", "NaN", "Infinity", "inf", "sNaN", "--5", "1e"]
)
def test_not_a_number_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        parse_money(typed, "value")
    message = caught.value.errors["value"]
    assert "is not a number" in message or "negative" in message


def test_too_large_is_refused():
    with pytest.raises(ValidationError) as caught:
        parse_money(str(MAX_VALUE), "value")
    assert "too large" in caught.value.errors["value"]
    with pytest.raises(ValidationError):
        parse_money("1e400", "value")


def test_field_name_is_used_for_key_and_label():
    with pytest.raises(ValidationError) as caught:
        parse_money("x", "deal_value")
    assert list(caught.value.errors) == ["deal_value"]
    assert caught.value.errors["deal_value"].startswith("Deal value is not a number")


@FAST
@given(st.text())
def test_parse_money_only_ever_raises_validation_error(text):
    try:
        result = parse_money(text, "value")
    except ValidationError as exc:
        assert list(exc.errors) == ["value"]
        return
    if result is not None:
        assert result.is_finite()
        assert Decimal(0) <= result < MAX_VALUE
        assert result.as_tuple().exponent == -2


@FAST
@given(
    st.text(alphabet="0123456789,.-+ $€eE_'\u00a0", max_size=30)
    | st.from_regex(r"\A-?[0-9]{0,15}([.,][0-9]{0,4})?\Z")
)
def test_parse_money_on_number_like_text(text):
    try:
        result = parse_money(text, "value")
    except ValidationError as exc:
        assert list(exc.errors) == ["value"]
        return
    assert result is None or (result >= 0 and result.as_tuple().exponent == -2)


non_negative_cents = st.integers(min_value=0, max_value=int(MAX_VALUE * 100) - 1)


@FAST
@given(non_negative_cents, st.booleans())
def test_round_trip_of_str(cents, normalised):
    # Any non-negative amount with at most two decimals, in any of str()'s spellings
    # ("12.50", "12.5", "1.2E+3"), reads back as the same amount.
    amount = Decimal(cents).scaleb(-2)
    if normalised:
        amount = amount.normalize()
    assert parse_money(str(amount), "value") == amount


@FAST
@given(
    st.decimals(
        min_value=0, max_value=MAX_VALUE - Decimal("0.01"), places=2, allow_nan=False
    ).filter(lambda d: not d.is_signed())
)
def test_round_trip_of_hypothesis_decimals(amount):
    parsed = parse_money(str(amount), "value")
    assert parsed == amount
    assert parsed.as_tuple().exponent == -2
