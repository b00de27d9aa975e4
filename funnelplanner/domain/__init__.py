"""Pure business rules: no Qt, no SQLAlchemy, nothing of the outside world."""
