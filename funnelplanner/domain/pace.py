"""Ahead or behind: what a hat has delivered against an even pace through the month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from funnelplanner.domain.month import Month


class PaceKind(StrEnum):
    NOTHING_OWED = "nothing owed"
    NOT_STARTED = "not started"
    MET = "met"
    MISSED = "missed"
    AHEAD = "ahead of pace"
    BEHIND = "behind pace"


@dataclass(frozen=True)
class Pace:
    kind: PaceKind
    # MISSED: by how many; BEHIND: how many an even pace would have reached by today.
    amount: int = 0


def pace_of(done: int, owed: int, month: Month, today: date) -> Pace:
    """Where ``done`` of ``owed`` stands on ``today``, assuming work spreads evenly over the
    month; the screen words it in the owner's language."""
    if owed == 0:
        return Pace(PaceKind.NOTHING_OWED)
    if today < month.first_day:
        return Pace(PaceKind.NOT_STARTED)
    if today > month.last_day:
        return Pace(PaceKind.MET) if done >= owed else Pace(PaceKind.MISSED, owed - done)
    if done >= owed:
        return Pace(PaceKind.MET)
    expected = owed * today.day / month.last_day.day
    if done >= expected:
        return Pace(PaceKind.AHEAD)
    return Pace(PaceKind.BEHIND, round(expected))


def pace(done: int, owed: int, month: Month, today: date) -> str:
    """How ``done`` of ``owed`` reads on ``today``, in English (the PDF and command line)."""
    found = pace_of(done, owed, month, today)
    if found.kind is PaceKind.MISSED:
        return f"missed by {found.amount:,}"
    if found.kind is PaceKind.BEHIND:
        return f"behind pace (about {found.amount} by today)"
    return found.kind.value
