"""`draagvlak export clients|calllists|overview`: the path and row count, filters, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from tests.board_office import make_office


@pytest.fixture
def office(db_path: Path) -> Path:
    database = open_database(db_path)
    make_office(database)
    database.dispose()
    return db_path


def test_export_clients_with_filters(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clients.xlsx"
    args = ["export", "clients", "--db", str(office), "--out", str(out), "--lang", "en"]
    assert main([*args, "--champion", "Anna de Vries", "--search", "bakker"]) == 0
    assert capsys.readouterr().out.strip() == f"Saved {out} (1 client)"
    names = [row[1] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["Bakkerij Bol"]
    assert main([*args, "--stage", "Not approached", "--project", "Client portal"]) == 0
    assert capsys.readouterr().out.strip() == f"Saved {out} (6 clients)"


def test_call_lists_and_overview(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls, overview = tmp_path / "calls.xlsx", tmp_path / "overview.xlsx"
    common = ["--db", str(office), "--lang", "en"]
    assert main(["export", "calllists", *common, "--out", str(calls), "--champion", "BJ"]) == 0
    assert capsys.readouterr().out.strip() == f"Saved {calls} (2 clients to call)"
    assert load_workbook(calls).sheetnames == ["Bram Jansen"]
    assert main(["export", "overview", *common, "--out", str(overview)]) == 0
    assert "Pipeline" in load_workbook(overview).sheetnames


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["clients", "--segment", "Nope"], "There is no segment named 'Nope'. Segments: "),
        (["clients", "--stage", "Nope"], "There is no stage named 'Nope'. Stages: "),
        (["clients", "--project", "Client portal"], "--project goes with --stage."),
        (["calllists", "--champion", "Nobody"], "There is no staff member called 'Nobody'."),
        (["overview", "--project", "Nope"], "There is no project named 'Nope'. Projects: Client"),
    ],
)
def test_wrong_names_are_refused_with_the_choices(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    args = ["export", *options, "--db", str(office), "--out", str(out), "--lang", "en"]
    assert main(args) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()
