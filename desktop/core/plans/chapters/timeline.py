"""The phases and milestones chapter with its timeline drawing."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.core.common.i18n import translate
from desktop.core.exports.pdf.layout import (
    INK,
    MUTED,
    RULE,
    TEXT_WIDTH,
    Heading,
    Styles,
    data_table,
)
from desktop.core.plans.chapters.parts import Story, fit, muted, note, text
from desktop.core.plans.content import PlanContent
from desktop.core.plans.figures import PlanFigures
from desktop.core.plans.wording import long_date, month_label, short_date


def timeline(styles: Styles, figures: PlanFigures, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Phases and milestones"), styles.h1, "timeline")]
    if not plan.phases:
        story.append(note(styles, translate("PlanPdf", "No phases have been planned yet.")))
        return story
    dated = [p for p in plan.phases if p.starts_on and p.ends_on]
    if dated:
        story.append(_timeline_drawing(styles, plan, figures.today))
        story.append(Spacer(1, 6 * mm))
    for phase in plan.phases:
        period = " – ".join(x for x in (long_date(phase.starts_on), long_date(phase.ends_on)) if x)
        block: Story = [
            Paragraph(
                escape(phase.name) + (muted(period) if period else ""),
                styles.h2,
            )
        ]
        if phase.description:
            block.append(text(phase.description, styles.body))
        if phase.milestones:
            rows = [
                [
                    "✓" if m.done else "○",
                    text(m.title, styles.cell),
                    short_date(m.due_on),
                ]
                for m in phase.milestones
            ]
            block.append(Spacer(1, 2 * mm))
            block.append(
                data_table(
                    styles,
                    ["", translate("PlanPdf", "Milestone"), translate("PlanPdf", "Date")],
                    rows,
                    [8 * mm, TEXT_WIDTH - 8 * mm - 30 * mm, 30 * mm],
                )
            )
        story.append(KeepTogether(block))
    return story


PHASE_COLOURS = ("#9fb8d3", "#6f97c2", "#3f74ad", "#1f4e79", "#16385a")


def _timeline_drawing(styles: Styles, plan: PlanContent, today: date) -> Drawing:
    phases = [p for p in plan.phases if p.starts_on and p.ends_on]
    start = min(p.starts_on for p in phases if p.starts_on)
    end = max(p.ends_on for p in phases if p.ends_on)
    span = max((end - start).days, 1)
    row, label_width = 20.0, 95.0
    height = len(phases) * row + 28
    drawing = Drawing(TEXT_WIDTH, height, initialFontName=styles.font)
    track = TEXT_WIDTH - label_width - 8

    def x(day: date) -> float:
        return label_width + track * min(max((day - start).days, 0), span) / span

    months = (end.year - start.year) * 12 + end.month - start.month + 1
    every = -(-months // 8)  # at most eight month labels
    month, count = date(start.year, start.month, 1), 0
    while month <= end:
        count += 1
        if month >= start and (count - 1) % every == 0:
            drawing.add(Line(x(month), 14, x(month), height, strokeColor=RULE, strokeWidth=0.4))
            drawing.add(
                String(
                    x(month) + 2,
                    4,
                    month_label(month),
                    fontName=styles.font,
                    fontSize=6.5,
                    fillColor=MUTED,
                )
            )
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    for index, phase in enumerate(phases):
        y = height - (index + 1) * row
        drawing.add(
            String(
                label_width - 8,
                y + 6,
                fit(phase.name, 18),
                fontName=styles.font,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        colour = colors.HexColor(PHASE_COLOURS[index % len(PHASE_COLOURS)])
        assert phase.starts_on and phase.ends_on
        drawing.add(
            Rect(
                x(phase.starts_on),
                y + 2,
                max(x(phase.ends_on) - x(phase.starts_on), 2),
                row - 7,
                fillColor=colour,
                strokeColor=None,
            )
        )
        for milestone in phase.milestones:
            if milestone.due_on and start <= milestone.due_on <= end:
                mx = x(milestone.due_on)
                drawing.add(
                    Rect(
                        mx - 2.5,
                        y + row / 2 - 5,
                        5,
                        5,
                        fillColor=colors.white,
                        strokeColor=INK,
                        strokeWidth=0.7,
                    )
                )
    if start <= today <= end:
        drawing.add(
            Line(
                x(today),
                12,
                x(today),
                height,
                strokeColor=colors.HexColor("#c98b2b"),
                strokeWidth=1.2,
            )
        )
        drawing.add(
            String(
                x(today),
                height - 2 - 6,
                translate("PlanPdf", "today"),
                fontName=styles.bold,
                fontSize=6.5,
                fillColor=colors.HexColor("#c98b2b"),
                textAnchor="middle",
            )
        )
    return drawing
