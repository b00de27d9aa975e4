"""Alembic environment: always runs on a connection the app hands over."""

from alembic import context

from funnelplanner.storage.rows import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs Alembic without one
    raise RuntimeError("Funnel Planner migrations run through funnelplanner.storage.migrate")

# SQLite cannot ALTER most things in place; batch mode copies the table instead.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
