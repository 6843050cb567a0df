"""The chapters about people: the champions with their clients and the approach per segment."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from desktop.core.common.i18n import number_text, translate
from desktop.core.common.vocab import approach_channel_label
from desktop.core.exports.pdf.layout import ACCENT, TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story, fit, labelled, note, text
from desktop.core.plans.figures import PlanFigures
from desktop.core.plans.wording import percent_text


def champions(styles: Styles, figures: PlanFigures) -> Story:
    story: Story = [
        Heading(translate("PlanPdf", "Champions and their clients"), styles.h1, "champions")
    ]
    story.append(
        Paragraph(
            escape(
                translate(
                    "PlanPdf",
                    "Each champion's clients per stage today. Active is the share of their clients in a won stage.",
                )
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    stages = figures.numbers.stages
    titles = [s.stage_name for s in stages] + [
        translate("PlanPdf", "Total"),
        translate("PlanPdf", "% active"),
    ]
    # Each number column as wide as its heading's longest word, so no word breaks in two; the
    # names get the rest (the headings shrink when that leaves too little for the names).
    size = 6.8
    words = [max(stringWidth(w, styles.bold, 1) for w in t.split() or [""]) for t in titles]
    widths = [max(word * size + 9, 11 * mm) for word in words]
    name_width = TEXT_WIDTH - sum(widths)
    if name_width < 30 * mm:
        scale = (TEXT_WIDTH - 30 * mm) / sum(widths)
        size, widths, name_width = size * scale, [w * scale for w in widths], 30 * mm
    heading = styles.cell.clone(
        "stage_heading",
        fontName=styles.bold,
        fontSize=size,
        leading=size + 1.5,
        textColor=ACCENT,
        alignment=TA_RIGHT,
    )
    header = [translate("PlanPdf", "Champion"), *[Paragraph(escape(t), heading) for t in titles]]
    rows = []
    for portfolio in figures.champions:
        name = portfolio.name or translate("PlanPdf", "(no champion)")
        rows.append(
            [
                fit(name, 26),
                *[number_text(s.current) for s in portfolio.stages],
                number_text(portfolio.total),
                percent_text(100 * portfolio.active / portfolio.total) if portfolio.total else "",
            ]
        )
    table = data_table(
        styles,
        header,
        rows,
        [name_width, *widths],
        numeric=tuple(range(1, len(stages) + 3)),
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
    story.append(table)
    return story


def approaches(styles: Styles, figures: PlanFigures) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Approach per segment"), styles.h1, "approaches")]
    if not figures.approaches:
        story.append(
            note(styles, translate("PlanPdf", "No approach has been written for any segment yet."))
        )
        return story
    for row in figures.approaches:
        channels = ", ".join(approach_channel_label(c) for c in row.channels)
        block: Story = [Paragraph(escape(row.segment_name), styles.h2)]
        if row.approach:
            block.append(text(row.approach, styles.body))
        details = []
        if channels:
            details.append(labelled(translate("PlanPdf", "Channels"), channels))
        if row.incentive:
            details.append(labelled(translate("PlanPdf", "Incentive"), row.incentive))
        for detail in details:
            block.append(Spacer(1, 1.5 * mm))
            block.append(Paragraph(detail, styles.body))
        story.append(KeepTogether(block))
    return story
