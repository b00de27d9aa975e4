"""Work that takes seconds on a large file (an export, a backup, a restore) done off the
GUI thread, behind a progress dialog.

At 100,000 leads a CSV takes seconds to write, a calendar of their follow-ups longer
still, a backup over a second and a restore over ten; the window keeps painting
meanwhile. The dialog is modal to the window, so nothing else is started until the work
ends; it shows only if the work takes more than a moment.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.ui.translations import shown

_log = logging.getLogger(__name__)

# Work that ends sooner than this shows no dialog at all.
DIALOG_AFTER_MS = 300

T = TypeVar("T")
# (done, total) told by the work as it goes; False asks it to stop (Cancel was clicked).
Progress = Callable[[int, int], bool]


@dataclass
class Outcome(Generic[T]):
    """How the work ended: its ``value``, or the ``problem`` it ran into, or
    ``cancelled`` when the owner stopped it."""

    value: T | None = None
    problem: str | None = None
    cancelled: bool = False


class _Worker(QThread, Generic[T]):
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.outcome: Outcome[T] = Outcome()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            self.outcome.value = self._work(self._progress)
        except FunnelPlannerError as exc:
            if self._stop.is_set():  # the work's own way of saying it stopped as asked
                self.outcome.cancelled = True
            else:
                self.outcome.problem = shown(exc)
        except OSError as exc:
            self.outcome.problem = shown(exc)
        except Exception as exc:  # shown to the owner, never a silent thread death
            _log.exception("work in the background failed")
            self.outcome.problem = QCoreApplication.translate(
                "LongTask", "It failed, and nothing was changed: {error}"
            ).format(error=exc)


def run_long_task(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    counted: Callable[[int, int], str] | None = None,
    cancellable: bool = True,
) -> Outcome[T]:
    """Run ``work`` on a worker while the window keeps painting; returns once it ended.

    ``label`` says what is being done; ``counted(done, total)`` says it again with how
    far it got, as ``work`` tells it. Without ``cancellable`` the dialog has no Cancel
    (a restore is one transaction that is not stopped half-way).
    """
    worker: _Worker[T] = _Worker(work)
    progress = _Dialog(label, parent, cancellable)
    progress.setObjectName("longTaskProgress")
    progress.setWindowTitle(title)
    progress.setMinimumWidth(380)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(DIALOG_AFTER_MS)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    # Starts the minimum duration from now (without a value Qt waits four seconds).
    progress.setValue(0)

    def progressed(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        if counted is not None and total > 0:
            progress.setLabelText(counted(done, total))

    worker.progressed.connect(progressed)
    progress.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    progress.reset()
    progress.deleteLater()
    worker.deleteLater()
    return worker.outcome


class _Dialog(QProgressDialog):
    """The progress dialog; one that cannot be cancelled has no Cancel and ignores Esc
    and the window's close button, so it stays up until the work is done."""

    def __init__(self, label: str, parent: QWidget, cancellable: bool) -> None:
        super().__init__(
            label,
            QCoreApplication.translate("LongTask", "Cancel"),
            0,
            0,  # busy until the work says how many items there are
            parent,
        )
        self._cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)  # no button: the work is not stopped half-way

    def reject(self) -> None:
        if self._cancellable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancellable:
            super().closeEvent(event)
        else:
            event.ignore()
