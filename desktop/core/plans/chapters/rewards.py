"""The rewards chapter: the office's points, recognitions, redemptions and badges in totals."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.core.common.i18n import number_text, translate
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Heading, Styles, data_table
from desktop.core.plans.chapters.parts import Story
from desktop.core.plans.figures import PlanFigures


def rewards(styles: Styles, figures: PlanFigures) -> Story:
    found = figures.rewards
    if found is None:
        return []
    story: Story = [Heading(translate("PlanPdf", "Rewards"), styles.h1, "rewards")]
    story.append(
        Paragraph(
            escape(
                translate(
                    "PlanPdf",
                    "Totals for the whole office, so nobody is named or ranked here. Points in "
                    "this project are those earned on its clients.",
                )
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 4 * mm))
    rows = [
        (translate("PlanPdf", "Points earned in this project"), found.points_in_project),
        (translate("PlanPdf", "Points earned in total"), found.points_total),
        (translate("PlanPdf", "People who earned points"), found.earners),
        (translate("PlanPdf", "Recognitions given"), found.recognitions),
        (translate("PlanPdf", "Points given with recognitions"), found.recognition_points),
        (translate("PlanPdf", "Rewards redeemed"), found.redemptions),
        (translate("PlanPdf", "Redemptions awaiting a decision"), found.redemptions_pending),
        (translate("PlanPdf", "Points spent on rewards"), found.points_spent),
        (translate("PlanPdf", "Badges earned"), found.badges),
        (translate("PlanPdf", "People with a badge"), found.badge_holders),
    ]
    story.append(
        data_table(
            styles,
            [translate("PlanPdf", "What"), translate("PlanPdf", "Total")],
            [[label, number_text(value)] for label, value in rows],
            [TEXT_WIDTH * 0.7, TEXT_WIDTH * 0.3],
            numeric=(1,),
        )
    )
    return story
