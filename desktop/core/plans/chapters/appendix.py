"""The appendix: call lists per champion, cut to fit their cells."""

from __future__ import annotations

import heapq
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import CondPageBreak, Paragraph

from desktop.core.common.i18n import translate
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Heading, RunningTitle, Styles, data_table
from desktop.core.plans.chapters.parts import Story, muted
from desktop.core.plans.figures import CallRow, PlanFigures
from desktop.core.plans.wording import PlanPdf, short_date

CALL_ROWS_PER_TABLE = 200  # bounded tables split fast; each repeats its header row
CELL_PADDING = 8  # points: a cell's left and right padding together
# Columns read whole (phone, stage, days, due: at most this share of the text width) and the
# shares of what they leave (client, contact, next action: cut to fit with an ellipsis).
WHOLE_COLUMNS = {2: 0.15, 3: 0.17, 4: 0.08, 6: 0.13}
SHARED_COLUMNS = {0: 0.36, 1: 0.24, 5: 0.40}


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
    header = [
        translate("PlanPdf", "Client"),
        translate("PlanPdf", "Contact"),
        translate("PlanPdf", "Phone"),
        translate("PlanPdf", "Stage"),
        translate("PlanPdf", "Days"),
        translate("PlanPdf", "Next action"),
        translate("PlanPdf", "Due"),
    ]
    cells = {
        champion: [_call_values(row, figures.today) for row in rows]
        for champion, rows in figures.call_lists.items()
    }
    widths = _column_widths(header, [row for rows in cells.values() for row in rows], styles)
    for champion, rows in cells.items():
        story.append(CondPageBreak(40 * mm))
        continued = translate("PlanPdf", "Call list of {champion}, continued")
        story.append(RunningTitle(continued.format(champion=champion)))
        count = PlanPdf.tr("%n open clients", "", len(rows))
        story.append(Paragraph(escape(champion) + muted(count), styles.h2))
        for start in range(0, len(rows), CALL_ROWS_PER_TABLE):
            chunk = rows[start : start + CALL_ROWS_PER_TABLE]
            story.append(
                data_table(
                    styles,
                    header,
                    [_fitted(row, styles.font, widths) for row in chunk],
                    widths,
                    numeric=(4,),
                )
            )
    story.append(RunningTitle(""))
    return story


def _call_values(row: CallRow, today: date) -> list[str]:
    due = short_date(row.due)
    if row.due is not None and row.due < today:
        due = "! " + due  # overdue: the mark reads without colour too
    return [
        row.client,
        row.contact or "",
        row.phone or "",
        row.stage,
        str(row.days_in_stage),
        row.next_action or "",
        due,
    ]


def _column_widths(header: list[str], rows: list[list[str]], styles: Styles) -> list[float]:
    """Phone numbers, stages, days and dates as wide as their longest text (within a cap); the
    names and the next action share the rest."""
    widths = [0.0] * len(header)
    for column, cap in WHOLE_COLUMNS.items():
        # The longest texts by characters stand in for the widest: these columns are digits,
        # dates and a handful of stage names, so measuring every row would add nothing.
        longest = heapq.nlargest(20, {row[column] for row in rows}, key=len)
        needed = max(
            [_text_width(header[column], styles.bold)]
            + [_text_width(text, styles.font) for text in longest]
        )
        widths[column] = min(needed + CELL_PADDING + 2, TEXT_WIDTH * cap)
    rest = TEXT_WIDTH - sum(widths)
    for column, share in SHARED_COLUMNS.items():
        widths[column] = rest * share
    return widths


def _text_width(text: str, font: str, size: float = 8) -> float:
    return float(getFont(font).stringWidth(text, size))


def _fitted(values: list[str], font: str, widths: list[float]) -> list[str]:
    """Each cell cut to its column; the whole columns are only cut past their cap."""
    return [
        fit_width(value, width - CELL_PADDING, font)
        for value, width in zip(values, widths, strict=True)
    ]


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
