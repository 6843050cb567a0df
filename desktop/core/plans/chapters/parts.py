"""What the chapters share: the story type, user text, cut-off text and small tables."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from desktop.core.common.i18n import translate
from desktop.core.exports.pdf.layout import TEXT_WIDTH, Styles, data_table
from desktop.core.plans.content import PlanItem
from desktop.core.plans.wording import short_date

Story = list[Flowable]


def text(value: str | None, style: object) -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    return Paragraph(escape(value or "").replace("\n", "<br/>"), style)


def fit(value: str | None, limit: int) -> str:
    value = (value or "").replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def items_table(styles: Styles, items: list[PlanItem], title: str, when: str) -> Flowable:
    """Title, date and notes per item; without the notes column when no item has notes."""
    with_notes = any((i.notes or "").strip() for i in items)
    rows = [
        [text(i.title, styles.cell), short_date(i.due_on)]
        + ([text(i.notes, styles.cell)] if with_notes else [])
        for i in items
    ]
    if with_notes:
        header = [title, when, translate("PlanPdf", "Notes")]
        widths = [TEXT_WIDTH * 0.42, TEXT_WIDTH * 0.16, TEXT_WIDTH * 0.42]
    else:
        header, widths = [title, when], [TEXT_WIDTH * 0.8, TEXT_WIDTH * 0.2]
    return data_table(styles, header, rows, widths)


def muted(value: str) -> str:
    """A grey aside after a heading's text."""
    return f"<font color='#6b7785' size='9'>&nbsp;&nbsp;{escape(value)}</font>"


def labelled(label: str, value: str) -> str:
    return f"<b>{escape(label)}:</b> {escape(value)}"


def note(styles: Styles, message: str) -> Paragraph:
    """A small line where a chapter has nothing to show yet."""
    return Paragraph(escape(message), styles.small)
