"""Translations shared by the GUI, the CLI and generated documents.

The single source is the Qt Linguist file resources/translations/draagvlak_<lang>.ts. Core code
calls ``translate(context, text)`` (pyside6-lupdate extracts those calls just like ``self.tr``);
the GUI installs a QTranslator backed by the same catalogue, so one file serves every surface.

Counts use Qt's plural forms: a text with ``%n`` is translated by count (``Import.tr("%n rows",
"", n)`` with ``Import = Context("Import")`` in core, ``self.tr(text, "", n)`` in the GUI) and
``%n`` becomes the count as the language writes it (``number_text``: Dutch 96.969, English
96,969). English is the source language, but its plural forms live in draagvlak_en.ts (plural
texts only), so English reads "1 row" and "2 rows" without "row(s)".
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from desktop.core.common.paths import cache_dir, resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGES = ("nl", "en")
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language

_language = SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    return resources_dir() / "translations" / f"draagvlak_{language}.ts"


# A translation, or for a text with %n its plural forms (Dutch and English: one, other).
Translation = str | tuple[str, ...]


Catalogue = dict[tuple[str, str], Translation]

_CACHE_FORMAT = 1  # raise when the cached catalogue's shape changes
_Stamp = tuple[int, str, int, int]  # format, .ts file, its size and modification time


@cache
def catalogue(language: str) -> Catalogue:
    """(context, source) -> translation for one language; unfinished entries are left out.

    Read from the .ts file, which every start needs (the command line's texts too): the
    catalogue read is kept in the cache folder, which loads in ~1 ms instead of ~10 ms, for
    as long as the .ts file is the one it was read from.
    """
    path = translation_file(language)
    try:
        status = path.stat()
    except OSError:
        return {}
    stamp = (_CACHE_FORMAT, str(path), status.st_size, status.st_mtime_ns)
    cached = _cached_catalogue(language, stamp)
    if cached is not None:
        return cached
    result = _read_catalogue(path)
    _keep_catalogue(language, stamp, result)
    return result


def _cache_file(language: str) -> Path:
    return cache_dir() / f"translations-{language}.marshal"


def _cached_catalogue(language: str, stamp: _Stamp) -> Catalogue | None:
    try:
        kept, result = marshal.loads(_cache_file(language).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or not one of ours
        return None
    return result if kept == stamp and isinstance(result, dict) else None


def _keep_catalogue(language: str, stamp: _Stamp, result: Catalogue) -> None:
    """Write the cache whole or not at all (two programs starting at once each write theirs);
    a folder that cannot be written only means the next start reads the .ts file again."""
    import tempfile

    target = _cache_file(language)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=target.stem, suffix=".part")
        part = Path(name)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(marshal.dumps((stamp, result)))
            part.replace(target)
        finally:
            part.unlink(missing_ok=True)  # after the replace there is nothing left to remove


def _read_catalogue(path: Path) -> Catalogue:
    import xml.etree.ElementTree as ET  # noqa: N817 (the name ElementTree's own docs use)

    result: Catalogue = {}
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


def translate(context: str, text: str, n: int | None = None) -> str:
    """The text in the current language; the English source when no translation exists.

    With a count ``n`` the text's plural form for n is chosen and its ``%n`` becomes the count.
    """
    found = plural_form(catalogue(_language).get((context, text), text), 2 if n is None else n)
    return found if n is None else found.replace("%n", number_text(n))


class Context:
    """A translation context for core texts with a count: ``Import = Context("Import")``, then
    ``Import.tr("%n rows", "", n)``. lupdate files plural texts only from ``<name>.tr(text, "",
    n)`` calls, under the name before ``.tr`` - so the variable must carry the context's name.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int | None = None) -> str:
        return translate(self.name, text, n)


def sentence(text: str) -> str:
    """A formatted sentence whose last value ends in a full stop ('... used by Jansen B.V..')
    keeps one full stop."""
    return text[:-1] if text.endswith("..") and not text.endswith("...") else text


def number_text(value: int, language: str | None = None) -> str:
    """A count as the (current) language writes it: Dutch 96.969, English 96,969."""
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if (language or _language) == "nl" else grouped


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
