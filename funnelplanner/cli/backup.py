"""`backup` and `restore`: a consistent copy of the database, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from funnelplanner.cli import CliError

if TYPE_CHECKING:
    from funnelplanner.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the database now; prints the file written",
        description="Copies the database safely even while the window has it open. Without "
        "--to the copy goes to the backups folder beside the database, where the 10 newest "
        "and one a day for the last 30 days are kept.",
    )
    backup.add_argument(
        "--to", default=None, metavar="FILE", help="write the copy to FILE (replaced if it exists)"
    )
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore",
        help="put a backup's data in place of the current data",
        description="The backup is checked first; the current data is kept as a backup "
        "(before-restore) in the backups folder, then replaced.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=_restore)


def _backup(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    target = None if args.to is None else Path(args.to).expanduser()
    if target is not None and target.is_dir():
        raise CliError(
            f"--to: {target} is a folder; name a file such as {target / 'funnelplanner.sqlite'}"
        )
    print(services.backups.backup_now(to=target), file=out)


def _restore(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    source = Path(args.file).expanduser()
    safety = services.backups.restore(source)
    print(
        f"Restored {source} into {services.path}; the data as it was is kept in {safety}",
        file=out,
    )
