"""The fonts the printed plan is set in, shipped with the app and loaded on first use.

Qt prints empty boxes, with no warning, for any character no installed font has; a
machine may have no fonts at all. So the plan never relies on the system: it names the
shipped families, in order, and Qt falls back along the list character by character.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from funnelplanner.resources_path import resource

# (file, family) in fallback order: Latin/Greek/Cyrillic first, then CJK, Hangul, the rest.
SHIPPED_FONTS: tuple[tuple[str, str], ...] = (
    ("NotoSans-Regular.ttf", "Noto Sans"),
    ("NotoSans-Bold.ttf", "Noto Sans"),
    ("DroidSansFallbackFull.ttf", "Droid Sans Fallback"),
    ("NanumSquareR.ttf", "NanumSquare"),
    ("NotoSansArabic-Regular.ttf", "Noto Sans Arabic"),
    ("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew"),
    ("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari"),
    ("NotoSansThai-Regular.ttf", "Noto Sans Thai"),
)
PRINT_FAMILIES: list[str] = list(dict.fromkeys(family for _file, family in SHIPPED_FONTS))

_loaded = False


class FontMissingError(RuntimeError):
    """A shipped font file is missing or unreadable: the installation is damaged."""


def load_print_fonts() -> None:
    """Register the shipped fonts with Qt once per process (needs a QGuiApplication)."""
    global _loaded
    if _loaded:
        return
    for filename, family in SHIPPED_FONTS:
        path = resource(f"fonts/{filename}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0 or family not in QFontDatabase.applicationFontFamilies(font_id):
            raise FontMissingError(
                f"The font file {path} is missing or damaged; reinstall Funnel Planner"
            )
    _loaded = True


def print_font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    load_print_fonts()
    font = QFont()
    font.setFamilies(PRINT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    # Noto Sans ships no italic: Qt slants the regular face, which prints fine.
    font.setItalic(italic)
    # Outlines, not hinted pixels: the page is laid out once and must look the same on
    # screen preview, PDF and printer.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
