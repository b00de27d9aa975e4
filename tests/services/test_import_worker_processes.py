"""A long file's rows are checked in worker processes: the preview is exactly the one
checking them in this process gives, progress is reported, and Cancel stops it."""

from __future__ import annotations

import multiprocessing
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.import_mapping import LeadField, Table
from funnelplanner.domain.messages import Message
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.services import row_checking
from funnelplanner.services.importing import ImportCancelled, ImportPreview, ImportService

HEADERS = ["Name", "Company", "Email", "Phone", "Stage", "Created", "Campaign", "Notes"]
MAPPING = {
    0: LeadField.NAME,
    1: LeadField.COMPANY,
    2: LeadField.EMAIL,
    3: LeadField.PHONE,
    4: LeadField.STAGE,
    5: LeadField.CREATED,
    6: LeadField.CAMPAIGN,
    7: LeadField.NOTES,
}

# Cells that exercise every kind of row: duplicates by email, phone and similar name,
# phones the region cannot read, refusals, unknown stages and campaigns, odd dates.
_cells = [
    st.sampled_from(["Ann Lee", "Lee Ann", "Anne Lee", "Bo", "", "Zoë Ångström", "  ", "李 小龙"]),
    st.sampled_from(["", "Acme", "acme", "Straße GmbH", "Initech"]),
    st.sampled_from(["", "ann@example.com", "ANN@example.com", "bo@", "zoe@straße.de", "x@y.z"]),
    st.sampled_from(
        [
            "",
            "+1 201 555 0100",
            "(201) 555-0100",
            "+1 211 555 0199",  # impossible in its country
            "030 1234567",  # German, written without +49
            "+49 30 1234567",
            "not a phone",
            "'+44 20 7946 0958",
        ]
    ),
    st.sampled_from(["", "lead", "Customer", "Closed Lost", "gibberish"]),
    st.sampled_from(["", "2024-03-05", "31/12/2023", "03/05/2024", "yesterday"]),
    st.sampled_from(["", "Trade fair", "Nope"]),
    st.sampled_from(["", "note", "x" * 20_000]),
]
_rows = st.lists(st.tuples(*_cells).map(list), min_size=1, max_size=120)


def _services_pair(services: Any) -> tuple[ImportService, ImportService]:
    made = [
        ImportService(services.database.sessions, services.clock, services.region, parallel=p)
        for p in (False, True)
    ]
    return made[0], made[1]


def _exactly(preview: ImportPreview) -> list[tuple[object, ...]]:
    """Every planned row with its messages' templates and values, not only their text."""

    def said(text: str) -> object:
        if isinstance(text, Message):
            return (text.template, repr(text.values), text.context)
        return text

    return [
        (row, tuple(said(p) for p in row.problems), said(row.match.reason) if row.match else None)
        for row in preview.rows
    ]


@pytest.fixture
def stored(services: Any) -> Any:
    services.campaigns.create(CampaignDraft("Trade fair", CampaignChannel.EVENT))
    services.leads.create(LeadDraft("Ann Lee", company="Acme", email="ann@example.com"))
    return services


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_rows)
def test_worker_processes_check_rows_exactly_as_this_process_does(
    stored: Any, monkeypatch: pytest.MonkeyPatch, rows: list[list[str]]
) -> None:
    monkeypatch.setattr(row_checking, "CHUNK_ROWS", 7)  # many tasks, finished out of order
    here, workers = _services_pair(stored)
    table = Table(HEADERS, rows, "CSV", "utf-8", ",")
    expected = here.preview(table, MAPPING)
    checked = workers.preview(table, MAPPING)
    assert _exactly(checked) == _exactly(expected)
    assert checked.summary() == expected.summary()


def test_worker_processes_report_progress_up_to_every_row(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(row_checking, "CHUNK_ROWS", 50)
    _here, workers = _services_pair(services)
    rows = [[f"Person {n}", "", f"p{n}@example.com", "", "", "", "", ""] for n in range(400)]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    preview = workers.preview(Table(HEADERS, rows, "CSV", "utf-8", ","), MAPPING, progress=progress)
    assert [r.row_number for r in preview.rows] == list(range(1, 401))
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] == 400 and {t for _d, t in seen} == {400}
    assert set(range(50, 401, 50)) <= set(done)  # after every task


def test_cancel_stops_the_worker_processes_and_a_new_check_still_works(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(row_checking, "CHUNK_ROWS", 20)
    _here, workers = _services_pair(services)
    rows = [[f"Person {n}", "", f"p{n}@example.com", "", "", "", "", ""] for n in range(2000)]
    table = Table(HEADERS, rows, "CSV", "utf-8", ",")
    calls: list[int] = []

    def cancel_after_first_rows(done: int, _total: int) -> bool:
        calls.append(done)
        return done < 100

    with pytest.raises(ImportCancelled):
        workers.preview(table, MAPPING, progress=cancel_after_first_rows)
    assert calls[-1] >= 100 and calls[-1] < 2000
    # The workers end on their own once their task is done; none is left behind.
    deadline = time.monotonic() + 60
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
    assert len(workers.preview(table, MAPPING).rows) == 2000


def test_short_files_are_checked_in_this_process(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a short file started worker processes")

    monkeypatch.setattr(row_checking, "ProcessPoolExecutor", no_workers)
    rows = [[f"Person {n}", "", "", "", "", "", "", ""] for n in range(50)]
    preview = services.importing.preview(Table(HEADERS, rows, "CSV", "utf-8", ","), MAPPING)
    assert len(preview.rows) == 50
