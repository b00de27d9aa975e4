"""Exporting: leads to a CSV file a spreadsheet opens, tasks and follow-ups to iCalendar.

One class like the other services rather than functions over ``Services``: each export
reads leads, tasks and campaign names in one transaction (one consistent picture), stamps
the calendar with the injected clock (so tests can pin DTSTAMP), and the calendar export
keeps the database's identity in the same transaction as the file it writes.

Both files appear whole or not at all (written beside the target, then renamed into
place) and, like the data file, are readable by the owner only: they list every lead.
"""

from __future__ import annotations

import contextlib
import csv
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, Any

from icalendar import Calendar, Event, Todo
from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.csv_cells import LEAD_COLUMNS, neutralise_cell
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Lead, LeadQuery, Task
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.services.clock import Clock
from funnelplanner.services.whole_file import replacing
from funnelplanner.storage import (
    campaign_repository,
    lead_repository,
    planning_queries,
    settings_repository,
    task_repository,
)

PRODID = "-//Funnel Planner//EN"
CALENDAR_NAME = "Funnel Planner"
# A random id kept in the data file, so a task's UID is unique across databases (two
# files' "task 1" are different to-dos) yet the same in every export of one file.
DATABASE_ID_KEY = "database_id"
UID_DOMAIN = "funnelplanner"


# (done, total) after every few hundred items written; False cancels the export.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 500


class ExportCancelled(FunnelPlannerError):
    """The owner cancelled an export: no file was written, the data file is unchanged."""


class ExportFileError(FunnelPlannerError, OSError):
    """The export file cannot be written; the message names it. Nothing was left behind.

    An OSError, since the file system refused; a FunnelPlannerError, so every face
    reports it as the one-line message it reports for any other refusal.
    """


class ExportService:
    """Leads to CSV and work to iCalendar, each export one read of the data file."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, zone: tzinfo) -> None:
        self._sessions = sessions
        self._clock = clock
        # Times in the spreadsheet read as the owner's own clock, with the offset.
        self.zone = zone

    def leads_csv(
        self, path: Path, stage: Stage | None = None, progress: Progress | None = None
    ) -> int:
        """Write the leads (of one stage), by name, to a CSV file; returns how many.

        UTF-8 with a byte-order mark, so Excel and LibreOffice read the accents; every
        cell a spreadsheet would run as a formula starts with a single quote. The leads
        are read and written as they come, in one transaction.

        Raises:
            ExportFileError naming the file; no file is left behind.
            ExportCancelled when ``progress`` returns False; no file is left behind.
        """
        query = LeadQuery(stage=stage)
        with self._sessions.begin() as session:
            total = lead_repository.count(session, query)
            campaigns = campaign_repository.all_names(session)
            written = 0
            with _replacing(path, encoding="utf-8-sig") as stream:
                writer = csv.writer(stream)  # RFC 4180: CRLF rows, quotes only where needed
                writer.writerow(LEAD_COLUMNS)
                _report(progress, 0, total)
                for lead in lead_repository.each_lead(session, query):
                    name = campaigns.get(lead.campaign_id, "") if lead.campaign_id else ""
                    writer.writerow([neutralise_cell(c) for c in self._lead_cells(lead, name)])
                    written += 1
                    if written % PROGRESS_EVERY == 0:
                        _report(progress, written, total)
                _report(progress, written, total)
        return written

    def tasks_ics(
        self,
        path: Path,
        hat: Hat | None = None,
        as_events: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """Write the tasks (of one hat) and the leads' next follow-ups as to-dos in an
        iCalendar file; returns how many to-dos. Follow-ups are sales work: the
        marketing hat's file has none; a lost lead's follow-up is not work any more.

        ``as_events`` writes all-day events instead, for calendars that import no to-dos
        (Google Calendar); items without a date are left out, since an event needs one.

        Raises:
            ExportFileError naming the file; no file is left behind.
            ExportCancelled when ``progress`` returns False; no file is left behind and
            the data file is unchanged.
        """
        stamp = self._clock().astimezone(UTC)
        with self._sessions.begin() as session:
            tasks = task_repository.listing(session, hat, include_done=True)
            follow_ups = (
                planning_queries.follow_ups_between(session, date.min, date.max)
                if hat in (None, Hat.SALES)
                else []
            )
            database_id = _database_id(session)
            todos = [_task_todo(task, database_id, stamp) for task in tasks]
            todos += [_follow_up_todo(lead, database_id, stamp) for lead in follow_ups]
            items: list[Todo] | list[Event] = (
                [e for e in map(_as_event, todos) if e is not None] if as_events else todos
            )
            # The calendar's own lines, then each item's: what calendar.to_ical() gives
            # with the items added, written an item at a time to tell the progress.
            head, end = _calendar(hat).to_ical().rsplit(b"END:VCALENDAR", 1)
            with _replacing(path) as stream:
                stream.write(head)  # CRLF lines folded at 75 octets
                _report(progress, 0, len(items))
                for done, item in enumerate(items, start=1):
                    stream.write(item.to_ical())
                    if done % PROGRESS_EVERY == 0:
                        _report(progress, done, len(items))
                stream.write(b"END:VCALENDAR" + end)
                _report(progress, len(items), len(items))
            # Leaving the block commits a new database id only now that its file exists.
        return len(items)

    def _lead_cells(self, lead: Lead, campaign: str) -> list[str]:
        return [
            lead.name,
            lead.company,
            lead.email,
            lead.phone,
            lead.website,
            lead.source,
            lead.stage.value,
            "" if lead.value is None else str(lead.value),
            lead.notes,
            _iso(lead.next_follow_up),
            self._local(lead.created_at),
            str(total_contacts(lead)),
            self._local(last_touch(lead)),
            campaign,
        ]

    def _local(self, moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(self.zone).isoformat("T", "seconds")


def _iso(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def total_contacts(lead: Lead) -> int:
    """Every touch known: logged here and counted by another CRM before import. A file
    imported into a new database has no logged contacts, so the total is what it keeps."""
    return lead.contact_count + lead.imported_contact_count


def last_touch(lead: Lead) -> datetime | None:
    known = [m for m in (lead.last_contact, lead.imported_last_contact) if m is not None]
    return max(known, default=None)


# ---- iCalendar


def _calendar(hat: Hat | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # The name a client gives the calendar it imports into.
    name = CALENDAR_NAME if hat is None else f"{CALENDAR_NAME}: {hat.label}"
    calendar.add("x-wr-calname", name)
    return calendar


def _task_todo(task: Task, database_id: str, stamp: datetime) -> Todo:
    todo = _todo(f"task-{task.id}", database_id, stamp, task.title, task.due)
    todo.add("created", task.created_at.astimezone(UTC))
    if task.done:
        todo.add("status", "COMPLETED")
        todo.add("percent-complete", 100)
        if task.done_at is not None:
            todo.add("completed", task.done_at.astimezone(UTC))
    else:
        todo.add("status", "NEEDS-ACTION")
    description = _description(
        task.notes, [_labelled("Lead", task.lead_name), _labelled("Campaign", task.campaign_name)]
    )
    if description:
        todo.add("description", description)
    todo.add("categories", [task.hat.label])
    return todo


def _follow_up_todo(lead: Lead, database_id: str, stamp: datetime) -> Todo:
    who = f"{lead.name} ({lead.company})" if lead.company else lead.name
    # One UID per lead, not per date: a moved follow-up updates the to-do already imported.
    todo = _todo(
        f"follow-up-{lead.id}", database_id, stamp, f"Follow up: {who}", lead.next_follow_up
    )
    todo.add("status", "NEEDS-ACTION")
    todo.add(
        "description",
        _description(
            "",
            [
                f"Stage: {lead.stage.label}",
                f"Contacts: {total_contacts(lead)}",
                _labelled("Phone", lead.phone),
                _labelled("Email", lead.email),
            ],
        ),
    )
    todo.add("categories", [Hat.SALES.label])
    return todo


def _todo(kind: str, database_id: str, stamp: datetime, summary: str, due: date | None) -> Todo:
    todo = Todo()
    todo.add("uid", f"{kind}-{database_id}@{UID_DOMAIN}")
    todo.add("dtstamp", stamp)
    todo.add("summary", summary)
    if due is not None:
        todo.add("due", due)  # a date: an all-day to-do, the same in every time zone
    return todo


def _as_event(todo: Todo) -> Event | None:
    """The to-do as an all-day event on its due date (a done task's title ticked)."""
    if "due" not in todo:
        return None
    day: date = todo.decoded("due")
    event = Event()
    event.add("uid", str(todo["uid"]))
    event.add("dtstamp", todo.decoded("dtstamp"))
    if "description" in todo:
        event.add("description", str(todo["description"]))
    if "categories" in todo:
        event["categories"] = todo["categories"]
    done = str(todo.get("status", "")) == "COMPLETED"
    event.add("summary", ("✓ " if done else "") + str(todo["summary"]))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
    return event


def _labelled(label: str, value: str) -> str:
    return f"{label}: {value}" if value else ""


def _description(text: str, facts: Sequence[str]) -> str:
    """Free text first, then the facts given, one a line, after a blank line."""
    listed = "\n".join(fact for fact in facts if fact)
    return "\n\n".join(part for part in (text, listed) if part)


def _database_id(session: Session) -> str:
    stored = settings_repository.read(session, DATABASE_ID_KEY)
    if isinstance(stored, str) and stored:
        return stored
    made = uuid.uuid4().hex
    settings_repository.write(session, DATABASE_ID_KEY, made)
    session.flush()  # take the write lock before the file is written, not after
    return made


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ExportCancelled(
            message(QT_TRANSLATE_NOOP("Messages", "Export cancelled: no file was written"))
        )


# ---- files


@contextlib.contextmanager
def _replacing(path: Path, encoding: str | None = None) -> Iterator[IO[Any]]:
    """A stream (text in ``encoding``, else bytes) into a file that replaces ``path``
    whole once the block completes; see ``whole_file.replacing``.

    Raises:
        ExportFileError naming ``path`` when the file system refuses.
    """
    with replacing(path, ExportFileError) as temporary:
        opened = (
            open(temporary, "wb")  # noqa: SIM115 - closed by the with below
            if encoding is None
            else open(temporary, "w", encoding=encoding, newline="")  # noqa: SIM115
        )
        with opened as stream:
            yield stream
