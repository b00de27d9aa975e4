"""Chart builders: plain data in, a matplotlib Figure out.

Never pyplot: pyplot keeps global figures and picks a GUI backend, which a worker
thread or a headless print must not do. The UI embeds the figures with
FigureCanvasQTAgg; the printed plan saves them as images.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import numpy
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter
from matplotlib.transforms import blended_transform_factory

from funnelplanner.domain.funnel import PLANNED_STAGES, STEPS
from funnelplanner.domain.month import Month
from funnelplanner.domain.planning_models import MonthPicture
from funnelplanner.reports.chart_style import (
    DARK,
    LABEL_SIZE,
    LEGEND_SIZE,
    LIGHT,
    LINE_STYLES,
    PAPER,
    VALUE_SIZE,
    Palette,
    empty_figure,
    new_figure,
    set_title,
    style_axes,
    style_legend,
)
from funnelplanner.reports.printed_words import month_name, short_month, stage, translate
from funnelplanner.services.planning import SourceCount

__all__ = [
    "DARK",
    "LIGHT",
    "NO_DATA",
    "PAPER",
    "TOP_CHANNELS",
    "Palette",
    "channel_chart",
    "contacts_to_close_chart",
    "funnel_chart",
    "trend_chart",
]

NO_DATA = "No data yet"
# More bars than this stop being readable at the default size; the rest become "Other".
TOP_CHANNELS = 8
OTHER = "Other"
# Beyond this many distinct contact counts the histogram groups counts into wider bins.
MAX_BINS = 25
BAR_HEIGHT = 0.38


def funnel_chart(picture: MonthPicture, palette: Palette = LIGHT) -> Figure:
    """Needed vs actual for each planned stage of the picture's month."""
    title = translate("Charts", "{month}: target vs actual").format(
        month=month_name(picture.target.month)
    )
    stages = PLANNED_STAGES
    needed = [picture.needed[s].count if s in picture.needed else 0 for s in stages]
    actual = [picture.actual.get(s, 0) for s in stages]
    if not any(needed) and not any(actual):
        return empty_figure(
            title,
            translate("Charts", "No data yet: set a target or log leads for this month"),
            palette,
        )
    figure = new_figure(palette)
    ax = figure.add_subplot()
    style_axes(ax, palette, grid_axis="x")
    _paired_bars(
        ax,
        [stage(s) for s in stages],
        (translate("Charts", "Needed"), needed),
        (translate("Charts", "Actual"), actual),
        palette,
    )
    ax.set_xlabel(
        translate("Charts", "People entering the stage this month"),
        fontsize=LABEL_SIZE,
    )
    set_title(ax, title, palette)
    style_legend(ax, palette)
    return figure


def trend_chart(
    trend: Sequence[tuple[Month, dict[str, Decimal | None]]], palette: Palette = LIGHT
) -> Figure:
    """Actual conversion of each funnel step, one line per step, month by month."""
    count = len(trend)
    title = (
        translate("Charts", "Conversion, last month")
        if count == 1
        else translate("Charts", "Conversion, last {count} months").format(count=count)
    )
    if not any(rate is not None for _month, rates in trend for rate in rates.values()):
        return empty_figure(
            translate("Charts", "Conversion by month") if count == 0 else title,
            translate("Charts", "No data yet: conversion shows once leads move between stages"),
            palette,
        )
    figure = new_figure(palette)
    ax = figure.add_subplot()
    style_axes(ax, palette, grid_axis="y")
    positions = list(range(count))
    highest = 0.0
    for index, (name, source, target) in enumerate(STEPS):
        # NaN breaks the line: a month without data is a gap, not a fall to zero.
        values = [_float_or_nan(rates.get(name)) for _month, rates in trend]
        highest = max([highest, *(v for v in values if not math.isnan(v))])
        marker, dashes = LINE_STYLES[index % len(LINE_STYLES)]
        ax.plot(
            positions,
            values,
            label=f"{stage(source)} → {stage(target)}",
            color=palette.series[index % len(palette.series)],
            marker=marker,
            linestyle=dashes,
            linewidth=1.8,
            markersize=5.5,
            markeredgecolor=palette.background,
            markeredgewidth=0.6,
        )
    ax.set_xticks(positions, [_month_tick(month, i) for i, (month, _) in enumerate(trend)])
    ax.set_xlim(-0.5, count - 0.5)
    ax.set_ylim(0, max(100.0, highest * 1.08))
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    ax.set_ylabel(translate("Charts", "Conversion"), fontsize=LABEL_SIZE)
    set_title(ax, title, palette)
    # Below the plot, outside it: twelve months of four lines leave no free corner.
    figure.legend(
        loc="outside lower center",
        ncols=len(STEPS),
        fontsize=LEGEND_SIZE,
        frameon=False,
        labelcolor=palette.text,
        handlelength=3.0,
    )
    return figure


def channel_chart(rows: Sequence[SourceCount], palette: Palette = LIGHT) -> Figure:
    """Leads and customers per source: the busiest channels, the rest summed as Other."""
    title = translate("Charts", "Leads and customers by channel")
    grouped = _top_sources(rows)
    if not any(row.leads or row.customers for row in grouped):
        return empty_figure(
            title,
            translate("Charts", "No data yet: give leads a source to compare channels"),
            palette,
        )
    figure = new_figure(palette)
    ax = figure.add_subplot()
    style_axes(ax, palette, grid_axis="x")
    _paired_bars(
        ax,
        [row.source for row in grouped],
        (translate("Charts", "Leads"), [row.leads for row in grouped]),
        (translate("Charts", "Customers"), [row.customers for row in grouped]),
        palette,
    )
    ax.set_xlabel(
        translate("Charts", "Leads, and customers won from them"),
        fontsize=LABEL_SIZE,
    )
    set_title(ax, title, palette)
    style_legend(ax, palette)
    return figure


def contacts_to_close_chart(
    won_contacts: Sequence[int], median: Decimal | None, palette: Palette = LIGHT
) -> Figure:
    """How many contacts each customer took, with the median marked."""
    customers = len(won_contacts)
    if customers == 0:
        return empty_figure(
            translate("Charts", "Contacts to close"),
            translate("Charts", "No data yet: this fills in as customers are won"),
            palette,
        )
    title = (
        translate("Charts", "Contacts to close, 1 customer")
        if customers == 1
        else translate("Charts", "Contacts to close, {count} customers").format(count=customers)
    )
    figure = new_figure(palette)
    ax = figure.add_subplot()
    style_axes(ax, palette, grid_axis="y")
    heights, _edges, _bars = ax.hist(
        # An array: matplotlib looks at every item of a list one by one (0.25 s at 100k).
        numpy.asarray(won_contacts),
        bins=_integer_bins(min(won_contacts), max(won_contacts)),
        color=palette.fill,
        edgecolor=palette.background,
        linewidth=0.8,
        label=translate("Charts", "Customers"),
    )
    if median is not None:
        where = float(median)
        ax.axvline(
            where,
            color=palette.reference,
            linestyle="--",
            linewidth=1.6,
            label=translate("Charts", "Median {value}").format(value=_number(median)),
        )
        # Data x, axes y: the label sits at the top of the line whatever the counts.
        ax.text(
            where,
            0.98,
            " " + translate("Charts", "median {value}").format(value=_number(median)),
            transform=blended_transform_factory(ax.transData, ax.transAxes),
            ha="left",
            va="top",
            fontsize=LABEL_SIZE,
            color=palette.reference,
            fontweight="bold",
        )
    # Headroom above the tallest bar keeps the median label clear of it.
    ax.set_ylim(0, float(max(heights)) * 1.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(
        translate("Charts", "Contacts logged before the sale"),
        fontsize=LABEL_SIZE,
    )
    ax.set_ylabel(translate("Charts", "Customers"), fontsize=LABEL_SIZE)
    set_title(ax, title, palette)
    return figure


# ---- helpers


def _paired_bars(
    ax: Axes,
    categories: list[str],
    first: tuple[str, list[int]],
    second: tuple[str, list[int]],
    palette: Palette,
) -> None:
    """Horizontal bar pairs, first category on top; the second series hatched."""
    positions = list(range(len(categories)))
    first_bars = ax.barh(
        [p - BAR_HEIGHT / 2 for p in positions],
        first[1],
        height=BAR_HEIGHT,
        label=first[0],
        color=palette.series[0],
        edgecolor=palette.series[0],
    )
    second_bars = ax.barh(
        [p + BAR_HEIGHT / 2 for p in positions],
        second[1],
        height=BAR_HEIGHT,
        label=second[0],
        color=palette.series[1],
        edgecolor=palette.outline or palette.series[1],
        linewidth=0.8 if palette.outline else None,
        hatch=palette.hatch_pattern or None,
        hatchcolor=palette.hatch,
    )
    for bars in (first_bars, second_bars):
        _label_values(ax, bars, palette)
    ax.set_yticks(positions, categories)
    ax.invert_yaxis()
    ax.tick_params(axis="y", length=0)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 2.5, 5, 10]))
    # Room on the right for the value labels of the longest bar.
    ax.set_xlim(0, max([*first[1], *second[1], 1]) * 1.15)


def _label_values(ax: Axes, bars: BarContainer, palette: Palette) -> None:
    ax.bar_label(bars, fmt="{:,.0f}", padding=3, fontsize=VALUE_SIZE, color=palette.text)


def _top_sources(rows: Sequence[SourceCount]) -> list[SourceCount]:
    ordered = sorted(rows, key=lambda r: (-r.leads, -r.customers, r.source.casefold()))
    if len(ordered) <= TOP_CHANNELS:
        return ordered
    kept = ordered[:TOP_CHANNELS]
    rest = ordered[TOP_CHANNELS:]
    label = translate("Channel", "Other")
    # A source the owner already called "Other" (in English or the screen's language)
    # absorbs the rest instead of appearing twice.
    names = {OTHER.casefold(), label.casefold()}
    named_other = [r for r in kept if r.source.casefold() in names]
    if named_other:
        rest = [*rest, named_other[0]]
        kept = [r for r in kept if r is not named_other[0]]
    other = SourceCount(label, sum(r.leads for r in rest), sum(r.customers for r in rest))
    return [*kept, other]


def _integer_bins(low: int, high: int) -> list[float]:
    """Bin edges on half numbers, so each bar sits centred over a whole count."""
    width = max(1, math.ceil((high - low + 1) / MAX_BINS))
    edges: list[float] = []
    edge = low - 0.5
    while edge < high + 0.5:
        edges.append(edge)
        edge += width
    edges.append(edge)
    return edges


def _month_tick(month: Month, index: int) -> str:
    short = short_month(month.first_day)
    return f"{short}\n{month.year}" if index == 0 or month.month == 1 else short


def _float_or_nan(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"
