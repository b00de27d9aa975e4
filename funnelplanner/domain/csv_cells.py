"""CSV cells safe to open in a spreadsheet, and read back exactly (OWASP CSV injection)."""

from __future__ import annotations

import re

# The header of the leads file Funnel Planner exports: every column the importer needs to
# recreate a lead, under the names it maps back to its fields.
LEAD_COLUMNS: tuple[str, ...] = (
    "Name",
    "Company",
    "Email",
    "Phone",
    "Website",
    "Source",
    "Stage",
    "Value",
    "Notes",
    "Next follow-up",
    "Created",
    "Contact count",
    "Last contact",
    "Campaign",
)

# A spreadsheet runs a cell that starts with one of these as a formula (tab and carriage
# return because some programs drop them and read what follows).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Quotes already in front count too, so the quote added is always the one to take off:
# "'=x" leaves as "''=x" and comes back as "'=x", not "=x".
_NEUTRALISE = re.compile(r"'*[=+\-@\t\r]")
_MAY_START = frozenset("'=+-@\t\r")
_RESTORE = re.compile(r"'+[=+\-@\t\r]")


def neutralise_cell(text: str) -> str:
    """The cell as written to CSV: a single quote in front when a spreadsheet would
    otherwise read it as a formula (a phone "+49 30 123" gets one too)."""
    if not text or text[0] not in _MAY_START:
        return text  # most cells: no pattern to run (an export has over a million)
    return "'" + text if _NEUTRALISE.match(text) else text


def restore_cell(text: str) -> str:
    """The inverse of ``neutralise_cell``, for the importer: one leading quote goes when
    quotes and then a formula character follow it; any other text is left as it is."""
    return text[1:] if _RESTORE.match(text) else text
