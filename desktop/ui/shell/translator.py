"""Qt translation backed by the same .ts catalogue that core and documents use."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.common import i18n

_QT_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own classes: left to Qt's translations


class CatalogueTranslator(QTranslator):
    """Answers Qt's tr() lookups from desktop.core.common.i18n (one source, no compile step).

    ``self.tr()`` in a base class asks with the *subclass's* name as context at run time,
    while lupdate files the text under the base class; when the exact context misses, the
    text's translation from any of our contexts is used.
    """

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._messages = i18n.catalogue(language)
        self._by_source: dict[str, i18n.Translation] = {}
        for (_context, source), translation in self._messages.items():
            self._by_source.setdefault(source, translation)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = self._messages.get((context, source_text))
        if found is None and not _QT_CONTEXT.match(context or ""):
            found = self._by_source.get(source_text)
        if found is None:
            return None  # not ours
        text = i18n.plural_form(found, n)
        return (
            text if n < 0 else text.replace("%n", i18n.number_text(n, self.language))
        )  # 96.969, not 96969

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self._messages


_installed: list[QTranslator] = []  # what install_translators put in, to take out on a change


def install_translators(app: QCoreApplication, language: str) -> None:
    """Set the language everywhere: core, our strings, Qt's own dialogs, locale formats.
    Called again, it replaces the translators it installed before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if language != "nl":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if language != i18n.SOURCE_LANGUAGE:
        qt_translator = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        if qt_translator.load(locale, "qtbase", "_", path):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    ours = CatalogueTranslator(language, app)  # English: its plural forms
    app.installTranslator(ours)
    _installed.append(ours)
