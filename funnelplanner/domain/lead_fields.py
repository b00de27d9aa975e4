"""What a column of an imported file can become in a lead, and what becomes of a duplicate.

Its own small module: the screen's labels and the command line need these at start, the
import's rules (domain/import_mapping.py, some 35 ms to load) only when importing.
"""

from __future__ import annotations

from enum import StrEnum


class LeadField(StrEnum):
    """What a column can become in a lead (or in its imported contact history)."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    WEBSITE = "website"
    SOURCE = "source"
    STAGE = "stage"
    VALUE = "value"
    NOTES = "notes"
    CREATED = "created"
    CONTACT_COUNT = "contact_count"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"
    CAMPAIGN = "campaign"  # a campaign's name; the import service finds the campaign

    @property
    def label(self) -> str:
        """Human words for the mapping screen and for problems ("Times contacted 'x' …")."""
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    LeadField.NAME: "Name",
    LeadField.FIRST_NAME: "First name",
    LeadField.LAST_NAME: "Last name",
    LeadField.COMPANY: "Company",
    LeadField.EMAIL: "Email",
    LeadField.PHONE: "Phone",
    LeadField.WEBSITE: "Website",
    LeadField.SOURCE: "Source",
    LeadField.STAGE: "Stage",
    LeadField.VALUE: "Value",
    LeadField.NOTES: "Notes",
    LeadField.CREATED: "Created date",
    LeadField.NEXT_FOLLOW_UP: "Next follow-up",
    LeadField.CAMPAIGN: "Campaign",
    LeadField.CONTACT_COUNT: "Times contacted",
    LeadField.LAST_CONTACT: "Last contacted",
}


class DuplicateChoice(StrEnum):
    """What to do with a row that duplicates a lead: skip it, update the lead, or add it."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"
