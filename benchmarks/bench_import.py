"""Importing a 50,000-row client list against merely reading the same file.

XLSX: the whole import (read, validate, match, insert, commit) against openpyxl's read-only
mode reading every value; target ≤ 1.0×. CSV: the same against a bare load that parses the file
with the csv module and stores the rows with one executemany into the same (migrated, so
identically indexed) clients table and commits; target ≤ 1.5×. The XLSX file is laid out as
Excel saves it (shared strings table).
Run: uv run python -m benchmarks.bench_import [csv|xlsx]
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
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
        rows = _rows(count)
        write_excel_like_xlsx(xlsx, "Relaties", [HEADERS, *rows])
        with csv_path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerows(rows)
    return xlsx, csv_path


def write_excel_like_xlsx(path: Path, title: str, rows: list[list[str]]) -> None:
    """A workbook laid out as Excel saves one: every text in the shared strings table (openpyxl
    writes inline strings, which readers parse differently), a dimension, styles."""
    import zipfile
    from xml.sax.saxutils import escape

    from openpyxl.utils.cell import get_column_letter

    index: dict[str, int] = {}
    strings: list[str] = []
    body: list[str] = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            number = index.get(value)
            if number is None:
                number = index[value] = len(strings)
                strings.append(value)
            cells.append(f'<c r="{get_column_letter(c)}{r}" t="s"><v>{number}</v></c>')
        body.append(f'<row r="{r}" spans="1:{len(row)}">{"".join(cells)}</row>')
    last = f"{get_column_letter(max(len(row) for row in rows))}{len(rows)}"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="{title}" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": (
            f'<styleSheet xmlns="{main}"><fonts count="1"><font><sz val="11"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="1"><xf xfId="0"/></cellXfs><cellStyles count="1">'
            '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        ),
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{main}" count="{sum(map(len, rows))}" uniqueCount="{len(strings)}">'
            + "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
            + "</sst>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}"><dimension ref="A1:{last}"/><sheetData>'
            + "".join(body)
            + "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(
                name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text
            )


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


_BARE_INSERT = (
    "INSERT INTO clients (client_number, name, address, postcode, city, email, phone, "
    "contact_person, client_type, notes, archived, search_text, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'other', '', 0, ?, ?, ?)"
)


def _store_csv(path: Path, template: Path) -> float:
    """The CSV baseline: csv module, one executemany into the same table, commit (the same
    pragmas as the application's connections)."""
    folder = Path(tempfile.mkdtemp(prefix="draagvlak-bench-bare-"))
    target = folder / "bare.sqlite3"
    shutil.copyfile(template, target)
    connection = sqlite3.connect(target)
    try:
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        started = time.perf_counter()
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        with path.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            # search_text as long as the application's (name, number, city, e-mail lowered),
            # so both sides store the same bytes into the same indexes.
            rows = [
                (
                    n,
                    name,
                    street,
                    code,
                    city,
                    email,
                    phone,
                    f"{first} {last}",
                    f"{name}\x1f{n}\x1f{city}\x1f{email}".lower(),
                    now,
                    now,
                )
                for n, name, street, code, city, email, phone, first, last in reader
            ]
        connection.executemany(_BARE_INSERT, rows)
        connection.commit()
        elapsed = time.perf_counter() - started
        assert connection.execute("SELECT count(*) FROM clients").fetchone()[0] == len(rows)
        return elapsed
    finally:
        connection.close()
        shutil.rmtree(folder, ignore_errors=True)


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

    # A folder of this run's own: runs side by side would otherwise replace each other's.
    path = Path(tempfile.mkdtemp(prefix="draagvlak-bench-template-")) / "empty.sqlite3"
    open_database(path).dispose()
    return path


def _template_without_search_index(template: Path) -> Path:
    """The template with the search index's triggers dropped: both sides of the CSV pair then
    store into the same plain table, which shows the import's own work (reading, checking,
    matching) apart from the index that both pay for alike."""
    path = template.with_name("empty-plain.sqlite3")
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path)
    try:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'clients'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.commit()
    finally:
        connection.close()
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


def main(formats: tuple[str, ...] = ("xlsx", "csv")) -> None:
    template = _template()
    try:
        _measure(formats, template)
    finally:
        shutil.rmtree(template.parent, ignore_errors=True)


def _measure(formats: tuple[str, ...], template: Path) -> None:
    xlsx, csv_path = _files()
    runs = {
        "xlsx": ("XLSX", xlsx, _read_xlsx, "1.0", "openpyxl read-only parse"),
        "csv": ("CSV", csv_path, lambda p: _store_csv(p, template), "1.5", "csv + executemany"),
    }
    for name, path, baseline_run, limit, target in (runs[f] for f in formats):
        baseline, elapsed, ratio = _paired(
            lambda p=path, r=baseline_run: r(p), lambda p=path: _import(p, template)
        )
        report(f"import {ROWS:,}-row {name}", elapsed, baseline, f"≤ {limit}x {target}")
        print(f"  median of paired ratios: {ratio:.2f}x")
    if "csv" in formats:
        plain = _template_without_search_index(template)
        baseline, elapsed, ratio = _paired(
            lambda: _store_csv(csv_path, plain), lambda: _import(csv_path, plain)
        )
        report(f"import {ROWS:,}-row CSV, no search index", elapsed, baseline, "same on both sides")
        print(f"  median of paired ratios: {ratio:.2f}x")
        print(f"  (the csv module only reading the file: {_read_csv(csv_path) * 1000:.1f} ms)")
    if formats == ("xlsx", "csv"):
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
    main(tuple(sys.argv[1:]) or ("xlsx", "csv"))
