"""Checking and applying an import off the GUI thread, with progress and a Cancel.

A Cancel while checking just stops (nothing is written by a check); a Cancel while
applying rolls the one transaction back.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.import_mapping import DuplicateChoice, Table
from funnelplanner.domain.import_mapping import Mapping as ColumnMapping
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services.importing import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    ImportService,
)
from funnelplanner.ui.translations import shown


class _ImportStep(QThread):
    """A step of an import on its own thread, reporting progress; Cancel stops it at the
    next report. Exactly one of ``finished_ok``, ``cancelled`` or ``failed`` (or a
    subclass's own outcome) is emitted at the end."""

    progressed = Signal(int, int)
    finished_ok = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()


class ImportWorker(_ImportStep):
    """Runs ``ImportService.apply`` in one transaction; ``finished_ok`` carries the
    ImportResult."""

    def __init__(
        self,
        service: ImportService,
        preview: ImportPreview,
        choices: Mapping[int, DuplicateChoice],
        default: DuplicateChoice,
    ) -> None:
        super().__init__()
        self._service = service
        self._preview = preview
        self._choices = dict(choices)
        self._default = default

    def run(self) -> None:
        try:
            result: ImportResult = self._service.apply(
                self._preview, self._choices, self._default, progress=self._progress
            )
        except ImportCancelled:
            self.cancelled.emit()
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.failed.emit(
                self.tr("The import failed and nothing was written: {error}").format(error=exc)
            )
        else:
            self.finished_ok.emit(result)


class PreviewWorker(_ImportStep):
    """Runs ``ImportService.preview`` (map, validate, find duplicates); ``finished_ok``
    carries the ImportPreview, ``refused`` a mapping or campaign that cannot be used."""

    refused = Signal(object)  # ValidationError

    def __init__(
        self,
        service: ImportService,
        table: Table,
        mapping: ColumnMapping,
        default_stage: Stage,
        campaign_id: int | None,
    ) -> None:
        super().__init__()
        self._service = service
        self._table = table
        self._mapping = dict(mapping)
        self._default_stage = default_stage
        self._campaign_id = campaign_id

    def run(self) -> None:
        try:
            preview = self._service.preview(
                self._table,
                self._mapping,
                default_stage=self._default_stage,
                campaign_id=self._campaign_id,
                progress=self._progress,
            )
        except ImportCancelled:
            self.cancelled.emit()
        except ValidationError as exc:
            self.refused.emit(exc)
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.failed.emit(self.tr("The file could not be checked: {error}").format(error=exc))
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.finished_ok.emit(preview)


class ReadWorker(QThread):
    """Reads and decodes an import file on its own thread (half a second at 100k rows)."""

    def __init__(self, service: ImportService, path: Path) -> None:
        super().__init__()
        self._service = service
        self._path = path
        self.table: Table | None = None
        self.error: FunnelPlannerError | None = None

    def run(self) -> None:
        try:
            self.table = self._service.read(self._path)
        except FunnelPlannerError as exc:
            self.error = exc


# A read that ends sooner than this shows no dialog at all.
READ_DIALOG_AFTER_MS = 400


def read_in_background(parent: QWidget, service: ImportService, path: Path) -> Table | None:
    """The file's table, read off the GUI thread while the window keeps painting; a dialog
    with Cancel appears if it takes a while. None when it was cancelled or refused (the
    owner has been told why)."""
    worker = ReadWorker(service, path)
    waiting = QProgressDialog(
        QCoreApplication.translate("ImportReading", "Reading {name}…").format(name=path.name),
        QCoreApplication.translate("ImportReading", "Cancel"),
        0,
        0,
        parent,
    )
    waiting.setObjectName("importReadProgress")
    waiting.setWindowTitle(QCoreApplication.translate("ImportReading", "Import leads"))
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(READ_DIALOG_AFTER_MS)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    waiting.canceled.connect(loop.quit)
    worker.start()
    loop.exec()
    cancelled = waiting.wasCanceled() and worker.isRunning()
    waiting.reset()
    waiting.deleteLater()
    if cancelled:
        # The read cannot be stopped part-way; it ends on its own and is dropped then.
        worker.setParent(parent)
        worker.finished.connect(worker.deleteLater)
        return None
    worker.wait()
    if worker.error is not None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportReading", "Cannot import this file"),
            str(worker.error),
        )
        return None
    return worker.table
