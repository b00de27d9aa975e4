"""Rules for free text typed by a person: trimmed, bounded, no invisible control characters."""

from __future__ import annotations

import re

from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message

# Tabs and line breaks are fine inside long text; anything else in category Cc is
# invisible, breaks CSV/terminal output and is almost always pasted by accident.
# Unicode's control characters (category Cc) are exactly these two ranges; one regex
# search instead of a category look-up per character (an import checks millions).
# Found by the same search: half of a character written as two (a UTF-16 surrogate, left
# by a broken copy or a badly decoded file). It is no text, and the data file's UTF-8
# cannot store it: saving one failed with an encoding error instead of a message.
_HALVES = "\ud800-\udfff"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_HALVES}]")
# The same, less the line breaks and tabs a multi-line text may hold.
_CONTROL_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_HALVES}]")


def clean_line(value: str, *, limit: int, required: bool = False) -> tuple[str, str]:
    """Trim a single-line value; return ``(text, error)`` where error is "" when fine."""
    text = value.strip()
    if required and not text:
        return text, message(QT_TRANSLATE_NOOP("Messages", "is required"))
    if len(text) > limit:
        return text, message(
            QT_TRANSLATE_NOOP("Messages", "is too long ({count} characters; at most {limit})"),
            count=len(text),
            limit=limit,
        )
    found = _CONTROL.search(text)
    return text, "" if found is None else _unusable(found.group())


def _unusable(character: str) -> str:
    """Why text holding ``character`` (a control character or half of one) is refused."""
    if "\ud800" <= character <= "\udfff":
        return message(QT_TRANSLATE_NOOP("Messages", "holds half of a character; type it again"))
    return message(
        QT_TRANSLATE_NOOP("Messages", "contains control characters; type it again without them")
    )


def clean_multiline(value: str, *, limit: int) -> tuple[str, str]:
    """Trim a multi-line value, keeping line breaks and tabs."""
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        return text, message(
            QT_TRANSLATE_NOOP("Messages", "is too long ({count:,} characters; at most {limit:,})"),
            count=len(text),
            limit=limit,
        )
    found = _CONTROL_IN_TEXT.search(text)
    return text, "" if found is None else _unusable(found.group())


# Separates fields in a search key. str.split() treats it as white space, so no typed
# word can contain it and one word never matches across two fields.
KEY_SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Case-free form of text for matching and sorting: all of Unicode, not only ASCII."""
    return text.casefold()


def search_key(*fields: str) -> str:
    """One folded string of every searchable field, for a single LIKE per typed word."""
    return KEY_SEPARATOR.join(fold(field) for field in fields if field)
