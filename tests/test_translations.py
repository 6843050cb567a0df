"""The Dutch translation is complete and consistent, and Qt really uses it."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import lupdate  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory: pytest.TempPathFactory) -> ET.Element:
    """The committed Dutch file, updated against the current source code."""
    target = tmp_path_factory.mktemp("ts") / "draagvlak_nl.ts"
    shutil.copyfile(ROOT / "resources" / "translations" / "draagvlak_nl.ts", target)
    lupdate(target)
    return ET.parse(target).getroot()


def _messages(root: ET.Element) -> list[tuple[str, str, ET.Element]]:
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translated_text(node: ET.Element) -> str:
    """The translation, or all plural forms of a %n text joined (each must be filled)."""
    forms = [form.text or "" for form in node.iter("numerusform")]
    if forms:
        return "" if not all(f.strip() for f in forms) else " ".join(forms)
    return node.text or ""


def test_every_string_has_a_finished_dutch_translation(refreshed_ts: ET.Element) -> None:
    messages = _messages(refreshed_ts)
    assert len(messages) > 50
    missing = [
        f"{context}: {source!r}"
        for context, source, message in messages
        if (node := message.find("translation")) is None
        or node.get("type") == "unfinished"
        or not _translated_text(node).strip()
    ]
    assert not missing, "Untranslated (run tools/update_translations.py):\n" + "\n".join(missing)


def _forms(node: ET.Element) -> list[str]:
    """Each plural form of a %n text, or the one translation."""
    return [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]


def test_placeholders_survive_translation(refreshed_ts: ET.Element) -> None:
    wrong = [
        f"{context}: {source!r}"
        for context, source, message in _messages(refreshed_ts)
        for form in _forms(message.find("translation"))
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
        or ("%n" in source) != ("%n" in form)
    ]
    assert not wrong, wrong


LAZY_PLURAL = re.compile(r"\w\((s|en|ren|es)\)")


def test_counts_use_plural_forms_not_lazy_plurals(refreshed_ts: ET.Element) -> None:
    """'18 medewerker(s)', '1 project(en)': a text with a count uses %n and its plural forms."""
    lazy = [
        f"{context}: {source!r}"
        for context, source, message in _messages(refreshed_ts)
        for text in (source, *_forms(message.find("translation")))
        if LAZY_PLURAL.search(text)
    ]
    assert not lazy, lazy


def test_english_plural_forms_are_complete() -> None:
    """English is the source language; its '1 client' / '2 clients' live in draagvlak_en.ts."""
    target = ROOT / "resources" / "translations" / "draagvlak_en.ts"
    root = ET.parse(target).getroot()
    plural_sources = {source for _, source, _ in _messages(root)}
    dutch = ET.parse(ROOT / "resources" / "translations" / "draagvlak_nl.ts").getroot()
    dutch_plurals = {s for _, s, m in _messages(dutch) if m.get("numerus") == "yes"}
    assert dutch_plurals and dutch_plurals <= plural_sources
    unfinished = [
        source
        for _, source, message in _messages(root)
        if (node := message.find("translation")).get("type") == "unfinished"
        or not all(form.strip() for form in _forms(node))
    ]
    assert not unfinished, unfinished


def test_dutch_client_types_and_dry_run_wording() -> None:
    from desktop.core.common import i18n
    from desktop.core.common.vocab import ClientType, client_type_label

    with i18n.language_set_to("nl"):
        assert client_type_label(ClientType.BV) == "BV"
    texts = " ".join(
        text
        for translation in i18n.catalogue("nl").values()
        for text in ((translation,) if isinstance(translation, str) else translation)
    )
    assert "Proefrun" not in texts and "proefrun" not in texts


def test_a_count_is_written_as_the_language_writes_numbers() -> None:
    from desktop.core.common import i18n
    from desktop.core.imports.report import Import

    with i18n.language_set_to("nl"):
        assert i18n.number_text(96969) == "96.969"
        assert Import.tr("%n clients enrolled in the project.", "", 1) == (
            "1 klant ingeschreven in het project."
        )
        assert Import.tr("%n clients enrolled in the project.", "", 11912) == (
            "11.912 klanten ingeschreven in het project."
        )
    assert i18n.number_text(96969) == "96,969"
    assert Import.tr("%n clients enrolled in the project.", "", 1) == (
        "1 client enrolled in the project."
    )


def test_a_sentence_ending_in_a_name_with_a_full_stop_keeps_one() -> None:
    from desktop.core.common.i18n import sentence

    assert sentence("Client number 12 is already used by Jansen B.V..") == (
        "Client number 12 is already used by Jansen B.V."
    )
    assert sentence("Wait...") == "Wait..."


def test_qt_widgets_show_dutch(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core.common import i18n
    from desktop.ui.shell.translator import CatalogueTranslator

    translator = CatalogueTranslator("nl")
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        expected = i18n.catalogue("nl")[("MainMenus", "&File")]
        assert app.translate("MainMenus", "&File") == expected
        # A text whose Dutch equals the English must still show (not come out blank).
        assert app.translate("MainMenus", "&Help") == "&Help"
        assert app.translate("MainMenus", "a text nobody translated") == "a text nobody translated"
    finally:
        app.removeTranslator(translator)


def test_plural_forms_follow_the_count(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.translator import CatalogueTranslator

    translator = CatalogueTranslator("nl")
    translator._messages = {("Ctx", "%n client(s)"): ("%n klant", "%n klanten")}
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        assert app.translate("Ctx", "%n client(s)", "", 1) == "1 klant"
        assert app.translate("Ctx", "%n client(s)", "", 3) == "3 klanten"
    finally:
        app.removeTranslator(translator)


def test_base_class_texts_translate_in_subclasses(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.ui.shell.translator import CatalogueTranslator

    class Base(QWidget):
        def greeting(self) -> str:
            return self.tr("Hello")

    class Sub(Base):
        pass

    translator = CatalogueTranslator("en")
    translator._messages = {("Base", "Hello"): "Hallo"}
    translator._by_source = {"Hello": "Hallo"}
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        widget = Sub()
        qtbot.addWidget(widget)
        assert widget.greeting() == "Hallo"
    finally:
        app.removeTranslator(translator)
