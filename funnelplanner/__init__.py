"""Funnel Planner: plan the month for a one-person business wearing both hats."""

APP_NAME = "Funnel Planner"
APP_ID = "funnelplanner"
# Written here rather than read from the installed metadata: importlib.metadata alone costs
# a tenth of the start-up budget. tests/test_version.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"
