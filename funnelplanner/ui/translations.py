"""The screen's language: the app's own translations and Qt's, for the owner's languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.messages import Message

# One rule for the core's messages on screen and on paper; kept importable from here.
from funnelplanner.reports.printed_words import translated as translated
from funnelplanner.resources_path import resource

APP_CATALOG = "funnelplanner"
QT_CATALOG = "qtbase"
# English is the source language; its catalog only holds plural forms ("1 contact").
FALLBACK = QLocale("en_US")
TRANSLATOR_NAME = "funnelplannerTranslator"


def translations_dir() -> str:
    return str(resource("translations"))


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> QLocale:
    """Install the app's and Qt's translations for ``locale`` (default: the system's
    languages, in the owner's order of preference), replacing any installed before.

    A language the app has no translation for falls back to English, and so do Qt's own
    texts (standard buttons, dialogs): one screen never mixes two languages.

    Returns:
        The locale whose app translation was installed.
    """
    wanted = QLocale.system() if locale is None else locale
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)  # owned by Python again: freed once dropped
    ours = _translator(app)
    if not ours.load(wanted, APP_CATALOG, "_", translations_dir()):
        ours.load(FALLBACK, APP_CATALOG, "_", translations_dir())
    # The language actually found, which may be the owner's second choice.
    chosen = QLocale(ours.language()) if ours.language() else FALLBACK
    qt = _translator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator, loaded in (
        (ours, not ours.isEmpty()),
        (qt, qt.load(chosen, QT_CATALOG, "_", qt_dir)),
    ):
        if loaded:
            QCoreApplication.installTranslator(translator)
    # Imported here: formatting marks its formats for translation with this module.
    from funnelplanner.ui.formatting import use_translated_formats

    use_translated_formats()
    return chosen


def _translator(app: QCoreApplication) -> QTranslator:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    return translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate in ``context``; the place that shows it translates it.

    Qt's own marker is typed as returning ``object``; this one keeps the ``str``.
    """
    return text


def shown(exc: BaseException) -> str:
    """What an error says, in the screen's language when the core made its message."""
    if isinstance(exc, FunnelPlannerError) and isinstance(exc.message, Message):
        return translated(exc.message)
    return str(exc)
