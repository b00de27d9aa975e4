"""Help → User guide: the short guide shipped with the app, read offline."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from funnelplanner import APP_NAME
from funnelplanner.resources_path import resource
from funnelplanner.ui.naming import name

GUIDE = "guide/index.html"


class GuideWindow(QDialog):
    """A window of its own (not modal), so the guide can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "guideWindow", self.tr("User guide"))
        self.setWindowTitle(self.tr("{app} user guide").format(app=APP_NAME))
        self.resize(720, 760)
        self.browser = QTextBrowser()
        name(self.browser, "guideText", self.tr("User guide"))
        # The guide is a shipped file: no link leaves the machine.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        page = resource(GUIDE)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
