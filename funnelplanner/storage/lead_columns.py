"""A lead from a plain row of its stored facts, without SQLAlchemy.

The repository reads pages of leads as plain rows, and so does the window's first look at
a file (first_look.py), which runs before SQLAlchemy has loaded: both build leads here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any

from funnelplanner.domain.models import Lead
from funnelplanner.domain.vocabulary import Stage

# The columns of the leads table that a Lead holds, in the order of Lead's own fields.
LEAD_FACTS = (
    "id",
    "name",
    "company",
    "email",
    "phone",
    "website",
    "source",
    "value_cents",
    "notes",
    "stage",
    "next_follow_up",
    "contact_count",
    "last_contact_at",
    "created_at",
    "campaign_id",
    "imported_contact_count",
    "imported_last_contact_at",
)
_STAGES = {stage.value: stage for stage in Stage}


def facts_getter(columns: Sequence[str]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Takes LEAD_FACTS, in their order, out of a row of ``columns``: by position, in half
    the time of by name, which counts in lists of many leads (an export reads 100,000)."""
    position = {name: index for index, name in enumerate(columns)}
    return itemgetter(*(position[name] for name in LEAD_FACTS))


def lead_from_facts(v: Sequence[Any]) -> Lead:
    """A lead from the values of LEAD_FACTS, in that order, as Python types."""
    value, stage = cents_to_money(v[7]), _STAGES[v[9]]
    return Lead(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], value, v[8], stage,
        v[10], v[11], v[12], v[13], v[14], "", v[15], v[16],
    )  # fmt: skip


def cents_to_money(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def money_to_cents(value: Decimal | None) -> int | None:
    return None if value is None else int(value * 100)
