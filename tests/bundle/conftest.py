"""The built program, run as a user would: only by `make test-bundle`, which builds it first."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = REPO / "dist" / "funnelplanner" / "funnelplanner"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def bundle_program() -> Path:
    """The bundled executable: $FUNNELPLANNER_BUNDLE, else dist/. Missing is a failure."""
    program = Path(os.environ.get("FUNNELPLANNER_BUNDLE") or DEFAULT_BUNDLE)
    if not program.is_file() or not os.access(program, os.X_OK):
        pytest.fail(f"no bundled program at {program}: build it with `make bundle`")
    return program


@pytest.fixture
def run_bundle(bundle_program: Path, tmp_path: Path) -> Run:
    """Runs the program in an empty folder with a bare environment: no virtualenv, no
    PYTHONPATH, no display and no QT_QPA_PLATFORM, so it can only use what it ships."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "FUNNELPLANNER_REGION": "DE",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle_program), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    return run
