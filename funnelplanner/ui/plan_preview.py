"""The print preview of the monthly plan: the pages as they will print, with the month,
the paper, zoom, Print… and Export PDF… on its toolbar.

The window never waits for the plan: it opens at once, gathering and laying out run on
the preview's own thread (plan_preview_renderer), and only the pages in sight are
painted, there too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QImage, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.month import Month
from funnelplanner.ui.formatting import format_count, format_month, from_qdate, to_qdate
from funnelplanner.ui.naming import name, name_action
from funnelplanner.ui.page_view import Fit, PageView
from funnelplanner.ui.plan_preview_renderer import PreviewRenderer
from funnelplanner.ui.plan_progress import plan_progress

if TYPE_CHECKING:
    from funnelplanner.services import Services

# Qt's own print preview icons, which ship inside QtPrintSupport.
_ICONS = ":/qt-project.org/dialogs/qprintpreviewdialog/images/"
# Shown on the page area only if laying out takes longer than this: a small plan's
# pages replace the old ones without a flash of the busy panel.
BUSY_AFTER_MS = 150


def _icon(stem: str) -> QIcon:
    icon = QIcon()
    for size in (24, 32):
        icon.addFile(f"{_ICONS}{stem}-{size}.png")
    return icon


class PlanPreviewDialog(QDialog):
    """``export_asked(month, layout)``: the owner chose Export PDF… for that month and
    paper. ``told(text)``: a line for the window's status bar (what was printed)."""

    export_asked = Signal(object, object)
    told = Signal(str)

    def __init__(
        self, services: Services, printer: QPrinter, month: Month, parent: QWidget
    ) -> None:
        super().__init__(parent)
        name(self, "printPreviewDialog", self.tr("Print preview of the monthly plan"))
        self.setWindowTitle(self.tr("Print plan"))
        self.printer = printer
        # Not a child: it may still be finishing a job when the dialog is gone, and a
        # running thread must not be deleted. PlanPrinting keeps it until it ends.
        self.renderer = PreviewRenderer(services)
        self._generation = 0
        self._pages = 0
        self._printing: QProgressDialog | None = None
        self._paper_changed = False

        self.view = PageView(self)
        name(self.view, "previewPages", self.tr("Pages of the plan"))
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_AFTER_MS)
        self._busy.timeout.connect(self._show_busy)
        self.month_box = QDateEdit(to_qdate(month.first_day))
        self.page_box = QSpinBox()
        self.page_total = QLabel()
        self.zoom_label = QLabel()
        toolbar = self._toolbar()

        self.status = QLabel()
        name(self.status, "previewStatus", self.tr("What the preview is doing"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.busy_bar = QProgressBar()
        name(self.busy_bar, "previewBusy", self.tr("Laying out the plan"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(260)
        self.busy_bar.setTextVisible(False)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.status)
        panel_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        panel_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(panel)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.stack, 1)

        self.view.pages_wanted.connect(self._want)
        self.view.current_page_changed.connect(self._page_in_sight)
        self.view.zoom_changed.connect(self._zoomed)
        self.renderer.laid_out.connect(self._laid_out)
        self.renderer.failed.connect(self._failed)
        self.renderer.page_painted.connect(self._painted)
        self.renderer.print_started.connect(self._print_started)
        self.renderer.print_progress.connect(self._print_progress)
        self.renderer.printed.connect(self._printed)
        self.renderer.print_failed.connect(self._print_failed)
        self.renderer.print_cancelled.connect(self._print_cancelled)
        self.renderer.start()
        self.resize(1000, 800)
        self._lay_out(gather=True)

    # ---- the toolbar

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("previewToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.action_print = self._action(
            toolbar, "actionPreviewPrint", self.tr("Print…"), "printer"
        )
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)
        self.action_print.triggered.connect(self.print_plan)
        self.action_page_setup = self._action(
            toolbar, "actionPreviewPageSetup", self.tr("Page setup…"), "page-setup"
        )
        self.action_page_setup.triggered.connect(self.set_up_page)
        toolbar.addSeparator()

        orientation = QActionGroup(self)
        self.action_portrait = self._action(
            toolbar,
            "actionPreviewPortrait",
            self.tr("Portrait"),
            "layout-portrait",
            orientation,
            icon_only=True,
        )
        self.action_landscape = self._action(
            toolbar,
            "actionPreviewLandscape",
            self.tr("Landscape"),
            "layout-landscape",
            orientation,
            icon_only=True,
        )
        self._show_orientation()
        self.action_portrait.triggered.connect(lambda: self._turn(QPageLayout.Orientation.Portrait))
        self.action_landscape.triggered.connect(
            lambda: self._turn(QPageLayout.Orientation.Landscape)
        )
        toolbar.addSeparator()

        fits = QActionGroup(self)
        fits.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.action_fit_width = self._action(
            toolbar,
            "actionPreviewFitWidth",
            self.tr("Fit width"),
            "zoom-fit-width",
            fits,
            icon_only=True,
        )
        self.action_fit_page = self._action(
            toolbar,
            "actionPreviewFitPage",
            self.tr("Whole page"),
            "zoom-fit-page",
            fits,
            icon_only=True,
        )
        self.action_fit_width.setChecked(True)
        self.action_fit_width.toggled.connect(lambda on: self._fit(on, Fit.WIDTH))
        self.action_fit_page.toggled.connect(lambda on: self._fit(on, Fit.PAGE))
        self.action_zoom_out = self._action(
            toolbar, "actionPreviewZoomOut", self.tr("Zoom out"), "zoom-out", icon_only=True
        )
        self.action_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.action_zoom_out.triggered.connect(self._zoom_out)
        name(self.zoom_label, "previewZoom", self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        toolbar.addWidget(self.zoom_label)
        self.action_zoom_in = self._action(
            toolbar, "actionPreviewZoomIn", self.tr("Zoom in"), "zoom-in", icon_only=True
        )
        self.action_zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.action_zoom_in.triggered.connect(self._zoom_in)
        toolbar.addSeparator()

        toolbar.addWidget(QLabel(self.tr(" Page ")))
        name(self.page_box, "previewPage", self.tr("Page shown"))
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self._page_chosen)
        toolbar.addWidget(self.page_box)
        name(self.page_total, "previewPageCount", self.tr("Pages in the plan"))
        toolbar.addWidget(self.page_total)
        toolbar.addSeparator()

        toolbar.addWidget(QLabel(self.tr(" Month: ")))
        name(self.month_box, "printMonth", self.tr("Month to print"))
        self.month_box.setDisplayFormat("MMMM yyyy")
        self.month_box.setCalendarPopup(False)
        self.month_box.setCurrentSection(QDateEdit.Section.MonthSection)
        self.month_box.dateChanged.connect(self._month_changed)
        toolbar.addWidget(self.month_box)
        self.action_export = toolbar.addAction(self.tr("Export PDF…"))
        name_action(self.action_export, "actionPreviewExportPdf")
        self.action_export.triggered.connect(
            lambda: self.export_asked.emit(self.month(), self.printer.pageLayout())
        )
        return toolbar

    def _action(
        self,
        toolbar: QToolBar,
        object_name: str,
        text: str,
        icon: str,
        group: QActionGroup | None = None,
        *,
        icon_only: bool = False,
    ) -> QAction:
        action = QAction(_icon(icon), text, self)
        name_action(action, object_name)
        action.setToolTip(text.rstrip("…"))
        toolbar.addAction(action)
        if group is not None:
            action.setCheckable(True)
            group.addAction(action)
        if icon_only:
            # Only the icon, its tooltip naming it: the row of buttons stays short.
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return action

    # ---- what is shown

    def month(self) -> Month:
        return Month.of(from_qdate(self.month_box.date()))

    def page_count(self) -> int:
        """Pages of the plan shown (0 while it is being laid out)."""
        return self._pages

    def is_laid_out(self) -> bool:
        return self.stack.currentWidget() is self.view and self._pages > 0

    def _lay_out(self, gather: bool) -> None:
        self._pages = 0
        self._enable(False)
        self.status.setText(
            self.tr("Laying out the {month} plan…").format(month=format_month(self.month()))
        )
        self.busy_bar.show()
        self._busy.start()
        self._generation = self.renderer.lay_out(
            self.month(), self.printer.pageLayout(), self.printer.resolution(), gather=gather
        )

    def _show_busy(self) -> None:
        self.stack.setCurrentIndex(0)

    def _enable(self, ready: bool) -> None:
        """Print, Export and finding one's way in the pages: once there are pages."""
        for action in (
            self.action_print,
            self.action_export,
            self.action_fit_width,
            self.action_fit_page,
            self.action_zoom_in,
            self.action_zoom_out,
        ):
            action.setEnabled(ready)
        self.page_box.setEnabled(ready)
        # A dash, not "0", while there are no pages; shown only at the box's minimum.
        self.page_box.setSpecialValueText("" if ready else "–")
        if not ready:
            self.zoom_label.clear()
            self.page_total.clear()

    def _laid_out(self, generation: int, pages: int) -> None:
        if generation != self._generation:
            return  # another month or paper was chosen meanwhile
        self._busy.stop()
        self._pages = pages
        self.stack.setCurrentWidget(self.view)  # sized before it fits the pages to itself
        self.view.setFocus()  # Page Up and Down, Home and End move through the pages
        self.view.set_pages(pages, self.printer.pageLayout().fullRectPoints().size().toSizeF())
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, pages)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr(" of {pages} ").format(pages=format_count(pages)))
        self._enable(True)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._busy.stop()
        self.status.setText(message)
        self.busy_bar.hide()
        self.stack.setCurrentIndex(0)

    def _want(self, numbers: list[int], pixels_per_point: float, ratio: float, seen: int) -> None:
        self.renderer.want(self._generation, numbers, pixels_per_point, ratio, seen)

    def _painted(
        self, generation: int, number: int, pixels_per_point: float, delivery: int, image: QImage
    ) -> None:
        if generation == self._generation:
            self.view.show_page(number, pixels_per_point, delivery, image)

    def _page_in_sight(self, number: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(number)
        self.page_box.blockSignals(False)

    def _page_chosen(self, number: int) -> None:
        self.view.go_to_page(number)

    def _zoomed(self, zoom: float) -> None:
        if self._pages:  # not the view's own fitting while it waits for pages
            self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))

    def _fit(self, on: bool, fit: str) -> None:
        if on:
            self.view.set_fit(fit)

    def _zoom_in(self) -> None:
        self._uncheck_fits()
        self.view.zoom_in()

    def _zoom_out(self) -> None:
        self._uncheck_fits()
        self.view.zoom_out()

    def _uncheck_fits(self) -> None:
        for action in (self.action_fit_width, self.action_fit_page):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)

    # ---- month and paper

    def _month_changed(self, _day: QDate) -> None:
        self._lay_out(gather=True)

    def _turn(self, orientation: QPageLayout.Orientation) -> None:
        if self.printer.pageLayout().orientation() != orientation:
            self.printer.setPageOrientation(orientation)
            self._lay_out(gather=False)

    def _show_orientation(self) -> None:
        landscape = self.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        self.action_landscape.setChecked(landscape)
        self.action_portrait.setChecked(not landscape)

    def set_up_page(self) -> None:
        """Paper, orientation and margins (Qt's page setup dialog), then the plan laid out
        on them."""
        before = QPageLayout(self.printer.pageLayout())
        dialog = QPageSetupDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and not before.isEquivalentTo(
            self.printer.pageLayout()
        ):
            self._show_orientation()
            self._lay_out(gather=False)

    # ---- printing

    def print_plan(self) -> None:
        """Choose the printer (Qt's print dialog), then print there off the GUI thread,
        with the pages counted and Cancel."""
        if not self.is_laid_out() or self._printing is not None:
            return
        before = QPageLayout(self.printer.pageLayout())
        dialog = QPrintDialog(self.printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # Other paper chosen in the print dialog: the plan prints on it, and the preview
        # shows it too if the owner comes back to it.
        self._paper_changed = not before.isEquivalentTo(self.printer.pageLayout())
        progress = plan_progress(
            self,
            "planPrintProgress",
            self.tr("Print plan"),
            self.tr("Printing the {month} plan…").format(month=format_month(self.month())),
            self.tr("Cancel"),
        )
        progress.canceled.connect(self.renderer.cancel_print)
        self._printing = progress
        self._enable(False)
        self.renderer.print_on(self.printer)

    def _print_started(self, pages: int) -> None:
        if self._printing is not None:
            # The pages are on their way: a printer cannot be told to drop half a plan.
            self._printing.setCancelButton(None)
            self._printing.setMaximum(pages)

    def _print_progress(self, page: int, pages: int) -> None:
        if self._printing is not None:
            self._printing.setMaximum(pages)
            self._printing.setValue(page)
            self._printing.setLabelText(
                self.tr("Printing page {page} of {pages}…").format(page=page, pages=pages)
            )

    def _print_over(self) -> None:
        if self._printing is not None:
            self._printing.reset()
            self._printing.deleteLater()
            self._printing = None
        self._enable(True)
        if self._paper_changed:
            self._paper_changed = False
            self._show_orientation()
            self._lay_out(gather=False)

    def _printed(self, pages: int) -> None:
        self._print_over()
        month = format_month(self.month())
        file = self.printer.outputFileName()
        if file:
            text = self.tr("Printed the {month} plan to {file} ({pages} pages)").format(
                month=month, file=file, pages=pages
            )
        else:
            text = self.tr("Sent the {month} plan to {printer} ({pages} pages)").format(
                month=month, printer=self.printer.printerName(), pages=pages
            )
        self.told.emit(text)
        self.accept()  # printed: the preview has done its work

    def _print_failed(self, message: str) -> None:
        self._print_over()
        QMessageBox.warning(self, self.tr("Plan not printed"), message)

    def _print_cancelled(self) -> None:
        self._print_over()
        self.told.emit(self.tr("Printing cancelled: nothing was sent to the printer."))

    # ---- closing

    def done(self, result: int) -> None:
        # Printing runs to a page boundary before the dialog may go.
        self.renderer.stop()
        super().done(result)
