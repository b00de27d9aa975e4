"""Checking and applying an import off the GUI thread, with progress and a Cancel.

A Cancel while checking just stops (nothing is written by a check); a Cancel while
applying rolls the one transaction back.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from PySide6.QtCore import QThread, Signal

from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.import_mapping import Mapping as ColumnMapping
from funnelplanner.domain.import_mapping import Table
from funnelplanner.domain.vocabulary import Stage
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


class PreviewWorker(QThread):
    """Runs ``ImportService.preview`` (map, validate, find duplicates) on its own thread.

    Exactly one of ``finished_ok``, ``cancelled``, ``refused`` or ``failed`` is emitted
    at the end.
    """

    progressed = Signal(int, int)
    finished_ok = Signal(object)  # ImportPreview
    cancelled = Signal()
    refused = Signal(object)  # ValidationError: the mapping or campaign cannot be used
    failed = Signal(str)

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
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

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
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.failed.emit(f"The file could not be checked: {exc}")
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.finished_ok.emit(preview)
