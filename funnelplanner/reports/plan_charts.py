"""The printed plan's charts as SVG, each drawn once for the size it prints at.

Drawing them with matplotlib is a third of the time a plan takes to make. It needs
nothing of Qt's text layout, so it is done as the plan is gathered (see
plan_data.gather_plan), on the thread that gathers it: for the print preview that is a
worker, and the GUI thread only lays out the text. The text cannot be laid out there
too: Qt keeps fonts per thread, and a layout made on a thread that has ended crashes
when drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial

from funnelplanner.domain.planning_models import MonthPicture
from funnelplanner.reports import charts
from funnelplanner.reports.page_blocks import chart_box
from funnelplanner.reports.page_flow import Frame
from funnelplanner.reports.svg_chart import figure_svg


class DrawnCharts:
    """The month's funnel against its target, and the contacts each customer took."""

    def __init__(
        self, picture: MonthPicture, won_contacts: Sequence[int], median: Decimal | None
    ) -> None:
        self._makers: list[Callable[[float, float], bytes]] = [
            lambda w, h: figure_svg(charts.funnel_chart(picture, charts.PAPER), w, h),
            lambda w, h: figure_svg(
                charts.contacts_to_close_chart(won_contacts, median, charts.PAPER), w, h
            ),
        ]
        self._drawn: dict[tuple[int, float, float], bytes] = {}

    def makers(self) -> list[Callable[[float, float], bytes]]:
        """One function per chart, from its printed size in inches to its SVG; a size
        drawn before is not drawn again."""
        return [partial(self._svg, index) for index in range(len(self._makers))]

    def draw_for(self, frame: Frame) -> None:
        """Draw every chart at the size it prints at on pages of this frame."""
        _per_row, width, height, _gap = chart_box(frame)
        for make in self.makers():
            make(width / frame.dpi, height / frame.dpi)

    def _svg(self, index: int, width: float, height: float) -> bytes:
        key = (index, round(width, 4), round(height, 4))
        svg = self._drawn.get(key)
        if svg is None:
            svg = self._drawn[key] = self._makers[index](width, height)
        return svg
