"""A matplotlib figure shown inside Qt, drawn off the GUI thread.

matplotlib's own Qt canvas draws on the GUI thread as it paints: 100-150 ms for a chart
with its labels laid out, each time the month changes or the window is resized. Here a
drawing thread renders the figure with Agg at the widget's size into a picture, and the
widget shows the picture; until the new one arrives, the last one stands in, stretched.
"""

from __future__ import annotations

import itertools
import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# How long a resize must rest before the chart is drawn again at the new size.
RESIZE_SETTLE_MS = 60


@dataclass(frozen=True)
class _Request:
    canvas: int  # the ChartCanvas's serial number
    generation: int
    figure: Figure
    base_dpi: float  # the figure's own dots per inch: its points at 100 % on screen
    size: QSize  # logical pixels
    pixel_ratio: float


class _Drawer(QObject):
    """One thread draws every chart in turn (matplotlib draws one figure at a time
    safely, not two), the newest request per canvas only."""

    drawn = Signal(int, int, QImage)  # canvas, generation, picture
    failed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._pending: dict[int, _Request] = {}
        self._wake: queue.SimpleQueue[None] = queue.SimpleQueue()
        # A daemon: nothing to finish when the program ends, and a Qt thread would have
        # to be stopped before the application object goes.
        threading.Thread(target=self._run, name="chart-drawer", daemon=True).start()

    def ask(self, request: _Request) -> None:
        with self._lock:
            self._pending[request.canvas] = request
        self._wake.put(None)

    def _next(self) -> _Request | None:
        with self._lock:
            if not self._pending:
                return None
            return self._pending.pop(next(iter(self._pending)))

    def _run(self) -> None:
        while True:
            self._wake.get()
            while (request := self._next()) is not None:
                try:
                    image = _render(request)
                except Exception as exc:  # said on the canvas, never a silent thread death
                    self.failed.emit(request.canvas, request.generation, str(exc))
                else:
                    self.drawn.emit(request.canvas, request.generation, image)


def _render(request: _Request) -> QImage:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = request.figure
    ratio = request.pixel_ratio
    # As matplotlib's Qt canvas sizes it: points at the figure's own dpi, times the
    # screen's pixel ratio, so text is as large as it would be there.
    figure.set_dpi(request.base_dpi * ratio)
    figure.set_size_inches(
        request.size.width() / request.base_dpi, request.size.height() / request.base_dpi
    )
    agg = FigureCanvasAgg(figure)
    agg.draw()  # type: ignore[no-untyped-call]
    buffer = agg.buffer_rgba()  # type: ignore[no-untyped-call]
    return _picture(bytes(buffer), buffer.shape[1], buffer.shape[0], ratio)


def _picture(rgba: bytes, width: int, height: int, ratio: float) -> QImage:
    image = QImage(rgba, width, height, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


_drawer: _Drawer | None = None


def _the_drawer() -> _Drawer:
    global _drawer
    if _drawer is None:
        # PySide makes the types of a call's overloads on first use, which is not safe
        # beside another thread (see reports.painting_rehearsal): the drawing thread's
        # only Qt calls are made here first, on the GUI thread.
        _picture(bytes(4), 1, 1, 1.0)
        _drawer = _Drawer()  # made on the GUI thread, where its signals are received
    return _drawer


class ChartCanvas(QWidget):
    """Holds one figure at a time; ``show_figure`` replaces it."""

    _serials = itertools.count(1)

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setMinimumHeight(260)
        self.figure: Figure | None = None
        self._serial = next(self._serials)
        self._generation = 0
        self._base_dpi = 100.0
        self._picture: QImage | None = None
        self._picture_of = 0  # the generation the picture shows
        self._asked: tuple[int, QSize, float] | None = None
        self._problem = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self._ask)
        drawer = _the_drawer()
        drawer.drawn.connect(self._drawn)
        drawer.failed.connect(self._failed)

    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        self._base_dpi = float(figure.get_dpi())
        self._generation += 1
        self._problem = ""
        self._ask()

    def is_drawn(self) -> bool:
        """Whether the picture shown is of the figure at the canvas's size."""
        return (
            self._picture is not None
            and self._picture_of == self._generation
            and self._picture.deviceIndependentSize().toSize() == self.size()
        )

    def picture(self) -> QImage | None:
        return self._picture

    def problem(self) -> str:
        """Why the figure could not be drawn ("" when it could)."""
        return self._problem

    def _ask(self) -> None:
        # A chart on a tab not shown waits until it is: one drawing, at the size it shows.
        if self.figure is None or not self.isVisible() or self.size().isEmpty():
            return
        size, ratio = self.size(), self.devicePixelRatioF()
        if (self._generation, size, ratio) == self._asked:
            return  # already on its way
        self._asked = (self._generation, size, ratio)
        _the_drawer().ask(
            _Request(self._serial, self._generation, self.figure, self._base_dpi, size, ratio)
        )

    def _drawn(self, canvas: int, generation: int, image: QImage) -> None:
        if canvas != self._serial or generation != self._generation:
            return
        self._picture, self._picture_of = image, generation
        self.update()

    def _failed(self, canvas: int, generation: int, problem: str) -> None:
        if canvas == self._serial and generation == self._generation:
            self._problem = problem
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._problem:
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("The chart could not be drawn: {problem}").format(problem=self._problem),
            )
        elif self._picture is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), self._picture)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._settle.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ask()
