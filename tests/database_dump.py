"""A database file's whole content, to prove a refused or undone change left it as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from funnelplanner.storage.rows import SEARCH_INDEX, is_search_index

Dump = dict[str, list[tuple[Any, ...]]]


def search_index_check(connection: sqlite3.Connection) -> str:
    """'ok' when the leads' search index holds exactly the leads' search keys."""
    try:
        connection.execute(
            f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"
        )
    except sqlite3.DatabaseError as exc:
        return f"search index out of step: {exc}"
    return "ok"


def dump_database(path: Path) -> Dump:
    """Every row of every table (and the schema), each table's rows in a stable order."""
    assert path.is_file(), f"{path} does not exist"
    connection = sqlite3.connect(path)
    try:
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        tables = [row[1] for row in schema if row[0] == "table"]
        result: Dump = {"sqlite_master": schema}
        for table in tables:
            if is_search_index(table):
                # Derived data whose inner layout depends on the order of changes: what
                # must hold is that it indexes exactly the leads there are.
                result[table] = [(search_index_check(connection),)]
                continue
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()
