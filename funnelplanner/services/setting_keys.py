"""The keys the business's settings are stored under in the data file, and the tables
that hold the owner's data.

Kept apart from the services that read and write them, so that the window's first look at
a file (first_screen.py) reads the same before SQLAlchemy has loaded.
"""

AGREEMENT_KEY = "agreement"
BUSINESS_NAME_KEY = "business_name"
# Currency, week start and paper, as one JSON object; the name keeps its own older key.
BUSINESS_KEY = "business"
# Set once the owner has answered the first run's welcome (a demo, or an empty start).
WELCOME_KEY = "welcome_answered"
# The rows the demo business added, so that it can be taken out again.
DEMO_KEY = "demo_rows"
# What a file never opened before holds none of (the welcome is offered then).
DATA_TABLES = ("leads", "tasks", "campaigns", "month_targets", "trash")
