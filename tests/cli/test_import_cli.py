"""`draagvlak import clients`: the report on stdout, exit codes, and nothing written on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.db.models import Client, Enrollment
from desktop.core.pipelines.projects import create_project
from tests.core.imports.samples import CAFE_CSV, EXACT_CSV, title_row_xlsx, write_csv


def _count(db_path: Path, model: type = Client) -> int:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        database.dispose()


def _run(db_path: Path, *args: str) -> int:
    return main(["import", "clients", *args, "--db", str(db_path), "--lang", "en"])


def test_import_prints_counts_first(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, str(EXACT_CSV)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Imported: 4 created, 0 updated, 0 unchanged, 0 skipped."
    assert _count(db_path) == 4


def test_errors_exit_1_with_a_line_per_problem_and_write_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "f.csv", ["Relatiecode;Naam;E-mail", "1;Goed;g@example.nl", "2;Fout;fout@"]
    )
    assert _run(db_path, str(path)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Nothing was imported: rows with errors: 1.")
    assert out[1] == "Row 3 (Fout), E-mail 'fout@': error: 'fout@' is not a valid e-mail address."
    assert _count(db_path) == 0

    assert _run(db_path, str(path), "--skip-errors") == 0
    assert _count(db_path) == 1


def test_dry_run_is_clean_but_writes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, str(CAFE_CSV), "--dry-run") == 0
    assert capsys.readouterr().out.startswith("Dry run, nothing was written.")
    assert _count(db_path) == 0


def test_update_says_which_fields_changed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, str(EXACT_CSV)) == 0
    changed = tmp_path / "relaties.csv"
    changed.write_text(
        EXACT_CSV.read_text(encoding="utf-8-sig").replace("Groningen", "Haren"),
        encoding="utf-8-sig",
    )
    capsys.readouterr()
    assert _run(db_path, str(changed), "--update") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Imported: 0 created, 1 updated, 3 unchanged, 0 skipped."
    assert "Row 4: 000103 Bakker Transport: updated City" in out


def test_project_sheet_mapping_and_report_options(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    with database.session() as session:
        create_project(session, "Klantportaal")
        session.commit()
    database.dispose()
    mapping = tmp_path / "kolommen.json"
    mapping.write_text(json.dumps({"Klantnr": "client_number", "Naam": "name"}))
    report = tmp_path / "verslag.xlsx"
    workbook = title_row_xlsx(tmp_path / "k.xlsx")
    code = _run(
        db_path,
        str(workbook),
        "--sheet",
        "Klanten",
        "--mapping",
        str(mapping),
        "--project",
        "klantportaal",
        "--report",
        str(report),
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "3 clients enrolled in the project." in out
    assert _count(db_path, Enrollment) == 3
    assert load_workbook(report)["Summary"]["B5"].value.startswith("Imported: 3 created")
    database = open_database(db_path)
    with database.session() as session:
        assert session.scalar(select(Client.city).where(Client.client_number == "123")) is None
    database.dispose()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--project", "Bestaat niet"], "There is no project named 'Bestaat niet'"),
        (["--sheet", "Blad9"], "no sheet named 'Blad9'"),
    ],
)
def test_bad_options_exit_1_with_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert _run(db_path, str(title_row_xlsx(tmp_path / "k.xlsx")), *args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert _count(db_path) == 0


def test_unreadable_file_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    assert _run(db_path, str(path)) == 1
    assert capsys.readouterr().err.strip() == "draagvlak: The file leeg.csv is empty."


def test_unrecognised_columns_point_at_mapping_option(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "vreemd.csv", ["Kolom1;Kolom2", "a;b"])
    assert _run(db_path, str(path)) == 1
    err = capsys.readouterr().err
    assert "name" in err and "--mapping FILE.json" in err


def test_no_header_dry_run_prints_the_mapping_used(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "geen-kop.csv",
        ["Jansen BV;info@jansen.nl", "Pietersen;p@pietersen.nl"],
    )
    assert _run(db_path, str(path), "--no-header", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "2 created" in out
    assert "Column 1 → Name" in out and "Column 2 → E-mail" in out


def test_a_mapping_with_a_mistyped_column_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "a.csv", ["Naam;Woonplaats", "Jansen;Ede"])
    mapping = tmp_path / "m.json"
    mapping.write_text('{"Naam": "name", "Plaats": "city"}', encoding="utf-8")
    assert _run(db_path, str(path), "--mapping", str(mapping)) == 1
    err = capsys.readouterr().err
    assert "'Plaats'" in err and "'Naam', 'Woonplaats'" in err
    assert len(err.strip().splitlines()) == 1
