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


# Names the data file chosen in Settings (one line): read by the window and the command
# line alike, so both open the same file after the owner moved it or chose another.
REMEMBERED_DB_FILE = "data-file"


def remembered_database(folder: Path | None = None) -> Path | None:
    """The data file last chosen in Settings (kept in ``folder``, default the config folder)."""
    try:
        text = ((folder or config_dir()) / REMEMBERED_DB_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    line = text.strip()
    return Path(line) if line else None


def remember_database(path: Path, folder: Path | None = None) -> None:
    """Remember ``path`` as the data file to open when none is named.

    Raises:
        OSError when the config folder cannot be written.
    """
    target = (folder or config_dir()) / REMEMBERED_DB_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.write_text(f"{path}\n", encoding="utf-8")
    os.replace(partial, target)


def database_path(cli_value: str | None, remembered: Path | None = None) -> Path:
    """The database file: --db, else $FUNNELPLANNER_DB, else the file chosen in Settings
    (``remembered``, by default as read from the config folder), else the default in the
    data folder.

    Only the default location is created on demand; a path the user names must exist
    up to its folder, so a typo does not silently make a new tree of folders.
    """
    chosen = cli_value or os.environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser()
    remembered = remembered or remembered_database()
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
