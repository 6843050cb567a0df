"""Importing a 50,000-row client list against merely reading the same file.

XLSX: the whole import (read, validate, match, insert, commit) against openpyxl's read-only
mode reading every value. CSV: the same against the csv module reading every row. Target for
both: ≤ 1.5× (the csv module alone is so fast that the CSV ratio is reported as it is).
Run: uv run python -m benchmarks.bench_import
"""

from __future__ import annotations

import csv
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import BENCH_DIR, report

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


def _rows(count: int) -> list[list[str]]:
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
        for n in range(1, count + 1)
    ]


def _files(count: int = ROWS) -> tuple[Path, Path]:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    xlsx, csv_path = BENCH_DIR / f"clients-{count}.xlsx", BENCH_DIR / f"clients-{count}.csv"
    if not xlsx.exists() or not csv_path.exists():
        from openpyxl import Workbook

        rows = _rows(count)
        # A normal (not write-only) workbook: shared strings and a dimension, as Excel saves.
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Relaties"
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


def _import(path: Path, template: Path, rows: int = ROWS, progress: object = None) -> float:
    from desktop.core.db.engine import open_database
    from desktop.core.imports.importer import ImportOptions, run_import

    folder = Path(tempfile.mkdtemp(prefix="draagvlak-bench-import-"))
    target = folder / "import.sqlite3"
    shutil.copyfile(template, target)
    database = open_database(target)
    try:
        started = time.perf_counter()
        result = run_import(database, path, None, ImportOptions(), progress=progress)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - started
        assert result.created == rows and result.written, result.summary()
        return elapsed
    finally:
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _template() -> Path:
    from desktop.core.db.engine import open_database

    path = BENCH_DIR / "empty-import-template.sqlite3"
    path.unlink(missing_ok=True)
    open_database(path).dispose()
    return path


def _paired(read: Callable[[], float], load: Callable[[], float]) -> tuple[float, float, float]:
    """Median read time, median import time and median ratio of back-to-back pairs: other
    work on the machine then hits both sides of a pair alike."""
    reads, imports = [], []
    for _ in range(REPEATS):
        reads.append(read())
        imports.append(load())
    ratios = [i / r for i, r in zip(imports, reads, strict=True)]
    return statistics.median(reads), statistics.median(imports), statistics.median(ratios)


def main() -> None:
    xlsx, csv_path = _files()
    template = _template()
    for name, path, read, target in (
        ("XLSX", xlsx, _read_xlsx, "openpyxl read-only"),
        ("CSV", csv_path, _read_csv, "csv module"),
    ):
        baseline, elapsed, ratio = _paired(
            lambda p=path, r=read: r(p), lambda p=path: _import(p, template)
        )
        report(f"import {ROWS:,}-row {name}", elapsed, baseline, f"≤ 1.5x {target}")
        print(f"  median of paired ratios: {ratio:.2f}x")
    _big_file_with_progress(template)


def _big_file_with_progress(template: Path) -> None:
    """100,000 rows work and report progress all the way (the wizard runs this on a worker)."""
    big = 100_000
    xlsx, _csv = _files(big)
    reports: list[tuple[int, int]] = []
    elapsed = _import(xlsx, template, big, lambda done, total: reports.append((done, total)))
    steady = all(a[0] <= b[0] for a, b in zip(reports, reports[1:], strict=False))
    report(f"import {big:,}-row XLSX with progress", elapsed)
    print(
        f"  {len(reports)} progress reports, first {reports[0]}, last {reports[-1]}, "
        f"{'monotonic' if steady else 'NOT monotonic'}"
    )


if __name__ == "__main__":
    main()
