"""Translations shared by the GUI, the CLI and generated documents.

The single source is the Qt Linguist file resources/translations/draagvlak_<lang>.ts. Core code
calls ``translate(context, text)`` (pyside6-lupdate extracts those calls just like ``self.tr``);
the GUI installs a QTranslator backed by the same catalogue, so one file serves every surface.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from desktop.core.common.paths import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGES = ("nl", "en")

_language = SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    return resources_dir() / "translations" / f"draagvlak_{language}.ts"


# A translation, or for a text with %n its plural forms (Dutch and English: one, other).
Translation = str | tuple[str, ...]


@cache
def catalogue(language: str) -> dict[tuple[str, str], Translation]:
    """(context, source) -> translation for one language; unfinished entries are left out."""
    path = translation_file(language)
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    result: dict[tuple[str, str], Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in node.iter("numerusform"))
            if forms:
                result[(name, source)] = forms
            elif node.text:
                result[(name, source)] = node.text
    return result


def plural_form(translation: Translation, n: int) -> str:
    """The form for count n (the first form for one, the second for any other number)."""
    if isinstance(translation, str):
        return translation
    return translation[0 if n == 1 or len(translation) == 1 else 1]


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _language


@contextmanager
def language_set_to(language: str) -> Iterator[None]:
    """Speak ``language`` for a while (the demo office writes in the office's language)."""
    previous = _language
    set_language(language)
    try:
        yield
    finally:
        set_language(previous)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks a text for translation where it is defined; ``translate`` it where it is used."""
    return text


def translate(context: str, text: str) -> str:
    """The text in the current language; the English source when no translation exists."""
    return plural_form(catalogue(_language).get((context, text), text), 2)


def system_language() -> str:
    """'nl' on a Dutch system, else 'en' (stdlib only, so the CLI need not import Qt)."""
    import locale

    for value in (locale.getlocale()[0], *_env_locales()):
        if value and value.lower().startswith(("nl", "dutch")):
            return "nl"
    return SOURCE_LANGUAGE


def _env_locales() -> list[str]:
    import os

    return [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
