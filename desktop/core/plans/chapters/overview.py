"""The summary, the context and goals, and where the project stands (funnel, stages, progress)."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.common.i18n import number_text, translate
from desktop.core.common.vocab import MeasureStatus, StageKind
from desktop.core.dashboard.forecast import ForecastStatus
from desktop.core.exports.burn_up_chart import BurnUp, burn_up_drawing
from desktop.core.exports.charts import FunnelBar, funnel_drawing
from desktop.core.exports.pdf.layout import ACCENT_LIGHT, TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story, items_table, note, text
from desktop.core.plans.content import PlanContent
from desktop.core.plans.figures import PlanFigures
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.wording import (
    PlanPdf,
    long_date,
    month_label,
    percent_text,
    short_date,
    summary_sentences,
)


def summary(styles: Styles, figures: PlanFigures, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Summary"), styles.h1, "summary")]
    forecast = figures.forecast
    tiles = [
        (percent_text(figures.active_percent), translate("PlanPdf", "active now")),
        (
            percent_text(figures.goal_percent) if figures.goal_percent is not None else "–",
            translate("PlanPdf", "goal")
            + (f" · {short_date(figures.target_date)}" if figures.target_date else ""),
        ),
        (
            translate("PlanPdf", "reached")
            if forecast.status is ForecastStatus.GOAL_MET
            else (month_label(forecast.expected) if forecast.expected else "–"),
            translate("PlanPdf", "forecast"),
        ),
        (number_text(figures.enrolled), translate("PlanPdf", "clients in the project")),
    ]
    story.append(_tiles(styles, tiles))
    story.append(Spacer(1, 8 * mm))
    for sentence in summary_sentences(figures):
        story.append(Paragraph(escape(sentence), styles.lead))
        story.append(Spacer(1, 2.5 * mm))
    story.append(Spacer(1, 4 * mm))
    points = _attention_points(figures, plan)
    if points:
        story.append(Paragraph(translate("PlanPdf", "What needs attention"), styles.h2))
        for point in points:
            story.append(Paragraph("•&nbsp;&nbsp;" + escape(point), styles.body))
            story.append(Spacer(1, 1.5 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(translate("PlanPdf", "Active clients over time"), styles.h2))
    story.append(_progress_chart(styles, figures, height=150))
    return story


def _tiles(styles: Styles, tiles: list[tuple[str, str]]) -> Table:
    width = TEXT_WIDTH / len(tiles)
    big = [
        Paragraph(escape(value), styles.title.clone("tile", fontSize=22, leading=26))
        for value, _ in tiles
    ]
    small = [Paragraph(escape(label), styles.small) for _, label in tiles]
    table = Table([big, small], colWidths=[width] * len(tiles))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("FONT", (0, 0), (-1, -1), styles.font),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 9),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def _attention_points(figures: PlanFigures, plan: PlanContent) -> list[str]:
    points = []
    open_stages = [s for s in figures.numbers.stages if s.kind is StageKind.OPEN and s.current]
    if open_stages:
        largest = max(open_stages, key=lambda s: s.current)
        points.append(
            PlanPdf.tr(
                "%n clients are still in “{stage}”, the largest open group.", "", largest.current
            ).format(stage=largest.stage_name)
        )
    unfinished = [
        m
        for m in figures.measures
        if m.status in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)
    ]
    overdue = [m for m in unfinished if m.due_on is not None and m.due_on < figures.today]
    if unfinished:
        sentence = PlanPdf.tr("%n measures are open", "", len(unfinished))
        if overdue:
            sentence += PlanPdf.tr(", %n of them past their due date", "", len(overdue))
        points.append(sentence + ".")
    upcoming = sorted(
        (m for phase in plan.phases for m in phase.milestones if not m.done and m.due_on),
        key=lambda m: m.due_on or date.max,
    )
    if upcoming:
        points.append(
            translate("PlanPdf", "Next milestone: {title} ({date}).").format(
                title=upcoming[0].title, date=long_date(upcoming[0].due_on)
            )
        )
    readiness = figures.readiness
    if readiness is not None:
        barriers = [(e, readiness.barrier_counts.get(e, 0)) for e in ELEMENTS]
        element, count = max(barriers, key=lambda pair: pair[1])
        if count:
            points.append(
                PlanPdf.tr("For %n staff members the barrier is {element}.", "", count).format(
                    element=element_label(element).lower()
                )
            )
    return points


def context_and_goals(styles: Styles, figures: PlanFigures, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Why we change"), styles.h1, "context")]
    context = plan.context or figures.description
    if context:
        for block in context.split("\n\n"):
            story.append(text(block.strip(), styles.lead))
            story.append(Spacer(1, 3 * mm))
    else:
        story.append(note(styles, translate("PlanPdf", "No context has been written yet.")))
    goals = plan.of_kind(PlanItemKind.GOAL)
    story.append(Paragraph(translate("PlanPdf", "Goals"), styles.h2))
    if goals:
        story.append(
            items_table(
                styles, goals, translate("PlanPdf", "Goal"), translate("PlanPdf", "Target date")
            )
        )
    else:
        story.append(note(styles, translate("PlanPdf", "No goals have been written yet.")))
    return story


def progress(styles: Styles, figures: PlanFigures) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Where we stand"), styles.h1, "progress")]
    story.append(
        Paragraph(translate("PlanPdf", "Funnel: clients that reached each stage"), styles.h2)
    )
    bars = [
        FunnelBar(s.stage_name, s.reached_or_beyond, s.kind.value) for s in figures.numbers.stages
    ]
    story.append(
        funnel_drawing(
            bars, width=TEXT_WIDTH, bar_height=16, font=styles.font, bold_font=styles.bold
        )
    )
    story.append(Paragraph(translate("PlanPdf", "Stages now"), styles.h2))
    rows = [
        [
            s.stage_name,
            number_text(s.current),
            number_text(s.reached_or_beyond),
            percent_text(100 * s.conversion) if s.conversion is not None else "",
        ]
        for s in figures.numbers.stages
    ]
    story.append(
        data_table(
            styles,
            [
                translate("PlanPdf", "Stage"),
                translate("PlanPdf", "Now"),
                translate("PlanPdf", "Reached"),
                translate("PlanPdf", "On to next"),
            ],
            rows,
            [TEXT_WIDTH * 0.34] + [TEXT_WIDTH * 0.22] * 3,
            numeric=(1, 2, 3),
        )
    )
    story.append(CondPageBreak(70 * mm))
    story.append(Paragraph(translate("PlanPdf", "Active clients over time"), styles.h2))
    story.append(_progress_chart(styles, figures, height=170))
    return story


def _progress_chart(styles: Styles, figures: PlanFigures, height: float) -> Flowable:
    """The dashboard's burn-up: Active clients per week, the goal, the target date and the
    forecast band (the same chart definition the screen draws)."""
    state, forecast = figures.state, figures.forecast
    show_forecast = forecast.velocity is not None and forecast.goal_count is not None
    chart = BurnUp(
        points=[(point.day, point.active) for point in state.burn_up],
        goal=forecast.goal_count,
        goal_label=translate("PlanPdf", "goal {goal}").format(
            goal=percent_text(figures.goal_percent)
        )
        if figures.goal_percent is not None
        else "",
        target_date=figures.target_date,
        target_label=translate("PlanPdf", "target date"),
        pace=forecast.velocity if show_forecast else None,
        fastest=forecast.fastest if show_forecast else None,
        slowest=forecast.slowest if show_forecast else None,
        date_text=month_label,
    )
    return burn_up_drawing(
        chart, width=TEXT_WIDTH, height=height, font=styles.font, bold_font=styles.bold
    )
