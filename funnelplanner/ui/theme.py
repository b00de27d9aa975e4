"""Light, dark or the system's colours for the window, and the chart palette that matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from funnelplanner.ui.settings_store import Theme

_SCHEMES = {
    Theme.SYSTEM: Qt.ColorScheme.Unknown,
    Theme.LIGHT: Qt.ColorScheme.Light,
    Theme.DARK: Qt.ColorScheme.Dark,
}


def apply_theme(theme: Theme) -> None:
    """Ask the platform for the scheme (Qt 6.8+); where it cannot switch (many Linux
    desktops, the offscreen platform), paint the window with a palette of our own."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(_SCHEMES[theme])
        if hints.colorScheme() == _SCHEMES[theme]:
            theme = Theme.SYSTEM  # the platform draws it: keep its palette
    if theme is Theme.DARK:
        app.setPalette(_dark_palette())
    elif theme is Theme.LIGHT:
        style = app.style()
        app.setPalette(style.standardPalette() if style is not None else QPalette())
    else:
        # An empty palette hands the colours back to the platform, so they follow the
        # desktop when it turns dark or light later.
        app.setPalette(QPalette())


def is_dark() -> bool:
    """Whether the window is drawn light on dark now, whichever way it got there."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202329",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17191d",
        QPalette.ColorRole.AlternateBase: "#262a31",
        QPalette.ColorRole.ToolTipBase: "#2d3139",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#8b939e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d3139",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff7b72",
        QPalette.ColorRole.Light: "#3a3f47",
        QPalette.ColorRole.Midlight: "#30343b",
        QPalette.ColorRole.Mid: "#80868f",  # also text ("palette(mid)" in style sheets)
        QPalette.ColorRole.Dark: "#121418",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d848e"))
    return palette
