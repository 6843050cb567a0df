"""The rows an import did not take, in the source's own columns plus a reason column: a file
to correct and import again. CSV for a CSV source (semicolons, UTF-8 with BOM, so Dutch Excel
opens it as columns), XLSX for a workbook; written to a temporary name, then moved into place."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.core.common.i18n import translate
from desktop.core.imports.report import ImportReport, write_atomically


def rejected_kind(source: Path | str) -> str:
    """'.xlsx' for a workbook source, else '.csv'."""
    return ".xlsx" if Path(source).suffix.lower() in (".xlsx", ".xlsm") else ".csv"


def save_rejected(report: ImportReport, path: Path | str, source: Path | str) -> Path:
    """Write the rejected rows of ``report`` to ``path`` (format from the source file)."""
    path = Path(path)
    headers = [*report.headers, translate("Import", "Reason")]
    rows = [[*_padded(r.values, len(report.headers)), r.reason] for r in report.rejected]
    if rejected_kind(source) == ".xlsx":
        content = _xlsx_bytes(headers, rows)
    else:
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        content = text.getvalue().encode("utf-8-sig")
    return write_atomically(path, content)


def _padded(values: tuple[object, ...], width: int) -> list[object]:
    return [*values[:width], *([None] * (width - len(values)))]


def _xlsx_bytes(headers: list[str], rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    from desktop.core.imports.report_xlsx import text_cells

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("Import", "Rejected rows"))
    sheet.append(text_cells(sheet, headers))
    for row in rows:
        sheet.append(text_cells(sheet, row))
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()
