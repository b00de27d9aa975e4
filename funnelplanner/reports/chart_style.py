"""Colours, sizes and the small styling helpers every chart shares.

Charts must read on a light screen, a dark screen and a grey printout. Colour alone
never separates two series: each series also differs in grey lightness, bars of the
second series are hatched, and lines differ in marker and dash pattern.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

# 6.4 x 3.6 in: 16:9, wide enough for twelve month labels, small enough for half a page.
FIGURE_SIZE: tuple[float, float] = (6.4, 3.6)
DPI = 100
TITLE_SIZE = 11.0
LABEL_SIZE = 9.0
TICK_SIZE = 8.5
LEGEND_SIZE = 8.5
VALUE_SIZE = 8.0
EMPTY_SIZE = 11.0

# Second series of a bar pair: diagonal lines that survive grey printing and photocopies.
HATCH = "///"
# Per line series: (marker, dash pattern), so four lines are told apart without colour.
LINE_STYLES: tuple[tuple[str, str], ...] = (
    ("o", "-"),
    ("s", "--"),
    ("^", "-."),
    ("D", ":"),
)


@dataclass(frozen=True)
class Palette:
    """The colours of one theme; ``series`` runs from the first series to the fourth."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    series: tuple[str, str, str, str]
    fill: str  # single-series areas such as a histogram, light enough for a dark line on top
    hatch: str  # colour of the hatch lines drawn over second-series bars
    reference: str  # reference lines, such as a median
    # Second-series bars are hatched on screen; on paper they are outlined instead (a
    # hatch is a raster texture once Qt prints it, and blurs).
    hatch_pattern: str = HATCH
    outline: str | None = None  # edge of second-series bars; None: their own colour


def grey_lightness(colour: str) -> float:
    """Lightness 0 (black) to 1 (white) a colour prints as in grey (ITU-R 601 luma)."""
    red, green, blue = to_rgb(colour)
    return 0.299 * red + 0.587 * green + 0.114 * blue


LIGHT = Palette(
    name="light",
    background="#ffffff",
    text="#1f2d3d",
    muted="#5f6b7a",
    grid="#dde2e8",
    # Deep blue, the app's marketing orange, its sales green, brick red:
    # grey lightness ≈ 0.27, 0.69, 0.52, 0.38.
    series=("#1f4e79", "#f2a541", "#3aa88a", "#b03a2e"),
    fill="#9fbddc",
    hatch="#5a3a0a",
    reference="#1f2d3d",
)

# For the printed plan: black ink on white, needed bars solid, actual bars outlined white,
# told apart in any printer's grey without a hatch.
PAPER = Palette(
    name="paper",
    background="#ffffff",
    text="#111111",
    muted="#555555",
    grid="#d0d0d0",
    series=("#2b4a6f", "#ffffff", "#3aa88a", "#b03a2e"),
    fill="#a9b8c8",
    hatch="#111111",
    reference="#111111",
    hatch_pattern="",
    outline="#111111",
)

DARK = Palette(
    name="dark",
    background="#202329",
    text="#e8eaed",
    muted="#a3abb5",
    grid="#3a3f47",
    # Pale blue, amber, teal, coral on a dark ground: grey lightness ≈ 0.77, 0.52, 0.40, 0.65.
    series=("#a9c9f2", "#c77a12", "#2f8f76", "#f08a7a"),
    fill="#4a6f9c",
    hatch="#202329",
    reference="#e8eaed",
)


def new_figure(palette: Palette) -> Figure:
    """An empty figure of the default size on the palette's background."""
    return Figure(
        figsize=FIGURE_SIZE,
        dpi=DPI,
        facecolor=palette.background,
        edgecolor=palette.background,
        layout="constrained",
    )


def style_axes(ax: Axes, palette: Palette, *, grid_axis: Literal["x", "y"] = "y") -> None:
    """Quiet frame: only the left and bottom spines, a faint grid behind the data."""
    ax.set_facecolor(palette.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(palette.muted)
    ax.tick_params(colors=palette.muted, labelcolor=palette.text, labelsize=TICK_SIZE)
    ax.grid(True, axis=grid_axis, color=palette.grid, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.title.set_color(palette.text)
    ax.xaxis.label.set_color(palette.text)
    ax.yaxis.label.set_color(palette.text)


def set_title(ax: Axes, text: str, palette: Palette) -> None:
    ax.set_title(text, fontsize=TITLE_SIZE, color=palette.text, loc="left", fontweight="bold")


def style_legend(ax: Axes, palette: Palette) -> None:
    ax.legend(loc="best", fontsize=LEGEND_SIZE, frameon=False, labelcolor=palette.text)


def empty_figure(title: str, message: str, palette: Palette) -> Figure:
    """A figure that says there is nothing to draw yet, instead of an empty frame."""
    figure = new_figure(palette)
    # Without ticks the axes reach the figure's edge; pad so the title does not touch it.
    engine = figure.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(w_pad=0.15, h_pad=0.1)
    ax = figure.add_subplot()
    ax.set_facecolor(palette.background)
    ax.set_axis_off()
    set_title(ax, title, palette)
    ax.text(
        0.5,
        0.5,
        message,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=EMPTY_SIZE,
        color=palette.muted,
        wrap=True,
    )
    return figure
