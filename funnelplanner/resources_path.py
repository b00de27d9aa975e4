"""Files shipped with the app (icon, desktop file), found the same way installed or bundled."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource(filename: str) -> Path:
    return Path(str(files("funnelplanner.resources").joinpath(filename)))
