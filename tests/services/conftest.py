"""Helpers for service tests: read the real SQLite file behind the services' back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from funnelplanner.storage.rows import is_search_index
from tests.database_dump import search_index_check


def dump_tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order, read through a separate connection."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: (
                [(search_index_check(connection),)]
                if is_search_index(name)
                else connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            )
            for name in names
        }
    finally:
        connection.close()


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture
def dump(db_path: Path) -> Callable[[], dict[str, list[tuple]]]:
    return lambda: dump_tables(db_path)


@pytest.fixture
def sql(db_path: Path) -> Callable[..., list[tuple]]:
    return lambda statement, *params: query(db_path, statement, *params)
