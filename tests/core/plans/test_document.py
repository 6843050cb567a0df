"""The plan PDF read back: embedded fonts, page numbers, contents, funnel numbers, languages,
versions, the rewards totals, the forecast the dashboard states, and a failed or cancelled print that leaves nothing behind."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import language_set_to, number_text
from desktop.core.dashboard.figures import project_figures
from desktop.core.dashboard.texts import headline, status_lines
from desktop.core.db.tables import projects, reward_entries, reward_recognitions, staff
from desktop.core.demo.office import DemoOptions, create_demo_office
from desktop.core.exports.xlsx.saving import ExportSaveError
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stats import pipeline_numbers
from desktop.core.plans.document import PlanOptions, print_plan
from desktop.core.plans.versions import list_versions
from desktop.core.rewards.vocab import EntrySource

TODAY = date(2026, 11, 30)


@pytest.fixture
def project_id(session: Session) -> int:
    create_demo_office(session, DemoOptions(clients=80, staff=8, today=TODAY, language="en"))
    session.commit()
    return session.scalars(select(projects.c.id)).one()


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _chapter(session: Session, project_id: int, tmp_path: Path, title: str) -> str:
    """The text of the page the chapter starts on, in the English plan printed today."""
    path = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", today=TODAY)
    ).path
    return next(text for text in _pages(path) if text.lstrip().startswith(title))


def test_every_font_is_embedded_truetype(session: Session, project_id: int, tmp_path: Path) -> None:
    path = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", today=TODAY)
    ).path
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert names and all("DejaVuSans" in name for name in names)


def test_pages_are_numbered_and_the_contents_point_at_the_chapters(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    printed = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", call_lists=True, today=TODAY)
    )
    pages = _pages(printed.path)
    assert printed.pages == len(pages) > 8
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in text
    assert "Page 1 of" not in pages[0]  # the cover has no footer
    contents = pages[1]
    for title in ("Summary", "Where we stand", "Measures", "Appendix: call lists"):
        found = re.search(re.escape(title) + r"\s+(\d+)", contents)
        assert found, title
        assert pages[int(found.group(1)) - 1].lstrip().startswith(title)


def test_the_funnel_shows_the_pipeline_numbers(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    page = _chapter(session, project_id, tmp_path, "Where we stand")
    funnel = page.split("Stages now")[0]
    for stage in pipeline_numbers(session, project_id, TODAY).stages:
        assert f"{stage.stage_name}\n{number_text(stage.reached_or_beyond)}\n" in funnel


def test_the_summary_states_the_goal_in_words(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    path = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", today=TODAY)
    ).path
    summary = _pages(path)[2]
    assert "80 clients take part in this project." in summary.replace("\n", " ")
    assert "The goal is 80% active by" in summary.replace("\n", " ")


def test_dutch_and_english_documents(session: Session, project_id: int, tmp_path: Path) -> None:
    dutch = _pages(
        print_plan(session, project_id, tmp_path / "nl.pdf", PlanOptions("nl", today=TODAY)).path
    )
    english = _pages(
        print_plan(session, project_id, tmp_path / "en.pdf", PlanOptions("en", today=TODAY)).path
    )
    assert "Uitrolplan" in dutch[0] and "Rollout plan" in english[0]
    assert "Samenvatting" in dutch[2] and "Summary" in english[2]
    assert f"Pagina 2 van {len(dutch)}" in dutch[1]
    assert "30 november 2026" in dutch[0] and "30 November 2026" in english[0]


def test_each_print_records_the_next_version(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    first = print_plan(session, project_id, tmp_path / "a.pdf", PlanOptions("en", today=TODAY))
    second = print_plan(session, project_id, tmp_path / "b.pdf", PlanOptions("nl", today=TODAY))
    assert (first.version, second.version) == (1, 2)
    assert "Version\n2" in _pages(second.path)[0] or "Versie\n2" in _pages(second.path)[0]
    assert [(v.version, v.language, v.pages) for v in list_versions(session, project_id)] == [
        (2, "nl", second.pages),
        (1, "en", first.pages),
    ]


def test_a_target_that_cannot_be_replaced_records_nothing(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    locked = tmp_path / "plan.pdf"
    locked.mkdir()  # stands in for a file another program holds open
    with pytest.raises(ExportSaveError, match="plan.pdf"):
        print_plan(session, project_id, locked, PlanOptions("en", today=TODAY))
    assert list_versions(session, project_id) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_a_cancelled_print_leaves_nothing(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(OperationCancelled):
        print_plan(
            session,
            project_id,
            tmp_path / "plan.pdf",
            PlanOptions("en", today=TODAY),
            is_cancelled=lambda: True,
        )
    assert list(tmp_path.iterdir()) == []
    assert list_versions(session, project_id) == []


def test_the_office_logo_is_on_the_cover(session: Session, project_id: int, tmp_path: Path) -> None:
    from PIL import Image
    from sqlalchemy import update

    from desktop.core.db.tables import office_settings

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    session.execute(update(office_settings).values(logo_path=str(logo)))
    path = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", today=TODAY)
    ).path
    cover = PdfReader(path).pages[0]
    assert [x.get_object()["/Subtype"] for x in cover["/Resources"]["/XObject"].values()] == [
        "/Image"
    ]


def _rewards_chapter(path: Path, title: str) -> str:
    pages = [page.extract_text() for page in PdfReader(path).pages]
    found = [text for text in pages[2:] if text.lstrip().startswith(title)]
    assert len(found) == 1, title
    assert title in pages[1]  # listed in the contents
    return found[0]


def test_the_chapter_shows_the_ledger_totals_in_both_languages(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    e = reward_entries.c
    earned = e.source.not_in([EntrySource.REDEMPTION, EntrySource.REFUND])
    in_project = session.scalar(
        select(func.sum(e.points)).where(earned, e.project_id == project_id)
    )
    total = session.scalar(select(func.sum(e.points)).where(earned))
    recognitions = session.scalar(select(func.count()).select_from(reward_recognitions))
    assert in_project and total and recognitions  # the demo office earns and recognises
    english = print_plan(session, project_id, tmp_path / "en.pdf", PlanOptions("en", today=TODAY))
    text = _rewards_chapter(english.path, "Rewards")
    with language_set_to("en"):
        assert f"Points earned in this project\n{number_text(in_project)}\n" in text
        assert f"Points earned in total\n{number_text(total)}\n" in text
        assert f"Recognitions given\n{number_text(recognitions)}\n" in text
    assert "Badges earned" in text and "Rewards redeemed" in text
    names = session.scalars(select(staff.c.name)).all()
    assert not any(name in text for name in names)  # totals only: nobody named or ranked
    dutch = print_plan(session, project_id, tmp_path / "nl.pdf", PlanOptions("nl", today=TODAY))
    text = _rewards_chapter(dutch.path, "Beloningen")
    with language_set_to("nl"):
        assert f"Punten verdiend in dit project\n{number_text(in_project)}\n" in text
        assert f"Waarderingen gegeven\n{number_text(recognitions)}\n" in text


def test_no_chapter_while_the_ledger_is_empty(session: Session, tmp_path: Path) -> None:
    project = create_project(session, "Portal", goal_percent=80)
    session.commit()
    assert session.scalar(select(func.count()).select_from(reward_entries)) == 0
    path = print_plan(
        session, project.id, tmp_path / "plan.pdf", PlanOptions("en", today=TODAY)
    ).path
    assert not any("Rewards" in page.extract_text() for page in PdfReader(path).pages)


def test_the_summary_states_the_forecast_of_the_dashboard_and_draagvlak_status(
    session: Session, project_id: int, tmp_path: Path
) -> None:
    summary = " ".join(_chapter(session, project_id, tmp_path, "Summary").split())
    with language_set_to("en"):
        figures = project_figures(session, project_id, TODAY)
        status = "\n".join(status_lines(figures))  # what `draagvlak status` prints
        headline_text = headline(figures)  # the dashboard's sentence
    planned = re.search(r"goal is reached around (\d+ \w+ \d{4})[^:]*: ([a-z ]+)\.", summary)
    stated = re.search(r"Forecast: goal reached around (\d+ \w+ \d{4})", status)
    verdict = re.search(r"Status: ([a-z ]+)", status)
    assert planned and stated and verdict, (summary, status)
    assert planned.group(1) == stated.group(1)
    assert planned.group(2) == verdict.group(1).strip()
    assert headline_text.lower().startswith(f"{verdict.group(1).strip()}: ")
    assert f"around {stated.group(1)}" in headline_text


def test_a_call_list_running_onto_the_next_page_names_its_champion_there(
    session: Session, tmp_path: Path
) -> None:
    create_demo_office(session, DemoOptions(clients=700, staff=8, today=TODAY, language="en"))
    session.commit()
    project_id = session.scalars(select(projects.c.id)).one()
    printed = print_plan(
        session, project_id, tmp_path / "plan.pdf", PlanOptions("en", call_lists=True, today=TODAY)
    )
    pages = _pages(printed.path)
    appendix = next(i for i, text in enumerate(pages) if text.lstrip().startswith("Appendix"))
    assert not any("continued" in text for text in pages[:appendix])
    started: list[str] = []  # the champions whose list began, in order
    continuations = 0
    for text in pages[appendix:]:
        continued = re.search(r"Call list of (.+), continued", text)
        if continued:
            continuations += 1
            assert started and continued.group(1) == started[-1]
            assert not text.split("\n", 1)[1].lstrip().startswith(continued.group(1))
        started += [
            name.strip()
            for name in re.findall(r"^(\S[^\n]*?) \d+ open clients$", text, re.MULTILINE)
        ]
    assert continuations >= 2 and len(started) >= 2
