"""Chart builders: what each figure shows, empty data, both palettes, saving, no pyplot."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_hex
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.text import Text

from funnelplanner.domain.funnel import DEFAULT_RATES, actual_rates, work_backwards
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import MonthPicture, MonthTarget
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.reports.chart_style import FIGURE_SIZE, HATCH, grey_lightness
from funnelplanner.reports.charts import (
    DARK,
    LIGHT,
    NO_DATA,
    TOP_CHANNELS,
    Palette,
    channel_chart,
    contacts_to_close_chart,
    funnel_chart,
    trend_chart,
)
from funnelplanner.services.planning import SourceCount

NOVEMBER = Month(2026, 11)
STAGE_LABELS = ["Prospect", "Lead", "MQL", "SQL", "Customer"]
STEP_LABELS = ["Prospect → Lead", "Lead → MQL", "MQL → SQL", "SQL → Customer"]


def picture(customers: int = 5, actual: dict[Stage, int] | None = None) -> MonthPicture:
    actual = actual or {}
    return MonthPicture(
        target=MonthTarget(NOVEMBER, customers, None, None, DEFAULT_RATES, stored=True),
        customers_wanted=customers,
        needed=work_backwards(customers, DEFAULT_RATES),
        actual=actual,
        actual_rates=actual_rates(actual),
        previous_actual={},
        breaches=[],
        sql_follow_up_days=2,
        min_contacts_before_lost=3,
    )


ACTUAL = {Stage.PROSPECT: 310, Stage.LEAD: 58, Stage.MQL: 21, Stage.SQL: 9, Stage.CUSTOMER: 2}


def trend(months: int = 12) -> list[tuple[Month, dict[str, Decimal | None]]]:
    rows: list[tuple[Month, dict[str, Decimal | None]]] = []
    for back in range(months - 1, -1, -1):
        rates: dict[str, Decimal | None] = {
            "prospect-lead": Decimal(20 + back),
            "lead-mql": Decimal(40),
            "mql-sql": None if back == 3 else Decimal("55.5"),
            "sql-customer": Decimal(25),
        }
        rows.append((NOVEMBER.shifted(-back), rates))
    return rows


def sources(count: int) -> list[SourceCount]:
    return [SourceCount(f"source {i}", 100 - i, i % 3) for i in range(count)]


def only_axes(figure: Figure) -> Axes:
    assert len(figure.axes) == 1
    return figure.axes[0]


def bar_containers(ax: Axes) -> list[BarContainer]:
    return [c for c in ax.containers if isinstance(c, BarContainer)]


def all_text(figure: Figure) -> str:
    return "\n".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


def legend_labels(figure: Figure) -> list[str]:
    legends = [*figure.legends, *(ax.get_legend() for ax in figure.axes)]
    return [t.get_text() for legend in legends if legend is not None for t in legend.get_texts()]


def title_of(ax: Axes) -> Text:
    (title,) = [
        t
        for t in ax.findobj(Text)
        if t.get_text() and t is not ax.title and t.get_text() == ax.get_title(loc="left")
    ]
    return title


def is_empty_message(figure: Figure) -> bool:
    ax = only_axes(figure)
    return not ax.axison and any(NO_DATA in t.get_text() for t in ax.texts)


# ---- the funnel


def test_funnel_chart_shows_needed_beside_actual_for_each_planned_stage() -> None:
    figure = funnel_chart(picture(5, ACTUAL))
    ax = only_axes(figure)

    assert ax.get_title(loc="left") == "November 2026: target vs actual"
    assert ax.get_xlabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == STAGE_LABELS
    needed, actual = bar_containers(ax)
    assert [bar.get_width() for bar in needed] == [500, 100, 40, 20, 5]
    assert [bar.get_width() for bar in actual] == [310, 58, 21, 9, 2]
    assert legend_labels(figure) == ["Needed", "Actual"]
    # Grey print: the second series is hatched, the first is not.
    assert all(bar.get_hatch() == HATCH for bar in actual)
    assert all(not bar.get_hatch() for bar in needed)
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["500", "100", "40", "20", "5", "310", "58", "21", "9", "2"]
    assert tuple(figure.get_size_inches()) == pytest.approx(FIGURE_SIZE)


def test_funnel_chart_labels_thousands_readably() -> None:
    ax = only_axes(funnel_chart(picture(300)))
    assert "6,000" in [t.get_text() for t in ax.texts]


def test_funnel_chart_without_target_still_shows_actuals() -> None:
    ax = only_axes(funnel_chart(picture(0, {Stage.LEAD: 4, Stage.PROSPECT: 4})))
    needed, actual = bar_containers(ax)
    assert [bar.get_width() for bar in needed] == [0] * 5
    assert [bar.get_width() for bar in actual] == [4, 4, 0, 0, 0]


def test_funnel_chart_with_nothing_says_so() -> None:
    figure = funnel_chart(picture(0))
    assert is_empty_message(figure)
    assert only_axes(figure).get_title(loc="left") == "November 2026: target vs actual"


# ---- the trend


def test_trend_chart_draws_one_line_per_step_with_gaps() -> None:
    figure = trend_chart(trend())
    ax = only_axes(figure)

    assert ax.get_title(loc="left") == "Conversion, last 12 months"
    assert ax.get_ylabel() == "Conversion"
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == STEP_LABELS
    assert legend_labels(figure) == STEP_LABELS
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert len(ticks) == 12
    assert ticks[0] == "Dec\n2025" and ticks[1] == "Jan\n2026" and ticks[-1] == "Nov"
    mql_sql = [float(v) for v in lines[2].get_ydata()]
    assert math.isnan(mql_sql[8]) and mql_sql.count(mql_sql[0]) == 11
    assert ax.yaxis.get_major_formatter().format_data(50) == "50%"
    assert ax.get_ylim() == (0, 100)


def test_trend_lines_differ_without_colour() -> None:
    lines = only_axes(trend_chart(trend())).get_lines()
    assert len({line.get_marker() for line in lines}) == 4
    assert len({line.get_linestyle() for line in lines}) == 4


def test_trend_axis_grows_for_rates_above_100_percent() -> None:
    rows = trend(2)
    rows[0][1]["lead-mql"] = Decimal(150)
    top = only_axes(trend_chart(rows)).get_ylim()[1]
    assert top >= 150


def test_trend_of_one_month_reads_naturally() -> None:
    ax = only_axes(trend_chart(trend(1)))
    assert ax.get_title(loc="left") == "Conversion, last month"


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [(NOVEMBER.shifted(-i), dict.fromkeys(STEP_LABELS)) for i in range(12)],
        [(NOVEMBER, {})],
    ],
    ids=["no months", "all none", "no rates"],
)
def test_trend_chart_without_rates_says_so(rows) -> None:
    assert is_empty_message(trend_chart(rows))


# ---- channels


def test_channel_chart_shows_leads_and_customers_per_source() -> None:
    rows = [SourceCount("Website", 40, 6), SourceCount("Referral", 22, 7)]
    figure = channel_chart(rows)
    ax = only_axes(figure)

    assert ax.get_title(loc="left") == "Leads and customers by channel"
    assert ax.get_xlabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Website", "Referral"]
    leads, customers = bar_containers(ax)
    assert [b.get_width() for b in leads] == [40, 22]
    assert [b.get_width() for b in customers] == [6, 7]
    assert legend_labels(figure) == ["Leads", "Customers"]
    assert all(bar.get_hatch() == HATCH for bar in customers)


def test_channel_chart_keeps_the_top_eight_and_sums_the_rest() -> None:
    rows = sources(12)
    ax = only_axes(channel_chart(list(reversed(rows))))
    names = [t.get_text() for t in ax.get_yticklabels()]

    assert names == [f"source {i}" for i in range(TOP_CHANNELS)] + ["Other"]
    leads, customers = bar_containers(ax)
    assert leads[-1].get_width() == sum(r.leads for r in rows[TOP_CHANNELS:])
    assert customers[-1].get_width() == sum(r.customers for r in rows[TOP_CHANNELS:])


def test_a_source_called_other_absorbs_the_rest() -> None:
    rows = [*sources(8), SourceCount("other", 96, 1), SourceCount("late", 1, 1)]
    ax = only_axes(channel_chart(rows))
    names = [t.get_text() for t in ax.get_yticklabels()]

    # "other" made the top eight; it takes in source 7 and "late" rather than appear twice.
    assert names == [f"source {i}" for i in range(7)] + ["Other"]
    leads, customers = bar_containers(ax)
    assert leads[-1].get_width() == 96 + rows[7].leads + 1
    assert customers[-1].get_width() == 1 + rows[7].customers + 1


@pytest.mark.parametrize("rows", [[], [SourceCount("(none)", 0, 0)]], ids=["none", "zeros"])
def test_channel_chart_without_leads_says_so(rows) -> None:
    assert is_empty_message(channel_chart(rows))


# ---- contacts to close


def test_contacts_to_close_histogram_with_median() -> None:
    won = [3, 4, 5, 5, 6, 6, 6, 7, 9, 15]
    figure = contacts_to_close_chart(won, Decimal("6.0"))
    ax = only_axes(figure)

    assert ax.get_title(loc="left") == "Contacts to close, 10 customers"
    assert ax.get_xlabel() and ax.get_ylabel() == "Customers"
    heights = {round(p.get_x() + p.get_width() / 2): p.get_height() for p in ax.patches}
    assert sum(heights.values()) == len(won)
    assert heights[6] == 3 and heights[15] == 1 and heights[10] == 0
    (median,) = ax.get_lines()
    assert list(median.get_xdata()) == [6.0, 6.0]
    assert [t.get_text().strip() for t in ax.texts] == ["median 6"]


def test_contacts_to_close_groups_wide_ranges() -> None:
    won = list(range(0, 200, 3))
    ax = only_axes(contacts_to_close_chart(won, Decimal(99)))
    assert len(ax.patches) <= 26
    assert sum(p.get_height() for p in ax.patches) == len(won)


def test_contacts_to_close_with_one_customer_and_no_median() -> None:
    ax = only_axes(contacts_to_close_chart([4], None))
    assert ax.get_title(loc="left") == "Contacts to close, 1 customer"
    assert [p.get_height() for p in ax.patches] == [1]
    assert ax.get_lines() == []


def test_contacts_to_close_without_customers_says_so() -> None:
    assert is_empty_message(contacts_to_close_chart([], None))


# ---- every builder: palettes, saving

BUILDERS: dict[str, Callable[[Palette], Figure]] = {
    "funnel": lambda p: funnel_chart(picture(5, ACTUAL), p),
    "funnel empty": lambda p: funnel_chart(picture(0), p),
    "trend": lambda p: trend_chart(trend(), p),
    "trend empty": lambda p: trend_chart([], p),
    "channel": lambda p: channel_chart(sources(10), p),
    "channel empty": lambda p: channel_chart([], p),
    "contacts": lambda p: contacts_to_close_chart([2, 3, 3, 8], Decimal(3), p),
    "contacts empty": lambda p: contacts_to_close_chart([], None, p),
}


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=lambda p: p.name)
@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_charts_follow_the_palette(build: Callable[[Palette], Figure], palette: Palette) -> None:
    figure = build(palette)
    ax = figure.axes[0]
    assert to_hex(figure.get_facecolor()) == palette.background
    assert to_hex(ax.get_facecolor()) == palette.background
    assert to_hex(title_of(ax).get_color()) == palette.text


def test_default_palette_is_light() -> None:
    assert to_hex(funnel_chart(picture(5, ACTUAL)).get_facecolor()) == LIGHT.background


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=lambda p: p.name)
def test_series_differ_in_grey_lightness(palette: Palette) -> None:
    greys = sorted(grey_lightness(colour) for colour in palette.series)
    assert all(b - a >= 0.05 for a, b in itertools.pairwise(greys))
    # The two bar series, which sit side by side, differ clearly.
    assert abs(grey_lightness(palette.series[0]) - grey_lightness(palette.series[1])) >= 0.2
    for colour in (palette.text, *palette.series):
        assert abs(grey_lightness(colour) - grey_lightness(palette.background)) >= 0.15


def test_palettes_are_frozen() -> None:
    with pytest.raises(AttributeError):
        LIGHT.background = "#000000"  # type: ignore[misc]


@pytest.mark.parametrize("suffix", ["png", "svg"])
@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_charts_save_as_images(
    build: Callable[[Palette], Figure], suffix: str, tmp_path: Path
) -> None:
    target = tmp_path / f"chart.{suffix}"
    build(LIGHT).savefig(target)
    assert target.stat().st_size > 1000
    head = target.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in head or b"<?xml" in head


# ---- from real services


def test_charts_from_a_real_database(services) -> None:
    for name, source, stage in [
        ("Ann", "Website", Stage.CUSTOMER),
        ("Bob", "Website", Stage.MQL),
        ("Cy", "Referral", Stage.LEAD),
    ]:
        services.leads.create(LeadDraft(name=name, source=source, stage=stage))
    planning = services.planning

    funnel = only_axes(funnel_chart(planning.picture(NOVEMBER)))
    _needed, actual = bar_containers(funnel)
    assert [b.get_width() for b in actual] == [3, 3, 2, 1, 1]

    assert len(only_axes(trend_chart(planning.trend(NOVEMBER))).get_lines()) == 4

    channels = only_axes(channel_chart(planning.by_source()))
    assert [t.get_text() for t in channels.get_yticklabels()] == ["Website", "Referral"]

    insight = planning.contact_insight()
    figure = contacts_to_close_chart(insight.won_contacts, insight.median)
    assert sum(p.get_height() for p in only_axes(figure).patches) == insight.customers == 1


def test_charts_from_an_empty_database(services) -> None:
    planning = services.planning
    insight = planning.contact_insight()
    figures = [
        trend_chart(planning.trend(NOVEMBER)),
        channel_chart(planning.by_source()),
        contacts_to_close_chart(insight.won_contacts, insight.median),
    ]
    assert all(is_empty_message(figure) for figure in figures)
    assert "target vs actual" in all_text(funnel_chart(planning.picture(NOVEMBER)))


# ---- the layer's promises


def test_importing_the_charts_loads_neither_pyplot_nor_qt() -> None:
    code = (
        "import sys, funnelplanner.reports.charts\n"
        "bad = [m for m in sys.modules if m == 'matplotlib.pyplot' or m.startswith('PySide6')"
        " or m.startswith('funnelplanner.ui')]\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
