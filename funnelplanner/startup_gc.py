"""Python's cycle collector paused while the program starts.

Starting makes several hundred thousand objects (modules, classes, SQLAlchemy's tables
and mappers, Qt's enums) that live as long as the program. None of them is garbage, yet
the collector walked them all, again and again, as they were made: some 0.15 s of the
imports before the window's first paint. It is paused from the first line of ``main()``
until the window has painted or the command line has been read.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume(freeze: bool = False) -> None:
    """Collect as usual from here on; harmless when already resumed.

    ``freeze``: first set aside for good what exists now (``gc.freeze``), so that later
    full collections, every few seconds while the owner types or scrolls, walk only what
    was made since and not the whole program again. For the window, which runs for hours;
    a command ends too soon to gain from it.
    """
    if gc.isenabled():
        return
    if freeze:
        gc.freeze()
    gc.enable()
