"""The measures chapter and the board and HR agenda."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from desktop.core.common.i18n import translate
from desktop.core.common.vocab import measure_kind_label, measure_status_label
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story, fit, items_table, note, text
from desktop.core.plans.content import PlanContent
from desktop.core.plans.figures import PlanFigures
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.wording import short_date


def measures(styles: Styles, figures: PlanFigures) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Measures"), styles.h1, "measures")]
    if not figures.measures:
        story.append(note(styles, translate("PlanPdf", "No measures have been planned yet.")))
        return story
    rows = [
        [
            text(m.title, styles.cell),
            measure_kind_label(m.kind),
            text(m.target_name or m.target_group or m.segment_name or "", styles.cell),
            fit(m.owner_name, 22),
            short_date(m.due_on),
            measure_status_label(m.status),
        ]
        for m in figures.measures
    ]
    widths = [0.30, 0.14, 0.17, 0.15, 0.12, 0.12]
    story.append(
        data_table(
            styles,
            [
                translate("PlanPdf", "Measure"),
                translate("PlanPdf", "Kind"),
                translate("PlanPdf", "For"),
                translate("PlanPdf", "Owner"),
                translate("PlanPdf", "Due"),
                translate("PlanPdf", "Status"),
            ],
            rows,
            [TEXT_WIDTH * w for w in widths],
        )
    )
    return story


def agendas(styles: Styles, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Board and HR agenda"), styles.h1, "agendas")]
    story.append(
        Paragraph(
            escape(
                translate(
                    "PlanPdf",
                    "The subjects that get a structural place on the board agenda and the HR agenda.",
                )
            ),
            styles.body,
        )
    )
    for kind, title in (
        (PlanItemKind.BOARD, translate("PlanPdf", "Board agenda")),
        (PlanItemKind.HR, translate("PlanPdf", "HR agenda")),
    ):
        story.append(Paragraph(escape(title), styles.h2))
        items = plan.of_kind(kind)
        if not items:
            story.append(note(styles, translate("PlanPdf", "Nothing planned yet.")))
            continue
        story.append(
            items_table(
                styles, items, translate("PlanPdf", "Subject"), translate("PlanPdf", "When")
            )
        )
    return story
