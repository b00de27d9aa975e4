"""ExportService: leads to CSV a spreadsheet opens safely, tasks and follow-ups to iCalendar."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from funnelplanner.domain.csv_cells import (
    FORMULA_TRIGGERS,
    LEAD_COLUMNS,
    neutralise_cell,
    restore_cell,
)
from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.services import Services, exporting, whole_file
from funnelplanner.services.exporting import ExportFileError, ExportService

BERLIN = ZoneInfo("Europe/Berlin")
BOM = b"\xef\xbb\xbf"
NOV_20 = date(2026, 11, 20)


@pytest.fixture
def exporter(services: Services, clock) -> ExportService:
    return ExportService(services.database.sessions, clock, BERLIN)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _poke(path: Path, statement: str, *params: object) -> None:
    """Change the file behind the services' back, as another program or an old version might."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(statement, params)
    finally:
        connection.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.suffix in {".csv", ".ics", ".part"})


# ---- leads to CSV


def test_csv_starts_with_the_bom_and_reads_back_to_the_same_leads(
    services: Services, exporter: ExportService, clock, tmp_path: Path
) -> None:
    """Names in any script and notes with commas, quotes and line breaks come back as they
    were, with every column an import needs to recreate the lead."""
    spring = services.campaigns.create(
        CampaignDraft(name='Spring, "big" mailing', channel=CampaignChannel.NEWSLETTER)
    )
    zoe = services.leads.create(
        LeadDraft(
            name="Zoë Ångström-Łukasiewicz",
            company='Søren & Co, "Ltd"',
            email="zoe@example.com",
            website="https://example.com",
            source="referral",
            value="1200.50",
            notes='Said "call me, after 5"\nSecond line, with commas\n\tindented',
            stage=Stage.MQL,
            next_follow_up=date(2026, 11, 20),
            campaign_id=spring.id,
        )
    )
    clock.now += timedelta(days=1)
    services.contacts.log(zoe.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    services.contacts.log(zoe.id, ContactDraft(hat=Hat.SALES, channel=Channel.EMAIL))
    services.leads.create(LeadDraft(name="日本 太郎", company="株式会社テスト"))

    count = exporter.leads_csv(tmp_path / "leads.csv")

    data = (tmp_path / "leads.csv").read_bytes()
    assert data.startswith(BOM)
    assert not data.startswith(BOM + BOM)
    assert count == 2
    assert _cells(tmp_path / "leads.csv")[0] == list(LEAD_COLUMNS)
    rows = _rows(tmp_path / "leads.csv")
    # By name, like every list of leads.
    assert [r["Name"] for r in rows] == ["Zoë Ångström-Łukasiewicz", "日本 太郎"]
    assert rows[0] == {
        "Name": "Zoë Ångström-Łukasiewicz",
        "Company": 'Søren & Co, "Ltd"',
        "Email": "zoe@example.com",
        "Phone": "",
        "Website": "https://example.com",
        "Source": "referral",
        "Stage": "mql",
        "Value": "1200.50",
        "Notes": 'Said "call me, after 5"\nSecond line, with commas\n\tindented',
        "Next follow-up": "2026-11-20",
        # Created 09:00 UTC, in the owner's zone with its offset.
        "Created": "2026-11-16T10:00:00+01:00",
        "Contact count": "2",
        "Last contact": "2026-11-17T10:00:00+01:00",
        "Campaign": 'Spring, "big" mailing',
    }
    assert rows[1]["Company"] == "株式会社テスト"
    assert rows[1]["Stage"] == "lead"
    assert rows[1]["Value"] == rows[1]["Last contact"] == rows[1]["Campaign"] == ""
    assert rows[1]["Contact count"] == "0"


def test_csv_rows_end_with_crlf_and_line_breaks_stay_inside_their_cell(
    services: Services, exporter: ExportService, tmp_path: Path
) -> None:
    services.leads.create(LeadDraft(name="Ann", notes="one\ntwo"))

    exporter.leads_csv(tmp_path / "leads.csv")

    text = (tmp_path / "leads.csv").read_bytes().decode("utf-8-sig")
    assert text.endswith("\r\n")
    assert '"one\ntwo"' in text
    assert len(_cells(tmp_path / "leads.csv")) == 2


def test_contacts_counted_before_import_are_part_of_the_count(
    services: Services, exporter: ExportService, db_path: Path, tmp_path: Path
) -> None:
    """A file imported into a new database has no logged contacts: the count and the last
    contact it carries are every touch known, logged here or counted by another CRM."""
    lead = services.leads.create(LeadDraft(name="Ann"))
    services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    _poke(
        db_path,
        "UPDATE leads SET imported_contact_count = 4, imported_last_contact_at = ? WHERE id = ?",
        "2026-12-01 08:00:00.000000",
        lead.id,
    )

    exporter.leads_csv(tmp_path / "leads.csv")

    (row,) = _rows(tmp_path / "leads.csv")
    assert row["Contact count"] == "5"
    assert row["Last contact"] == "2026-12-01T09:00:00+01:00"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("a=b", "a=b"),
        ("'quoted'", "'quoted'"),
        (" =1", " =1"),
        ("", ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_a_quote(typed: str, written: str) -> None:
    assert neutralise_cell(typed) == written
    assert restore_cell(written) == typed


def test_formula_cells_are_neutralised_in_the_file(
    services: Services, exporter: ExportService, db_path: Path, tmp_path: Path
) -> None:
    """What OWASP lists, wherever it is: name, company, source, notes, phone. Tab and CR
    cannot be typed into a lead, so they are put into the file behind the service's back:
    the export does not trust that what is stored was checked."""
    formula = services.leads.create(
        LeadDraft(
            name="=SUM(A1)",
            company="+1",
            source="-1",
            notes="@x",
            phone="+49 30 1234567",
        )
    )
    raw = services.leads.create(LeadDraft(name="Raw"))
    _poke(db_path, "UPDATE leads SET notes = ?, source = ? WHERE id = ?", "\tx", "\rx", raw.id)
    _poke(db_path, "UPDATE leads SET company = ? WHERE id = ?", '=HYPERLINK("x")', formula.id)

    exporter.leads_csv(tmp_path / "leads.csv")

    by_name = {r["Name"]: r for r in _rows(tmp_path / "leads.csv")}
    danger = by_name["'=SUM(A1)"]
    assert danger["Company"] == '\'=HYPERLINK("x")'
    assert danger["Source"] == "'-1"
    assert danger["Notes"] == "'@x"
    assert danger["Phone"] == "'+49 30 1234567"
    assert by_name["Raw"]["Notes"] == "'\tx"
    assert by_name["Raw"]["Source"] == "'\rx"
    for row in _cells(tmp_path / "leads.csv"):
        assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row), row


@given(st.text())
@settings(max_examples=500)
def test_no_cell_ever_starts_a_formula_and_the_import_gets_the_text_back(text: str) -> None:
    """For any text: the cell, after a trip through a CSV file, never starts with a formula
    character, and taking off one quote as the importer does gives the text back."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow([neutralise_cell(text), "next"])
    buffer.seek(0)
    (cells,) = list(csv.reader(buffer))
    assert not cells[0].startswith(FORMULA_TRIGGERS)
    assert restore_cell(cells[0]) == text
    assert cells[1] == "next"


_typed = st.text(
    alphabet=st.sampled_from("=+-@'\t\r\n ,\"aZäø日本;") | st.characters(), min_size=1, max_size=30
)


@given(name=_typed, company=_typed, notes=_typed)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_no_exported_cell_starts_a_formula_for_any_lead(
    services: Services, exporter: ExportService, tmp_path: Path, name: str, company: str, notes: str
) -> None:
    """End to end, for whatever is typed into a lead that the service accepts."""
    try:
        services.leads.create(LeadDraft(name=name, company=company, notes=notes))
    except ValidationError:
        return
    path = tmp_path / "leads.csv"

    exporter.leads_csv(path)

    for row in _cells(path):
        assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row), row
    stored = {(lead.name, lead.company, lead.notes) for lead in services.leads.listing()}
    read = {
        (restore_cell(r["Name"]), restore_cell(r["Company"]), restore_cell(r["Notes"]))
        for r in _rows(path)
    }
    assert read == stored


def test_stage_picks_the_leads_of_one_stage(
    services: Services, exporter: ExportService, tmp_path: Path
) -> None:
    services.leads.create(LeadDraft(name="Ann", stage=Stage.MQL))
    services.leads.create(LeadDraft(name="Bob", stage=Stage.LEAD))
    services.leads.create(LeadDraft(name="Cy", stage=Stage.MQL))

    count = exporter.leads_csv(tmp_path / "mql.csv", Stage.MQL)

    assert count == 2
    assert [(r["Name"], r["Stage"]) for r in _rows(tmp_path / "mql.csv")] == [
        ("Ann", "mql"),
        ("Cy", "mql"),
    ]
    assert exporter.leads_csv(tmp_path / "lost.csv", Stage.LOST) == 0
    assert _cells(tmp_path / "lost.csv") == [list(LEAD_COLUMNS)]


# ---- tasks and follow-ups to iCalendar


@pytest.fixture
def planned(services: Services, clock) -> dict[str, int]:
    """Two tasks per hat (one sales task done), three leads with follow-ups, one of them lost."""
    ann = services.leads.create(
        LeadDraft(
            name="Ann Archer",
            company="Archer Ltd",
            email="ann@example.com",
            phone="+1 415 555 2671",
            stage=Stage.SQL,
            next_follow_up=date(2026, 11, 20),
        )
    )
    services.contacts.log(ann.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    bob = services.leads.create(LeadDraft(name="Bob Baker", next_follow_up=date(2026, 11, 18)))
    gone = services.leads.create(LeadDraft(name="Gone", next_follow_up=date(2026, 11, 19)))
    services.leads.change_stage(gone.id, Stage.LOST, reason="no budget")
    spring = services.campaigns.create(
        CampaignDraft(name="Spring mailing", channel=CampaignChannel.NEWSLETTER)
    )
    newsletter = services.tasks.create(
        TaskDraft(
            title="Write the newsletter",
            hat=Hat.MARKETING,
            due=date(2026, 11, 25),
            notes="Topic: spring offer",
            campaign_id=spring.id,
        )
    )
    services.tasks.create(TaskDraft(title="Plan the webinar", hat=Hat.MARKETING))
    call = services.tasks.create(
        TaskDraft(title="Call Ann", hat=Hat.SALES, due=date(2026, 11, 17), lead_id=ann.id)
    )
    clock.now += timedelta(hours=3)
    services.tasks.set_done(call.id)
    proposal = services.tasks.create(
        TaskDraft(title="Send the proposal", hat=Hat.SALES, due=date(2026, 11, 19))
    )
    return {
        "ann": ann.id,
        "bob": bob.id,
        "newsletter": newsletter.id,
        "call": call.id,
        "proposal": proposal.id,
    }


def _todos(path: Path) -> dict[str, Calendar]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(todo["summary"]): todo for todo in calendar.walk("VTODO")}


def test_every_task_and_follow_up_is_a_todo(
    planned: dict[str, int], exporter: ExportService, clock, tmp_path: Path
) -> None:
    path = tmp_path / "tasks.ics"

    count = exporter.tasks_ics(path)

    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar["prodid"] == "-//Funnel Planner//EN"
    assert calendar["version"] == "2.0"
    assert calendar["calscale"] == "GREGORIAN"
    assert calendar["x-wr-calname"] == "Funnel Planner"
    todos = _todos(path)
    assert count == len(calendar.walk("VTODO")) == 6
    # The lost lead's follow-up is not work any more.
    assert set(todos) == {
        "Write the newsletter",
        "Plan the webinar",
        "Call Ann",
        "Send the proposal",
        "Follow up: Ann Archer (Archer Ltd)",
        "Follow up: Bob Baker",
    }
    newsletter = todos["Write the newsletter"]
    due = newsletter.decoded("due")
    assert due == date(2026, 11, 25)
    assert not isinstance(due, datetime)
    assert newsletter["status"] == "NEEDS-ACTION"
    assert newsletter.categories == ["Marketing"]
    assert newsletter["description"] == "Topic: spring offer\n\nCampaign: Spring mailing"
    assert newsletter.decoded("dtstamp") == clock.now
    assert "due" not in todos["Plan the webinar"]
    assert "description" not in todos["Plan the webinar"]

    call = todos["Call Ann"]
    assert call["status"] == "COMPLETED"
    assert call.decoded("completed") == datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
    assert call["description"] == "Lead: Ann Archer"
    assert call.categories == ["Sales"]
    assert "completed" not in todos["Send the proposal"]

    ann = todos["Follow up: Ann Archer (Archer Ltd)"]
    assert ann.decoded("due") == date(2026, 11, 20)
    assert not isinstance(ann.decoded("due"), datetime)
    assert ann["status"] == "NEEDS-ACTION"
    assert ann.categories == ["Sales"]
    assert ann["description"] == (
        "Stage: SQL\nContacts: 1\nPhone: +1 415-555-2671\nEmail: ann@example.com"
    )
    assert todos["Follow up: Bob Baker"]["description"] == "Stage: Lead\nContacts: 0"


def test_events_for_google_calendar_are_all_day_on_the_due_date(
    planned: dict[str, int], exporter: ExportService, tmp_path: Path
) -> None:
    """Google Calendar imports no to-dos: the events file puts each dated item on its day
    (done tasks ticked), keeps the UIDs, and leaves out what has no date."""
    todos_path, events_path = tmp_path / "todos.ics", tmp_path / "events.ics"
    exporter.tasks_ics(todos_path)

    count = exporter.tasks_ics(events_path, as_events=True)

    calendar = Calendar.from_ical(events_path.read_bytes())
    assert calendar.walk("VTODO") == []
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert count == len(events) == 5  # "Plan the webinar" has no date
    assert "Plan the webinar" not in events
    newsletter = events["Write the newsletter"]
    assert newsletter.decoded("dtstart") == date(2026, 11, 25)
    assert newsletter.decoded("dtend") == date(2026, 11, 26)
    assert newsletter["transp"] == "TRANSPARENT"
    assert "✓ Call Ann" in events
    assert events["Follow up: Bob Baker"].decoded("dtstart") == date(2026, 11, 18)
    todo_uids = {
        str(t["summary"]): str(t["uid"])
        for t in Calendar.from_ical(todos_path.read_bytes()).walk("VTODO")
    }
    assert str(newsletter["uid"]) == todo_uids["Write the newsletter"]


def test_one_hat_at_a_time_and_follow_ups_are_sales_work(
    planned: dict[str, int], exporter: ExportService, tmp_path: Path
) -> None:
    marketing = exporter.tasks_ics(tmp_path / "marketing.ics", Hat.MARKETING)
    sales = exporter.tasks_ics(tmp_path / "sales.ics", Hat.SALES)

    assert (marketing, sales) == (2, 4)
    assert set(_todos(tmp_path / "marketing.ics")) == {"Write the newsletter", "Plan the webinar"}
    assert set(_todos(tmp_path / "sales.ics")) == {
        "Call Ann",
        "Send the proposal",
        "Follow up: Ann Archer (Archer Ltd)",
        "Follow up: Bob Baker",
    }
    calendar = Calendar.from_ical((tmp_path / "sales.ics").read_bytes())
    assert calendar["x-wr-calname"] == "Funnel Planner: Sales"


def test_lines_end_with_crlf_and_fold_at_75_octets(
    services: Services, exporter: ExportService, tmp_path: Path
) -> None:
    """What Thunderbird, Apple and Google expect: CRLF, no line over 75 octets (long and
    multi-byte text folded, never inside a character), and no byte-order mark."""
    long_text = "Zoë Ångström 日本語のメモ, with commas; and more. " * 20
    services.tasks.create(
        TaskDraft(title="Ring " + "日本語" * 40, hat=Hat.SALES, notes=long_text + "\nend")
    )
    services.leads.create(
        LeadDraft(
            name="Łukasz " + "Ø" * 100, company="株式会社" * 20, next_follow_up=date(2026, 11, 20)
        )
    )
    path = tmp_path / "tasks.ics"

    exporter.tasks_ics(path)

    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    todos = _todos(path)
    assert "Ring " + "日本語" * 40 in todos
    assert todos["Ring " + "日本語" * 40]["description"] == long_text + "\nend"


def _uids(path: Path) -> dict[str, str]:
    return {summary: str(todo["uid"]) for summary, todo in _todos(path).items()}


def test_uids_stay_the_same_from_one_export_to_the_next(
    services: Services, planned: dict[str, int], exporter: ExportService, clock, tmp_path: Path
) -> None:
    """A later export re-imported updates the to-dos already there: the same task or the
    same lead's follow-up keeps its UID even when its title or date changed."""
    exporter.tasks_ics(tmp_path / "first.ics")
    clock.now += timedelta(days=2)
    task = services.tasks.get(planned["proposal"])
    services.tasks.update(
        task.id, TaskDraft(title="Send the new proposal", hat=Hat.SALES, due=task.due)
    )
    services.leads.set_follow_up(planned["bob"], date(2026, 12, 1))

    exporter.tasks_ics(tmp_path / "second.ics")

    first, second = _uids(tmp_path / "first.ics"), _uids(tmp_path / "second.ics")
    assert len(set(first.values())) == len(first) == 6
    assert second["Send the new proposal"] == first["Send the proposal"]
    assert second["Follow up: Bob Baker"] == first["Follow up: Bob Baker"]
    assert set(second.values()) == set(first.values())
    assert all(
        re.fullmatch(r"(task|follow-up)-\d+-[0-9a-f]{32}@funnelplanner", u) for u in first.values()
    )
    assert _todos(tmp_path / "second.ics")["Follow up: Bob Baker"].decoded("due") == date(
        2026, 12, 1
    )


def test_another_database_gives_other_uids(
    planned: dict[str, int], exporter: ExportService, clock, tmp_path: Path
) -> None:
    """Task 1 of one data file is not task 1 of another: importing both keeps both."""
    other = Services.open(tmp_path / "other.sqlite", clock=clock)
    try:
        other.tasks.create(TaskDraft(title="Write the newsletter", hat=Hat.MARKETING))
        ExportService(other.database.sessions, clock, BERLIN).tasks_ics(tmp_path / "other.ics")
    finally:
        other.close()
    exporter.tasks_ics(tmp_path / "mine.ics")

    mine = _uids(tmp_path / "mine.ics")["Write the newsletter"]
    theirs = _uids(tmp_path / "other.ics")["Write the newsletter"]
    assert mine.startswith("task-1-") and theirs.startswith("task-1-")
    assert mine != theirs


# ---- the files: whole or not at all, the owner's only


@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_the_file_is_readable_by_its_owner_only_and_replaces_an_older_one(
    planned: dict[str, int], exporter: ExportService, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"export.{kind}"
    path.write_text("last week's export")
    path.chmod(0o644)

    if kind == "csv":
        exporter.leads_csv(path)
    else:
        exporter.tasks_ics(path)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "last week" not in path.read_text(encoding="utf-8-sig")
    assert _leftovers(tmp_path) == [path.name]


@pytest.mark.parametrize("kind", ["csv", "ics"])
@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing/export.{kind}", "does not exist"),
        ("folder", "is a folder"),
        ("afile.txt/export.{kind}", "is a file, not a folder"),
    ],
    ids=["missing-folder", "a-folder", "under-a-file"],
)
def test_a_path_that_cannot_be_written_is_an_error_naming_it_and_changes_nothing(
    planned: dict[str, int],
    exporter: ExportService,
    dump,
    tmp_path: Path,
    kind: str,
    where: str,
    reason: str,
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "afile.txt").write_text("not a folder")
    path = tmp_path / where.format(kind=kind)
    before = dump()

    with pytest.raises(ExportFileError, match=re.escape(str(path))) as raised:
        if kind == "csv":
            exporter.leads_csv(path)
        else:
            exporter.tasks_ics(path)

    assert reason in str(raised.value)
    assert isinstance(raised.value, OSError)
    assert isinstance(raised.value, FunnelPlannerError)
    assert _leftovers(tmp_path) == []
    assert not (tmp_path / "missing").exists()
    # Not even the database's identity is kept for a calendar that was never written.
    assert dump() == before


def test_a_failure_midway_leaves_the_older_file_and_no_part(
    planned: dict[str, int],
    exporter: ExportService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "leads.csv"
    path.write_text("the old export")
    calls = iter(range(1000))

    def failing(text: str) -> str:
        if next(calls) == 20:  # a few rows in
            raise RuntimeError("disk trouble")
        return text

    monkeypatch.setattr(exporting, "neutralise_cell", failing)

    with pytest.raises(RuntimeError, match="disk trouble"):
        exporter.leads_csv(path)

    assert path.read_text() == "the old export"
    assert _leftovers(tmp_path) == ["leads.csv"]


def test_a_full_disk_is_an_error_naming_the_file(
    planned: dict[str, int],
    exporter: ExportService,
    dump,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An OSError while writing (here: the disk fills up) names the file, removes the
    half-written one and keeps nothing in the database."""
    path = tmp_path / "tasks.ics"
    before = dump()

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(whole_file.os, "fsync", full)

    with pytest.raises(ExportFileError, match=re.escape(f"{path}: No space left on device")):
        exporter.tasks_ics(path)

    assert _leftovers(tmp_path) == []
    assert dump() == before


# ---- progress and Cancel (the window runs exports on a worker with a progress dialog)


def _many_leads(services: Services, count: int) -> None:
    for number in range(count):
        services.leads.create(
            LeadDraft(name=f"Lead {number:04d}", next_follow_up=date(2026, 12, 1 + number % 28))
        )


def test_the_progress_of_a_csv_export_climbs_to_every_lead(
    services: Services, exporter: ExportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 4)
    _many_leads(services, 10)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    assert exporter.leads_csv(tmp_path / "leads.csv", progress=progress) == 10
    assert told == [(0, 10), (4, 10), (8, 10), (10, 10)]
    assert len(_rows(tmp_path / "leads.csv")) == 10


@pytest.mark.parametrize("after", [0, 4, 10], ids=["at-once", "midway", "at-the-end"])
def test_a_cancelled_csv_export_leaves_the_older_file_and_no_part(
    services: Services,
    exporter: ExportService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    after: int,
) -> None:
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 4)
    _many_leads(services, 10)
    path = tmp_path / "leads.csv"
    path.write_text("the old export")

    with pytest.raises(exporting.ExportCancelled, match="no file was written"):
        exporter.leads_csv(path, progress=lambda done, _total: done < after)

    assert path.read_text() == "the old export"
    assert _leftovers(tmp_path) == ["leads.csv"]


@pytest.mark.parametrize("as_events", [False, True], ids=["to-dos", "events"])
def test_a_cancelled_calendar_export_writes_nothing_and_keeps_no_new_database_id(
    services: Services,
    planned: dict[str, int],
    exporter: ExportService,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    as_events: bool,
) -> None:
    """The first calendar export gives the data file its id; cancelled, it gives none, so
    the next export's UIDs are the ones the cancelled file would have had."""
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 2)
    told: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 2

    with pytest.raises(exporting.ExportCancelled):
        exporter.tasks_ics(tmp_path / "work.ics", as_events=as_events, progress=cancel_midway)

    assert told[0][0] == 0 and told[-1][0] == 2
    assert _leftovers(tmp_path) == []
    stored = sqlite3.connect(db_path).execute(
        "SELECT count(*) FROM settings WHERE key = ?", (exporting.DATABASE_ID_KEY,)
    )
    assert stored.fetchone() == (0,)


def test_the_progress_of_a_calendar_export_ends_at_every_item(
    services: Services,
    planned: dict[str, int],
    exporter: ExportService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 2)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    written = exporter.tasks_ics(tmp_path / "work.ics", progress=progress)

    assert told[0] == (0, written) and told[-1] == (written, written)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert len(_todos(tmp_path / "work.ics")) == written
