"""The Data file page of Preferences: which file is open, open another, move it elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.ui.long_task import run_long_task
from funnelplanner.ui.naming import name

if TYPE_CHECKING:
    from funnelplanner.services import Services


def with_suffix(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix else path.with_name(path.name + ".sqlite")


class DataFilePage(QWidget):
    """``switch_requested`` carries the file the window should open instead."""

    switch_requested = Signal(Path)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.path_label = QLabel(str(services.path))
        name(self.path_label, "settingsDataFile", self.tr("Data file in use"))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setStyleSheet("font-family: monospace;")

        open_button = QPushButton(self.tr("Open another…"))
        name(open_button, "settingsOpenDataFile", self.tr("Open another data file"))
        open_button.setToolTip(self.tr("Choose a data file, or name a new one to start afresh"))
        open_button.clicked.connect(self.open_another)
        move_button = QPushButton(self.tr("Move…"))
        name(move_button, "settingsMoveDataFile", self.tr("Move the data file"))
        move_button.setToolTip(
            self.tr("Copy the data to a new place, check the copy and use it from now on")
        )
        move_button.clicked.connect(self.move_data_file)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(move_button)
        buttons.addStretch(1)

        note = QLabel(
            self.tr(
                "The window reopens on the file you choose, and opens it again next time. "
                "Moving copies your data and leaves the old file where it was, as a backup. "
                "Changes not yet saved on the other pages are dropped."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your leads, tasks and plans are kept in:")))
        layout.addWidget(self.path_label)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(1)

    def _folder(self) -> str:
        return str(self._services.path.parent)

    def open_another(self) -> None:
        # A save dialog lets the owner pick an existing file or name a new one.
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Open another data file"),
            self._folder(),
            self.tr("Funnel Planner data (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = with_suffix(chosen)
        if _same(path, self._services.path):
            return
        self.switch_requested.emit(path)

    def move_data_file(self) -> None:
        current = self._services.path
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Move the data file to"),
            str(
                Path(
                    QStandardPaths.writableLocation(
                        QStandardPaths.StandardLocation.DocumentsLocation
                    )
                )
                / current.name
            ),
            self.tr("Funnel Planner data (*.sqlite *.db);;All files (*)"),
        )
        if not chosen:
            return
        target = with_suffix(chosen)
        if _same(target, current):
            return
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("Not moved"),
                self.tr(
                    "{target} already exists. Funnel Planner does not write over a file; "
                    "choose a new name, or use Open another… to open that file."
                ).format(target=target),
            )
            return
        # SQLite's backup API: one consistent copy of what is committed, then checked;
        # over a second at 100,000 leads, so beside the window.
        outcome = run_long_task(
            self,
            self.tr("Move the data file"),
            self.tr("Copying your data to {target}…").format(target=target),
            lambda _progress: self._services.backups.copy_to(target),
            cancellable=False,
        )
        if outcome.value is None:
            target.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                self.tr("Not moved"),
                self.tr("{problem}\n\nYour data stays in {current}.").format(
                    problem=outcome.problem or "", current=current
                ),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Data file moved"),
            self.tr(
                "Your data is now in {target}; the window opens it from now on.\n\n"
                "The old file stays at {current} as a backup. Delete it yourself once "
                "you are sure you no longer need it."
            ).format(target=target, current=current),
        )
        self.switch_requested.emit(target)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
