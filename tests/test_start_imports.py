"""What the window's start loads: nothing that only import, export, charts or upgrades need.

Each of these libraries costs tens to hundreds of milliseconds to import; the window's
first paint must not wait for them (issue: start within 4× a bare Qt window).
"""

from __future__ import annotations

import subprocess
import sys

LOADED_LATER = {
    "alembic",  # only when a file needs upgrading
    "babel",  # currencies and week starts, when first shown
    "charset_normalizer",  # import
    "email_validator",  # the first lead checked
    "icalendar",  # export to calendars
    "matplotlib",  # the Month plan's charts
    "numpy",  # charts and duplicate finding
    "phonenumbers",  # the first lead checked
    "rapidfuzz",  # import
    "sqlalchemy",  # once the first screen has painted (services/first_screen.py)
    "vobject",  # import of vCards
}

# The app's own modules that only a dialog, a tab or an import needs.
OWN_LOADED_LATER = {
    "funnelplanner.domain.import_mapping",
    "funnelplanner.ui.contact_dialog",
    "funnelplanner.ui.lead_dialog",
    "funnelplanner.ui.month_plan_view",
    "funnelplanner.ui.task_dialog",
}


def _loaded_at_start() -> set[str]:
    # The start reads the command line first: building the parser loads every command.
    probe = (
        "import sys; import funnelplanner.cli, funnelplanner.app; "
        "funnelplanner.cli.build_parser(); print(' '.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_start_modules_load_none_of_the_libraries_used_later() -> None:
    assert {name.split(".")[0] for name in _loaded_at_start()} & LOADED_LATER == set()


def test_the_start_modules_load_no_dialog_tab_or_import_rules() -> None:
    assert _loaded_at_start() & OWN_LOADED_LATER == set()
