"""ORM rows: the shape of the tables. Only repositories touch these."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, MetaData, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from funnelplanner.domain.vocabulary import FUNNEL_ORDER
from funnelplanner.storage.types import UtcDateTime

# Stable constraint names let Alembic's batch mode on SQLite find them again.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STAGES_SQL = "('prospect','lead','mql','sql','customer','promoter','lost')"
# A stage's place in the funnel (lost after every other), as the leads table sorts by it.
# Written out, not bound: SQLite uses the index on this expression (migration 0007) only
# for a query that spells the very same expression.
STAGE_RANK_SQL = (
    "CASE stage "
    + " ".join(f"WHEN '{stage.value}' THEN {rank}" for rank, stage in enumerate(FUNNEL_ORDER))
    + f" ELSE {len(FUNNEL_ORDER)} END"
)
HATS_SQL = "('marketing','sales')"


# The FTS5 trigram index of leads.search_key (migration 0006). SQLite keeps it in a virtual
# table with shadow tables of its own; it is derived data, not rows the ORM maps.
SEARCH_INDEX = "lead_search"
# The trigger that indexes each new lead (a bulk import indexes its leads in one go instead).
SEARCH_INDEX_INSERT_TRIGGER = "lead_search_insert"


def is_search_index(table_name: str) -> bool:
    """True for the search index's virtual table and its shadow tables."""
    return table_name == SEARCH_INDEX or table_name.startswith(f"{SEARCH_INDEX}_")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CampaignRow(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    start: Mapped[date | None] = mapped_column(default=None)
    end: Mapped[date | None] = mapped_column(default=None)
    budget_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    expected_leads: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        CheckConstraint("budget_cents IS NULL OR budget_cents >= 0", name="budget"),
        Index("ix_campaigns_start_end", "start", "end"),
    )


class MonthTargetRow(Base):
    __tablename__ = "month_targets"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    customers: Mapped[int | None] = mapped_column(Integer, default=None)
    revenue_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    deal_value_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    # Percentages as text ("12.5"): exact, as typed, no binary fractions.
    rate_prospect_lead: Mapped[str] = mapped_column(String(16))
    rate_lead_mql: Mapped[str] = mapped_column(String(16))
    rate_mql_sql: Mapped[str] = mapped_column(String(16))
    rate_sql_customer: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SettingRow(Base):
    """Preferences that belong to the business, so they travel with the data file."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class LeadCriterionRow(Base):
    """Which qualification criteria a lead meets."""

    __tablename__ = "lead_criteria"

    lead_id: Mapped[int] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    criterion: Mapped[str] = mapped_column(String(80), primary_key=True)
    met: Mapped[bool] = mapped_column(default=False)


class LeadRow(Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # E.164 form of the phone, so "0171 2345678" and "+49 171 2345678" match.
    phone_key: Mapped[str] = mapped_column(String(20), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    # Case-folded copies kept by the repository: SQLite's own lower() and LIKE fold
    # ASCII only, and a Python function per row would make 100k-lead lists crawl.
    name_key: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="")
    email_key: Mapped[str] = mapped_column(String(320), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    # Money as whole cents: exact sums, no binary fractions.
    value_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(16))
    next_follow_up: Mapped[date | None] = mapped_column(default=None)
    # Kept by the contact service in the same transaction as the contact itself,
    # so lists of 100k leads never count contacts row by row.
    contact_count: Mapped[int] = mapped_column(Integer, default=0)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), default=None
    )
    # Touches another CRM counted before the lead was imported; never logged here.
    imported_contact_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    imported_last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    __table_args__ = (
        CheckConstraint(f"stage IN {STAGES_SQL}", name="stage"),
        CheckConstraint("imported_contact_count >= 0", name="imported_contact_count"),
        Index("ix_leads_campaign_id", "campaign_id"),
        CheckConstraint("contact_count >= 0", name="contact_count"),
        CheckConstraint("value_cents IS NULL OR value_cents >= 0", name="value"),
        Index("ix_leads_name_key", "name_key"),
        Index("ix_leads_company_key", "company_key"),
        Index("ix_leads_stage", "stage"),
        Index("ix_leads_email_key", "email_key"),
        Index("ix_leads_phone_key", "phone_key"),
        Index("ix_leads_next_follow_up", "next_follow_up"),
        Index("ix_leads_last_contact_at", "last_contact_at"),
        Index("ix_leads_contact_count", "contact_count"),
        # Sorting the table by value or stage reads any page through these (migration 0007).
        Index("ix_leads_value_cents", "value_cents"),
        Index("ix_leads_stage_rank", text(f"({STAGE_RANK_SQL})")),
    )


class StageChangeRow(Base):
    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(16))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    # True when the owner moved the lead on although qualification criteria were unmet.
    override: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        CheckConstraint(f"stage IN {STAGES_SQL}", name="stage"),
        Index("ix_stage_changes_lead_id_entered_at", "lead_id", "entered_at"),
        Index("ix_stage_changes_entered_at", "entered_at"),
    )


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    hat: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        CheckConstraint(f"hat IN {HATS_SQL}", name="hat"),
        Index("ix_contacts_lead_id_at", "lead_id", "at"),
        Index("ix_contacts_campaign_id", "campaign_id"),
        Index("ix_contacts_at", "at"),
    )


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hat: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        CheckConstraint(f"hat IN {HATS_SQL}", name="hat"),
        Index("ix_tasks_hat_done_due", "hat", "done", "due"),
        Index("ix_tasks_campaign_id", "campaign_id"),
        Index("ix_tasks_lead_id", "lead_id"),
    )


class TrashRow(Base):
    """A deleted lead, kept whole (as a snapshot in JSON) until the Trash is emptied."""

    __tablename__ = "trash"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "lead"
    item_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    payload: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_trash_deleted_at", "deleted_at"),)
