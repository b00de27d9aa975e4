"""Errors the domain raises; every face turns them into a message a person can act on."""

from __future__ import annotations


class FunnelPlannerError(Exception):
    """Base of every error the application reports to the user."""


class ValidationError(FunnelPlannerError):
    """Input refused, field by field: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))

    @property
    def first_field(self) -> str:
        return next(iter(self.errors))


class NotFoundError(FunnelPlannerError):
    """A record the user named does not exist (any more)."""


class DatabaseFileError(FunnelPlannerError):
    """The database file cannot be used; the message names the file and what to do."""
