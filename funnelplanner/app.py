"""Starting the window: the GUI half of the composition root."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from funnelplanner import APP_ID, APP_NAME, __version__, cli, paths
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.resources_path import resource
from funnelplanner.services import Services
from funnelplanner.ui import instance_lock
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.translations import install_translators


def create_app(argv: Sequence[str]) -> tuple[QApplication, MainWindow]:
    """Everything the GUI start does except entering the event loop.

    Raises:
        DatabaseFileError when the database cannot be used (the file is left untouched).
    """
    args = cli.build_parser().parse_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("funnelplanner.svg"))))
    install_translators(app)
    database = paths.database_path(args.db)
    # One window per file; taken before the file is opened (and perhaps migrated).
    lock = instance_lock.acquire(database)
    try:
        # Migrations run here, before any window exists.
        services = Services.open(database, region=paths.default_region())
    except BaseException:
        lock.unlock()
        raise
    settings = SettingsStore(paths.config_dir() / "funnelplanner.ini")
    window = MainWindow(services, settings)
    window.instance_lock = lock
    app.aboutToQuit.connect(services.close)
    app.aboutToQuit.connect(lock.unlock)
    return app, window


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window and run until it closes."""
    try:
        app, window = create_app(argv)
    except (FunnelPlannerError, OSError) as exc:
        if QApplication.instance() is None:
            QApplication([APP_ID])
        QMessageBox.critical(None, f"{APP_NAME} cannot open its data", str(exc))
        return cli.EXIT_USAGE
    window.show()
    window.start_notifications()
    return app.exec()
