"""A file that appears whole or not at all, readable by its owner only.

Every file the app writes for the owner (exported leads and calendars, the printed plan)
lists people's names and numbers, and is opened by other programs that choke on half a
file. So it is written beside its target under a temporary name, made durable, and only
then takes the target's name; on any failure the temporary file goes and the target is
left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message


@contextlib.contextmanager
def replacing(path: Path, error: type[OSError] = OSError) -> Iterator[Path]:
    """A new, empty file beside ``path`` (mode 0600 whatever the umask) for the block to
    write; it replaces ``path`` once the block completes. On any failure it is removed
    and ``path`` is untouched.

    Raises:
        ``error`` naming ``path`` when the file system refuses (a missing folder, a file
        where the folder should be, a full disk); anything the block raises, as it was.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise error(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cannot write {path}: it is a folder; name a file in it"
                ),
                path=path,
            )
        )
    if not folder.exists():
        raise error(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cannot write {path}: the folder {folder} does not exist"
                ),
                path=path,
                folder=folder,
            )
        )
    if not folder.is_dir():
        raise error(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cannot write {path}: {folder} is a file, not a folder"
                ),
                path=path,
                folder=folder,
            )
        )
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise error(_cannot_write(path, exc)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _sync(temporary)  # whole on disk before it takes the name
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        # A refusal already worded for the owner passes as it is; any other the file
        # system raised is named after the file the owner asked for.
        if isinstance(exc, OSError) and not isinstance(exc, FunnelPlannerError):
            raise error(_cannot_write(path, exc)) from exc
        raise


def _cannot_write(path: Path, exc: OSError) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
        path=path,
        reason=exc.strerror or str(exc),
    )


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
