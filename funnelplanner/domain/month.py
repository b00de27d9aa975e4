"""A calendar month, the unit of planning, with its boundaries in the owner's time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9998:
            raise ValidationError(
                {
                    "month": message(
                        QT_TRANSLATE_NOOP("Messages", "{year}-{month:02d} is not a month"),
                        year=self.year,
                        month=self.month,
                    )
                }
            )

    @classmethod
    def parse(cls, text: str, field: str = "month") -> Month:
        """Read "YYYY-MM"; anything else is refused naming the field."""
        found = _MONTH.match(text)
        if not found:
            raise ValidationError(
                {
                    field: message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "'{text}' is not a month (YYYY-MM, like 2026-12)"
                        ),
                        text=text,
                    )
                }
            )
        try:
            return cls(int(found.group(1)), int(found.group(2)))
        except ValidationError:
            raise ValidationError(
                {
                    field: message(
                        QT_TRANSLATE_NOOP("Messages", "'{text}' is not a month (YYYY-MM)"),
                        text=text,
                    )
                }
            ) from None

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return self.first_day.strftime("%B %Y")

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.next().first_day.toordinal() - 1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def shifted(self, months: int) -> Month:
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """[start, end) of the month as aware UTC datetimes, midnight in ``zone``."""
        start = datetime(self.year, self.month, 1, tzinfo=zone)
        following = self.next()
        end = datetime(following.year, following.month, 1, tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def contains(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)
