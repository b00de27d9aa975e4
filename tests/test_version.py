"""The version the app shows is the one the project releases."""

import tomllib
from pathlib import Path

from funnelplanner import __version__

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_version_written_in_the_package_is_pyprojects() -> None:
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]

    assert __version__ == declared
