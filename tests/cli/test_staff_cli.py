"""`draagvlak staff handover` and `draagvlak staff coverage`: output and exit codes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.db.tables import champion_changes, clients
from tests.core.champions.office import add_clients, add_staff


@pytest.fixture
def office(db_path: Path) -> Path:
    database = open_database(db_path)
    with database.session() as session:
        left = date.today() - timedelta(days=1)
        jan = add_staff(session, "Jan Leaver", "JL", champion=True, end_date=left)
        anna = add_staff(session, "Anna Bakker", "AB", champion=True, capacity=10)
        add_staff(session, "Bert Smit", "BS", champion=True, capacity=3)
        add_clients(session, jan, 5)
        add_clients(session, anna, 8, prefix="A")
        session.commit()
    database.dispose()
    return db_path


def counts(db_path: Path) -> tuple[int, int]:
    database = open_database(db_path)
    with database.connect() as connection:
        jan = connection.execute(
            select(func.count()).select_from(clients).where(clients.c.champion_id == 1)
        ).scalar_one()
        history = connection.execute(
            select(func.count()).select_from(champion_changes)
        ).scalar_one()
    database.dispose()
    return jan, history


def test_spread_and_to_one_champion(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["staff", "handover", "--db", str(office), "--lang", "en"]
    assert main([*base, "JL", "--spread"]) == 0
    # Free places: Anna 2, Bert 3.
    assert capsys.readouterr().out == (
        "Handed over 5 clients of Jan Leaver: Bert Smit 3, Anna Bakker 2.\n"
    )
    assert counts(office) == (0, 5)
    assert main([*base, "Jan Leaver", "--to", "AB"]) == 0
    assert capsys.readouterr().out == "Jan Leaver has no active clients to hand over.\n"


def test_refusals_are_one_line_and_change_nothing(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["staff", "handover", "--db", str(office), "--lang", "en"]
    assert main([*base, "Nobody", "--to", "AB"]) == 1
    assert capsys.readouterr().err == "draagvlak: There is no staff member called 'Nobody'.\n"
    assert main([*base, "JL", "--to", "JL"]) == 1
    assert "cannot be handed over to the leaver" in capsys.readouterr().err
    assert counts(office) == (5, 0)
    with pytest.raises(SystemExit) as usage:
        main([*base, "JL"])
    assert usage.value.code == 2


def test_coverage_in_dutch(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["staff", "coverage", "--db", str(office), "--lang", "nl"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2 ambassadeurs · 2 medewerkers",
        "Regel: minstens één ambassadeur per 10 medewerkers.",
        "- Jan Leaver is uit dienst maar nog ambassadeur van 5 klanten: draag ze over.",
    ]
