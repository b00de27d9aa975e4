"""campaigns, month targets, settings, qualification

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("budget_cents", sa.Integer(), nullable=True),
        sa.Column("expected_leads", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "budget_cents IS NULL OR budget_cents >= 0", name=op.f("ck_campaigns_budget")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index("ix_campaigns_start_end", ["start", "end"], unique=False)

    op.create_table(
        "month_targets",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=True),
        sa.Column("revenue_cents", sa.Integer(), nullable=True),
        sa.Column("deal_value_cents", sa.Integer(), nullable=True),
        sa.Column("rate_prospect_lead", sa.String(length=16), nullable=False),
        sa.Column("rate_lead_mql", sa.String(length=16), nullable=False),
        sa.Column("rate_mql_sql", sa.String(length=16), nullable=False),
        sa.Column("rate_sql_customer", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_month_targets")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "lead_criteria",
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=80), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_criteria_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lead_id", "criterion", name=op.f("pk_lead_criteria")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_contacts_campaign_id", ["campaign_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_contacts_campaign_id_campaigns"),
            "campaigns",
            ["campaign_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_leads_campaign_id", ["campaign_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_leads_campaign_id_campaigns"),
            "campaigns",
            ["campaign_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("override", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_tasks_campaign_id", ["campaign_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_campaign_id_campaigns"),
            "campaigns",
            ["campaign_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tasks_campaign_id_campaigns"), type_="foreignkey")
        batch_op.drop_index("ix_tasks_campaign_id")
        batch_op.drop_column("campaign_id")

    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_column("override")

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_leads_campaign_id_campaigns"), type_="foreignkey")
        batch_op.drop_index("ix_leads_campaign_id")
        batch_op.drop_column("campaign_id")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_contacts_campaign_id_campaigns"), type_="foreignkey"
        )
        batch_op.drop_index("ix_contacts_campaign_id")
        batch_op.drop_column("campaign_id")

    op.drop_table("lead_criteria")
    op.drop_table("settings")
    op.drop_table("month_targets")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_index("ix_campaigns_start_end")

    op.drop_table("campaigns")
