"""The Excel exports read back: rows, order and columns as asked, text that stays text, the
funnel equal to the pipeline numbers, and no half-written file on failure or cancel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, create_client
from desktop.core.clients.listing import ArchiveState, ClientFilter, count_clients
from desktop.core.common.errors import NotFoundError, OperationCancelled
from desktop.core.common.i18n import language_set_to
from desktop.core.db.engine import Database
from desktop.core.demo.office import DemoOptions, create_demo_office
from desktop.core.exports.xlsx import saving
from desktop.core.exports.xlsx.call_lists import export_call_lists
from desktop.core.exports.xlsx.client_list import export_client_list
from desktop.core.exports.xlsx.overview import export_overview
from desktop.core.exports.xlsx.saving import ExportSaveError, TargetInUseError
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.stats import pipeline_stats
from tests.board_office import make_office

TODAY = date(2026, 6, 15)


def _rows(path: Path, sheet: str | None = None) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    return list(worksheet.iter_rows(values_only=True))


@pytest.fixture
def demo(session: Session) -> Session:
    create_demo_office(session, DemoOptions(clients=150, staff=8, today=TODAY, language="en"))
    session.commit()
    return session


def test_the_client_list_holds_what_the_filter_finds_in_its_order(
    demo: Session, tmp_path: Path
) -> None:
    wanted = ClientFilter(search="b", archived=ArchiveState.ALL)
    result = export_client_list(
        demo, tmp_path / "c.xlsx", wanted, "city", True, ["city", "name", "client_number"]
    )
    rows = _rows(result.path)
    assert rows[0] == ("City", "Name", "Number")
    assert result.rows == len(rows) - 1 == count_clients(demo, wanted) > 0
    cities = [row[0] or "" for row in rows[1:]]
    assert cities == sorted(cities, reverse=True)
    sheet = openpyxl.load_workbook(result.path).worksheets[0]
    assert sheet.freeze_panes == "A2"
    (table,) = sheet.tables.values()
    assert table.ref == f"A1:C{len(rows)}"


def test_text_that_looks_like_a_formula_stays_text(session: Session, tmp_path: Path) -> None:
    tricky = '=HYPERLINK("http://evil.example","klik")'
    create_client(
        session,
        ClientData(client_number="@1", name=tricky, contact_person="+kantoor", city="-Tiel"),
    )
    result = export_client_list(session, tmp_path / "c.xlsx")
    cells = {cell.value: cell for cell in openpyxl.load_workbook(result.path).worksheets[0][2]}
    for value in (tricky, "@1", "+kantoor", "-Tiel"):
        assert cells[value].data_type == "s", value
    assert cells[tricky].quotePrefix


def test_dates_are_dates_in_the_languages_format(session: Session, tmp_path: Path) -> None:
    create_client(session, ClientData(client_number="1", name="Alfa"))
    with language_set_to("nl"):
        result = export_client_list(session, tmp_path / "c.xlsx", columns=["name", "updated_at"])
    rows = openpyxl.load_workbook(result.path).worksheets[0]
    assert rows["A1"].value == "Naam"
    assert rows["B2"].is_date and rows["B2"].number_format == "dd-mm-yyyy hh:mm"


def test_a_failed_save_leaves_the_old_file_and_no_temporary_one(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_client(session, ClientData(client_number="1", name="Alfa"))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "c.xlsx"
    target.write_bytes(b"the previous export")

    def disk_full(self: Path, other: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving.Path, "replace", disk_full)
    with pytest.raises(ExportSaveError, match="No space left"):
        export_client_list(session, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["c.xlsx"]


def test_a_target_open_in_excel_is_named_as_such(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "c.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(self: Path, other: Path) -> Path:
        raise PermissionError(13, "Permission denied")  # what Windows says for a file in use

    monkeypatch.setattr(saving.Path, "replace", locked)
    with pytest.raises(TargetInUseError, match="open in another program") as refused:
        export_client_list(session, target)
    assert refused.value.path == target
    assert target.read_bytes() == b"open in Excel"


def test_a_cancelled_export_writes_nothing(demo: Session, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(OperationCancelled):
        export_client_list(demo, folder / "c.xlsx", is_cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_call_lists_have_a_sheet_per_champion_most_urgent_first(
    database: Database, tmp_path: Path
) -> None:
    office = make_office(database)
    with database.session() as session:
        today = date.today()
        set_next_action(
            session, office.enrollments["Fokker Akkerbouw"], "Mail", today - timedelta(days=3)
        )
        active = next(stage for stage in office.stages if stage.kind.value == "won")
        move_client(session, office.enrollments["Cafe Centraal"], active.id, None)
        result = export_call_lists(session, tmp_path / "calls.xlsx", "client portal")
        session.commit()
    workbook = openpyxl.load_workbook(result.path)
    assert workbook.sheetnames == ["Anna de Vries", "Bram Jansen", "No champion"]
    anna = [row[1] for row in workbook["Anna de Vries"].iter_rows(min_row=2, values_only=True)]
    assert anna == ["Fokker Akkerbouw", "Bakkerij Bol", "Alfa Bouw BV"]  # overdue, today, later
    overdue = workbook["Anna de Vries"]["K2"].value
    assert overdue == "overdue" and workbook["Anna de Vries"]["K3"].value is None
    bram = [row[1] for row in workbook["Bram Jansen"].iter_rows(min_row=2, values_only=True)]
    assert bram == ["Delta Zorg"]  # Cafe Centraal is active: no call needed
    assert result.rows == 5


def test_one_champions_call_list(database: Database, tmp_path: Path) -> None:
    make_office(database)
    with database.session() as session:
        result = export_call_lists(session, tmp_path / "calls.xlsx", None, "bj")
        with pytest.raises(NotFoundError, match="Client portal"):
            export_call_lists(session, tmp_path / "x.xlsx", "Other project")
    assert openpyxl.load_workbook(result.path).sheetnames == ["Bram Jansen"]


def test_the_overviews_funnel_is_the_pipeline_numbers(demo: Session, tmp_path: Path) -> None:
    result = export_overview(demo, tmp_path / "overview.xlsx")
    workbook = openpyxl.load_workbook(result.path)
    assert workbook.sheetnames[:4] == ["Pipeline", "Per champion", "Clients", "Staff"]
    assert workbook.sheetnames[4].startswith("Readiness")
    pipeline = list(workbook["Pipeline"].iter_rows(min_row=2, values_only=True))
    stats = pipeline_stats(demo, 1)
    assert [(row[0], row[2], row[3]) for row in pipeline] == [
        (stage.stage_name, stage.current, stage.reached_or_beyond) for stage in stats
    ]
    assert len(workbook["Pipeline"]._charts) == 1
    per_champion = list(workbook["Per champion"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] for row in per_champion) == sum(stage.current for stage in stats)
    clients = list(workbook["Clients"].iter_rows(min_row=2, values_only=True))
    assert len(clients) == count_clients(demo, ClientFilter())
