"""What contact counts say: how many touches a sale takes, and who is under- or over-worked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

# A lead with more than this many times the median contacts, and still open, may be
# over-worked: time to close it or let it go.
OVER_WORKED_FACTOR = 2


@dataclass(frozen=True)
class WonLead:
    """A customer won and how many contacts it took (contacts up to the close)."""

    lead_id: int
    contacts: int
    source: str
    campaign: str


@dataclass(frozen=True)
class MedianRow:
    group: str
    customers: int
    median_contacts: Decimal


def median_contacts(won: Iterable[WonLead]) -> Decimal | None:
    counts = [w.contacts for w in won]
    return Decimal(str(median(counts))) if counts else None


def medians_by(won: Iterable[WonLead], key: str) -> list[MedianRow]:
    """Median contacts to close per source or per campaign, most customers first."""
    groups: dict[str, list[int]] = defaultdict(list)
    for lead in won:
        groups[getattr(lead, key) or "(none)"].append(lead.contacts)
    rows = [MedianRow(g, len(c), Decimal(str(median(c)))) for g, c in groups.items()]
    return sorted(rows, key=lambda r: (-r.customers, r.group.casefold()))


def is_under_worked(contacts: int, typical: Decimal | None) -> bool:
    return typical is not None and contacts < typical


def is_over_worked(contacts: int, typical: Decimal | None) -> bool:
    return typical is not None and typical > 0 and contacts > typical * OVER_WORKED_FACTOR
