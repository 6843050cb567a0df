"""`draagvlak client export`, `client anonymise` and `client retention`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.cli.main import main
from desktop.core.clients.editing import ClientData, archive_client, create_client
from desktop.core.db.engine import open_database
from desktop.core.db.tables import clients
from desktop.core.office.settings import initialise_office
from desktop.core.privacy.retention import set_retention_months


def _main(db: Path | str, *args: str) -> int:
    return main([*args, "--db", str(db), "--lang", "en"])


def _office(db_path: Path | str) -> None:
    database = open_database(db_path)
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        first = create_client(session, ClientData(client_number="K1", name="Bakkerij Zwaluw"))
        create_client(session, ClientData(client_number="K2", name="Slagerij Mus"))
        archive_client(session, first)
        session.execute(
            update(clients)
            .where(clients.c.id == first)
            .values(archived_at=datetime(2020, 1, 1, tzinfo=UTC))
        )
        set_retention_months(session, 12)
        session.commit()
    database.dispose()


def test_export_then_anonymise_one_client(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(db_path)
    out = tmp_path / "k2.json"
    assert _main(db_path, "client", "export", "K2", "--out", str(out)) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["name"] == "Slagerij Mus"
    assert _main(db_path, "client", "anonymise", "K2") == 1  # asks for --yes
    assert _main(db_path, "client", "anonymise", "K2", "--yes") == 0
    assert "rotation" in capsys.readouterr().out
    assert _main(db_path, "client", "export", "K2", "--out", str(out)) == 1
    assert "no client with number K2" in capsys.readouterr().err


def test_retention_lists_then_anonymises_the_clients_past_the_period(
    db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(db_path)
    assert _main(db_path, "client", "retention") == 0
    out = capsys.readouterr().out
    assert "1 archived client" in out and "Bakkerij Zwaluw" in out
    assert _main(db_path, "client", "retention", "--anonymise", "--yes") == 0
    assert "anonymised" in capsys.readouterr().out
    assert _main(db_path, "client", "retention") == 0
    assert "0 archived clients" in capsys.readouterr().out
