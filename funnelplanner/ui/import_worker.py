"""Applying an import off the GUI thread, with progress and a Cancel that rolls back."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from PySide6.QtCore import QThread, Signal

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.services.importing import (
    DuplicateChoice,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    ImportService,
)


class ImportWorker(QThread):
    """Runs ``ImportService.apply`` in one transaction on its own thread.

    Exactly one of ``finished_ok``, ``cancelled`` or ``failed`` is emitted at the end.
    """

    progressed = Signal(int, int)
    finished_ok = Signal(object)  # ImportResult
    cancelled = Signal()
    failed = Signal(str)

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
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            result: ImportResult = self._service.apply(
                self._preview, self._choices, self._default, progress=self._progress
            )
        except ImportCancelled:
            self.cancelled.emit()
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.failed.emit(f"The import failed and nothing was written: {exc}")
        else:
            self.finished_ok.emit(result)
