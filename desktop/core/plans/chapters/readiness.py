"""The readiness of the staff: scores per team and the barrier points."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.palette import score_colour, text_colour
from desktop.core.common.i18n import current_language, number_text, translate
from desktop.core.exports.charts import FunnelBar, funnel_drawing
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story, fit
from desktop.core.plans.figures import PlanFigures
from desktop.core.plans.wording import PlanPdf, long_date


def readiness(styles: Styles, figures: PlanFigures) -> Story:
    found = figures.readiness
    if found is None:
        return []
    story: Story = [Heading(translate("PlanPdf", "Readiness of the staff"), styles.h1, "readiness")]
    story.append(
        Paragraph(
            escape(
                PlanPdf.tr(
                    "Round “{round}” of {date}: %n staff members scored from 1 (not there yet) to 5.",
                    "",
                    found.people,
                ).format(round=found.round_name, date=long_date(found.held_on))
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 4 * mm))
    header = [
        translate("PlanPdf", "Team"),
        translate("PlanPdf", "People"),
        *[element_label(e) for e in ELEMENTS],
    ]
    rows = [
        [
            fit(team or translate("PlanPdf", "(no team)"), 28),
            number_text(people),
            *[_score(s) for s in scores],
        ]
        for team, people, scores in found.teams
    ]
    rows.append(
        [
            translate("PlanPdf", "Whole office"),
            number_text(found.people),
            *[_score(s) for s in found.averages],
        ]
    )
    element_width = (TEXT_WIDTH - 45 * mm - 16 * mm) / len(ELEMENTS)
    table = data_table(
        styles, header, rows, [45 * mm, 16 * mm, *[element_width] * len(ELEMENTS)], numeric=(1,)
    )
    commands: list[tuple[object, ...]] = [
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), styles.bold, 8),
    ]
    all_scores = [scores for _, _, scores in found.teams] + [found.averages]
    for row_index, scores in enumerate(all_scores, start=1):
        for column, score in enumerate(scores, start=2):
            fill = score_colour(score)
            commands.append(
                ("BACKGROUND", (column, row_index), (column, row_index), colors.HexColor(fill))
            )
            commands.append(
                (
                    "TEXTCOLOR",
                    (column, row_index),
                    (column, row_index),
                    colors.HexColor(text_colour(fill)),
                )
            )
    table.setStyle(TableStyle(commands))
    story.append(table)
    story.append(Paragraph(translate("PlanPdf", "Barrier points"), styles.h2))
    story.append(
        Paragraph(
            escape(
                translate(
                    "PlanPdf",
                    "The first element below 3 for each person: where the change stalls for them.",
                )
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    counts = [(element_label(e), found.barrier_counts.get(e, 0)) for e in ELEMENTS]
    counts.append((translate("PlanPdf", "No barrier"), found.barrier_counts.get(None, 0)))
    bars = [
        FunnelBar(label, count, "open" if index < len(ELEMENTS) else "won")
        for index, (label, count) in enumerate(counts)
    ]
    story.append(
        funnel_drawing(
            bars, width=TEXT_WIDTH, bar_height=13, font=styles.font, bold_font=styles.bold
        )
    )
    return story


def _score(score: float | None) -> str:
    if score is None:
        return ""
    value = f"{score:.1f}"
    return value.replace(".", ",") if current_language() == "nl" else value
