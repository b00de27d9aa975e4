"""Composition root: read the command line, find the database, start Qt or run a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from funnelplanner import startup_gc


def main(argv: Sequence[str] | None = None) -> int:
    # First of all: in the bundled program, a worker process the import starts (see
    # services/row_checking.py) runs this same executable, and must become that worker
    # here instead of reading its arguments as a command. Elsewhere it would do nothing
    # but cost the start 10 ms.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    # Before anything else is imported: see startup_gc. The window resumes the collector
    # once it has painted, a command as soon as its line has been read.
    startup_gc.pause()
    try:
        return _start(list(sys.argv[1:] if argv is None else argv))
    finally:
        startup_gc.resume()  # the window's is long done by now; this covers errors


def _start(arguments: list[str]) -> int:
    from funnelplanner import cli, paths

    args = cli.build_parser().parse_args(arguments)
    if args.command is None:
        # Qt loads only when the window is wanted: commands stay quick and headless.
        from funnelplanner.app import run_gui

        return run_gui(arguments)
    startup_gc.resume()
    try:
        db_path = paths.database_path(args.db)
    except OSError as exc:
        print(f"funnelplanner: error: cannot create the data folder: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    return cli.run(args, db_path, paths.default_region(), sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
