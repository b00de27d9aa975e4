"""Python's cycle collector paused while an import reads, checks or writes many rows.

Reading, checking or writing 100,000 rows makes millions of objects that all live until
the step ends; the collector kept walking them all again and again (a sixth of the time
at 100k rows, growing faster than the rows). An import makes no reference cycles worth
collecting meanwhile, and the collector runs as usual again afterwards.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
_running = 0  # steps running now, on any thread
_was_enabled = True  # the collector's state before the first of them began


def without_cycle_collection(step: Callable[_P, _R]) -> Callable[_P, _R]:
    """``step`` with the collector paused; steps may overlap on several threads, and the
    collector comes back (if it was on) when the last of them ends."""

    @functools.wraps(step)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        _begin()
        try:
            return step(*args, **kwargs)
        finally:
            _end()

    return paused


def _begin() -> None:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1


def _end() -> None:
    global _running
    with _lock:
        _running -= 1
        if _running == 0 and _was_enabled:
            gc.enable()
