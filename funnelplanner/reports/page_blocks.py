"""The kinds of block a printed page is made of: headings, text, tables, tick boxes,
lines for notes and charts, measured for one paint device.

Sizes are in points and ink is black and greys only: the plan is printed on an office
printer, often in black and white, and pinned to a wall where it is read from a step away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen

from funnelplanner.reports.page_flow import Block, Draw, Frame, TextBox, wrap
from funnelplanner.reports.print_fonts import print_font
from funnelplanner.reports.svg_chart import draw_svg

INK = QColor("#000000")
MUTED = QColor("#555555")
RULE = QColor("#8c8c8c")
HAIRLINE = QColor("#c8c8c8")
STRIPE = QColor("#f1f1f1")
HEADER_FILL = QColor("#dedede")

BODY_PT = 9.5
SMALL_PT = 8.0
CELL_PAD_PT = 3.5
BOX_PT = 9.0
CHART_ASPECT = 0.5  # height to width


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the width left after fixed columns
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    box: bool = False  # a square to tick by hand; its cells are True when already done


Cell = str | bool


class Typesetter:
    """Builds blocks sized for one device and frame width."""

    def __init__(self, device: QPaintDevice, frame: Frame) -> None:
        self.device = device
        self.frame = frame
        self.body = print_font(BODY_PT)
        self.body_bold = print_font(BODY_PT, bold=True)
        self.small = print_font(SMALL_PT)
        self.small_bold = print_font(SMALL_PT, bold=True)
        self.muted = print_font(BODY_PT, italic=True)
        # Laid-out text by (text, font, width, alignment). A long plan repeats most of its
        # cells (stages, dates, counts) thousands of times, and laying out text is the
        # typesetter's dearest step; a layout draws the same wherever it is placed.
        self._boxes: dict[tuple[str, str, float, int], TextBox] = {}
        # By id, with the font itself: holding it keeps its id from being reused.
        self._font_keys: dict[int, tuple[QFont, str]] = {}

    def pt(self, points: float) -> float:
        return self.frame.pt(points)

    def text(
        self,
        text: str,
        font: QFont,
        width: float | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> TextBox:
        width = self.frame.width if width is None else width
        return self._box(text, font, self._font_key(font), width, align, align.value)

    def _font_key(self, font: QFont) -> str:
        known = self._font_keys.get(id(font))
        if known is None:
            known = self._font_keys[id(font)] = (font, font.key())
        return known[1]

    def _box(
        self,
        text: str,
        font: QFont,
        font_key: str,
        width: float,
        align: Qt.AlignmentFlag,
        align_value: int,
    ) -> TextBox:
        key = (text, font_key, width, align_value)
        box = self._boxes.get(key)
        if box is None:
            box = self._boxes[key] = wrap(text, font, self.device, width, align)
        return box

    # ---- headings and text

    def title(self, title: str, subtitle: str) -> Block:
        """The plan's name at the top of the first page."""
        big = self.text(title, print_font(20, bold=True))
        small = self.text(subtitle, print_font(10.5), align=Qt.AlignmentFlag.AlignLeft)
        gap = self.pt(3)
        rule_gap = self.pt(6)
        height = big.height + gap + small.height + rule_gap + self.pt(1.2)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(INK)
            big.draw(painter, rect.left(), rect.top())
            painter.setPen(MUTED)
            small.draw(painter, rect.left(), rect.top() + big.height + gap)
            rule(painter, rect.left(), rect.right(), rect.bottom(), INK, self.pt(1.2))

        return Block(height, draw)

    def heading(self, text: str, *, level: int = 1) -> Block:
        """A section (level 1, ruled below) or sub-section heading; stays with what follows."""
        font = print_font(14 if level == 1 else 11, bold=True)
        box = self.text(text, font)
        under = self.pt(3) if level == 1 else self.pt(1)
        height = box.height + under + (self.pt(0.8) if level == 1 else 0.0)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(INK)
            box.draw(painter, rect.left(), rect.top())
            if level == 1:
                rule(painter, rect.left(), rect.right(), rect.bottom(), RULE, self.pt(0.8))

        return Block(
            height,
            draw,
            space_before=self.pt(18 if level == 1 else 10),
            keep_with_next=True,
        )

    def paragraph(self, text: str, *, font: QFont | None = None, space: float = 4.0) -> Block:
        box = self.text(text, font or self.body)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(INK)
            box.draw(painter, rect.left(), rect.top())

        return Block(box.height, draw, space_before=self.pt(space))

    def empty(self, text: str) -> Block:
        """One quiet line where a section has nothing to list, so it never just vanishes."""
        box = self.text(text, self.muted)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(MUTED)
            box.draw(painter, rect.left(), rect.top())

        return Block(box.height, draw, space_before=self.pt(3))

    def facts(self, rows: Sequence[tuple[str, str]], label_share: float = 0.28) -> list[Block]:
        """Label and sentence pairs, the label bold in a narrow left column."""
        label_width = self.frame.width * label_share
        gap = self.pt(8)
        blocks = []
        for label, sentence in rows:
            left = self.text(label, self.body_bold, label_width)
            right = self.text(sentence, self.body, self.frame.width - label_width - gap)
            height = max(left.height, right.height)

            def draw(
                painter: QPainter, rect: QRectF, left: TextBox = left, right: TextBox = right
            ) -> None:
                painter.setPen(INK)
                left.draw(painter, rect.left(), rect.top())
                right.draw(painter, rect.left() + label_width + gap, rect.top())

            blocks.append(Block(height, draw, space_before=self.pt(4)))
        return blocks

    # ---- tables

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        continued: Sequence[Block] = (),
    ) -> list[Block]:
        """A header row and one block per row; a row opening a page repeats ``continued``
        (the section's heading) and the header row above it."""
        widths = self._widths(columns)
        header = self._header_row(columns, widths)
        repeat = (*continued, header)
        # Worked out once per table, not per row: a month's follow-ups run to thousands.
        pad = self.pt(CELL_PAD_PT)
        line = self.text("Ag", self.body).height
        body, body_key = self.body, self._font_key(self.body)
        # Per column: None for a tick box, else the text's width and alignment.
        specs = [
            None if c.box else (w - 2 * pad, c.align, c.align.value)
            for c, w in zip(columns, widths, strict=True)
        ]
        blocks = [header]
        for index, row in enumerate(rows):
            cells: list[TextBox | bool] = [
                bool(value) if spec is None else self._box(str(value), body, body_key, *spec)
                for spec, value in zip(specs, row, strict=True)
            ]
            height = max(line if isinstance(c, bool) else c.height for c in cells) + 2 * pad
            draw = self._row_drawing(cells, widths, pad, line, striped=index % 2 == 1)
            blocks.append(Block(height, draw, repeat=repeat))
        return blocks

    def _widths(self, columns: Sequence[Column]) -> list[float]:
        box_width = self.pt(BOX_PT + 2 * CELL_PAD_PT + 2)
        fixed = sum(box_width for c in columns if c.box)
        weights = sum(c.weight for c in columns if not c.box) or 1.0
        share = (self.frame.width - fixed) / weights
        return [box_width if c.box else c.weight * share for c in columns]

    def _header_row(self, columns: Sequence[Column], widths: Sequence[float]) -> Block:
        pad = self.pt(CELL_PAD_PT)
        boxes = [
            self.text(c.title, self.small_bold, w - 2 * pad, c.align)
            for c, w in zip(columns, widths, strict=True)
        ]
        height = max(b.height for b in boxes) + 2 * pad

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.fillRect(rect, HEADER_FILL)
            painter.setPen(INK)
            x = rect.left()
            for box, width in zip(boxes, widths, strict=True):
                box.draw(painter, x + pad, rect.top() + pad)
                x += width
            rule(painter, rect.left(), rect.right(), rect.bottom(), RULE, self.pt(0.6))

        return Block(height, draw, space_before=self.pt(4), keep_with_next=True)

    def _row_drawing(
        self,
        cells: Sequence[TextBox | bool],
        widths: Sequence[float],
        pad: float,
        line: float,
        *,
        striped: bool,
    ) -> Draw:
        hairline = self.pt(0.4)

        def draw(painter: QPainter, rect: QRectF) -> None:
            if striped:
                painter.fillRect(rect, STRIPE)
            painter.setPen(INK)
            x = rect.left()
            top = rect.top() + pad
            for cell, width in zip(cells, widths, strict=True):
                if isinstance(cell, TextBox):
                    cell.draw(painter, x + pad, top)
                else:
                    self._tick_box(painter, QPointF(x + pad, top), line, cell)
                x += width
            rule(painter, rect.left(), rect.right(), rect.bottom(), HAIRLINE, hairline)

        return draw

    def _tick_box(self, painter: QPainter, top_left: QPointF, line: float, ticked: bool) -> None:
        side = self.pt(BOX_PT)
        box = QRectF(top_left.x(), top_left.y() + (line - side) / 2, side, side)
        painter.setPen(QPen(INK, self.pt(0.8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        if ticked:
            painter.setPen(QPen(INK, self.pt(1.3)))
            painter.drawPolyline(
                [
                    QPointF(box.left() + side * 0.2, box.top() + side * 0.55),
                    QPointF(box.left() + side * 0.42, box.top() + side * 0.78),
                    QPointF(box.left() + side * 0.82, box.top() + side * 0.22),
                ]
            )

    # ---- notes and charts

    def note_lines(self, count: int) -> Block:
        """Ruled lines to write on by hand, kept together on one page."""
        pitch = self.pt(22)

        def draw(painter: QPainter, rect: QRectF) -> None:
            for line in range(1, count + 1):
                y = rect.top() + line * pitch
                rule(painter, rect.left(), rect.right(), y, RULE, self.pt(0.5))

        return Block(pitch * count, draw)

    def charts(
        self, charts: Sequence[Callable[[float, float], bytes]], *, aspect: float = CHART_ASPECT
    ) -> list[Block]:
        """Charts as vectors, side by side on a wide page and stacked on a narrow one.

        Each chart is a function from its printed size in inches to SVG bytes, so the
        figure is laid out at the size it prints and its labels keep their point sizes.
        """
        per_row, width, height, gap = chart_box(self.frame, aspect)
        blocks = []
        for start in range(0, len(charts), per_row):
            svgs = [
                chart(width / self.frame.dpi, height / self.frame.dpi)
                for chart in charts[start : start + per_row]
            ]

            def draw(painter: QPainter, rect: QRectF, svgs: list[bytes] = svgs) -> None:
                for column, svg in enumerate(svgs):
                    left = rect.left() + column * (width + gap)
                    draw_svg(painter, svg, QRectF(left, rect.top(), width, height))

            blocks.append(Block(height, draw, space_before=self.pt(8), keep_with_next=True))
        # The charts and their heading stay together: a chart alone on a page reads as
        # belonging to nothing.
        return [replace(b, keep_with_next=False) if b is blocks[-1] else b for b in blocks]


def chart_box(frame: Frame, aspect: float = CHART_ASPECT) -> tuple[int, float, float, float]:
    """Charts per row, and each chart's width, height and the gap between, in device
    units: two side by side on a page wider than 8.5 inches, else one."""
    per_row = 2 if frame.width / frame.dpi > 8.5 else 1
    gap = frame.pt(12)
    width = (frame.width - gap * (per_row - 1)) / per_row
    return per_row, width, width * aspect, gap


def rule(
    painter: QPainter, left: float, right: float, y: float, colour: QColor, width: float
) -> None:
    painter.setPen(QPen(colour, width))
    painter.drawLine(QLineF(left, y - width / 2, right, y - width / 2))
