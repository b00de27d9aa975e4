"""Random bytes and random CSV shapes thrown at the whole importer: it imports, or it
refuses with a message naming the file, and a refusal leaves the database unchanged."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.models import LeadDraft
from tests.database_dump import dump_database

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


_dump = dump_database


def _import(services: Any, path: Path, db_path: Path) -> None:
    """Import the file the way every face does; check the one promise either way."""
    before = _dump(db_path)
    try:
        table = services.importing.read(path)
        preview = services.importing.preview(table, services.importing.mapping_for(table))
    except FunnelPlannerError as exc:
        assert str(exc).strip(), "a refusal must say why"
        assert _dump(db_path) == before
        return
    result = services.importing.apply(preview)
    summary = preview.summary()
    assert (result.created, result.updated, result.skipped) == (
        summary.create,
        summary.update,
        summary.skip,
    )


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_import_or_are_refused_cleanly(
    services: Any, db_path: Path, tmp_path_factory: Any, data: bytes
) -> None:
    if not services.leads.listing():
        services.leads.create(LeadDraft("Already here"))
    path = tmp_path_factory.mktemp("fuzz") / "contacts.csv"
    path.write_bytes(data)
    _import(services, path, db_path)


_cell = st.text(st.characters(exclude_categories=["Cs"]), max_size=25)
_headers = st.lists(
    st.sampled_from(
        [
            "Name",
            "First Name",
            "Last Name",
            "Email",
            "Phone",
            "Company",
            "Notes",
            "Stage",
            "Create Date",
            "Number of times contacted",
            "Last Contacted",
            "Website",
            "Junk",
        ]
    ),
    min_size=1,
    max_size=8,
)


@FUZZ
@given(
    headers=_headers,
    rows=st.lists(st.lists(_cell, max_size=10), max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_random_csv_shapes_import_or_are_refused_cleanly(
    services: Any,
    db_path: Path,
    tmp_path_factory: Any,
    headers: list[str],
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
) -> None:
    """Ragged rows, quotes, line breaks and any characters in any cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("fuzz") / "contacts.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    _import(services, path, db_path)
