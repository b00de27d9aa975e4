"""Case-folded name, company, email and search keys on leads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

SQLite folds ASCII only, so searching "élodie" missed "Élodie"; folding in SQL with a
Python function per row is too slow for 100k leads. The keys are stored instead.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEPARATOR = "\x1f"


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("name_key", sa.String(200), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("company_key", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("email_key", sa.String(320), nullable=False, server_default=""))
        batch.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        batch.drop_index("ix_leads_name")
        batch.drop_index("ix_leads_email")

    # Frozen copy of the folding rule of this revision: later code may change, this may not.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, name, company, email, phone, phone_key, source FROM leads")
    ).fetchall()
    update = sa.text(
        "UPDATE leads SET name_key = :name, company_key = :company, email_key = :email, "
        "search_key = :search WHERE id = :id"
    )
    for row in rows:
        fields = (row.name, row.company, row.email, row.phone, row.phone_key, row.source)
        connection.execute(
            update,
            {
                "id": row.id,
                "name": row.name.casefold(),
                "company": row.company.casefold(),
                "email": row.email.casefold(),
                "search": SEPARATOR.join(f.casefold() for f in fields if f),
            },
        )

    with op.batch_alter_table("leads") as batch:
        batch.create_index("ix_leads_name_key", ["name_key"])
        batch.create_index("ix_leads_company_key", ["company_key"])
        batch.create_index("ix_leads_email_key", ["email_key"])


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_index("ix_leads_email_key")
        batch.drop_index("ix_leads_company_key")
        batch.drop_index("ix_leads_name_key")
        batch.create_index("ix_leads_name", ["name"])
        batch.create_index("ix_leads_email", ["email"])
        batch.drop_column("search_key")
        batch.drop_column("email_key")
        batch.drop_column("company_key")
        batch.drop_column("name_key")
