"""A database file's whole content, to prove a refused or undone change left it as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

Dump = dict[str, list[tuple[Any, ...]]]


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
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()
