"""The preview shows the encoding notice and re-reads the file in the encoding the user picks."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.db.models import Client
from desktop.ui.import_wizard import ImportWizard
from tests.ui.import_wizard.steps import import_from_preview, next_to, opened_wizard
from tests.ui.waiting import workers_idle


def _at_preview(qtbot, database, path: Path) -> ImportWizard:
    wizard = opened_wizard(qtbot, database, path)
    next_to(qtbot, wizard, wizard.source_page)
    next_to(qtbot, wizard, wizard.mapping_page)
    next_to(qtbot, wizard, wizard.preview_page)
    return wizard


def _choose(qtbot, wizard: ImportWizard, encoding: str | None) -> None:
    combo = wizard.preview_page.encoding_combo
    combo.setCurrentIndex(combo.findData(encoding))
    combo.activated.emit(combo.currentIndex())  # as a user's pick does
    workers_idle(qtbot)


def _names(wizard: ImportWizard) -> list[str]:
    model = wizard.preview_page.model
    column = wizard.file.headers.index("Naam")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_notice_shows_and_an_unfit_encoding_is_refused(qtbot, database, tmp_path) -> None:
    path = tmp_path / "gemengd.csv"
    path.write_bytes(
        b"Naam;Plaats\n" + "Café Zwaan;Ede\n".encode() + "Brasserie Élan;Epe\n".encode("cp1252")
    )
    wizard = _at_preview(qtbot, database, path)
    page = wizard.preview_page
    assert page.notice_label.isVisible()
    assert "not certain" in page.notice_label.text()
    assert page.encoding_combo.itemText(0) == "Detected: Windows-1252"

    _choose(qtbot, wizard, "utf-8")  # the Windows part is not UTF-8
    assert page.encoding_error_label.isVisible()
    assert "cannot be read as utf-8" in page.encoding_error_label.text()
    assert page.encoding_combo.currentIndex() == 0  # the detected one stays
    assert wizard.file.chosen_encoding is None


def test_a_picked_encoding_rereads_the_file_and_is_imported(qtbot, database, tmp_path) -> None:
    path = tmp_path / "utf8.csv"
    path.write_bytes("Relatiecode;Naam;Plaats\n1;Café Zwaan;Ede\n".encode())
    wizard = _at_preview(qtbot, database, path)
    page = wizard.preview_page
    assert not page.notice_label.isVisible()  # UTF-8 is certain
    assert page.encoding_combo.itemText(0) == "Detected: UTF-8"
    assert _names(wizard) == ["Café Zwaan"]

    _choose(qtbot, wizard, "cp1252")
    assert wizard.file.chosen_encoding == "cp1252"
    assert _names(wizard) == ["CafÃ© Zwaan"]
    assert page.notice_label.isVisible()  # the garbled letters are pointed out
    _choose(qtbot, wizard, "iso8859_15")
    _choose(qtbot, wizard, None)  # back to the detected encoding
    assert _names(wizard) == ["Café Zwaan"]
    _choose(qtbot, wizard, "cp1252")

    import_from_preview(qtbot, wizard)
    with database.session() as session:
        assert session.scalars(select(Client.name)).all() == ["CafÃ© Zwaan"]
