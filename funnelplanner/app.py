"""Starting the window: the GUI half of the composition root."""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from funnelplanner import APP_ID, APP_NAME, __version__, cli, paths
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.resources_path import resource
from funnelplanner.services import Services
from funnelplanner.ui import instance_lock
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.welcome_dialog import offer_welcome


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
    demo_folder = _demo_folder() if args.demo else None
    database = demo_folder / "demo.sqlite" if demo_folder else paths.database_path(args.db)
    # One window per file; taken before the file is opened (and perhaps migrated).
    lock = instance_lock.acquire(database)
    try:
        # Migrations run here, before any window exists. Every page of the file is looked
        # at in the background meanwhile, and the window is only shown once it is sound.
        services = Services.open(
            database,
            region=paths.default_region(),
            start_backup=demo_folder is None,
            check_later=True,
        )
        if demo_folder:
            services.demo.load()
    except BaseException:
        lock.unlock()
        raise
    try:
        # The demo's window layout is thrown away with it, not written over the owner's.
        settings = SettingsStore((demo_folder or paths.config_dir()) / "funnelplanner.ini")
        try:
            window = MainWindow(services, settings)
        finally:
            # Damage is named as such, even when building the window ran into it first.
            services.database.verify()
    except BaseException:
        services.close()
        lock.unlock()
        raise
    window.instance_lock = lock
    app.aboutToQuit.connect(services.close)
    app.aboutToQuit.connect(lock.unlock)
    if demo_folder:
        window.setWindowTitle(
            QCoreApplication.translate(
                "App", "{app} — demo business (thrown away when you quit)"
            ).format(app=APP_NAME)
        )
        app.aboutToQuit.connect(lambda: shutil.rmtree(demo_folder, ignore_errors=True))
    return app, window


def _demo_folder() -> Path:
    """A new temporary folder for --demo; removed at quit (or at least at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="funnelplanner-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


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
    offer_welcome(window.services, window.hub, window)
    window.start_notifications()
    return app.exec()
