"""The rollout plan as a PDF: cover, contents, summary, chapters and the optional appendix.

Runs on a worker in the GUI (`progress(done, total)`, `is_cancelled()`). One layout pass: the
contents' page numbers are forms filled in once every chapter has found its page (PageRef). The
file is written to a temporary name and moved into place only when it is complete (the
exports' save_atomically: a target held open by a viewer is a TargetInUseError).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from desktop.core.common.i18n import language_set_to, translate
from desktop.core.exports.pdf.layout import (
    ACCENT,
    MUTED,
    RULE,
    TEXT_WIDTH,
    PageRef,
    PlanDocTemplate,
    Styles,
    define_page_refs,
    make_styles,
    numbered_canvas_maker,
    page_decorator,
)
from desktop.core.exports.xlsx.saving import save_atomically
from desktop.core.plans.chapters import (
    appendix,
    measures,
    overview,
    people,
    readiness,
    rewards,
    timeline,
)
from desktop.core.plans.content import PlanContent, get_plan
from desktop.core.plans.figures import PlanFigures, plan_figures
from desktop.core.plans.versions import next_version, record_version
from desktop.core.plans.wording import PlanPdf, long_date

Progress = Callable[[int, int], None]
# Short chapters that go on below the one before (the agendas are measures too) when the page
# has this much room left, instead of each leaving a page nearly empty.
RUN_ON = frozenset({"agendas"})
RUN_ON_ROOM = 90 * mm


@dataclass(frozen=True)
class PrintedPlan:
    path: Path
    pages: int
    version: int

    def saved_text(self) -> str:
        return PlanPdf.tr("Saved {name} (%n pages, version {version}).", "", self.pages).format(
            name=self.path.name, version=self.version
        )


@dataclass(frozen=True)
class PlanOptions:
    language: str = "nl"
    call_lists: bool = False
    today: date | None = None


def chapter_titles() -> dict[str, str]:
    """The contents entries by key, in document order (the keys the chapters' Headings use)."""
    return {
        "summary": translate("PlanPdf", "Summary"),
        "context": translate("PlanPdf", "Why we change"),
        "progress": translate("PlanPdf", "Where we stand"),
        "timeline": translate("PlanPdf", "Phases and milestones"),
        "champions": translate("PlanPdf", "Champions and their clients"),
        "approaches": translate("PlanPdf", "Approach per segment"),
        "measures": translate("PlanPdf", "Measures"),
        "agendas": translate("PlanPdf", "Board and HR agenda"),
        "readiness": translate("PlanPdf", "Readiness of the staff"),
        "rewards": translate("PlanPdf", "Rewards"),
        "appendix": translate("PlanPdf", "Appendix: call lists"),
    }


def print_plan(
    session: Session,
    project_id: int,
    path: Path,
    options: PlanOptions | None = None,
    by_staff_id: int | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PrintedPlan:
    """Build the plan PDF at ``path`` and record it as the project's next version; the caller
    commits. Nothing is recorded and ``path`` is untouched when building or saving fails."""
    options = options or PlanOptions()
    report = progress or (lambda done, total: None)
    cancelled = is_cancelled or (lambda: False)
    version = next_version(session, project_id)
    report(0, 100)
    figures = plan_figures(session, project_id, options.today, call_lists=options.call_lists)
    plan = get_plan(session, project_id)
    report(10, 100)
    pages = 0

    def write(temp: Path) -> None:
        nonlocal pages
        with language_set_to(options.language):
            pages = build_pdf(temp, figures, plan, version, report, cancelled)
        record_version(
            session, project_id, version, options.language, pages, by_staff_id=by_staff_id
        )

    with session.begin_nested():  # a target that cannot be replaced records no version
        save_atomically(write, path)
    report(100, 100)
    return PrintedPlan(path, pages, version)


def build_pdf(
    target: Path | BytesIO,
    figures: PlanFigures,
    plan: PlanContent,
    version: int,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Lay out the document into ``target``; returns the number of pages."""
    styles = make_styles()
    cancelled = is_cancelled or (lambda: False)
    report = progress or (lambda done, total: None)
    titles = chapter_titles()
    has_appendix = bool(figures.call_lists)
    keys = [key for key in titles if _present(key, figures) and (key != "appendix" or has_appendix)]
    story = _main_story(styles, figures, plan, version, keys)
    if has_appendix:
        story.append(PageBreak())
        story += appendix.call_lists(styles, figures)
    total = len(story)
    document = PlanDocTemplate(
        target if isinstance(target, BytesIO) else str(target),
        cancelled,
        on_flowable=lambda done: report(10 + 85 * min(done, total) // total, 100),
        title=translate("PlanPdf", "Rollout plan") + f" – {figures.project_name}",
        author=figures.office_name,
        creator="Draagvlak",
    )
    footer = translate("PlanPdf", "Rollout plan · version {version} · {date}").format(
        version=version, date=long_date(figures.today)
    )
    decorate = page_decorator(styles, figures.office_name, figures.project_name, footer)
    ref = _page_ref("")

    def finish(canvas: Canvas) -> None:
        define_page_refs(canvas, document.headings, keys, ref, styles)

    document.build(story, canvasmaker=numbered_canvas_maker(decorate, finish))
    report(95, 100)
    return document.page


def _present(key: str, figures: PlanFigures) -> bool:
    if key == "readiness":
        return figures.readiness is not None
    return key != "rewards" or figures.rewards is not None


def _main_story(
    styles: Styles,
    figures: PlanFigures,
    plan: PlanContent,
    version: int,
    keys: list[str],
) -> list[Flowable]:
    story: list[Flowable] = _cover(styles, figures, version)
    story.append(NextPageTemplate("page"))
    story.append(PageBreak())
    story += _contents(styles, keys)
    sections: list[tuple[str, list[Flowable]]] = [
        ("summary", overview.summary(styles, figures, plan)),
        ("context", overview.context_and_goals(styles, figures, plan)),
        ("progress", overview.progress(styles, figures)),
        ("timeline", timeline.timeline(styles, figures, plan)),
        ("champions", people.champions(styles, figures)),
        ("approaches", people.approaches(styles, figures)),
        ("measures", measures.measures(styles, figures)),
        ("agendas", measures.agendas(styles, plan)),
        ("readiness", readiness.readiness(styles, figures)),
        ("rewards", rewards.rewards(styles, figures)),
    ]
    for key, flowables in sections:
        if key in keys and flowables:
            if key in RUN_ON:
                story += [CondPageBreak(RUN_ON_ROOM), Spacer(1, 10 * mm)]
            else:
                story.append(PageBreak())
            story += flowables
    return story


def _cover(styles: Styles, figures: PlanFigures, version: int) -> list[Flowable]:
    story: list[Flowable] = []
    logo = _logo(figures.logo_path)
    story.append(logo if logo is not None else Spacer(1, 24 * mm))
    story.append(Spacer(1, 12 * mm))
    story.append(
        Paragraph(escape(figures.office_name), styles.subtitle.clone("office", textColor=MUTED))
    )
    story.append(Spacer(1, 45 * mm))
    band = Table([[""]], colWidths=[28 * mm], rowHeights=[2.2 * mm])
    band.setStyle(
        TableStyle(
            [("BACKGROUND", (0, 0), (-1, -1), ACCENT), ("FONT", (0, 0), (-1, -1), styles.font)]
        )
    )
    band.hAlign = "LEFT"
    story.append(band)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(escape(translate("PlanPdf", "Rollout plan")), styles.title))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(figures.project_name), styles.subtitle))
    story.append(Spacer(1, 70 * mm))
    details = [
        (translate("PlanPdf", "Date"), long_date(figures.today)),
        (translate("PlanPdf", "Version"), str(version)),
    ]
    table = Table(
        [[label, value] for label, value in details], colWidths=[30 * mm, TEXT_WIDTH - 30 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), styles.font, 9),
                ("FONT", (1, 0), (1, -1), styles.bold, 9),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(table)
    return story


def _logo(logo_path: str | None) -> Flowable | None:
    """The office's logo scaled into 60 x 24 mm, or None when there is none or it cannot be read."""
    if not logo_path or not Path(logo_path).is_file():
        return None
    try:
        image = Image(logo_path)
        scale = min(60 * mm / image.imageWidth, 24 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        return image
    except Exception:  # an unreadable or unsupported image: the cover goes without a logo
        return None


def _page_ref(key: str) -> PageRef:
    return PageRef(key, 20 * mm, 13)


def _contents(styles: Styles, keys: list[str]) -> list[Flowable]:
    titles = chapter_titles()
    story: list[Flowable] = [
        Paragraph(escape(translate("PlanPdf", "Contents")), styles.h1),
        Spacer(1, 4 * mm),
    ]
    rows = [[titles[key], _page_ref(key)] for key in keys]
    table = Table(rows, colWidths=[TEXT_WIDTH - 20 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font, 10.5),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TEXTCOLOR", (1, 0), (1, -1), MUTED),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(table)
    return story
