"""Help → About: version, license, and where the data file is, with its folder a click away."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnelplanner import APP_ID, APP_NAME, __version__
from funnelplanner.ui.naming import name


def license_name() -> str:
    """The license pyproject.toml declares, as installed; MIT when no metadata ships."""
    try:
        found = metadata.metadata(APP_ID)
    except metadata.PackageNotFoundError:
        return "MIT"
    declared = found.get_all("License-Expression") or found.get_all("License") or ["MIT"]
    return str(declared[0])


class AboutDialog(QDialog):
    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = data_file.parent
        name(self, "aboutDialog", self.tr("About {app}").format(app=APP_NAME))
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        icon = QLabel()
        icon.setPixmap(QIcon(self.windowIcon()).pixmap(64, 64))
        title = QLabel(
            self.tr("<h2>{app} {version}</h2>").format(app=APP_NAME, version=__version__)
        )
        title.setObjectName("aboutTitle")
        blurb = QLabel(
            self.tr(
                "Plan the month for both hats of a one-person business: leads, contacts, "
                "marketing and sales tasks, targets and a printed plan. Your data stays in "
                "one file on this computer."
            )
        )
        blurb.setWordWrap(True)
        licence = QLabel(self.tr("License: {license}").format(license=license_name()))
        licence.setObjectName("aboutLicense")
        where = QLabel(self.tr("Your data file:"))
        self.path_label = QLabel(str(data_file))
        name(self.path_label, "aboutDataFile", self.tr("Your data file"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.path_label.setStyleSheet("font-family: monospace;")
        open_folder = QPushButton(self.tr("Open folder"))
        name(open_folder, "aboutOpenFolder", self.tr("Open the data file's folder"))
        open_folder.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(licence)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(self.path_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder))):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the folder"),
                self.tr("No file manager opened {folder}.").format(folder=self._folder),
            )
