"""Where services get the time from, so tests can pin it."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


def local_zone() -> tzinfo:
    """The machine's time zone with its daylight-saving rules, so every month's midnight
    is right; a fixed offset only when the system names no zone."""
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        with open("/etc/localtime", "rb") as handle:
            return ZoneInfo.from_file(handle)
    except (OSError, ValueError, ZoneInfoNotFoundError):
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone
