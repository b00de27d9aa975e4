"""Starting the window: the GUI half of the composition root."""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from funnelplanner import APP_ID, APP_NAME, __version__, cli, paths, startup_gc
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.resources_path import resource
from funnelplanner.services.first_screen import FirstScreenServices, open_services
from funnelplanner.ui import instance_lock
from funnelplanner.ui.first_paint import AfterFirstPaint
from funnelplanner.ui.formatting import group_numbers_without_a_locale
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.theme import apply_theme
from funnelplanner.ui.translations import install_translators, shown
from funnelplanner.ui.welcome_dialog import offer_welcome

GUI_SWITCH_INTERVAL = 0.001  # seconds


def create_app(argv: Sequence[str]) -> tuple[QApplication, MainWindow]:
    """Everything the GUI start does except entering the event loop.

    Raises:
        DatabaseFileError when the database cannot be used (the file is left untouched).
    """
    args = cli.build_parser().parse_args(list(argv))
    # Workers (the plan, the first opening, imports) run Python beside the window. Every
    # time the GUI thread comes back from Qt it waits its turn for Python's lock, up to
    # one switch interval per thread ahead of it: at the default 5 ms the window stalled
    # 90-140 ms while the print preview gathered a 100,000-lead plan; at 1 ms, 50-95 ms.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("funnelplanner.svg"))))
    install_translators(app)
    group_numbers_without_a_locale()
    demo_folder = _demo_folder() if args.demo else None
    # The demo's window layout is thrown away with it, not written over the owner's.
    settings = SettingsStore((demo_folder or paths.config_dir()) / "funnelplanner.ini")
    apply_theme(settings.theme)
    if demo_folder:
        database = demo_folder / "demo.sqlite"
    else:
        database = paths.database_path(args.db, settings.default_database)
    session = OpenDataFile(app, settings)
    window = session.open(database, demo=demo_folder is not None)
    if demo_folder:
        window.setWindowTitle(
            QCoreApplication.translate(
                "App", "{app} — demo business (thrown away when you quit)"
            ).format(app=APP_NAME)
        )
        app.aboutToQuit.connect(lambda: shutil.rmtree(demo_folder, ignore_errors=True))
    return app, window


class OpenDataFile(QObject):
    """The window on one data file with its services and lock; Preferences can switch it
    to another file without restarting the app."""

    def __init__(self, app: QApplication, settings: SettingsStore) -> None:
        super().__init__(app)  # the application keeps it alive
        self._settings = settings
        self.window: MainWindow | None = None
        app.aboutToQuit.connect(self.release)

    def open(self, database: Path, demo: bool = False) -> MainWindow:
        """Lock, open (perhaps migrate) and show nothing yet: the caller shows the window.

        ``demo``: a new throwaway file, filled with the demo business and never backed up.

        Raises:
            DatabaseFileError when the database cannot be used (the file is left untouched).
        """
        # One window per file; taken before the file is opened (and perhaps migrated).
        lock = instance_lock.acquire(database)
        try:
            # Migrations run here, before any window exists. Every page of the file is
            # looked at in the background meanwhile: run_gui closes the window on damage.
            # A file at the head revision is first read without SQLAlchemy, which loads
            # once the window has painted (see services/first_screen.py).
            services = open_services(
                database, region=paths.default_region(), start_backup=not demo, check_later=True
            )
            if demo:
                services.demo.load()
        except BaseException:
            lock.unlock()
            raise
        try:
            try:
                window = MainWindow(services, self._settings)
            except BaseException:
                # Damage is named as such, even when building the window ran into it first.
                services.database.verify()
                raise
        except BaseException:
            services.close()
            lock.unlock()
            raise
        window.instance_lock = lock
        if isinstance(services, FirstScreenServices):
            # SQLAlchemy loads beside the window once it shows the leads, not before.
            AfterFirstPaint(
                window.leads_panel.table.viewport(),
                lambda: services.finish_opening_in_background(startup_gc.set_aside_what_loaded),
            )
        window.data_file_chosen.connect(self.switch)
        # The desktop turned dark or light (theme "as the system"): charts are redrawn.
        QGuiApplication.styleHints().colorSchemeChanged.connect(window.reload_everything)
        self.window = window
        return window

    def switch(self, database: Path) -> None:
        """Open ``database`` in a new window and close the old one; if it cannot be
        opened, say why and keep the old one."""
        old = self.window
        if old is None:
            return
        old.save_layout()  # the new window takes the same place and size
        try:
            new = self.open(database)
        except (FunnelPlannerError, OSError) as exc:
            self.window = old
            QMessageBox.warning(
                old,
                QCoreApplication.translate("OpenDataFile", "Cannot open this data file"),
                QCoreApplication.translate(
                    "OpenDataFile", "{problem}\n\n{current} stays open."
                ).format(problem=shown(exc), current=old.services.path),
            )
            return
        try:
            self._settings.default_database = database.absolute()
        except OSError as exc:  # the file is open all the same; only the next start differs
            new.statusBar().showMessage(
                QCoreApplication.translate(
                    "OpenDataFile",
                    "This file could not be remembered for the next start: {problem}",
                ).format(problem=exc.strerror or exc),
                60_000,
            )
        self._settings.sync()
        notifying = hasattr(old, "notifier")
        old.close()  # releases its lock
        old.services.close(give_up_start_backup=True)
        old.deleteLater()
        new.show()
        offer_welcome(new.services, new.hub, new)  # a new, empty file is a first run too
        if notifying:
            new.start_notifications()

    def release(self) -> None:
        if self.window is not None:
            # Quitting: a start or hourly backup still copying a large file is not waited
            # for (the window may not have been closed: a quit from the desktop session).
            self.window.give_up_hourly_backup()
            self.window.services.close(give_up_start_backup=True)
            if self.window.instance_lock is not None:
                self.window.instance_lock.unlock()


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
        startup_gc.resume()
        if QApplication.instance() is None:
            QApplication([APP_ID])
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "{app} cannot open its data").format(app=APP_NAME),
            shown(exc),
        )
        return cli.EXIT_USAGE
    window.show()
    resume_collector_after_first_paint(window)
    # Every page of the file is still being looked at; a damaged one closes the window.
    watch_the_page_check(app, window)
    offer_welcome(window.services, window.hub, window)
    window.start_notifications()
    return app.exec()


def resume_collector_after_first_paint(window: MainWindow) -> AfterFirstPaint:
    """The cycle collector, paused for the start (see startup_gc), runs again once the
    leads table has painted, without ever walking what the start made again."""
    return AfterFirstPaint(
        window.leads_panel.table.viewport(), lambda: startup_gc.resume(freeze=True)
    )


# How often the window looks whether the background page check has ended.
PAGE_CHECK_POLL_MS = 100


def watch_the_page_check(app: QApplication, window: MainWindow) -> None:
    """When the page check that started with the file ends, say so if the file is damaged
    and close the window (exit status 2); until then, no change can be saved (see
    storage.database), so a damaged file stays as it was."""
    timer = QTimer(window)

    def refuse(problem: BaseException) -> None:
        timer.stop()
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "{app} cannot open its data").format(app=APP_NAME),
            shown(problem),
        )
        window.close()
        app.exit(cli.EXIT_USAGE)

    def look() -> None:
        services = window.services
        if isinstance(services, FirstScreenServices):
            # The file is still being opened beside the window; asked for its database
            # now, this would wait for that.
            problem = services.opening_problem()
            if problem is not None:
                refuse(problem)
                return
            if not services.fully_open():
                return
        database = services.database
        if not database.checked():
            return
        timer.stop()
        try:
            database.verify()
        except FunnelPlannerError as exc:
            refuse(exc)

    timer.timeout.connect(look)
    timer.start(PAGE_CHECK_POLL_MS)
    # The first look once the event loop runs, not now: a check already over would call
    # app.exit() before app.exec(), which Qt ignores, and the app would stay with no window.
    QTimer.singleShot(0, look)
