"""`draagvlak export plan`: the PDF, its page count and version, and a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.pipelines.projects import create_project
from desktop.core.plans.content import add_default_phases


@pytest.fixture
def office(db_path: Path) -> Path:
    database = open_database(db_path)
    with database.session() as session:
        add_default_phases(session, create_project(session, "Klantportaal", goal_percent=75).id)
        session.commit()
    database.dispose()
    return db_path


def test_export_plan_prints_path_pages_and_version(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    args = [
        "export",
        "plan",
        "--project",
        "Klantportaal",
        "--out",
        str(target),
        "--db",
        str(office),
    ]
    assert main([*args, "--lang", "nl"]) == 0
    pages = len(PdfReader(target).pages)
    assert capsys.readouterr().out.strip() == f"{target} opgeslagen ({pages} pagina's, versie 1)"
    assert "Fasen en mijlpalen" in "".join(page.extract_text() for page in PdfReader(target).pages)
    assert main([*args, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == f"Saved {target} ({pages} pages, version 2)"


def test_an_unknown_project_is_one_line_on_stderr(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "plan", "--project", "Nope", "--out", str(tmp_path / "x.pdf")]
    assert main([*args, "--db", str(office), "--lang", "en"]) == 1
    assert capsys.readouterr().err.startswith(
        "draagvlak: There is no project named 'Nope'. Projects: "
    )
    assert not (tmp_path / "x.pdf").exists()
