"""The first-run welcome: the two hats and the funnel in plain words, then demo or empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnelplanner import APP_NAME
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import shown
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services
    from funnelplanner.services.demo import DemoSummary

# The toolbar's colours for the hats, so the welcome teaches what the window shows.
MARKETING_COLOUR = "#f2a541"
SALES_COLOUR = "#5cc8a8"


class WelcomeDialog(QDialog):
    """Shown once, on a new empty file. Either answer (or closing it) is remembered."""

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self.loaded: DemoSummary | None = None
        name(self, "welcomeDialog", self.tr("Welcome"))
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(640)

        heading = QLabel(self.tr("<h2>You run the business, so you wear two hats</h2>"))
        heading.setObjectName("welcomeHeading")

        hats = QHBoxLayout()
        hats.setSpacing(12)
        hats.addWidget(
            _hat_card(
                "welcomeMarketing",
                MARKETING_COLOUR,
                self.tr("Marketing hat"),
                self.tr(
                    "Talks to many people at once: campaigns, newsletters, ads, posts, "
                    "webinars. Its job is to bring in leads and get them ready for sales. "
                    "It plans in months."
                ),
            )
        )
        hats.addWidget(
            _hat_card(
                "welcomeSales",
                SALES_COLOUR,
                self.tr("Sales hat"),
                self.tr(
                    "Talks to one person at a time: calls, emails, meetings, demos, "
                    "proposals. Its job is to turn those leads into customers. "
                    "It plans for this month."
                ),
            )
        )

        steps = " → ".join(label(stage) for stage in FUNNEL_ORDER if stage is not Stage.LOST)
        funnel = QLabel(
            self.tr(
                "<p><b>One funnel joins the hats:</b> {steps}.</p>"
                "<p>Everyone marketing reaches is a prospect; who leaves their details is a "
                "lead. When a lead meets the criteria you agreed, marketing hands it over "
                "(MQL), sales accepts it (SQL) and works it into a customer, who may become "
                "a promoter and send you others. Every contact you log with a lead is "
                "counted, and each month's target works backwards from the customers you "
                "want to the leads marketing owes and the customers sales owes.</p>"
                "<p>Would you like to look around a demo business first? It fills this "
                "month with leads, contacts, campaigns, tasks for both hats and a target. "
                "<b>Help → Remove demo data</b> takes it all out again in one step, and "
                "leaves whatever you added.</p>"
            ).format(steps=steps)
        )
        funnel.setObjectName("welcomeText")
        funnel.setWordWrap(True)
        funnel.setTextFormat(Qt.TextFormat.RichText)

        buttons = QDialogButtonBox()
        self.demo_button = QPushButton(self.tr("Load demo business"))
        name(self.demo_button, "loadDemoButton", self.tr("Load demo business"))
        self.empty_button = QPushButton(self.tr("Start empty"))
        name(self.empty_button, "startEmptyButton", self.tr("Start empty"))
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(hats)
        layout.addWidget(funnel)
        layout.addWidget(buttons)

    def load_demo(self) -> None:
        try:
            self.loaded = self._services.demo.load()
        except FunnelPlannerError as exc:
            QMessageBox.warning(self, self.tr("The demo was not loaded"), shown(exc))
            self.reject()
            return
        self._hub.leads_changed.emit()
        self._hub.tasks_changed.emit()
        self.accept()

    def reject(self) -> None:
        # Closing the welcome answers it too: it is not asked again on the next start.
        if self.loaded is None:
            try:
                self._services.demo.start_empty()
            except FunnelPlannerError as exc:
                QMessageBox.warning(self, self.tr("The answer was not saved"), shown(exc))
        super().reject()


def _hat_card(object_name: str, colour: str, title: str, text: str) -> QFrame:
    card = QFrame()
    card.setObjectName(object_name)
    card.setStyleSheet(
        f"QFrame#{object_name} {{ border: 2px solid {colour}; border-radius: 6px; }}"
        f"QLabel#{object_name}Title {{ background: {colour}; padding: 4px 8px;"
        " font-weight: 600; border-radius: 3px; }"
    )
    heading = QLabel(title)
    heading.setObjectName(f"{object_name}Title")
    body = QLabel(text)
    body.setWordWrap(True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(body, 1)
    return card


def offer_welcome(services: Services, hub: ChangeHub, parent: QWidget) -> WelcomeDialog | None:
    """On a file never opened before, open the welcome over the window once it is shown."""
    if not services.demo.should_welcome():
        return None
    dialog = WelcomeDialog(services, hub, parent)
    # Window-modal and opened from the event loop: the main window is on screen behind it.
    QTimer.singleShot(0, dialog.open)
    return dialog
