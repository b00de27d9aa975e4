"""Ahead or behind: what a hat has delivered against an even pace through the month."""

from __future__ import annotations

from datetime import date

from funnelplanner.domain.month import Month


def pace(done: int, owed: int, month: Month, today: date) -> str:
    """How ``done`` of ``owed`` reads on ``today``, assuming work spreads evenly over the month."""
    if owed == 0:
        return "nothing owed"
    if today < month.first_day:
        return "not started"
    if today > month.last_day:
        return "met" if done >= owed else f"missed by {owed - done:,}"
    if done >= owed:
        return "met"
    expected = owed * today.day / month.last_day.day
    return "ahead of pace" if done >= expected else f"behind pace (about {expected:.0f} by today)"
