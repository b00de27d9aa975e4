"""Imported contact history on leads

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Exports from other CRMs carry how often a person was contacted and when last. Those
touches were never logged here, so they are kept apart from the contact count (which is
always the number of logged contacts) and shown as history from before the import.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(
            sa.Column("imported_contact_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("imported_last_contact_at", sa.DateTime(), nullable=True))
        batch.create_check_constraint("imported_contact_count", "imported_contact_count >= 0")


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_constraint("imported_contact_count", type_="check")
        batch.drop_column("imported_last_contact_at")
        batch.drop_column("imported_contact_count")
