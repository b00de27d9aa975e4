"""Every remembered preference declared once, typed, over one QSettings file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QSettings
from PySide6.QtGui import QPageLayout, QPageSize

from funnelplanner import paths


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class SettingsStore:
    """Window layout and preferences; kept apart from the owner's data file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._folder = path.parent
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    @property
    def leads_header_state(self) -> QByteArray | None:
        return self._bytes("leads/header")

    @leads_header_state.setter
    def leads_header_state(self, value: QByteArray) -> None:
        self._set("leads/header", value)

    @property
    def current_hat(self) -> str:
        return str(self._settings.value("window/hat", "sales"))

    @current_hat.setter
    def current_hat(self, value: str) -> None:
        self._set("window/hat", value)

    @property
    def print_layout(self) -> QPageLayout | None:
        """The page set up for the plan last time: paper, orientation and margins."""
        value = self._settings.value("print/layout")
        if not isinstance(value, str):
            return None
        try:
            size_id, orientation, *margins = (float(part) for part in value.split(","))
            layout = QPageLayout(
                QPageSize(QPageSize.PageSizeId(int(size_id))),
                QPageLayout.Orientation(int(orientation)),
                QMarginsF(*margins),
                QPageLayout.Unit.Millimeter,
            )
        except (ValueError, TypeError):
            return None  # a hand-edited or damaged entry: fall back to the default paper
        return layout if layout.isValid() else None

    @print_layout.setter
    def print_layout(self, layout: QPageLayout) -> None:
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        parts = (
            layout.pageSize().id().value,
            layout.orientation().value,
            margins.left(),
            margins.top(),
            margins.right(),
            margins.bottom(),
        )
        self._set("print/layout", ",".join(str(p) for p in parts))

    def forget_print_layout(self) -> None:
        """The next print preview starts from the business's default paper again."""
        self._settings.remove("print/layout")

    @property
    def theme(self) -> Theme:
        value = self._settings.value("appearance/theme", Theme.SYSTEM.value)
        return Theme(value) if isinstance(value, str) and value in set(Theme) else Theme.SYSTEM

    @theme.setter
    def theme(self, value: Theme) -> None:
        self._set("appearance/theme", value.value)

    @property
    def default_database(self) -> Path | None:
        """The data file chosen in Settings, opened when neither --db nor $FUNNELPLANNER_DB
        names one; None: the file in the user data folder."""
        # Kept beside this file in plain text, where the command line reads it too.
        return paths.remembered_database(self._folder)

    @default_database.setter
    def default_database(self, value: Path) -> None:
        paths.remember_database(value, self._folder)

    def sync(self) -> None:
        self._settings.sync()
