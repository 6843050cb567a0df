"""`draagvlak import clients` choices (--on-duplicate, --create-staff, --rejected) and
`draagvlak import list` / `draagvlak import undo`."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from desktop.core.db.models import Staff
from tests.cli.test_import_cli import _count
from tests.core.imports.samples import write_csv, write_xlsx


def _main(db_path: Path | str, *args: str) -> int:
    return main([*args, "--db", str(db_path), "--lang", "en"])


def _names_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "namen.csv", ["Naam;Plaats", "Gemeente Delft;Delft", "Stichting Zon;"]
    )


def test_reimport_with_update_never_changes_the_count(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _names_file(tmp_path)
    for flags in ([], ["--update"], ["--on-duplicate", "update"], ["--on-duplicate", "skip"]):
        assert _main(db_path, "import", "clients", str(path), *flags) == 0
        assert _count(db_path) == 2
    assert _main(db_path, "import", "clients", str(path), "--on-duplicate", "create") == 0
    assert _count(db_path) == 4


def test_list_and_undo_last(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main(db_path, "import", "list") == 0
    assert capsys.readouterr().out.strip() == "No imports yet."
    path = _names_file(tmp_path)
    assert _main(db_path, "import", "clients", str(path)) == 0
    capsys.readouterr()
    assert _main(db_path, "import", "list") == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("1  ") and "namen.csv" in line
    assert "2 created, 0 updated, 0 unchanged, 0 skipped" in line
    assert _main(db_path, "import", "undo", "--last") == 0
    assert capsys.readouterr().out.strip() == (
        "Import 1 (namen.csv) undone: 2 clients removed, 0 restored."
    )
    assert _count(db_path) == 0
    assert _main(db_path, "import", "undo", "1") == 1
    assert "undone already" in capsys.readouterr().err
    assert _main(db_path, "import", "list") == 0
    assert "(undone " in capsys.readouterr().out


def test_create_staff(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(
        tmp_path / "rm.csv", ["Naam;Relatiebeheerder", "A BV;Joke Bos", "B BV;Joke Bos"]
    )
    assert _main(db_path, "import", "clients", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.count("No staff member is called 'Joke Bos' (2 rows)") == 1
    assert "Columns used:" in out and "Relatiebeheerder \u2192" in out
    assert _main(db_path, "import", "clients", str(path), "--create-staff") == 0
    assert "New staff member: Joke Bos." in capsys.readouterr().out
    assert _count(db_path, Staff) == 1


def test_rejected_rows_csv_in_the_source_columns(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "fouten.csv",
        ["Naam;E-mail;Plaats", "Goed BV;goed@example.nl;Ede", "Fout BV;fout@;Epe", ";x@y.nl;Ede"],
    )
    target = tmp_path / "afgewezen.csv"
    code = _main(
        db_path, "import", "clients", str(path), "--skip-errors", "--rejected", str(target)
    )
    assert code == 0
    assert "2 rejected rows saved as" in capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["Naam", "E-mail", "Plaats", "Reason"]
    assert rows[1][:3] == ["Fout BV", "fout@", "Epe"] and "e-mail" in rows[1][3]
    assert rows[2][:3] == ["", "x@y.nl", "Ede"] and "required" in rows[2][3]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_rejected_rows_xlsx_for_xlsx(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Naam", "E-mail"], ["Goed", "goed@example.nl"], ["Fout", "fout@"]]
    path = write_xlsx(tmp_path / "f.xlsx", rows)
    target = tmp_path / "afgewezen.xlsx"
    assert _main(db_path, "import", "clients", str(path), "--rejected", str(target)) == 1
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["Naam", "E-mail", "Reason"]
    assert [c.value for c in sheet[2]][:2] == ["Fout", "fout@"]


def test_dry_run_on_a_missing_file_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Defect 14."""
    db = tmp_path / "nieuw.sqlite3"
    missing = tmp_path / "geen.csv"
    assert _main(db, "import", "clients", str(missing), "--dry-run") == 1
    assert "does not exist" in capsys.readouterr().err
    assert not db.exists()
