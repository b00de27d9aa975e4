"""The main window: leads on the left, the current hat's workspace on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QWidget,
)

from funnelplanner import APP_NAME
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.models import Task
from funnelplanner.domain.month import Month
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.first_paint import AfterFirstPaint
from funnelplanner.ui.follow_up_notifier import FollowUpNotifier
from funnelplanner.ui.formatting import format_count, use_business_settings
from funnelplanner.ui.hourly_backup import HourlyBackup
from funnelplanner.ui.leads_panel import LeadsPanel
from funnelplanner.ui.naming import name, name_action
from funnelplanner.ui.settings_store import SettingsStore
from funnelplanner.ui.tasks_panel import TasksPanel
from funnelplanner.ui.today_view import TodayFeed
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, shown
from funnelplanner.ui.undo import UndoHistory
from funnelplanner.ui.vocabulary_labels import hat_title

# The save dialog hands back the filter chosen, translated: compare with self.tr(...).
CALENDAR_TODOS = QT_TRANSLATE_NOOP(
    "MainWindow", "To-dos for Thunderbird, Apple Reminders, Outlook (*.ics)"
)
CALENDAR_EVENTS = QT_TRANSLATE_NOOP("MainWindow", "All-day events for Google Calendar (*.ics)")

if TYPE_CHECKING:
    from funnelplanner.services import Services
    from funnelplanner.ui.campaigns_view import CampaignsView
    from funnelplanner.ui.long_task import Progress
    from funnelplanner.ui.month_plan_view import MonthPlanView
    from funnelplanner.ui.plan_printing import PlanPrinting

# The dialogs and the Month plan tab are imported when first used, not before the window
# first paints (see benchmarks: start to first paint).


class MainWindow(QMainWindow):
    # Settings → Preferences… chose another data file; the app reopens the window on it.
    data_file_chosen = Signal(Path)

    def __init__(self, services: Services, settings: SettingsStore) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self._apply_business_settings()  # before any view shows an amount or a calendar
        self.hub = ChangeHub(self)
        name(self, "mainWindow", APP_NAME)
        self.setWindowTitle(f"{APP_NAME} — {services.path.name}")

        self.leads_panel = LeadsPanel(services, self.hub)
        self.today = TodayFeed(services, self)
        self.hub.leads_changed.connect(self.today.follow_change)
        self.hub.tasks_changed.connect(self.today.follow_change)
        self.today.failed.connect(self._today_failed)
        self.task_panels = {hat: TasksPanel(services, self.hub, hat, self.today) for hat in Hat}
        # The Today lists are filled once the window shows (see showEvent), from a worker.
        self._today_started = False
        self.workspace = QStackedWidget()
        self.workspace.setObjectName("hatWorkspace")
        for panel in self.task_panels.values():
            self.workspace.addWidget(panel)
            panel.new_requested.connect(self.new_task)
            panel.edit_requested.connect(self.edit_task)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.leads_panel)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        name(self.tabs, "mainTabs", self.tr("Views"))
        self.tabs.addTab(self.splitter, self.tr("Leads && tasks"))
        # Built on first visit: the plan's charts load matplotlib, which start-up skips.
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        self._plan_printing: PlanPrinting | None = None
        self._month_plan: MonthPlanView | None = None  # built on the tab's first visit
        self._campaigns: CampaignsView | None = None  # likewise
        self._guide: QDialog | None = None
        # Set by create_app: released when the window closes, so the file may be reopened.
        self.instance_lock: QLockFile | None = None
        self._add_lazy_tab(self.tr("Month plan"), self._month_plan_view)
        self._add_lazy_tab(self.tr("Campaigns"), self._campaigns_view)
        self.tabs.currentChanged.connect(self._build_tab)
        self.setCentralWidget(self.tabs)
        for panel in self.task_panels.values():
            panel.today.lead_requested.connect(self.open_lead)

        # Before the actions: Edit → Undo and Redo are made from the stack.
        self.undo_stack = UndoHistory(services, self, self.reload_everything)
        self._make_actions()
        self._make_menus_and_toolbar()
        self.leads_panel.lead_activated.connect(self.open_lead)
        self.leads_panel.selection_changed.connect(self._update_enabled)
        self.hub.leads_changed.connect(self._update_status)
        self.hub.tasks_changed.connect(self._update_status)
        # At most hourly while changes are made: the service decides whether one is due,
        # on a thread of its own (a large file takes seconds to copy).
        self._hourly: HourlyBackup | None = None
        self.hub.leads_changed.connect(self._backup_if_due)
        self.hub.tasks_changed.connect(self._backup_if_due)

        self.status = QLabel()
        self.status.setObjectName("statusSummary")
        self.statusBar().addPermanentWidget(self.status)
        self.statusBar().showMessage(self.tr("Data file: {path}").format(path=services.path))
        self._restore_layout()
        self._update_enabled()
        self._update_status()

    def _today_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(
            self.tr("Today's lists could not be brought up to date: {problem}").format(
                problem=shown(error)
            ),
            60_000,
        )

    def _add_lazy_tab(self, title: str, build: Callable[[], QWidget]) -> None:
        index = self.tabs.addTab(QWidget(), title)
        self._lazy[index] = build

    def _build_tab(self, index: int) -> None:
        build = self._lazy.pop(index, None)
        if build is None:
            return
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, build(), title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _month_plan_view(self) -> QWidget:
        from funnelplanner.ui import month_plan_view

        self._month_plan = month_plan_view.MonthPlanView(self.services, self.hub)
        return self._month_plan

    def _campaigns_view(self) -> QWidget:
        from funnelplanner.ui.campaigns_view import CampaignsView

        self._campaigns = CampaignsView(self.services, self.hub)
        return self._campaigns

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        self._build_tab(index)
        widget = self.tabs.widget(index)
        assert widget is not None
        return widget

    def start_notifications(self) -> None:
        """Desktop notification at start and once a day while running, when follow-ups are due."""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()
        # From the shared Today picture: the first one is still being worked out off the
        # GUI thread, and a later one is asked for the same way every quarter of an hour.
        self.notifier = FollowUpNotifier(
            self.services, self._notify, self, refresh=self.today.refresh_in_background
        )
        self.today.changed.connect(self.notifier.check)
        self.notifier.start(self.today.picture)

    def _notify(self, title: str, text: str) -> None:
        self.statusBar().showMessage(text, 60_000)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    # ---- actions, menus, toolbar

    def _action(
        self,
        object_name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        name_action(action, object_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.statusTip()} ({keys})" if keys else action.statusTip())
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.action_new_lead = self._action(
            "actionNewLead",
            self.tr("&New lead…"),
            "Ctrl+N",
            self.new_lead,
            self.tr("Enter a new lead by hand"),
        )
        self.action_open_lead = self._action(
            "actionOpenLead",
            self.tr("&Open lead…"),
            "Ctrl+O",
            self.open_selected_lead,
            self.tr("Open the selected lead with its contact log and stage history"),
        )
        self.action_log_contact = self._action(
            "actionLogContact",
            self.tr("&Log contact…"),
            "Ctrl+L",
            self.log_contact,
            self.tr("Log a contact with the selected lead"),
        )
        self.action_delete_lead = self._action(
            "actionDeleteLead",
            self.tr("&Delete lead…"),
            "Ctrl+Shift+Delete",
            self.delete_lead,
            self.tr("Delete the selected lead with its contacts"),
        )
        self.action_new_task = self._action(
            "actionNewTask",
            self.tr("New &task…"),
            "Ctrl+T",
            self.new_task,
            self.tr("Add a task to the current hat"),
        )
        self.action_toggle_task = self._action(
            "actionToggleTask",
            self.tr("Mark task &done"),
            "Ctrl+D",
            self._toggle_task,
            self.tr("Mark the selected task done (or not done)"),
        )
        self.action_edit_task = self._action(
            "actionEditTask",
            self.tr("&Edit task…"),
            "Ctrl+E",
            self._edit_selected_task,
            self.tr("Edit the selected task of the current hat"),
        )
        self.action_delete_task = self._action(
            "actionDeleteTask",
            self.tr("De&lete task…"),
            "Ctrl+Delete",
            self._delete_task,
            self.tr("Delete the selected task of the current hat"),
        )
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(self.action_undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        # Ctrl+Shift+Z everywhere, and the platform's own redo key (Ctrl+Y on Windows) too.
        # Each key once: a key listed twice on one action is ambiguous and fires nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if binding not in redo_keys:
                redo_keys.append(binding)
        self.action_redo.setShortcuts(redo_keys)
        self.addAction(self.action_redo)
        self.action_trash = self._action(
            "actionTrash",
            self.tr("T&rash…"),
            None,
            self.open_trash,
            self.tr("Deleted leads: restore them, or empty the Trash"),
        )
        self.action_find = self._action(
            "actionFindLeads",
            self.tr("&Find leads"),
            QKeySequence.StandardKey.Find,
            self._focus_filter,
            self.tr("Filter the leads as you type"),
        )
        self.action_import = self._action(
            "actionImport",
            self.tr("&Import leads…"),
            "Ctrl+I",
            self.import_leads,
            self.tr("Bring leads in from another CRM's CSV export or a vCard file"),
        )
        self.action_export_leads = self._action(
            "actionExportLeadsCsv",
            self.tr("Export leads as &CSV…"),
            None,
            self.export_leads_csv,
            self.tr("Save every lead to a CSV file that spreadsheets and other CRMs open"),
        )
        self.action_export_tasks = self._action(
            "actionExportTasksIcs",
            self.tr("Export tasks to a &calendar…"),
            None,
            self.export_tasks_ics,
            self.tr("Save tasks and follow-ups as to-dos in an iCalendar (.ics) file"),
        )
        self.action_backups = self._action(
            "actionBackups",
            self.tr("&Backups…"),
            None,
            self.open_backups,
            self.tr("Back up your data now, or put a backup back"),
        )
        self.action_print_plan = self._action(
            "actionPrintPlan",
            self.tr("&Print plan…"),
            QKeySequence.StandardKey.Print,
            self.print_plan,
            self.tr("Preview and print the month's plan: targets, both hats' work, charts"),
        )
        self.action_export_plan = self._action(
            "actionExportPlanPdf",
            self.tr("&Export plan as PDF…"),
            "Ctrl+Shift+E",
            self.export_plan_pdf,
            self.tr("Save the month's plan as a PDF file"),
        )
        self.action_preferences = self._action(
            "actionPreferences",
            self.tr("&Preferences…"),
            "Ctrl+,",
            self.open_preferences,
            self.tr("Business name, currency, week start, paper, follow-up gaps, data file, theme"),
        )
        # The platform's key (Cmd+, on macOS, Ctrl+Shift+, on KDE) and Ctrl+, everywhere.
        preference_keys = [QKeySequence("Ctrl+,")]
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
            if binding not in preference_keys:
                preference_keys.append(binding)
        self.action_preferences.setShortcuts(preference_keys)
        self.action_quit = self._action(
            "actionQuit",
            self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            self.tr("Quit Funnel Planner"),
        )
        self.action_guide = self._action(
            "actionGuide",
            self.tr("&User guide"),
            QKeySequence.StandardKey.HelpContents,
            self.show_guide,
            self.tr("The two hats, the funnel and every part of the window, in short"),
        )
        self.action_shortcuts = self._action(
            "actionShortcuts",
            self.tr("&Keyboard shortcuts"),
            "Ctrl+/",
            self.show_shortcuts,
            self.tr("Every keyboard shortcut, by menu"),
        )
        self.action_remove_demo = self._action(
            "actionRemoveDemo",
            self.tr("&Remove demo data"),
            None,
            self.remove_demo,
            self.tr("Take out the demo business in one step; what you added stays"),
        )
        self.action_about = self._action(
            "actionAbout",
            self.tr("&About Funnel Planner"),
            None,
            self.about,
            self.tr("Version, license and where your data file is"),
        )
        self.action_work = self._action(
            "actionWork",
            self.tr("&Leads and tasks"),
            "Ctrl+Shift+1",
            lambda: self.show_tab(0),
            self.tr("Show the leads and each hat's tasks"),
        )
        self.action_plan = self._action(
            "actionMonthPlan",
            self.tr("&Month plan"),
            "Ctrl+M",
            lambda: self.show_tab(1),
            self.tr("Targets, the funnel worked backwards, the agreement and actuals"),
        )
        self.action_campaigns = self._action(
            "actionCampaigns",
            self.tr("&Campaigns"),
            "Ctrl+Shift+C",
            lambda: self.show_tab(2),
            self.tr("The marketing hat's campaigns and what they brought in"),
        )
        self.action_agreement = self._action(
            "actionAgreement",
            self.tr("&Agreement between the hats…"),
            None,
            self.edit_agreement,
            self.tr(
                "Follow-up days, contacts before lost, going-cold gaps, qualification criteria"
            ),
        )

        self.hat_group = QActionGroup(self)
        self.hat_actions: dict[Hat, QAction] = {}
        hat_tips = {
            Hat.MARKETING: self.tr("Show the marketing workspace"),
            Hat.SALES: self.tr("Show the sales workspace"),
        }
        for hat, key in ((Hat.MARKETING, "Ctrl+1"), (Hat.SALES, "Ctrl+2")):
            action = self._action(
                f"{hat.value}Hat",
                hat_title(hat),
                key,
                lambda _checked=False, h=hat: self.switch_hat(h),
                hat_tips[hat],
            )
            action.setCheckable(True)
            self.hat_group.addAction(action)
            self.hat_actions[hat] = action

    def _make_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_export_leads)
        file_menu.addAction(self.action_export_tasks)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backups)
        file_menu.addSeparator()
        file_menu.addAction(self.action_print_plan)
        file_menu.addAction(self.action_export_plan)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        leads_menu = menus.addMenu(self.tr("&Leads"))
        for action in (
            self.action_new_lead,
            self.action_open_lead,
            self.action_log_contact,
            self.action_find,
        ):
            leads_menu.addAction(action)
        leads_menu.addSeparator()
        leads_menu.addAction(self.action_delete_lead)
        leads_menu.addAction(self.action_trash)
        tasks_menu = menus.addMenu(self.tr("&Tasks"))
        tasks_menu.addAction(self.action_new_task)
        tasks_menu.addAction(self.action_edit_task)
        tasks_menu.addAction(self.action_toggle_task)
        tasks_menu.addSeparator()
        tasks_menu.addAction(self.action_delete_task)
        view_menu = menus.addMenu(self.tr("&View"))
        for action in self.hat_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.action_work, self.action_plan, self.action_campaigns):
            view_menu.addAction(action)
        settings_menu = menus.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.action_preferences)
        settings_menu.addAction(self.action_agreement)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_guide)
        help_menu.addAction(self.action_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.action_remove_demo)
        help_menu.addSeparator()
        help_menu.addAction(self.action_about)
        help_menu.setObjectName("helpMenu")
        help_menu.aboutToShow.connect(self._update_demo_action)
        self.hub.leads_changed.connect(self._update_demo_action)
        self._update_demo_action()

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_new_lead, self.action_log_contact, self.action_new_task):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.action_print_plan)
        toolbar.addSeparator()
        hat_label = QLabel("  " + self.tr("Wearing:") + " ")
        toolbar.addWidget(hat_label)
        for action in self.hat_actions.values():
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None and action.objectName():
                widget.setObjectName(f"{action.objectName()}Button")
                widget.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        # The hat being worn should be unmistakable: the checked hat takes its colour.
        toolbar.setStyleSheet(
            "QToolButton { padding: 4px 10px; }"
            "QToolButton#marketingHatButton:checked { background: #f2a541; font-weight: 600; }"
            "QToolButton#salesHatButton:checked { background: #5cc8a8; font-weight: 600; }"
        )

    # ---- hats

    @property
    def current_hat(self) -> Hat:
        panel = self.workspace.currentWidget()
        assert isinstance(panel, TasksPanel)
        return panel.hat

    def switch_hat(self, hat: Hat) -> None:
        self.workspace.setCurrentWidget(self.task_panels[hat])
        self.hat_actions[hat].setChecked(True)

    # ---- leads

    def new_lead(self) -> None:
        from funnelplanner.ui.lead_dialog import LeadDialog

        dialog = LeadDialog(self.services, self.hub, None, self.current_hat, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_lead is not None:
            self.leads_panel.select_lead(dialog.saved_lead.id)

    def open_selected_lead(self) -> None:
        lead_id = self.leads_panel.selected_lead_id()
        if lead_id is not None:
            self.open_lead(lead_id)

    def open_lead(self, lead_id: int) -> None:
        from funnelplanner.ui.lead_dialog import LeadDialog

        LeadDialog(self.services, self.hub, lead_id, self.current_hat, self).exec()

    def log_contact(self) -> None:
        lead_id = self.leads_panel.selected_lead_id()
        if lead_id is None:
            self.statusBar().showMessage(self.tr("Select a lead first, then log a contact."), 5000)
            return
        from funnelplanner.ui.contact_dialog import ContactDialog

        ContactDialog(self.services, self.hub, lead_id, self.current_hat, self).exec()

    def delete_lead(self) -> None:
        lead_id = self.leads_panel.selected_lead_id()
        if lead_id is None:
            return
        lead = self.services.leads.get(lead_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete lead"),
            self.tr(
                "Move {name} with %n logged contact(s) and the stage history to the Trash? "
                "Tasks linked to this lead are kept. Edit → Undo or Leads → Trash brings "
                "the lead back.",
                "",
                lead.contact_count,
            ).format(name=lead.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.leads.delete(lead_id)
            self.hub.leads_changed.emit()
            self.hub.tasks_changed.emit()
            self.statusBar().showMessage(
                self.tr("Moved {name} to the Trash").format(name=lead.name), 15_000
            )

    def open_trash(self) -> None:
        from funnelplanner.ui.trash_dialog import TrashDialog

        TrashDialog(self.services, self.hub, self).exec()

    def reload_everything(self) -> None:
        """After undo or redo: every view reads the data (and the business's settings) again."""
        self._apply_business_settings()
        self.hub.leads_changed.emit()
        self.hub.tasks_changed.emit()

    # ---- tasks

    def new_task(self) -> None:
        from funnelplanner.ui.task_dialog import TaskDialog

        lead_id = self.leads_panel.selected_lead_id()
        dialog = TaskDialog(self.services, self.hub, self.current_hat, None, lead_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_task is not None:
            self.switch_hat(dialog.saved_task.hat)

    def edit_task(self, task: Task) -> None:
        from funnelplanner.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self.services, self.hub, task.hat, task, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_task is not None:
            self.switch_hat(dialog.saved_task.hat)

    def _toggle_task(self) -> None:
        self.task_panels[self.current_hat].toggle_selected()

    def _edit_selected_task(self) -> None:
        task = self.task_panels[self.current_hat].selected_task()
        if task is not None:
            self.edit_task(task)

    def _delete_task(self) -> None:
        self.task_panels[self.current_hat].delete_selected()

    # ---- misc

    def _focus_filter(self) -> None:
        self.leads_panel.filter_edit.setFocus()
        self.leads_panel.filter_edit.selectAll()

    def _update_enabled(self) -> None:
        has_lead = self.leads_panel.selected_lead_id() is not None
        for action in (self.action_open_lead, self.action_log_contact, self.action_delete_lead):
            action.setEnabled(has_lead)

    def _update_status(self) -> None:
        open_tasks = self.services.planning.open_task_counts()
        self.status.setText(
            self.tr("Open tasks: marketing {marketing} · sales {sales}").format(
                marketing=open_tasks[Hat.MARKETING], sales=open_tasks[Hat.SALES]
            )
        )
        self._update_enabled()

    # ---- import and export

    def import_leads(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import leads"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation),
            self.tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Read the file, show the import dialog on it, and import what the owner confirms."""
        from funnelplanner.ui.import_dialog import ImportDialog
        from funnelplanner.ui.import_worker import read_in_background

        table = read_in_background(self, self.services.importing, path)
        if table is None:
            return
        dialog = ImportDialog(self.services, self.hub, table, path.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.import_result is not None:
            done = dialog.import_result
            self.statusBar().showMessage(
                self.tr(
                    "Imported {file}: {created} created, {updated} updated, {skipped} skipped"
                ).format(
                    file=path.name,
                    created=format_count(done.created),
                    updated=format_count(done.updated),
                    skipped=format_count(done.skipped),
                ),
                30_000,
            )

    def export_leads_csv(self) -> None:
        def write(path: Path, _filter: str, progress: Progress) -> str:
            count = self.services.exporting.leads_csv(path, progress=progress)
            return self.tr("Exported %Ln lead(s) to {path}", "", count).format(path=path)

        self._export(
            self.tr("Export leads as CSV"), "leads.csv", self.tr("CSV files (*.csv)"), write
        )

    def export_tasks_ics(self) -> None:
        todos, events = self.tr(CALENDAR_TODOS), self.tr(CALENDAR_EVENTS)

        def write(path: Path, chosen_filter: str, progress: Progress) -> str:
            # Google Calendar imports no to-dos: its choice writes all-day events.
            as_events = chosen_filter == events
            count = self.services.exporting.tasks_ics(path, as_events=as_events, progress=progress)
            if as_events:
                return self.tr("Exported %Ln event(s) to {path}", "", count).format(path=path)
            return self.tr("Exported %Ln to-do(s) to {path}", "", count).format(path=path)

        self._export(
            self.tr("Export tasks and follow-ups to a calendar"),
            "funnel-planner-tasks.ics",
            f"{todos};;{events}",
            write,
        )

    def _export(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        write: Callable[[Path, str, Progress], str],
    ) -> None:
        """``write`` saves to the path chosen and says what it saved, for the status bar.

        It runs on a worker with a progress dialog (seconds at 100,000 leads)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested), file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        extension = Path(suggested).suffix
        if path.suffix.lower() != extension:
            path = path.with_name(path.name + extension)
        from funnelplanner.ui.long_task import run_long_task

        outcome = run_long_task(
            self,
            title,
            self.tr("Writing {file}…").format(file=path.name),
            lambda progress: write(path, chosen_filter, progress),
            counted=lambda done, total: self.tr("Writing {file}… {done} of {total}").format(
                file=path.name, done=format_count(done), total=format_count(total)
            ),
        )
        if outcome.problem is not None:
            QMessageBox.warning(
                self,
                self.tr("Nothing exported"),
                self.tr("{problem}\n\nChoose another folder or file name.").format(
                    problem=outcome.problem
                ),
            )
        elif outcome.cancelled or outcome.value is None:
            self.statusBar().showMessage(self.tr("Export cancelled: no file was written"), 15_000)
        else:
            self.statusBar().showMessage(outcome.value, 15_000)

    # ---- the printed plan

    def plan_month(self) -> Month:
        """The month on the Month plan tab once it has been opened, else this month."""
        if self._month_plan is not None:
            return self._month_plan.month
        return self.services.planning.this_month()

    @property
    def plan_printing(self) -> PlanPrinting:
        if self._plan_printing is None:
            from funnelplanner.ui.plan_printing import PlanPrinting

            self._plan_printing = PlanPrinting(
                self,
                self.services,
                self.settings,
                self.plan_month,
                lambda text: self.statusBar().showMessage(text, 15_000),
            )
        return self._plan_printing

    def print_plan(self) -> None:
        self.plan_printing.preview()

    def export_plan_pdf(self) -> None:
        self.plan_printing.export_pdf()

    def open_preferences(self) -> None:
        from funnelplanner.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self.settings, self)
        dialog.exec()
        if dialog.switch_to is not None:
            self.data_file_chosen.emit(dialog.switch_to)
        elif dialog.business_changed or dialog.theme_changed:
            self.reload_everything()
            self.statusBar().showMessage(self.tr("Settings saved"), 10_000)

    def _apply_business_settings(self) -> None:
        business = self.services.settings.business()
        use_business_settings(business.currency, business.week_start)

    def open_backups(self) -> None:
        from funnelplanner.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.services, self.hub, self)
        dialog.exec()
        if dialog.restored:
            # The undo history describes data that is no longer there.
            self.undo_stack.clear()

    @property
    def backing_up(self) -> bool:
        """Whether the hourly backup is being looked at or copied, beside the window."""
        return self._hourly is not None

    def _backup_if_due(self) -> None:
        if self._hourly is not None:
            return  # one at a time: the next change looks again
        worker = HourlyBackup(self.services.backups, self)
        worker.failed.connect(self._backup_failed)
        worker.finished.connect(self._backup_ended)
        self._hourly = worker
        worker.start()

    def _backup_ended(self) -> None:
        if self._hourly is not None:
            self._hourly.deleteLater()
            self._hourly = None

    def _backup_failed(self, problem: str) -> None:
        self.statusBar().showMessage(
            self.tr("The automatic backup failed: {problem}").format(problem=problem), 60_000
        )

    def edit_agreement(self) -> None:
        from funnelplanner.ui.agreement_dialog import AgreementDialog

        AgreementDialog(self.services, self.hub, self).exec()

    # ---- help

    def show_guide(self) -> None:
        from funnelplanner.ui.help_guide import GuideWindow

        if self._guide is None:
            self._guide = GuideWindow(self)
        self._guide.show()
        self._guide.activateWindow()

    def show_shortcuts(self) -> None:
        from funnelplanner.ui.help_shortcuts import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def about(self) -> None:
        from funnelplanner.ui.help_about import AboutDialog

        AboutDialog(self.services.path, self).exec()

    def _update_demo_action(self) -> None:
        self.action_remove_demo.setEnabled(self.services.demo.has_demo())

    def remove_demo(self) -> None:
        """One step, one transaction, one undo entry: the demo goes, the owner's rows stay."""
        try:
            removed = self.services.demo.remove()
        except FunnelPlannerError as exc:
            QMessageBox.warning(self, self.tr("Demo data not removed"), shown(exc))
            return
        self.reload_everything()
        self._update_demo_action()
        self.statusBar().showMessage(
            self.tr(
                "Removed the demo business: {leads} leads, {tasks} tasks, {campaigns} "
                "campaigns. Edit → Undo puts it back."
            ).format(leads=removed.leads, tasks=removed.tasks, campaigns=removed.campaigns),
            30_000,
        )

    # ---- remembered layout

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 720)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([760, 440])
        header = self.settings.leads_header_state
        if header is not None:
            self.leads_panel.table.horizontalHeader().restoreState(header)
        hat = self.settings.current_hat
        self.switch_hat(Hat(hat) if hat in {h.value for h in Hat} else Hat.SALES)

    def save_layout(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.leads_header_state = self.leads_panel.table.horizontalHeader().saveState()
        self.settings.current_hat = self.current_hat.value
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._today_started:
            self._today_started = True
            # After the leads have painted: the worker would otherwise slow that first paint.
            AfterFirstPaint(self.leads_panel.table.viewport(), self.today.refresh_in_background)

    def give_up_hourly_backup(self) -> None:
        """Stop an hourly backup still copying (the window closing, the app quitting):
        the next start backs the file up."""
        if self._hourly is not None:
            self._hourly.give_up()
            self._backup_ended()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.give_up_hourly_backup()
        self.today.wait()
        if self._month_plan is not None:
            self._month_plan.wait()  # its figures are worked out on a worker
        if self._campaigns is not None:
            self._campaigns.wait()  # and so are the campaigns' counts
        self.leads_panel.model.stop_counting()
        if self._plan_printing is not None:
            self._plan_printing.wait_for_export()  # a PDF half-written would be lost
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted() and self.instance_lock is not None:
            self.instance_lock.unlock()
