"""The appendix: call lists per champion, cut to fit their cells."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import CondPageBreak, Paragraph

from desktop.core.common.i18n import translate
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story, muted
from desktop.core.plans.figures import CallRow, PlanFigures
from desktop.core.plans.wording import PlanPdf, short_date

CALL_ROWS_PER_TABLE = 200  # bounded tables split fast; each repeats its header row
# Shares of the text width: client, contact, phone, stage, days, next action, due.
CALL_COLUMNS = (0.19, 0.14, 0.15, 0.14, 0.08, 0.17, 0.13)  # phone numbers and dates whole


def call_lists(styles: Styles, figures: PlanFigures) -> Story:
    """The appendix: per champion their open clients, most urgent first."""
    story: Story = []
    if not figures.call_lists:
        return story
    story.append(Heading(translate("PlanPdf", "Appendix: call lists"), styles.h1, "appendix"))
    story.append(
        Paragraph(
            escape(
                translate(
                    "PlanPdf",
                    "Per champion their clients that are not yet active or declined, overdue next actions first.",
                )
            ),
            styles.body,
        )
    )
    widths = [TEXT_WIDTH * w for w in CALL_COLUMNS]
    header = [
        translate("PlanPdf", "Client"),
        translate("PlanPdf", "Contact"),
        translate("PlanPdf", "Phone"),
        translate("PlanPdf", "Stage"),
        translate("PlanPdf", "Days"),
        translate("PlanPdf", "Next action"),
        translate("PlanPdf", "Due"),
    ]
    for champion, rows in figures.call_lists.items():
        story.append(CondPageBreak(40 * mm))
        count = PlanPdf.tr("%n open clients", "", len(rows))
        story.append(Paragraph(escape(champion) + muted(count), styles.h2))
        for start in range(0, len(rows), CALL_ROWS_PER_TABLE):
            chunk = rows[start : start + CALL_ROWS_PER_TABLE]
            story.append(
                data_table(
                    styles,
                    header,
                    [_call_cells(row, figures.today, styles.font, widths) for row in chunk],
                    widths,
                    numeric=(4,),
                )
            )
    return story


def _call_cells(row: CallRow, today: date, font: str, widths: list[float]) -> list[str]:
    due = short_date(row.due)
    if row.due is not None and row.due < today:
        due = "! " + due  # overdue: the mark reads without colour too
    values = (row.client, row.contact, row.phone, row.stage, None, row.next_action)
    cells = [
        fit_width(value, width - 8, font) for value, width in zip(values, widths, strict=False)
    ]
    cells[4] = str(row.days_in_stage)
    return [*cells, due]


@lru_cache(maxsize=4096)  # stage names, contacts and next actions repeat down a call list
def fit_width(value: str | None, width: float, font: str, size: float = 8) -> str:
    """The text cut to ``width`` points with an ellipsis, so it never runs into the next cell."""
    value = (value or "").replace("\n", " ")
    measure = getFont(font).stringWidth
    full = measure(value, size)
    if full <= width:
        return value
    keep = max(int(len(value) * width / full), 1)  # a first guess, then a character at a time
    while keep > 1 and measure(value[:keep] + "…", size) > width:
        keep -= 1
    return value[:keep].rstrip() + "…"
