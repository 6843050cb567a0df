"""One fast pass over a worksheet's raw XML for what read-only openpyxl does not tell us:
merged cell ranges (for merged headers) and formula cells saved without a result.

A byte search finds out whether there are formulas at all (exports rarely have any); only then
is the XML parsed to locate them, so the usual file costs one decompression and no parsing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

_CHUNK = 1 << 20
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+\d+:[A-Z]+\d+)\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")


@dataclass
class SheetScan:
    merged_ranges: list[str] = field(default_factory=list)
    row_count: int = 0  # <row> elements: a size estimate when the file has no dimension
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)


def scan_sheet(workbook: Any, worksheet: Any) -> SheetScan:
    """Merged ranges and formula cells without a cached value, as (row, 0-based column)."""
    path = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    scan = SheetScan()
    if path is None or archive is None:
        return scan
    has_formulas = False
    tail = b""
    with archive.open(path) as stream:
        while chunk := stream.read(_CHUNK):
            scan.row_count += chunk.count(b"<row ") + chunk.count(b"<row>")
            window = tail + chunk
            tail = window[-512:]
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
