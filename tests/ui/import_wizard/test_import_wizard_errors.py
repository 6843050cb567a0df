"""The import wizard tells the user what is wrong with a file, in their words, never
"Unexpected error"; and it never waits on a pipe or saves the report over the input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.ui.common import workers
from tests.core.imports.samples import EXACT_CSV, fed_fifo
from tests.core.imports.test_bad_inputs import SHEET, _with_damaged_part
from tests.ui.import_wizard.test_import_wizard import WAIT, _wizard
from tests.ui.shell.test_error_handler import _capture


def test_damaged_workbook_is_explained(qtbot, database, tmp_path: Path, monkeypatch) -> None:
    shown = _capture(monkeypatch)
    wizard = _wizard(qtbot, database, _with_damaged_part(tmp_path, SHEET))
    wizard.next()
    qtbot.waitUntil(lambda: bool(shown) and not workers._running, timeout=WAIT)
    title, text = shown[0]
    assert title == "Draagvlak"
    assert "damaged-sheet1.xlsx is damaged or not an Excel workbook" in text
    assert wizard.currentPage() is wizard.file_page


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_pipe_is_refused_on_the_file_page(qtbot, database, tmp_path: Path) -> None:
    with fed_fifo(tmp_path / "pijp.csv") as fifo:
        wizard = _wizard(qtbot, database, fifo)
        wizard.next()
        assert wizard.currentPage() is wizard.file_page
        assert not workers._running  # refused at once, nothing started reading
        assert "is not an ordinary file" in wizard.file_page.error_label.text()


def test_missing_file_is_said_on_the_file_page(qtbot, database, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, database, tmp_path / "weg.csv")
    wizard.next()
    assert wizard.file_page.error_label.text() == f"The file {tmp_path / 'weg.csv'} does not exist."


def test_report_is_not_saved_over_the_imported_file(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    shown = _capture(monkeypatch)
    (tmp_path / "export").mkdir()
    source = tmp_path / "export" / "relaties.csv"
    source.write_bytes(EXACT_CSV.read_bytes())
    wizard = _wizard(qtbot, database, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.source_page, timeout=WAIT)
    qtbot.waitUntil(lambda: not workers._running, timeout=WAIT)
    wizard.report = _some_report()
    assert wizard.report_page.save_report(str(source)) is None
    assert shown == [
        (
            "Draagvlak",
            "The report cannot be saved as relaties.csv: that is the file being imported",
        )
    ]
    assert source.read_bytes() == EXACT_CSV.read_bytes()
    assert [p.name for p in source.parent.iterdir()] == ["relaties.csv"]


def _some_report():
    from desktop.core.imports.report import ImportReport

    return ImportReport(file_name="relaties.csv", created=4)
