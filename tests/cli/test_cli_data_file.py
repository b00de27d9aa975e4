"""The command line opens the data file chosen in Settings, as the window does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from funnelplanner import paths

Cli = Callable[..., Any]


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM leads ORDER BY id")]


def test_a_file_chosen_in_settings_is_where_commands_go(cli: Cli, tmp_path: Path) -> None:
    chosen = tmp_path / "moved" / "business.sqlite"
    chosen.parent.mkdir()
    paths.remember_database(chosen)  # what Settings → Data file → Move… leaves behind

    assert cli("lead", "add", "--name", "Ann", db=None).code == 0
    assert names(chosen) == ["Ann"]
    assert not (paths.data_dir() / paths.DB_FILENAME).exists()

    # --db still wins, for a one-off look at another file.
    other = tmp_path / "other.sqlite"
    assert cli("lead", "add", "--name", "Bob", db=other).code == 0
    assert names(other) == ["Bob"] and names(chosen) == ["Ann"]


def test_an_unreadable_note_of_the_chosen_file_falls_back_to_the_default(tmp_path: Path) -> None:
    note = paths.config_dir() / paths.REMEMBERED_DB_FILE
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_bytes(b"\xff\xfe not text")
    assert paths.database_path(None) == paths.data_dir() / paths.DB_FILENAME
