"""Pages from a flow of blocks: the small typesetter behind every printed document.

A document is a list of atomic blocks (a heading, a table row, a chart), each with a
measured height. Blocks never split, so a table row is never cut across two pages.
A block may ask to stay with the next one (a heading with its first row), and may carry
blocks to repeat when it opens a new page (a section's heading and a table's column
header), so a long section continues under its own name.

Everything is measured and drawn in the paint device's own units: fonts keep their
point sizes whatever the resolution, and the same code paints a PDF, a printer page
and the print preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPaintDevice, QPainter, QTextLayout, QTextOption

Draw = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Block:
    """An unsplittable piece of a page, drawn into a rectangle of the frame's width."""

    height: float
    draw: Draw
    space_before: float = 0.0  # dropped when the block opens a page
    keep_with_next: bool = False
    # Drawn first when this block opens a page that its section continues onto.
    repeat: Sequence[Block] = field(default_factory=tuple)


@dataclass(frozen=True)
class Placed:
    block: Block
    top: float


@dataclass(frozen=True)
class Frame:
    """The writable area of a page, in device units (origin at the top-left margin)."""

    width: float
    height: float
    dpi: float

    def pt(self, points: float) -> float:
        """Points (1/72 inch) in device units."""
        return points * self.dpi / 72.0


def paginate(
    blocks: Sequence[Block], height: float, first_height: float | None = None
) -> list[list[Placed]]:
    """Lay blocks top to bottom, starting a new page when the next group does not fit.

    ``first_height`` is the first page's room when it differs (no running header there).
    """
    pages: list[list[Placed]] = [[]]
    room = height if first_height is None else first_height
    y = 0.0

    def place(block: Block) -> None:
        nonlocal y
        # Space before a block separates it from the one above: none at a page's top.
        gap = block.space_before if pages[-1] else 0.0
        pages[-1].append(Placed(block, y + gap))
        y += gap + block.height

    index = 0
    while index < len(blocks):
        group = [blocks[index]]
        while group[-1].keep_with_next and index + len(group) < len(blocks):
            group.append(blocks[index + len(group)])
        if pages[-1] and y + _group_height(group, at_top=False) > room:
            pages.append([])
            room = height
            y = 0.0
            repeat = group[0].repeat
            # A group too tall to go under its repeated heading goes without it, rather
            # than running off the bottom of the page.
            if repeat and _group_height([*repeat, *group], at_top=True) <= room:
                for again in repeat:
                    place(again)
        for block in group:
            place(block)
        index += len(group)
    return pages


def _group_height(group: Sequence[Block], at_top: bool) -> float:
    total = 0.0
    for position, block in enumerate(group):
        if position > 0 or not at_top:
            total += block.space_before
        total += block.height
    return total


# ---- text


@dataclass(frozen=True)
class TextBox:
    """Text wrapped to a width: at word boundaries, inside a word only when it must."""

    layout: QTextLayout
    height: float

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))


def wrap(
    text: str,
    font: QFont,
    device: QPaintDevice,
    width: float,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> TextBox:
    layout = QTextLayout(text, font, device)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return TextBox(layout, y)


# ---- painting


PageDecoration = Callable[[QPainter, Frame, int, int], None]
# Told (page number, pages) after each page is drawn; it may raise to stop the drawing.
PageProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Document:
    """A flow cut into pages, any one of which can be painted on its own: the whole in
    order onto a printer or PDF, or only the pages on screen in a preview."""

    frame: Frame
    pages: Sequence[Sequence[Placed]]
    # Adds header and footer: ``decorate(painter, frame, number, total)``.
    decorate: PageDecoration
    # The room left above the flow on page ``number`` (for a running header).
    top: Callable[[int], float] = lambda _number: 0.0

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (from 1), its frame's top-left at the painter's origin."""
        self.decorate(painter, self.frame, number, len(self.pages))
        offset = self.top(number)
        for placed in self.pages[number - 1]:
            painter.save()
            try:
                placed.block.draw(
                    painter,
                    QRectF(0.0, offset + placed.top, self.frame.width, placed.block.height),
                )
            finally:
                painter.restore()


def paint_pages(
    device: QPagedPaintDevice, document: Document, progress: PageProgress | None = None
) -> None:
    """Paint every page of ``document`` onto ``device``, one device page each."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer or file could not be opened for drawing")
    try:
        smooth(painter)
        for number in range(1, document.page_count + 1):
            if number > 1 and not device.newPage():
                raise OSError("The printer or file refused a new page")
            document.paint_page(painter, number)
            if progress is not None:
                progress(number, document.page_count)
    finally:
        painter.end()


def smooth(painter: QPainter) -> None:
    """Antialiased lines and text: what every page is painted with."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
