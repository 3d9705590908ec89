"""The UI language: Simplified Chinese by default, English on request, through Qt's translators.

Two catalogues are installed for a language: the app's own (``resources/i18n/briefing_*.qm``,
compiled from the ``.ts`` files that ``make translations`` extracts from the sources) and Qt's
(``qtbase_zh_CN.qm`` from Qt's translations folder), which translates Qt's own dialogs and
buttons: the file dialog, OK / Cancel / Yes / No, Show Details…, print preview.

The app's strings are written in Chinese, so English needs the app's catalogue and Chinese needs
only Qt's. The dataset problems of the Qt-free model are written in English, so Chinese has an
app catalogue too (their context "Problems"): each language's catalogue translates what is not
already written in it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Literal, get_args

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing.resources import ResourceError, resource_path

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "zh"
# Each language named in itself, so whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES: dict[Language, str] = {"zh": "中文", "en": "English"}
_LOCALES: dict[Language, str] = {"zh": "zh_CN", "en": "en"}

Translate = Callable[[str, str], str]
# Contexts whose strings are written in English (the Qt-free model's dataset problems, and the
# command line's lines around them); all the others are written in Chinese.
ENGLISH_CONTEXTS = frozenset({"Problems", "Cli"})

_installed: list[QTranslator] = []
_current: list[Language] = [DEFAULT_LANGUAGE]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` where it is declared (a table); it is
    translated where it is shown. Qt's own returns ``object`` to type checkers. (The model has
    one of its own: importing it from there would load the model, pydantic and all, before
    the window opens.)"""
    return text


def current() -> Language:
    """The language installed last (Chinese before any)."""
    return _current[0]


def parse_language(text: str | None) -> Language | None:
    """'zh', 'zh_CN', 'zh-CN', 'en', 'en_US'… as a Language; None for anything else."""
    if not text:
        return None
    head = text.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    for language in LANGUAGES:
        if head == language:
            return language
    return None


def _packaged(name: str) -> str | None:
    """The path of a compiled catalogue the app carries, or None when it is not there."""
    try:
        return os.fspath(resource_path("resources", f"i18n/{name}.qm"))
    except ResourceError:
        return None


def _app_catalogue(language: Language) -> str | None:
    return _packaged(f"briefing_{_LOCALES[language]}")


def _supplement(language: Language) -> str | None:
    """Our own translations of the few strings of Qt's dialogs that Qt's catalogue lacks."""
    return _packaged(f"qtbase_extra_{_LOCALES[language]}")


def _load(path: str | None) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator()
    return translator if translator.load(path) else None


def _qt_catalogue(language: Language) -> QTranslator | None:
    if language == "en":
        return None  # Qt's own strings are English
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{_LOCALES[language]}", folder) else None


def install(language: Language) -> list[QTranslator]:
    """Make ``language`` the UI language of the running application: the app's and Qt's
    catalogues replace those of the language before, and the default locale follows (numbers in
    spin boxes, dates). Widgets built afterwards speak the new language; those already built
    must be rebuilt (the main window does that). Returns the translators installed."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for catalogue in (
        _qt_catalogue(language),
        _load(_supplement(language)),
        _load(_app_catalogue(language)),
    ):
        if catalogue is not None and QCoreApplication.installTranslator(catalogue):
            _installed.append(catalogue)
    _current[0] = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    return list(_installed)


def translator(language: Language) -> Translate:
    """``translate(context, source)`` in ``language`` without an application (the command
    line): the app's catalogue, read directly; the source text where it has no translation."""
    catalogue = _load(_app_catalogue(language))

    def translate(context: str, source: str) -> str:
        if catalogue is None:
            return source
        return catalogue.translate(context, source) or source

    return translate
