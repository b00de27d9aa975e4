"""A full-text index of the leads' search key, so filtering needs no scan of every lead

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

An FTS5 table with the trigram tokenizer finds any run of three or more characters
inside the folded search key, which is what the filter box matches. It is an external
content table over ``leads``: it stores only the index, and triggers keep it in step
with every insert, change and delete, whichever code made them.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE lead_search USING fts5("
        "search_key, content='leads', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER lead_search_insert AFTER INSERT ON leads BEGIN "
        "INSERT INTO lead_search (rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER lead_search_delete AFTER DELETE ON leads BEGIN "
        "INSERT INTO lead_search (lead_search, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER lead_search_update AFTER UPDATE OF id, search_key ON leads BEGIN "
        "INSERT INTO lead_search (lead_search, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); "
        "INSERT INTO lead_search (rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    op.execute("INSERT INTO lead_search (lead_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("lead_search_update", "lead_search_delete", "lead_search_insert"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE lead_search")
