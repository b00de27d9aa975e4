"""Persistence: the SQLite file, its schema, migrations and repositories."""
