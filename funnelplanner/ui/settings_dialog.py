"""Settings → Preferences…: the business's settings, its follow-up gaps, the data file, the theme.

The business's settings live in its data file and are saved in one transaction (one Undo);
the theme and which file to open belong to this machine and live in the settings store.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.agreement import AgreementSettings
from funnelplanner.domain.business_settings import (
    BUSINESS_NAME_LIMIT,
    BusinessSettings,
    PaperSize,
    WeekStart,
    currency_codes,
    currency_name,
)
from funnelplanner.domain.errors import ValidationError
from funnelplanner.ui.agreement_dialog import ColdGapsBox, follow_up_days_spin
from funnelplanner.ui.data_file_page import DataFilePage
from funnelplanner.ui.field_errors import FieldErrors, error_banner
from funnelplanner.ui.form_rows import save_cancel_buttons
from funnelplanner.ui.naming import name
from funnelplanner.ui.settings_store import SettingsStore, Theme
from funnelplanner.ui.theme import apply_theme
from funnelplanner.ui.translations import translated

if TYPE_CHECKING:
    from funnelplanner.services import Services

BUSINESS_PAGE, FOLLOW_UP_PAGE, DATA_FILE_PAGE, APPEARANCE_PAGE = range(4)


def _combo(object_name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    name(combo, object_name, accessible)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


class SettingsDialog(QDialog):
    """Save stores what changed; ``switch_to`` names a data file the window should open."""

    def __init__(
        self, services: Services, store: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._business = services.settings.business()
        self._agreement = services.settings.agreement()
        self.switch_to: Path | None = None
        self.business_changed = False
        self.theme_changed = False
        name(self, "settingsDialog", self.tr("Preferences"))
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self._page_of: dict[str, int] = {}

        self.tabs = QTabWidget()
        name(self.tabs, "settingsPages", self.tr("Settings pages"))
        self.tabs.addTab(self._business_page(), self.tr("Business"))
        self.tabs.addTab(self._follow_up_page(), self.tr("Follow-ups"))
        self.data_file_page = DataFilePage(services, self)
        self.data_file_page.switch_requested.connect(self._switch_requested)
        self.tabs.addTab(self.data_file_page, self.tr("Data file"))
        self.tabs.addTab(self._appearance_page(), self.tr("Appearance"))

        self.error_label = error_banner("settingsError", self.tr("Settings error"))

        box = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(box)

    # ---- pages

    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return page, form

    def _field(self, form: QFormLayout, page: int, field: str, label: str, widget: QWidget) -> None:
        """A row with its error label under it; errors on ``field`` open ``page``."""
        form.addRow(label, widget)
        form.addRow("", self.errors.label_for(field, widget))
        self._page_of[field] = page

    def _business_page(self) -> QWidget:
        page, form = self._form_page()
        current = self._business
        self.name_edit = QLineEdit(current.name)
        name(self.name_edit, "settingsBusinessName", self.tr("Business name"))
        self.name_edit.setPlaceholderText(self.tr("Printed at the top of the monthly plan"))
        self.name_edit.setMaxLength(BUSINESS_NAME_LIMIT * 2)  # longer is refused by name

        language = QLocale().name()
        self.currency_edit = _combo(
            "settingsCurrency",
            self.tr("Currency"),
            [(f"{code} — {currency_name(code, language)}", code) for code in currency_codes()],
        )
        # Typed as well as chosen: "eur" or "Euro" finds its line.
        self.currency_edit.setEditable(True)
        self.currency_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.currency_edit.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        _select(self.currency_edit, current.currency)

        self.week_edit = _combo(
            "settingsWeekStart",
            self.tr("Weeks start on"),
            [
                (self.tr("Monday"), WeekStart.MONDAY),
                (self.tr("Sunday"), WeekStart.SUNDAY),
                (self.tr("Saturday"), WeekStart.SATURDAY),
            ],
        )
        _select(self.week_edit, current.week_start)
        self.paper_edit = _combo(
            "settingsPaper",
            self.tr("Paper for the printed plan"),
            [(self.tr("A4"), PaperSize.A4), (self.tr("Letter"), PaperSize.LETTER)],
        )
        _select(self.paper_edit, current.paper)

        self._field(form, BUSINESS_PAGE, "business name", self.tr("Business name"), self.name_edit)
        self._field(form, BUSINESS_PAGE, "currency", self.tr("Currency"), self.currency_edit)
        self._field(form, BUSINESS_PAGE, "week start", self.tr("Weeks start on"), self.week_edit)
        self._field(form, BUSINESS_PAGE, "paper", self.tr("Paper"), self.paper_edit)
        note = QLabel(
            self.tr(
                "These belong to this data file: the printed plan and every amount on "
                "screen use them. Edit → Undo takes a change back."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(note)
        return page

    def _follow_up_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.follow_up_edit: QSpinBox = follow_up_days_spin(self._agreement.sql_follow_up_days)
        self._field(
            form,
            FOLLOW_UP_PAGE,
            "sql_follow_up_days",
            self.tr("Sales follows up a new SQL within"),
            self.follow_up_edit,
        )
        self.gaps_box = ColdGapsBox(self._agreement)
        for stage, spin in self.gaps_box.gap_edits.items():
            self._page_of[f"gap {stage.value}"] = FOLLOW_UP_PAGE
            self.errors.label_for(f"gap {stage.value}", spin)
        note = QLabel(
            self.tr(
                "Contacts before a lead may be marked lost and the qualification criteria "
                "are in Settings → Agreement between the hats…"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addLayout(form)
        layout.addWidget(self.gaps_box)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _appearance_page(self) -> QWidget:
        page, form = self._form_page()
        self.theme_edit = _combo(
            "settingsTheme",
            self.tr("Theme"),
            [
                (self.tr("As the system"), Theme.SYSTEM),
                (self.tr("Light"), Theme.LIGHT),
                (self.tr("Dark"), Theme.DARK),
            ],
        )
        _select(self.theme_edit, self._store.theme)
        form.addRow(self.tr("Theme"), self.theme_edit)
        note = QLabel(self.tr("Kept on this computer, for every data file; charts follow it."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(note)
        return page

    # ---- reading and saving

    def chosen_currency(self) -> str:
        """The code of the chosen line, else what was typed ("eur", "EUR — Euro")."""
        text = self.currency_edit.currentText().strip()
        index = self.currency_edit.findText(text)
        if index >= 0:
            return str(self.currency_edit.itemData(index))
        return text.split("—")[0].strip()

    def _read(self) -> tuple[BusinessSettings, AgreementSettings]:
        """The values on screen, checked by the domain; raises one error naming every field."""
        errors: dict[str, str] = {}
        business = agreement = None
        try:
            business = BusinessSettings(
                name=self.name_edit.text(),
                currency=self.chosen_currency(),
                week_start=WeekStart(self.week_edit.currentData()),
                paper=PaperSize(self.paper_edit.currentData()),
            )
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            agreement = AgreementSettings(
                sql_follow_up_days=self.follow_up_edit.value(),
                min_contacts_before_lost=self._agreement.min_contacts_before_lost,
                cold_gaps=self.gaps_box.gaps(),
                criteria=tuple(self._agreement.criteria),
            )
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors or business is None or agreement is None:
            raise ValidationError(errors)
        return business, agreement

    def accept(self) -> None:
        try:
            business, agreement = self._read()
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        self.errors.clear()
        self.error_label.hide()
        agreement_changed = agreement != self._agreement
        if business != self._business or agreement_changed:
            self._services.settings.save_preferences(
                business, agreement if agreement_changed else None
            )
            self.business_changed = True
            if business.paper != self._business.paper:
                self._store.forget_print_layout()
        theme = Theme(self.theme_edit.currentData())
        if theme != self._store.theme:
            self._store.theme = theme
            self._store.sync()
            apply_theme(theme)
            self.theme_changed = True
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = next(iter(errors))
        self.tabs.setCurrentIndex(self._page_of.get(first, BUSINESS_PAGE))
        unplaced = self.errors.show(errors)
        self.error_label.setText(
            self.tr("Nothing was saved. {problems}").format(
                problems="\n".join(translated(e) for e in errors.values())
            )
            if unplaced
            else self.tr("Nothing was saved: correct what is marked in red.")
        )
        self.error_label.show()

    def _switch_requested(self, path: Path) -> None:
        """Open another… or Move… succeeded: the window opens ``path`` once this closes."""
        self.switch_to = path
        super().reject()  # what else was typed is not saved: the owner chose another file
