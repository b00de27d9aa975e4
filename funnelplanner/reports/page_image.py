"""One page of a laid-out document as a picture on screen, for the print preview.

The document keeps the measures of the printer it was laid out for; the page is painted
scaled down onto an image, so the preview shows the very line breaks and page breaks
that will print.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter

from funnelplanner.reports.page_flow import Document, smooth


def page_image(
    document: Document,
    number: int,
    layout: QPageLayout,
    pixels_per_point: float,
    pixel_ratio: float = 1.0,
) -> QImage:
    """Page ``number`` (from 1) of paper ``layout``, white and with its margins, at
    ``pixels_per_point`` screen pixels per point (1/72 inch) and ``pixel_ratio`` device
    pixels per screen pixel (a high-density screen's 2)."""
    paper = layout.fullRectPoints()
    scale = pixels_per_point * pixel_ratio
    image = QImage(
        max(1, round(paper.width() * scale)),
        max(1, round(paper.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(Qt.GlobalColor.white)
    dpi = document.frame.dpi
    margins = layout.paintRectPixels(round(dpi)).topLeft()
    painter = QPainter(image)
    try:
        smooth(painter)
        # Device units of the printer (dpi per inch) to image pixels (72 * scale per inch).
        painter.scale(72.0 * scale / dpi, 72.0 * scale / dpi)
        painter.translate(margins.x(), margins.y())
        document.paint_page(painter, number)
    finally:
        painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    return image
