"""Errors the domain raises; every face turns them into a message a person can act on."""

from __future__ import annotations

from collections.abc import Mapping

from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message


class FunnelPlannerError(Exception):
    """Base of every error the application reports to the user.

    ``message`` keeps the text as given: a ``Message`` stays one, so the window can show it
    in the owner's language (``str(exc)`` is always the English text).
    """

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message


class ValidationError(FunnelPlannerError):
    """Input refused, field by field: ``errors`` maps a field name to its message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(_joined(self.errors))

    @property
    def first_field(self) -> str:
        return next(iter(self.errors))


def _joined(errors: Mapping[str, str]) -> Message:
    """ "field: message; field: message", as one message (its parts stay messages)."""
    joined: Message | None = None
    for field, text in errors.items():
        part = message(
            QT_TRANSLATE_NOOP("Messages", "{field}: {problem}"), field=field, problem=text
        )
        joined = (
            part
            if joined is None
            else message(QT_TRANSLATE_NOOP("Messages", "{first}; {rest}"), first=joined, rest=part)
        )
    return joined if joined is not None else message("")


class NotFoundError(FunnelPlannerError):
    """A record the user named does not exist (any more)."""


class DatabaseFileError(FunnelPlannerError):
    """The database file cannot be used; the message names the file and what to do."""
