"""One fast pass over a worksheet's raw XML for what the cell reader (calamine) does not tell
us: merged cell ranges (for merged headers), formula cells saved without a result, and the real
extent of the data (a stray cell at XFD1048576 would make a dense reader allocate the whole
sheet).

A byte search finds out whether there are formulas at all (exports rarely have any); only then
is the XML parsed to locate them, so the usual file costs one decompression and no parsing.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

_CHUNK = 1 << 20
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+\d+:[A-Z]+\d+)\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\s[^>]*?r=\"(\d+)\"")
# Cell references beyond column ZZ (three letters): rare in exports; narrower sheets are
# assumed 26 columns wide (or as wide as their dimension says).
_WIDE_CELL = re.compile(rb"r=\"([A-Z]{3})\d")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?([A-Z]+)\d+\"")


@dataclass
class SheetScan:
    merged_ranges: list[str] = field(default_factory=list)
    row_count: int = 0  # <row> elements: a size estimate when the file has no dimension
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)
    last_row: int = 0  # the number of the last <row> element
    widest_column: int = 0  # 1-based; 0 when no cell lies beyond column ZZ

    @property
    def cells(self) -> int:
        """The size of the sheet's used range, as a dense reader would allocate it."""
        return self.last_row * max(self.widest_column, 26)


def sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part inside the workbook."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    ns_pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{ns_pkg}Relationship")}
    paths = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        target = targets.get(sheet.get(f"{ns_rel}id"), "")
        paths[sheet.get("name", "")] = (
            target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        )
    return paths


def scan_sheet(archive: zipfile.ZipFile, path: str) -> SheetScan:
    """Merged ranges, formula cells without a cached value (row, 0-based column) and extent."""
    scan = SheetScan()
    has_formulas = False
    tail = b""
    with archive.open(path) as stream:
        while chunk := stream.read(_CHUNK):
            scan.row_count += chunk.count(b"<row ") + chunk.count(b"<row>")
            window = tail + chunk
            tail = window[-512:]
            first = scan.last_row == 0 and scan.widest_column == 0
            if first and (dimension := _DIMENSION.search(window[:4096])):
                scan.widest_column = column_index_from_string(dimension.group(1).decode())
            last = window.rfind(b"<row ")
            if last >= 0 and (found := _ROW_NUMBER.match(window, last)):
                scan.last_row = max(scan.last_row, int(found.group(1)))
            for wide in _WIDE_CELL.finditer(window):
                scan.widest_column = max(
                    scan.widest_column, column_index_from_string(wide.group(1).decode())
                )
            # Plain substring tests first: a regex over every byte of a big sheet costs ~10x.
            if not has_formulas and any(tag in window for tag in _FORMULA_TAGS):
                has_formulas = _FORMULA.search(window) is not None
            # mergeCells sit after sheetData; searching each window (with overlap) finds them.
            if b"mergeCell" in window:
                for match in _MERGE.finditer(window):
                    ref = match.group(1).decode("ascii")
                    if ref not in scan.merged_ranges:
                        scan.merged_ranges.append(ref)
    if has_formulas:
        with archive.open(path) as stream:
            scan.formulas_without_value = _formulas_without_value(stream)
    return scan


def _formulas_without_value(stream: Any) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for _event, element in ET.iterparse(stream, events=("end",)):
        local_tag = element.tag.rsplit("}", 1)[-1]
        if local_tag == "row":
            element.clear()  # keeps memory flat on big sheets
        if local_tag != "c":
            continue
        formula = value = None
        for child in element:
            local = child.tag.rsplit("}", 1)[-1]
            if local == "f":
                formula = child
            elif local in ("v", "is"):
                value = child
        empty_value = value is None or (value.text in (None, "") and not len(value))
        if formula is not None and empty_value and element.get("r"):
            letters, row = coordinate_from_string(element.get("r"))
            found.add((row, column_index_from_string(letters) - 1))
        element.clear()
    return found
