"""Funnel maths: targets worked backwards, rounding up, and what actually entered each stage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.funnel import (
    DEFAULT_RATES,
    PLANNED_STAGES,
    STEP_NAMES,
    STEPS,
    Rates,
    actual_rates,
    customers_needed,
    entries_in_period,
    parse_percent,
    work_backwards,
)
from funnelplanner.domain.models import StageChange
from funnelplanner.domain.vocabulary import Stage

FAST = settings(max_examples=100, deadline=None)

P, L, M, S, C = Stage.PROSPECT, Stage.LEAD, Stage.MQL, Stage.SQL, Stage.CUSTOMER

# Percentages above 0 and at most 100, with up to two decimals ("12.5", "33.33", "100").
percent = st.integers(min_value=1, max_value=10_000).map(lambda n: Decimal(n) / 100)
rates_strategy = st.tuples(percent, percent, percent, percent).map(
    lambda r: Rates(dict(zip(STEP_NAMES, r, strict=True)))
)
customer_counts = st.integers(min_value=0, max_value=5_000)


def rates(prospect_lead=20, lead_mql=40, mql_sql=50, sql_customer=25) -> Rates:
    return Rates.of(
        prospect_lead=prospect_lead, lead_mql=lead_mql, mql_sql=mql_sql, sql_customer=sql_customer
    )


def counts(needs) -> list[int]:
    return [needs[stage].count for stage in PLANNED_STAGES]


# ---- the worked example


def test_worked_example_from_the_issue():
    needs = work_backwards(5, rates(sql_customer=25, mql_sql=50))
    assert needs[C].count == 5
    assert needs[S].count == 20  # 5 customers at 25 % SQL→customer
    assert needs[M].count == 40  # 20 SQLs at 50 % MQL→SQL
    assert needs[L].count == 100  # 40 MQLs at 40 % lead→MQL
    assert needs[P].count == 500  # 100 leads at 20 % prospect→lead


def test_needs_come_in_funnel_order():
    needs = work_backwards(5, DEFAULT_RATES)
    assert list(needs) == list(PLANNED_STAGES)
    assert all(needs[stage].stage is stage for stage in PLANNED_STAGES)


def test_explanations_name_the_numbers_and_the_rate():
    needs = work_backwards(5, rates(sql_customer=25, mql_sql=50))
    assert needs[C].explanation == "5 customers wanted"
    sql = needs[S].explanation
    assert "20 SQLs" in sql and "5 customers" in sql and "25 %" in sql and "rounded up" in sql
    assert "SQL→Customer" in sql
    mql = needs[M].explanation
    assert "40 MQLs" in mql and "20 SQLs" in mql and "50 %" in mql and "MQL→SQL" in mql
    assert "100 leads" in needs[L].explanation and "40 %" in needs[L].explanation
    assert "500 prospects" in needs[P].explanation


def test_explanation_shows_decimal_rates_without_trailing_zeros():
    needs = work_backwards(5, rates(sql_customer="12.50"))
    assert "12.5 %" in needs[S].explanation
    assert "12.50" not in needs[S].explanation
    assert needs[S].count == 40


def test_rounds_up_a_fractional_need():
    # 3 customers at 40 % is 7.5 SQLs: the plan asks for 8.
    assert work_backwards(3, rates(sql_customer=40))[S].count == 8


def test_exact_fractions_do_not_round_a_whole_number_up():
    # 1 at 33.33...% would give 3.0000001 in floats; 33.3 % gives 3.003, so 4 is right.
    assert work_backwards(1, rates(sql_customer="33.3"))[S].count == 4
    assert work_backwards(7, rates(sql_customer=70))[S].count == 10
    assert work_backwards(3, rates(sql_customer="0.3"))[S].count == 1000


def test_zero_customers_need_nothing():
    assert counts(work_backwards(0, DEFAULT_RATES)) == [0, 0, 0, 0, 0]


def test_all_rates_at_100_pass_the_number_through():
    assert counts(work_backwards(17, rates(100, 100, 100, 100))) == [17] * 5


# ---- properties


@FAST
@given(customer_counts, customer_counts, rates_strategy)
def test_needed_counts_are_monotone_in_the_target(a, b, plan):
    low, high = sorted((a, b))
    fewer, more = work_backwards(low, plan), work_backwards(high, plan)
    for stage in PLANNED_STAGES:
        assert fewer[stage].count <= more[stage].count, stage


@FAST
@given(customer_counts, rates_strategy)
def test_rounding_never_under_provisions(customers, plan):
    needs = work_backwards(customers, plan)
    for name, source, target in STEPS:
        rate = Fraction(plan[name])
        provided = Fraction(needs[source].count) * rate / 100
        assert provided >= needs[target].count, name
        # ... and never asks for a whole extra one: one fewer would not be enough.
        if needs[source].count > 0:
            assert Fraction(needs[source].count - 1) * rate / 100 < needs[target].count, name


@FAST
@given(customer_counts, rates_strategy)
def test_each_stage_needs_at_least_the_next(customers, plan):
    found = counts(work_backwards(customers, plan))
    assert found == sorted(found, reverse=True)
    assert found[-1] == customers


@FAST
@given(customer_counts, rates_strategy, st.sampled_from(STEP_NAMES))
def test_a_step_at_100_percent_passes_its_number_through(customers, plan, step):
    values = dict(plan.values)
    values[step] = Decimal(100)
    needs = work_backwards(customers, Rates(values))
    _name, source, target = next(s for s in STEPS if s[0] == step)
    assert needs[source].count == needs[target].count


@FAST
@given(customer_counts, rates_strategy)
def test_work_backwards_is_deterministic_and_whole(customers, plan):
    first = work_backwards(customers, plan)
    assert first == work_backwards(customers, plan)
    assert all(isinstance(n.count, int) and n.count >= 0 for n in first.values())


# ---- refused rates


@pytest.mark.parametrize("step", STEP_NAMES)
@pytest.mark.parametrize("bad", ["0", "-5", "-0.01", "100.01", "250"])
def test_out_of_range_rates_are_refused_naming_the_step(step, bad):
    values = dict(DEFAULT_RATES.values)
    values[step] = Decimal(bad)
    with pytest.raises(ValidationError) as caught:
        Rates(values)
    assert list(caught.value.errors) == [f"rate {step}"]
    assert step in caught.value.errors[f"rate {step}"]


@pytest.mark.parametrize("step", STEP_NAMES)
def test_zero_rate_message_explains_why(step):
    values = dict(DEFAULT_RATES.values)
    values[step] = Decimal(0)
    with pytest.raises(ValidationError) as caught:
        Rates(values)
    message = caught.value.errors[f"rate {step}"]
    assert "above 0 %" in message and "no number of leads would be enough" in message


def test_rate_above_100_message():
    with pytest.raises(ValidationError) as caught:
        rates(mql_sql=101)
    assert caught.value.errors == {"rate mql-sql": "Rate mql-sql cannot be above 100 %"}


def test_every_bad_rate_is_reported_at_once():
    with pytest.raises(ValidationError) as caught:
        rates(prospect_lead=0, sql_customer=120)
    assert set(caught.value.errors) == {"rate prospect-lead", "rate sql-customer"}


def test_missing_and_non_finite_rates_are_refused():
    with pytest.raises(ValidationError) as caught:
        Rates({"prospect-lead": Decimal(20)})
    assert set(caught.value.errors) == {"rate lead-mql", "rate mql-sql", "rate sql-customer"}
    assert "missing" in caught.value.errors["rate lead-mql"]
    for odd in ("NaN", "Infinity"):
        values = dict(DEFAULT_RATES.values)
        values["lead-mql"] = Decimal(odd)
        with pytest.raises(ValidationError) as caught:
            Rates(values)
        assert list(caught.value.errors) == ["rate lead-mql"]


@FAST
@given(st.sampled_from(STEP_NAMES), st.decimals(max_value=0, allow_nan=False, places=3))
def test_no_rate_at_or_below_zero_is_accepted(step, bad):
    values = dict(DEFAULT_RATES.values)
    values[step] = bad
    with pytest.raises(ValidationError):
        Rates(values)


def test_rates_of_reads_keyword_names_with_underscores():
    plan = Rates.of(prospect_lead="20 %", lead_mql="12,5", mql_sql=50, sql_customer=Decimal(25))
    assert plan["prospect-lead"] == Decimal(20)
    assert plan["lead-mql"] == Decimal("12.5")
    assert plan["sql-customer"] == Decimal(25)


def test_rates_of_refuses_text_that_is_no_number_naming_the_argument():
    with pytest.raises(ValidationError) as caught:
        Rates.of(prospect_lead="lots", lead_mql=40, mql_sql=50, sql_customer=25)
    assert list(caught.value.errors) == ["prospect_lead"]


# ---- parse_percent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25", Decimal(25)),
        ("25 %", Decimal(25)),
        ("25%", Decimal(25)),
        (" 12.5 ", Decimal("12.5")),
        ("12,5", Decimal("12.5")),
        ("100", Decimal(100)),
        ("0", Decimal(0)),
        ("-3", Decimal(-3)),
    ],
)
def test_parse_percent_reads_what_people_type(text, expected):
    assert parse_percent(text, "rate") == expected


@pytest.mark.parametrize("text", ["", "%", "abc", "12.5.1", "NaN", "inf", "-Infinity", "1e"])
def test_parse_percent_refuses_non_numbers_naming_the_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_percent(text, "rate mql-sql")
    assert list(caught.value.errors) == ["rate mql-sql"]
    assert "not a percentage" in caught.value.errors["rate mql-sql"]


# ---- customers_needed


def test_customers_given_directly_win():
    assert customers_needed(5, Decimal(1000), Decimal(10)) == 5
    assert customers_needed(0, None, None) == 0
    assert customers_needed(1_000_000, None, None) == 1_000_000


@pytest.mark.parametrize("bad", [-1, 1_000_001])
def test_customers_out_of_range_are_refused(bad):
    with pytest.raises(ValidationError) as caught:
        customers_needed(bad, None, None)
    assert list(caught.value.errors) == ["customers"]


@pytest.mark.parametrize(
    ("revenue", "deal", "expected"),
    [
        ("10000", "2500", 4),
        ("10000", "3000", 4),  # 3.33 customers: round up
        ("10000.01", "2500", 5),
        ("0", "2500", 0),
        ("99.99", "33.33", 3),
        ("100", "33.33", 4),
    ],
)
def test_customers_from_revenue_round_up(revenue, deal, expected):
    assert customers_needed(None, Decimal(revenue), Decimal(deal)) == expected


@pytest.mark.parametrize("deal", ["0", "-10", "0.00"])
def test_deal_value_must_be_above_zero(deal):
    with pytest.raises(ValidationError) as caught:
        customers_needed(None, Decimal(1000), Decimal(deal))
    assert list(caught.value.errors) == ["deal_value"]


def test_negative_revenue_is_refused():
    with pytest.raises(ValidationError) as caught:
        customers_needed(None, Decimal(-1000), Decimal(100))
    assert list(caught.value.errors) == ["revenue"]


@pytest.mark.parametrize(("revenue", "deal"), [(None, None), (Decimal(10), None), (None, 5)])
def test_revenue_needs_a_deal_value(revenue, deal):
    with pytest.raises(ValidationError) as caught:
        customers_needed(None, revenue, None if deal is None else Decimal(deal))
    assert list(caught.value.errors) == ["customers"]


def test_revenue_needing_over_a_million_customers_is_refused():
    with pytest.raises(ValidationError) as caught:
        customers_needed(None, Decimal("1000000.01"), Decimal(1))
    assert list(caught.value.errors) == ["revenue"]


@FAST
@given(
    st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100),
    st.integers(min_value=1, max_value=10**7).map(lambda c: Decimal(c) / 100),
)
def test_customers_from_revenue_never_fall_short(revenue, deal):
    try:
        needed = customers_needed(None, revenue, deal)
    except ValidationError as exc:
        assert list(exc.errors) == ["revenue"]
        assert Fraction(revenue) / Fraction(deal) > 1_000_000
        return
    assert needed * deal >= revenue
    assert needed == 0 or (needed - 1) * deal < revenue


# ---- entries_in_period

T = datetime(2026, 11, 1, tzinfo=UTC)
END = datetime(2026, 12, 1, tzinfo=UTC)


def at(days: float) -> datetime:
    return T + timedelta(days=days)


def history(*steps: tuple[Stage, float]) -> list[StageChange]:
    return [StageChange(stage, at(day)) for stage, day in steps]


def entered(*histories: list[StageChange], start: datetime = T, end: datetime = END):
    found = entries_in_period(histories, start, end)
    return [found[stage] for stage in PLANNED_STAGES]


def test_a_new_lead_counts_as_prospect_and_lead():
    assert entered(history((L, 1))) == [1, 1, 0, 0, 0]


def test_a_new_prospect_counts_as_prospect_only():
    assert entered(history((P, 1))) == [1, 0, 0, 0, 0]


def test_skipping_stages_counts_through_the_skipped_ones():
    # Lead straight to SQL: it passed MQL on the way.
    assert entered(history((L, 1), (S, 2))) == [1, 1, 1, 1, 0]
    # Created as a customer (a referral that bought at once): every stage counts.
    assert entered(history((C, 3))) == [1, 1, 1, 1, 1]


def test_promoter_counts_through_customer_but_is_not_planned():
    found = entries_in_period([history((L, 1), (Stage.PROMOTER, 2))], T, END)
    assert Stage.PROMOTER not in found
    assert [found[s] for s in PLANNED_STAGES] == [1, 1, 1, 1, 1]


def test_lost_counts_nowhere():
    assert entered(history((L, 1), (Stage.LOST, 2))) == [1, 1, 0, 0, 0]
    assert entered(history((Stage.LOST, 1))) == [0, 0, 0, 0, 0]


def test_a_lost_lead_that_comes_back_counts_only_new_ground():
    assert entered(history((L, 1), (M, 2), (Stage.LOST, 3), (M, 4), (S, 5))) == [1, 1, 1, 1, 0]


def test_falling_back_and_climbing_again_counts_once():
    steps = history((L, 1), (M, 2), (S, 3), (M, 4), (S, 5), (L, 6), (M, 7), (S, 8), (C, 9))
    assert entered(steps) == [1, 1, 1, 1, 1]


def test_history_order_does_not_matter():
    steps = history((L, 1), (M, 2), (S, 3))
    assert entered(list(reversed(steps))) == entered(steps) == [1, 1, 1, 1, 0]


def test_stages_entered_before_the_period_do_not_count():
    # Became a lead last month, MQL this month.
    steps = [StageChange(L, T - timedelta(days=3)), StageChange(M, at(2))]
    assert entered(steps) == [0, 0, 1, 0, 0]


def test_stages_regained_in_the_period_after_being_reached_before_do_not_count():
    steps = [StageChange(S, T - timedelta(days=3)), StageChange(M, at(1)), StageChange(S, at(2))]
    assert entered(steps) == [0, 0, 0, 0, 0]


def test_skip_from_an_earlier_month_counts_only_the_skipped_stages_now():
    # A lead since October jumps to SQL in November: MQL and SQL count, lead does not.
    steps = [StageChange(L, T - timedelta(days=10)), StageChange(S, at(3))]
    assert entered(steps) == [0, 0, 1, 1, 0]


def test_period_is_start_inclusive_end_exclusive():
    tick = timedelta(microseconds=1)
    assert entered([StageChange(L, T)]) == [1, 1, 0, 0, 0]
    assert entered([StageChange(L, END)]) == [0, 0, 0, 0, 0]
    assert entered([StageChange(L, END - tick)]) == [1, 1, 0, 0, 0]
    assert entered([StageChange(L, T - tick)]) == [0, 0, 0, 0, 0]


def test_changes_after_the_period_do_not_count():
    steps = [StageChange(L, at(1)), StageChange(C, END + timedelta(days=1))]
    assert entered(steps) == [1, 1, 0, 0, 0]


def test_many_leads_add_up():
    assert entered(
        history((L, 1), (M, 2)),
        history((L, 1), (S, 2), (C, 3)),
        history((P, 1)),
        history((L, 4), (Stage.LOST, 5)),
    ) == [4, 3, 2, 1, 1]


def test_no_histories_give_zeros():
    assert entered() == [0, 0, 0, 0, 0]


stage_steps = st.lists(
    st.tuples(
        st.sampled_from([*PLANNED_STAGES, Stage.PROMOTER, Stage.LOST]),
        st.integers(min_value=-40, max_value=70),
    ),
    min_size=1,
    max_size=8,
)


@FAST
@given(st.lists(stage_steps, max_size=6))
def test_each_lead_counts_at_most_once_per_stage_and_the_funnel_narrows(leads):
    histories = [history(*steps) for steps in leads]
    found = entered(*histories)
    assert all(0 <= n <= len(histories) for n in found)
    # Over a period holding every change, each lead entered the stages below its highest.
    everything = entered(*histories, start=at(-50), end=at(80))
    assert everything == sorted(everything, reverse=True)


@FAST
@given(st.lists(stage_steps, max_size=6), st.integers(min_value=-30, max_value=60))
def test_splitting_a_period_splits_the_counts(leads, cut):
    histories = [history(*steps) for steps in leads]
    wide_start, wide_end = at(-50), at(80)
    middle = at(cut)
    whole = entered(*histories, start=wide_start, end=wide_end)
    first = entered(*histories, start=wide_start, end=middle)
    second = entered(*histories, start=middle, end=wide_end)
    assert whole == [a + b for a, b in zip(first, second, strict=True)]


# ---- actual_rates


def test_actual_rates_divide_next_by_this():
    found = actual_rates({P: 10, L: 8, M: 4, S: 3, C: 1})
    assert found == {
        "prospect-lead": Decimal("80.0"),
        "lead-mql": Decimal("50.0"),
        "mql-sql": Decimal("75.0"),
        "sql-customer": Decimal("33.3"),
    }


def test_actual_rates_with_zero_bases_are_none():
    found = actual_rates({P: 0, L: 0, M: 2, S: 0, C: 0})
    assert found["prospect-lead"] is None
    assert found["lead-mql"] is None
    assert found["mql-sql"] == Decimal("0.0")
    assert found["sql-customer"] is None


def test_actual_rates_of_nothing_are_all_none():
    assert actual_rates({}) == dict.fromkeys(STEP_NAMES)


def test_actual_rates_round_to_one_decimal():
    assert actual_rates({P: 3, L: 2, M: 0, S: 0, C: 0})["prospect-lead"] == Decimal("66.7")
