"""Bulk inserts for generated data: Core executemany, not one ORM object at a time.

Only the benchmarks use this. The product keeps its invariants (search keys, contact
counts) in the repositories; the generator computes the same columns itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table, insert

# Rows per executemany: big enough to amortise the call, small enough to keep memory flat.
CHUNK = 20_000


def chunks(rows: Iterable[Mapping[str, Any]], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def bulk_insert(connection: Connection, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert every row through one prepared INSERT per chunk; returns the number inserted."""
    statement = insert(table)
    total = 0
    for batch in chunks(rows):
        connection.execute(statement, batch)
        total += len(batch)
    return total
