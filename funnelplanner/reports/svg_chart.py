"""Charts onto paper as vectors: a matplotlib figure saved as SVG, drawn by QtSvg.

Qt's PDF engine re-encodes raster images as JPEG, which blurs thin lines and small
labels; an SVG drawn through QPainter stays vector in the PDF and sharp on any printer.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

if TYPE_CHECKING:
    # Only the figure's type: drawing an SVG onto a page needs no matplotlib.
    from matplotlib.figure import Figure

# matplotlib writes a glyph with no outline (the space) as a path without "d"; QtSvg
# reports that as invalid data and every later use of it as an undefined link, and any
# stand-in outline leaves a stray closepath in the PDF. Such glyphs draw nothing, and
# each use carries its own position, so both the glyph and its uses are dropped.
_EMPTY_GLYPH = re.compile(rb'<path id="([^"]+)"(?: transform="[^"]*")?\s*/>')


def figure_svg(figure: Figure, width_inches: float, height_inches: float) -> bytes:
    """The figure at the size it will print, as SVG with text drawn as outlines."""
    figure.set_size_inches(width_inches, height_inches)
    buffer = io.BytesIO()
    # No date in the metadata: the same plan gives the same bytes.
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _drop_empty_glyphs(buffer.getvalue())


def _drop_empty_glyphs(svg: bytes) -> bytes:
    for glyph in set(_EMPTY_GLYPH.findall(svg)):
        svg = re.sub(rb'<use xlink:href="#' + re.escape(glyph) + rb'"[^>]*/>', b"", svg)
    return _EMPTY_GLYPH.sub(b"", svg)


def draw_svg(painter: QPainter, svg: bytes, rect: QRectF) -> None:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("A chart could not be drawn: its SVG is not valid")
    renderer.render(painter, rect)
