"""Qt translation backed by the same .ts catalogue that core and documents use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import i18n


class CatalogueTranslator(QTranslator):
    """Answers Qt's tr() lookups from desktop.core.i18n (one source, no compile step)."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._messages = i18n.catalogue(language)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = self._messages.get((context, source_text))
        return "" if found is None else i18n.plural_form(found, n)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self._messages


def install_translators(app: QCoreApplication, language: str) -> None:
    """Set the language everywhere: core, our strings, Qt's own dialogs, locale formats."""
    i18n.set_language(language)
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if language != "nl":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if language == i18n.SOURCE_LANGUAGE:
        return
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_translator)
    app.installTranslator(CatalogueTranslator(language, app))
