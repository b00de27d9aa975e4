"""`plan --pdf` without --paper prints on the paper chosen in Settings → Preferences…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest

from funnelplanner.domain.business_settings import BusinessSettings, PaperSize
from funnelplanner.services import Services

Cli = Callable[..., Any]
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture(autouse=True)
def _widgets_app(qapp: Any) -> None:
    """`plan` starts a QGuiApplication when none exists; later window tests need a
    QApplication, so one exists before any command prints."""


def _sizes(path: Path) -> set[tuple[int, int]]:
    return {
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in pypdf.PdfReader(path).pages
    }


def test_default_paper_follows_the_setting(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("lead", "add", "--name", "Ann").code == 0
    first = tmp_path / "first.pdf"
    assert cli("plan", "2026-11", "--pdf", str(first)).code == 0
    assert _sizes(first) == {LETTER}  # the test region is the US

    services = Services.open(db_path, region="US")
    try:
        current = services.settings.business()
        services.settings.save_preferences(
            BusinessSettings(current.name, "EUR", current.week_start, PaperSize.A4)
        )
    finally:
        services.close()

    second = tmp_path / "second.pdf"
    result = cli("plan", "2026-11", "--pdf", str(second))
    assert result.code == 0, result.err
    assert result.out.endswith(", a4)\n")
    assert _sizes(second) == {A4}
    third = tmp_path / "third.pdf"
    assert cli("plan", "2026-11", "--pdf", str(third), "--paper", "letter").code == 0
    assert _sizes(third) == {LETTER}  # --paper still wins
