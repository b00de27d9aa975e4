"""first schema: leads, stage history, contacts, tasks

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("phone_key", sa.String(length=20), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("value_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("contact_count", sa.Integer(), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('prospect','lead','mql','sql','customer','promoter','lost')",
            name=op.f("ck_leads_stage"),
        ),
        sa.CheckConstraint("contact_count >= 0", name=op.f("ck_leads_contact_count")),
        sa.CheckConstraint("value_cents IS NULL OR value_cents >= 0", name=op.f("ck_leads_value")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_contact_count", ["contact_count"], unique=False)
        batch_op.create_index("ix_leads_email", ["email"], unique=False)
        batch_op.create_index("ix_leads_last_contact_at", ["last_contact_at"], unique=False)
        batch_op.create_index("ix_leads_name", ["name"], unique=False)
        batch_op.create_index("ix_leads_next_follow_up", ["next_follow_up"], unique=False)
        batch_op.create_index("ix_leads_phone_key", ["phone_key"], unique=False)
        batch_op.create_index("ix_leads_stage", ["stage"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("hat", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("hat IN ('marketing','sales')", name=op.f("ck_contacts_hat")),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_contacts_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_at", ["at"], unique=False)
        batch_op.create_index("ix_contacts_lead_id_at", ["lead_id", "at"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('prospect','lead','mql','sql','customer','promoter','lost')",
            name=op.f("ck_stage_changes_stage"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_stage_changes_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index("ix_stage_changes_entered_at", ["entered_at"], unique=False)
        batch_op.create_index(
            "ix_stage_changes_lead_id_entered_at", ["lead_id", "entered_at"], unique=False
        )

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hat", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("hat IN ('marketing','sales')", name=op.f("ck_tasks_hat")),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_tasks_lead_id_leads"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_hat_done_due", ["hat", "done", "due"], unique=False)
        batch_op.create_index("ix_tasks_lead_id", ["lead_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_lead_id")
        batch_op.drop_index("ix_tasks_hat_done_due")

    op.drop_table("tasks")
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_changes_lead_id_entered_at")
        batch_op.drop_index("ix_stage_changes_entered_at")

    op.drop_table("stage_changes")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_lead_id_at")
        batch_op.drop_index("ix_contacts_at")

    op.drop_table("contacts")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_stage")
        batch_op.drop_index("ix_leads_phone_key")
        batch_op.drop_index("ix_leads_next_follow_up")
        batch_op.drop_index("ix_leads_name")
        batch_op.drop_index("ix_leads_last_contact_at")
        batch_op.drop_index("ix_leads_email")
        batch_op.drop_index("ix_leads_contact_count")

    op.drop_table("leads")
