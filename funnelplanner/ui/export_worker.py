"""Writing an export (leads to CSV, work to a calendar) off the GUI thread, with progress
and a Cancel.

At 100,000 leads a CSV takes seconds to write and a calendar of their follow-ups longer
still; the window keeps painting meanwhile. A Cancel stops at the service's next report
and leaves no file (see ExportService).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.services.exporting import ExportCancelled, Progress
from funnelplanner.ui.formatting import format_count
from funnelplanner.ui.translations import shown

_log = logging.getLogger(__name__)

# An export that ends sooner than this shows no dialog at all.
DIALOG_AFTER_MS = 300

# Writes the file, telling ``Progress``; returns what the status bar says of it.
Write = Callable[[Progress], str]


class ExportWorker(QThread):
    """Runs one ``Write``; exactly one of ``saved``, ``cancelled`` or ``failed`` follows."""

    progressed = Signal(int, int)
    saved = Signal(str)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, write: Write) -> None:
        super().__init__()
        self._write = write
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            said = self._write(self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            _log.exception("export failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportWorker", "The export failed and no file was written: {error}"
                ).format(error=exc)
            )
        else:
            self.saved.emit(said)


class Outcome:
    """How an export ended: ``said`` when saved, ``problem`` when it failed, neither when
    the owner cancelled it."""

    def __init__(self) -> None:
        self.said: str | None = None
        self.problem: str | None = None


def export_in_background(parent: QWidget, title: str, path: Path, write: Write) -> Outcome:
    """Run ``write`` on a worker while the window keeps painting; a dialog with the items
    written so far and a Cancel appears if it takes more than a moment. Returns once the
    worker has ended."""
    worker = ExportWorker(write)
    progress = QProgressDialog(
        _writing(path, 0, 0),
        QCoreApplication.translate("ExportWorker", "Cancel"),
        0,
        0,  # busy until the service says how many items there are
        parent,
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(title)
    progress.setMinimumWidth(380)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(DIALOG_AFTER_MS)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    # Starts the minimum duration from now (without a value Qt waits four seconds).
    progress.setValue(0)
    outcome = Outcome()

    def progressed(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        progress.setLabelText(_writing(path, done, total))

    def saved(said: str) -> None:
        outcome.said = said

    def failed(problem: str) -> None:
        outcome.problem = problem

    worker.progressed.connect(progressed)
    worker.saved.connect(saved)
    worker.failed.connect(failed)
    progress.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    # The window stays painted and the dialog answers; nothing else can be started
    # meanwhile, as the dialog is modal to the window.
    loop.exec()
    worker.wait()
    progress.reset()
    progress.deleteLater()
    worker.deleteLater()
    return outcome


def _writing(path: Path, done: int, total: int) -> str:
    if total == 0:
        return QCoreApplication.translate("ExportWorker", "Writing {file}…").format(file=path.name)
    return QCoreApplication.translate("ExportWorker", "Writing {file}… {done} of {total}").format(
        file=path.name, done=format_count(done), total=format_count(total)
    )
