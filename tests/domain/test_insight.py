"""Contact insight: the median contacts a sale takes, and leads off that pace."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.insight import (
    OVER_WORKED_FACTOR,
    MedianRow,
    WonLead,
    is_over_worked,
    is_under_worked,
    median_contacts,
    medians_by,
)


def won(contacts: int, source: str = "", campaign: str = "", lead_id: int = 1) -> WonLead:
    return WonLead(lead_id, contacts, source, campaign)


def test_median_of_nothing_is_none():
    assert median_contacts([]) is None


def test_median_of_an_odd_count_is_the_middle():
    assert median_contacts([won(7), won(1), won(3)]) == Decimal(3)


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert median_contacts([won(1), won(2), won(4), won(9)]) == Decimal(3)
    assert median_contacts([won(1), won(2)]) == Decimal("1.5")


def test_median_accepts_a_generator():
    assert median_contacts(won(n) for n in (5, 5, 6)) == Decimal(5)


def test_medians_by_source_most_customers_first():
    leads = [
        won(2, source="Web"),
        won(4, source="Web"),
        won(6, source="Web"),
        won(10, source="fair"),
        won(1, source="Ads"),
        won(3, source="Ads"),
        won(8, source=""),
    ]
    assert medians_by(leads, "source") == [
        MedianRow("Web", 3, Decimal(4)),
        MedianRow("Ads", 2, Decimal(2)),
        MedianRow("(none)", 1, Decimal(8)),
        MedianRow("fair", 1, Decimal(10)),
    ]


def test_medians_by_campaign():
    leads = [won(2, campaign="Spring"), won(5, campaign="Spring"), won(1)]
    assert medians_by(leads, "campaign") == [
        MedianRow("Spring", 2, Decimal("3.5")),
        MedianRow("(none)", 1, Decimal(1)),
    ]


def test_medians_by_of_nothing_is_empty():
    assert medians_by([], "source") == []


def test_ties_sort_by_name_ignoring_case():
    leads = [won(1, source="beta"), won(1, source="Alpha"), won(1, source="gamma")]
    assert [r.group for r in medians_by(leads, "source")] == ["Alpha", "beta", "gamma"]


def test_under_worked_is_below_the_median():
    assert is_under_worked(2, Decimal(3))
    assert not is_under_worked(3, Decimal(3))
    assert is_under_worked(3, Decimal("3.5"))
    assert not is_under_worked(0, None)


def test_over_worked_is_more_than_twice_the_median():
    assert OVER_WORKED_FACTOR == 2
    assert not is_over_worked(6, Decimal(3))
    assert is_over_worked(7, Decimal(3))
    assert is_over_worked(8, Decimal("3.5"))
    assert not is_over_worked(7, Decimal("3.5"))
    assert not is_over_worked(100, None)
    assert not is_over_worked(100, Decimal(0))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=500), min_size=1, max_size=30))
def test_median_lies_between_the_extremes_and_groups_add_up(counts):
    leads = [won(n, source="abc"[n % 3], lead_id=i) for i, n in enumerate(counts)]
    typical = median_contacts(leads)
    assert typical is not None
    assert min(counts) <= typical <= max(counts)
    rows = medians_by(leads, "source")
    assert sum(r.customers for r in rows) == len(counts)
    assert [r.customers for r in rows] == sorted((r.customers for r in rows), reverse=True)
    assert not (is_under_worked(min(counts), typical) and is_over_worked(min(counts), typical))
