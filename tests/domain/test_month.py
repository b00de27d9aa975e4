"""Month: parsing, stepping across years and its boundaries in the owner's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.month import Month

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
FAST = settings(max_examples=100, deadline=None)
months = st.builds(
    Month, st.integers(min_value=1901, max_value=9997), st.integers(min_value=1, max_value=12)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11", Month(2026, 11)),
        ("2026-1", Month(2026, 1)),
        (" 2026-12 ", Month(2026, 12)),
        ("1900-01", Month(1900, 1)),
    ],
)
def test_parse_reads_year_and_month(text, expected):
    assert Month.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2026-13", "2026-00", "26-01", "abc", "", "2026/11", "2026-11-01", "11-2026", "1899-12"],
)
def test_parse_refuses_what_is_not_a_month_naming_the_field(text):
    with pytest.raises(ValidationError) as caught:
        Month.parse(text, field="target month")
    assert list(caught.value.errors) == ["target month"]
    assert "is not a month" in caught.value.errors["target month"]


def test_parse_default_field_is_month():
    with pytest.raises(ValidationError) as caught:
        Month.parse("abc")
    assert caught.value.errors == {"month": "'abc' is not a month (YYYY-MM, like 2026-12)"}


@pytest.mark.parametrize(("year", "month"), [(2026, 0), (2026, 13), (1899, 5), (9999, 1)])
def test_constructor_refuses_impossible_months(year, month):
    with pytest.raises(ValidationError):
        Month(year, month)


def test_text_and_label():
    assert str(Month(2026, 3)) == "2026-03"
    assert Month(2026, 3).label == "March 2026"


@FAST
@given(months)
def test_text_round_trips(month):
    assert Month.parse(str(month)) == month


def test_next_and_previous_cross_years():
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2027, 1).previous() == Month(2026, 12)
    assert Month(2026, 5).next() == Month(2026, 6)
    assert Month(2026, 5).previous() == Month(2026, 4)


@pytest.mark.parametrize(
    ("months_", "expected"),
    [
        (0, Month(2026, 11)),
        (1, Month(2026, 12)),
        (2, Month(2027, 1)),
        (-11, Month(2025, 12)),
        (-12, Month(2025, 11)),
        (-23, Month(2024, 12)),
        (25, Month(2028, 12)),
    ],
)
def test_shifted(months_, expected):
    assert Month(2026, 11).shifted(months_) == expected


@FAST
@given(months, st.integers(min_value=-24, max_value=24))
def test_shifted_agrees_with_stepping(month, steps):
    try:
        target = month.shifted(steps)
    except ValidationError:
        return  # beyond the years a month may have
    walked = month
    for _ in range(abs(steps)):
        walked = walked.next() if steps > 0 else walked.previous()
    assert walked == target
    assert target.shifted(-steps) == month


def test_months_order_by_time():
    assert Month(2025, 12) < Month(2026, 1) < Month(2026, 2)
    assert sorted([Month(2026, 2), Month(2025, 12)]) == [Month(2025, 12), Month(2026, 2)]


@pytest.mark.parametrize(
    ("month", "last"),
    [
        (Month(2026, 2), date(2026, 2, 28)),
        (Month(2028, 2), date(2028, 2, 29)),
        (Month(2026, 12), date(2026, 12, 31)),
        (Month(2026, 4), date(2026, 4, 30)),
    ],
)
def test_first_and_last_day(month, last):
    assert month.first_day == date(month.year, month.month, 1)
    assert month.last_day == last
    assert month.contains(month.first_day) and month.contains(last)
    assert not month.contains(last + timedelta(days=1))
    assert not month.contains(month.first_day - timedelta(days=1))


def test_of_a_day():
    assert Month.of(date(2026, 11, 30)) == Month(2026, 11)


def test_bounds_in_utc_are_midnights_utc():
    start, end = Month(2026, 11).bounds(UTC)
    assert start == datetime(2026, 11, 1, tzinfo=UTC)
    assert end == datetime(2026, 12, 1, tzinfo=UTC)
    assert start.tzinfo is UTC and end.tzinfo is UTC


def test_bounds_in_berlin_start_at_local_midnight():
    start, end = Month(2026, 11).bounds(BERLIN)
    # November is winter time (UTC+1) in Berlin; the end of October is still summer's end.
    assert start == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    assert start.tzinfo is UTC and end.tzinfo is UTC


def test_a_late_utc_contact_is_already_next_month_in_berlin():
    contact = datetime(2026, 10, 31, 23, 30, tzinfo=UTC)
    start, end = Month(2026, 11).bounds(BERLIN)
    assert start <= contact < end
    october = Month(2026, 10).bounds(BERLIN)
    assert not october[0] <= contact < october[1]
    # ... while in UTC it is still October.
    utc_start, utc_end = Month(2026, 10).bounds(UTC)
    assert utc_start <= contact < utc_end


def test_dst_months_in_berlin():
    # March 2026: starts in winter time (UTC+1), ends in summer time (UTC+2).
    start, end = Month(2026, 3).bounds(BERLIN)
    assert start == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)
    assert end - start == timedelta(days=31) - timedelta(hours=1)
    # October 2026: starts in summer time, ends in winter time, one hour longer.
    start, end = Month(2026, 10).bounds(BERLIN)
    assert start == datetime(2026, 9, 30, 22, 0, tzinfo=UTC)
    assert end == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
    assert end - start == timedelta(days=31, hours=1)


def test_bounds_in_new_york():
    start, end = Month(2026, 11).bounds(NEW_YORK)
    assert start == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)  # still EDT at midnight
    assert end == datetime(2026, 12, 1, 5, 0, tzinfo=UTC)


@FAST
@given(months, st.sampled_from([UTC, BERLIN, NEW_YORK, ZoneInfo("Asia/Kolkata")]))
def test_consecutive_months_tile_time(month, zone):
    start, end = month.bounds(zone)
    assert start < end
    if month.year < 9997 or month.month < 12:
        assert month.next().bounds(zone)[0] == end
    assert start.astimezone(zone).replace(tzinfo=None) == datetime(month.year, month.month, 1)
