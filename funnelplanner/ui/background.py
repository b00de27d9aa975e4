"""Work that can take longer than a frame, done on a worker thread; the newest answer wins."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance

_log = logging.getLogger(__name__)


class LatestAnswer(QObject):
    """Runs one function at a time on a worker thread and hands its result to ``arrived``
    on the GUI thread. Asked again while one runs, the older answer is dropped when it
    comes: what shows is always the answer to the latest question."""

    arrived = Signal(object)  # the latest question's result
    failed = Signal(object)  # the exception the latest question raised
    _done = Signal(object, object, int)  # result, exception, turn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._turn = 0
        self._answered = 0  # the turn of the last answer handed on
        self._workers: list[_Worker] = []
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether the latest question is still being worked out."""
        return self._answered != self._turn

    def ask(self, work: Callable[[], Any]) -> None:
        self._turn += 1
        worker = _Worker(work, self._turn, self._done)
        worker.finished.connect(lambda: self._forget(worker))
        self._workers.append(worker)
        worker.start()

    def wait(self) -> None:
        """Let every answer on its way finish (before the services close)."""
        for worker in list(self._workers):
            worker.wait()

    def _deliver(self, result: object, error: object, turn: int) -> None:
        if turn != self._turn:
            return  # a newer question was asked meanwhile
        self._answered = turn
        if error is not None:
            self.failed.emit(error)
        else:
            self.arrived.emit(result)

    def _forget(self, worker: _Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        worker.deleteLater()


class _Worker(QThread):
    def __init__(self, work: Callable[[], Any], turn: int, done: SignalInstance) -> None:
        super().__init__()
        self._work = work
        self.turn = turn
        self._done_signal = done

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # shown to the owner by whoever asked
            _log.exception("background work failed")
            self._done_signal.emit(None, exc, self.turn)
            return
        self._done_signal.emit(result, None, self.turn)
