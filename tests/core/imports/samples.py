"""Sample exports for the import tests: committed real-looking CSVs and generated workbooks."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"
EXACT_CSV = FIXTURES / "exact_relaties.csv"  # UTF-8 with BOM, semicolons, Exact headers
CAFE_CSV = FIXTURES / "cafe_1252.csv"  # Windows-1252, semicolons, accented names

TITLE_HEADERS = ["Klantnr", "Naam", "Rechtsvorm", "Postcode", "Plaats", "KvK", "Klant sinds"]


def title_row_xlsx(path: Path) -> Path:
    """An XLSX like an office makes by hand: a merged title row and a blank row above the
    headers, a client number typed as a number, a KvK number that lost its leading zero and a
    real Excel date."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Klanten"
    sheet["A1"] = "Klantenlijst Administratiekantoor Jansen"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(TITLE_HEADERS)
    sheet.append([123, "Garage Hendriks", "VOF", "1234 ab", "Ede", 1234567, datetime(2019, 3, 7)])
    sheet.append(["00124", "Stichting De Linde", "Stichting", "6711AA", "Ede", "87654321", None])
    sheet.append(["125", "J. Pietersen", "Particulier", None, "Wageningen", None, "07-03-2020"])
    hidden = workbook.create_sheet("Instellingen")
    hidden.sheet_state = "hidden"
    hidden.append(["intern"])
    workbook.save(path)
    return path


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Blad1") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@contextlib.contextmanager
def fed_fifo(path: Path) -> Iterator[Path]:
    """A FIFO that serves a small CSV to every reader that opens it, so code that reads a pipe
    gets data (and its test fails) instead of blocking the suite for ever."""
    os.mkfifo(path)
    stop = threading.Event()

    def feed() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError), path.open("wb") as writer:  # waits for a reader
                if not stop.is_set():
                    writer.write(b"Naam;Plaats\r\nA;B\r\n")

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        yield path
    finally:
        stop.set()
        reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # releases a feeder waiting in open
        feeder.join()
        os.close(reader)
