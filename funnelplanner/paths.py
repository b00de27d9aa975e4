"""Where the app keeps its files; environment variables can redirect each of them."""

from __future__ import annotations

import locale
import os
from pathlib import Path

import platformdirs

from funnelplanner import APP_ID

DB_ENV = "FUNNELPLANNER_DB"
DATA_DIR_ENV = "FUNNELPLANNER_DATA_DIR"
CONFIG_DIR_ENV = "FUNNELPLANNER_CONFIG_DIR"
REGION_ENV = "FUNNELPLANNER_REGION"
DB_FILENAME = "funnelplanner.sqlite"


def data_dir() -> Path:
    """The folder for the owner's data: the platform's user data directory."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    """The folder for settings (window layout and preferences), not data."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return (
        Path(override) if override else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    )


def database_path(cli_value: str | None, remembered: Path | None = None) -> Path:
    """The database file: --db, else $FUNNELPLANNER_DB, else the file the window was last
    switched to (``remembered``), else the default in the data folder.

    Only the default location is created on demand; a path the user names must exist
    up to its folder, so a typo does not silently make a new tree of folders.
    """
    chosen = cli_value or os.environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser()
    if remembered is not None:
        return remembered
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_FILENAME


def default_region() -> str:
    """Country used to read phone numbers typed without +: $FUNNELPLANNER_REGION or the locale."""
    override = os.environ.get(REGION_ENV)
    if override:
        return override.upper()
    name = locale.getlocale()[0] or os.environ.get("LANG", "")
    _, _, country = name.partition("_")
    country = country[:2]
    return country.upper() if len(country) == 2 and country.isalpha() else "US"
