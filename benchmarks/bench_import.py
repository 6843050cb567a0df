"""Importing a 50,000-row client list against merely reading the same file.

XLSX: the whole import (read, validate, match, insert, commit) against openpyxl's read-only
mode reading every value. CSV: the same against the csv module reading every row. Target for
both: ≤ 1.5× (the csv module alone is so fast that the CSV ratio is reported as it is).
Run: uv run python -m benchmarks.bench_import
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_DIR, median_time, report

ROWS = 50_000
REPEATS = 3
HEADERS = [
    "Relatiecode",
    "Naam",
    "BezoekAdres1",
    "BezoekPostcode",
    "BezoekPlaats",
    "E-Mail",
    "Telefoon",
    "ContactpersoonVoornaam",
    "ContactpersoonAchternaam",
]
CITIES = ["Amersfoort", "Utrecht", "Ede", "Zwolle", "Arnhem", "Groningen", "Den Haag"]


def _rows() -> list[list[str]]:
    return [
        [
            f"{n:06d}",
            f"Klant {n} B.V.",
            f"Dorpsstraat {n % 300 + 1}",
            f"{1000 + n % 8999} {chr(65 + n % 26)}{chr(65 + n // 26 % 26)}",
            CITIES[n % len(CITIES)],
            f"info{n}@klant{n}.example.nl",
            f"030-{n:07d}",
            "Jan",
            f"de Vries {n}",
        ]
        for n in range(1, ROWS + 1)
    ]


def _files() -> tuple[Path, Path]:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    xlsx, csv_path = BENCH_DIR / f"clients-{ROWS}.xlsx", BENCH_DIR / f"clients-{ROWS}.csv"
    if not xlsx.exists() or not csv_path.exists():
        from openpyxl import Workbook

        rows = _rows()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Relaties")
        sheet.append(HEADERS)
        for row in rows:
            sheet.append(row)
        workbook.save(xlsx)
        with csv_path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerows(rows)
    return xlsx, csv_path


def _read_xlsx(path: Path) -> float:
    from openpyxl import load_workbook

    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    for _row in workbook.active.iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - started


def _read_csv(path: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for _row in csv.reader(stream, delimiter=";"):
            pass
    return time.perf_counter() - started


def _import(path: Path, template: Path) -> float:
    from desktop.core.db import open_database
    from desktop.core.imports.importer import ImportOptions, run_import

    folder = Path(tempfile.mkdtemp(prefix="draagvlak-bench-import-"))
    target = folder / "import.sqlite3"
    shutil.copyfile(template, target)
    database = open_database(target)
    try:
        started = time.perf_counter()
        result = run_import(database, path, None, ImportOptions())
        elapsed = time.perf_counter() - started
        assert result.created == ROWS and result.written, result.summary()
        return elapsed
    finally:
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _template() -> Path:
    from desktop.core.db import open_database

    path = BENCH_DIR / "empty-import-template.sqlite3"
    path.unlink(missing_ok=True)
    open_database(path).dispose()
    return path


def main() -> None:
    xlsx, csv_path = _files()
    template = _template()
    read_xlsx = median_time(lambda: _read_xlsx(xlsx), REPEATS)
    import_xlsx = median_time(lambda: _import(xlsx, template), REPEATS)
    report(f"import {ROWS:,}-row XLSX", import_xlsx, read_xlsx, "≤ 1.5x openpyxl read-only")
    read_csv = median_time(lambda: _read_csv(csv_path), REPEATS)
    import_csv = median_time(lambda: _import(csv_path, template), REPEATS)
    report(f"import {ROWS:,}-row CSV", import_csv, read_csv, "≤ 1.5x csv module")


if __name__ == "__main__":
    main()
