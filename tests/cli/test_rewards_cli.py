"""`draagvlak export ledger` and the balance check of `draagvlak check`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.db.tables import clients, reward_balances
from desktop.core.pipelines.moves import move_client
from desktop.core.rewards.recognitions import ensure_default_tags, give_recognition, list_tags
from tests.core.pipeline_helpers import utc
from tests.core.rewards.office import make_reward_office


@pytest.fixture
def office(db_path: Path) -> Path:
    database = open_database(db_path)
    with database.session() as session:
        office = make_reward_office(session)
        ensure_default_tags(session)
        tag = list_tags(session)[0].id
        at = datetime(2026, 3, 3, tzinfo=UTC)
        give_recognition(session, office.anna, office.cees, 10, tag, "Thanks", at=at)
        first = office.office.clients["Client 1"]
        session.execute(update(clients).where(clients.c.id == first).values(name="=1+1 B.V."))
        move_client(
            session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(5)
        )
        session.commit()
    database.dispose()
    return db_path


def test_the_ledger_exports_as_two_tables_in_dutch(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ledger.xlsx"
    args = ["export", "ledger", "--out", str(target), "--db", str(office), "--lang", "nl"]
    assert main(args) == 0
    assert "2 " in capsys.readouterr().out
    workbook = load_workbook(target)
    ledger, balances = workbook["Puntenregister"], workbook["Saldi"]
    assert list(ledger.tables) == ["Ledger"] and list(balances.tables) == ["Balances"]
    assert ledger["A1"].value == "Boeking"
    reasons = [ledger.cell(row, 5) for row in (2, 3)]
    assert reasons[0].value.startswith("Recognised by Anna Bakker")  # as it was written
    assert reasons[1].data_type == "s" and reasons[1].value == "=1+1 B.V. reached 'Active'"
    assert ledger["F2"].value == "Waardering" and ledger["F3"].value == "Regel"
    assert ledger["G3"].value == "C001"
    people = {balances.cell(row, 1).value: balances.cell(row, 3).value for row in range(2, 5)}
    assert people == {"Anna Bakker": 10, "Cees Dijk": 10, "Maria Manager": 0}
    assert "Eerste klant Actief" in balances["D2"].value


def test_the_period_limits_the_entries(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "march4.xlsx"
    args = ["export", "ledger", "--out", str(target), "--from", "2026-03-04", "--to", "2026-03-05"]
    assert main([*args, "--db", str(office), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("1 ledger entry written")
    assert (
        main([*args[:-4], "--from", "2026-03-06", "--to", "2026-03-01", "--db", str(office)]) == 1
    )


def test_check_says_balances_equal_the_ledger_and_finds_a_wrong_one(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(office), "--lang", "en"]) == 0
    assert "every points balance equals its ledger sum" in capsys.readouterr().out
    database = open_database(office)
    with database.session() as session:
        session.execute(update(reward_balances).values(balance=7))
        session.commit()
    database.dispose()
    assert main(["check", "--db", str(office), "--lang", "en"]) == 1
    assert "ledger adds up to" in capsys.readouterr().out


def test_clients_are_marked_for_an_incentive_and_exported(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mark = ["rewards", "incentives", "--project", "Client portal", "--incentive", "10% off"]
    assert main([*mark, "--active-before", "2026-04-01", "--db", str(office), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "1 client marked for the incentive."
    target = tmp_path / "incentives.xlsx"
    export = ["export", "incentives", "--project", "Client portal", "--out", str(target)]
    assert main([*export, "--db", str(office), "--lang", "en"]) == 0
    sheet = load_workbook(target)["Incentives"]
    assert [cell.value for cell in sheet[2]][:3] == ["C001", "=1+1 B.V.", "10% off"]
    assert main([*mark[:3], "Nope", *mark[4:], "--db", str(office)]) == 1
    assert "no project named 'Nope'" in capsys.readouterr().err


def test_an_entry_is_corrected_by_a_reversal(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["rewards", "reverse", "1", "--reason", "Given twice", "--by", "CD"]
    assert main([*args, "--db", str(office), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "Entry 1 reversed by entry 3."
    assert main([*args, "--db", str(office), "--lang", "en"]) == 1
    assert capsys.readouterr().err == "draagvlak: This entry has already been reversed.\n"
