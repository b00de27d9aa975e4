"""Funnel Planner: plan the month for a one-person business wearing both hats."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Funnel Planner"
APP_ID = "funnelplanner"

try:
    __version__ = version("funnelplanner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
