"""Generated databases of realistic leads, cached by size and generator version.

Leads get names, companies, channels, a stage history and about ten contacts each,
written through ``bulk_insert`` into the schema ``open_database`` creates. Lead 1 has
``HEAVY_CONTACTS`` contacts (the open-a-lead benchmark) and ``FOLLOW_UPS`` leads are due
in ``BENCH_MONTH`` (the plan benchmark).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.bulk import bulk_insert
from funnelplanner.domain.month import Month
from funnelplanner.domain.text_rules import fold, search_key
from funnelplanner.storage import revisions
from funnelplanner.storage.database import open_database
from funnelplanner.storage.rows import (
    CampaignRow,
    ContactRow,
    LeadRow,
    StageChangeRow,
    TaskRow,
)

# Bump when the generated data changes shape, so cached files are made again.
GENERATOR_VERSION = 2
CACHE = Path(__file__).resolve().parent / ".cache"
NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)
BENCH_MONTH = Month(2026, 11)
HEAVY_LEAD_ID = 1
HEAVY_CONTACTS = 1000
FOLLOW_UPS = 2000
# Leads are written a slice at a time so a 1M-lead run never holds every contact at once.
LEAD_SLICE = 5000

FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Henry",
    "Isla",
    "Jack",
    "Karin",
    "Liam",
    "Maria",
    "Noah",
    "Olivia",
    "Paul",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Umar",
    "Vera",
    "Will",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Amelia",
    "Bruno",
    "Chloé",
    "Dmitri",
    "Elif",
    "François",
    "Gabriela",
    "Hiroshi",
    "Ingrid",
    "José",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Oskar",
    "Priya",
    "Rafael",
    "Sofia",
    "Thomas",
    "Ülkü",
    "Wei",
    "Yara",
    "Zoltán",
    "Ahmed",
    "Björn",
    "Camille",
    "Deepak",
    "Eva",
    "Fatima",
    "Giulia",
    "Hannah",
    "Ivan",
    "Jana",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Dubois",
    "Lefèvre",
    "Rossi",
    "Russo",
    "Ferrari",
    "Novak",
    "Kowalski",
    "Nowak",
    "Yamamoto",
    "Tanaka",
    "Kim",
    "Park",
    "Chen",
    "Wang",
    "Singh",
    "Patel",
    "Khan",
    "Ødegaard",
    "Andersson",
    "Johansson",
    "Virtanen",
    "O'Brien",
    "Murphy",
    "Kelly",
    "Silva",
    "Santos",
    "Oliveira",
]
COMPANY_WORDS = [
    "Acme",
    "Blue",
    "Bright",
    "Cedar",
    "Delta",
    "Evergreen",
    "Falcon",
    "Granite",
    "Harbor",
    "Iron",
    "Juniper",
    "Keystone",
    "Lumen",
    "Maple",
    "Northwind",
    "Orbit",
    "Pioneer",
    "Quarry",
    "Redwood",
    "Summit",
    "Tidal",
    "Union",
    "Vertex",
    "Willow",
    "Zenith",
    "Alpen",
    "Nordlicht",
    "Soleil",
    "Aurora",
    "Kestrel",
    "Meridian",
    "Riverbend",
    "Stonegate",
    "Clearwater",
]
COMPANY_KINDS = [
    "Consulting",
    "Bakery",
    "Dental",
    "Studio",
    "Logistics",
    "Partners",
    "Labs",
    "Design",
    "Fitness",
    "Legal",
    "Garden Centre",
    "Architects",
    "Software",
    "Print Shop",
    "Cafe",
    "Accounting",
    "Photography",
    "Plumbing",
    "Realty",
    "Yoga",
]
SUFFIXES = ("", " GmbH", " Ltd", " LLC", " Inc.", " & Co", " S.A.", "")
DOMAINS = ("gmail.com", "outlook.com", "example.com", "mail.de", "yahoo.com", "proton.me")
SOURCES = [
    "website",
    "referral",
    "LinkedIn",
    "newsletter",
    "trade fair",
    "cold call",
    "Google Ads",
    "Instagram",
    "podcast",
    "partner",
    "webinar",
    "walk-in",
]
CAMPAIGN_CHANNELS = ("newsletter", "ads", "blog_seo", "social", "webinar", "event", "referral")
CHANNELS = ("phone", "email", "text", "meeting", "video_call", "social", "event", "newsletter")
OUTCOMES = (
    "",
    "Left a voicemail",
    "Sent the price list",
    "Wants a call next week",
    "Asked for references",
    "Booked a demo",
    "Not interested right now",
    "Sent proposal",
    "Follow up after holidays",
)
NOTES = ("", "", "Budget approved in Q1", "Decision maker is the partner", "Prefers email")
# (stage, weight): most leads sit early in the funnel.
STAGES = (
    ("prospect", 30),
    ("lead", 25),
    ("mql", 15),
    ("sql", 10),
    ("customer", 8),
    ("promoter", 2),
    ("lost", 10),
)
FUNNEL = ("prospect", "lead", "mql", "sql", "customer", "promoter")
HISTORY_DAYS = 700


def cached_database(size: int, log: bool = True) -> Path:
    """The generated database of ``size`` leads, made on the first call and reused after."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"leads-{size}-g{GENERATOR_VERSION}-s{revisions.head_revision()}.sqlite"
    if path.exists():
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    generate(partial, size)
    partial.rename(path)
    if log:
        print(f"generated {size:,} leads in {time.perf_counter() - started:.1f} s: {path.name}")
    return path


def generate(path: Path, size: int, seed: int | None = None) -> None:
    """Write ``size`` leads with their history and contacts into a new database file."""
    rng = random.Random(size if seed is None else seed)
    database = open_database(path, start_backup=False)
    try:
        with database.engine.begin() as connection:
            campaign_ids = list(range(1, 21))
            bulk_insert(connection, CampaignRow.__table__, _campaigns(rng, campaign_ids))
            due = _due_leads(size)
            for first in range(1, size + 1, LEAD_SLICE):
                ids = range(first, min(first + LEAD_SLICE, size + 1))
                leads, changes, contacts = _slice(rng, ids, due, campaign_ids)
                bulk_insert(connection, LeadRow.__table__, leads)
                bulk_insert(connection, StageChangeRow.__table__, changes)
                bulk_insert(connection, ContactRow.__table__, contacts)
            bulk_insert(connection, TaskRow.__table__, _tasks(rng, size))
    finally:
        # Closing the last connection checkpoints the WAL into the file itself.
        database.close()


def _due_leads(size: int) -> set[int]:
    """Leads with a follow-up in the bench month, spread evenly through the ids."""
    wanted = min(FOLLOW_UPS, size)
    step = max(1, size // wanted)
    return set(range(1, size + 1, step)[:wanted])


def _campaigns(rng: random.Random, ids: list[int]) -> Iterator[dict[str, Any]]:
    for campaign_id in ids:
        start = NOW.date() - timedelta(days=rng.randint(0, HISTORY_DAYS))
        yield {
            "id": campaign_id,
            "name": f"{rng.choice(COMPANY_WORDS)} {rng.choice(SOURCES)} push {campaign_id}",
            "channel": rng.choice(CAMPAIGN_CHANNELS),
            "start": start,
            "end": start + timedelta(days=rng.randint(7, 90)),
            "budget_cents": rng.randint(0, 500_000),
            "expected_leads": rng.randint(5, 500),
            "notes": "",
            "created_at": NOW - timedelta(days=HISTORY_DAYS + 1),
        }


def _slice(
    rng: random.Random, ids: range, due: set[int], campaign_ids: list[int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    leads: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    stage_names = [s for s, _ in STAGES]
    weights = [w for _, w in STAGES]
    for lead_id in ids:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        company = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}{rng.choice(SUFFIXES)}"
        if rng.random() < 0.15:
            company = ""
        local = f"{first}.{last}{lead_id}".lower().encode("ascii", "ignore").decode()
        email = f"{local.replace(' ', '').replace(chr(39), '')}@{rng.choice(DOMAINS)}"
        area = rng.randint(201, 989)
        phone = f"+1 {area} 555 {lead_id % 10_000:04d}"
        phone_key = f"+1{area}555{lead_id % 10_000:04d}"
        source = rng.choice(SOURCES)
        stage = rng.choices(stage_names, weights)[0]
        created = NOW - timedelta(days=rng.randint(1, HISTORY_DAYS), seconds=rng.randint(0, 86399))
        changes.extend(_history(rng, lead_id, stage, created))
        count = HEAVY_CONTACTS if lead_id == HEAVY_LEAD_ID else rng.randint(0, 20)
        last_at = None
        span = (NOW - created).total_seconds()
        times = sorted(created + timedelta(seconds=rng.random() * span) for _ in range(count))
        for at in times:
            contacts.append(_contact(rng, lead_id, stage, at, campaign_ids))
            last_at = at
        follow_up: date | None = None
        if lead_id in due:
            follow_up = BENCH_MONTH.first_day + timedelta(days=rng.randint(0, 27))
        elif rng.random() < 0.3:
            follow_up = NOW.date() + timedelta(days=rng.choice((-1, 1)) * rng.randint(31, 200))
        leads.append(
            {
                "id": lead_id,
                "name": name,
                "company": company,
                "email": email,
                "phone": phone,
                "phone_key": phone_key,
                "website": "",
                "name_key": fold(name),
                "company_key": fold(company),
                "email_key": fold(email),
                "search_key": search_key(name, company, email, phone, phone_key, source),
                "source": source,
                "value_cents": rng.choice((None, rng.randint(50_00, 50_000_00))),
                "notes": rng.choice(NOTES),
                "stage": stage,
                "next_follow_up": follow_up,
                "contact_count": count,
                "last_contact_at": last_at,
                "created_at": created,
                "updated_at": last_at or created,
                "campaign_id": rng.choice(campaign_ids) if rng.random() < 0.3 else None,
                "imported_contact_count": 0,
                "imported_last_contact_at": None,
            }
        )
    return leads, changes, contacts


def _history(
    rng: random.Random, lead_id: int, stage: str, created: datetime
) -> Iterator[dict[str, Any]]:
    """The stages the lead passed through on its way to where it is now."""
    if stage == "lost":
        path = [*FUNNEL[: rng.randint(1, 4)], "lost"]
    else:
        path = list(FUNNEL[: FUNNEL.index(stage) + 1])
    at = created
    for step in path:
        yield {
            "lead_id": lead_id,
            "stage": step,
            "entered_at": at,
            "reason": "Stopped answering" if step == "lost" else "",
            "override": False,
        }
        at = min(NOW, at + timedelta(days=rng.randint(1, 40)))


def _contact(
    rng: random.Random, lead_id: int, stage: str, at: datetime, campaign_ids: list[int]
) -> dict[str, Any]:
    return {
        "lead_id": lead_id,
        "at": at,
        "hat": "marketing" if stage in ("prospect", "lead", "mql") else "sales",
        "channel": rng.choice(CHANNELS),
        "direction": "outbound" if rng.random() < 0.7 else "inbound",
        "outcome": rng.choice(OUTCOMES),
        "note": rng.choice(NOTES),
        "campaign_id": rng.choice(campaign_ids) if rng.random() < 0.1 else None,
    }


def _tasks(rng: random.Random, size: int) -> Iterator[dict[str, Any]]:
    """A month's worth of marketing and sales tasks, some on leads."""
    for number in range(200):
        due = BENCH_MONTH.first_day + timedelta(days=rng.randint(-20, 40))
        done = due < NOW.date() and rng.random() < 0.6
        yield {
            "hat": "marketing" if number % 2 else "sales",
            "title": f"{rng.choice(('Call', 'Email', 'Post', 'Plan', 'Write'))} task {number}",
            "due": due,
            "done": done,
            "done_at": NOW - timedelta(days=1) if done else None,
            "lead_id": rng.randint(1, size) if rng.random() < 0.5 else None,
            "notes": "",
            "created_at": NOW - timedelta(days=30),
            "campaign_id": None,
        }
