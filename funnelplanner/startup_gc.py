"""Python's cycle collector paused while the program starts.

Starting makes several hundred thousand objects (modules, classes, SQLAlchemy's tables
and mappers, Qt's enums) that live as long as the program. None of them is garbage, yet
the collector walked them all, again and again, as they were made: some 0.15 s of the
imports before the window's first paint. It is paused from the first line of ``main()``
until the window has painted or the command line has been read.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator

_freezing = False  # the window's way: what long-lived loads make is set aside too


def pause() -> None:
    gc.disable()


def resume(freeze: bool = False) -> None:
    """Collect as usual from here on; harmless when already resumed.

    ``freeze``: first set aside for good what exists now (``gc.freeze``), so that later
    full collections, every few seconds while the owner types or scrolls, walk only what
    was made since and not the whole program again. For the window, which runs for hours;
    a command ends too soon to gain from it.
    """
    global _freezing
    if gc.isenabled():
        return
    if freeze:
        _freezing = True
        gc.freeze()
    gc.enable()


def set_aside_what_loaded() -> None:
    """After a large load that lives as long as the program (SQLAlchemy and the mappers
    once the file is fully open, matplotlib and the plan's modules at the first plan),
    set it aside as the start was. Otherwise every full collection walks it all again,
    holding Python's lock, and so every thread, for 100 ms or more: the window stood
    still 120-170 ms while the print preview gathered a 100,000-lead plan."""
    if _freezing and gc.isenabled():
        gc.freeze()


@contextlib.contextmanager
def set_aside_if_loaded(module: str) -> Iterator[None]:
    """Around imports: if they load ``module`` (the first plan loads matplotlib), set
    aside what they made. Only then: what else exists at that moment is set aside too."""
    fresh = module not in sys.modules
    yield
    if fresh:
        set_aside_what_loaded()
