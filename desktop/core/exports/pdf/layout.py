"""The page frame of a document: styles, header and footer, "Page X of Y", a contents list
filled from a first layout pass, and tables that repeat their header across pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.exports.pdf.fonts import register_fonts

ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#e8eef5")
INK = colors.HexColor("#222b36")
MUTED = colors.HexColor("#6b7785")
RULE = colors.HexColor("#c9d3de")
ZEBRA = colors.HexColor("#f6f8fb")
MARGIN = 20 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


@dataclass(frozen=True)
class Styles:
    font: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    lead: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle


def make_styles() -> Styles:
    font, bold = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=font,
        bulletFontName=font,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
    )
    return Styles(
        font=font,
        bold=bold,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=MUTED),
        lead=ParagraphStyle("lead", parent=body, fontSize=11.5, leading=17),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=30, leading=36, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=15, leading=20, textColor=INK),
    )


class Heading(Paragraph):
    """A chapter title: starts the contents entry for its page."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.toc_key = key
        self.toc_text = text


class PageRef(Flowable):
    """The page a chapter starts on, drawn where the contents need it before that page exists.

    It places a PDF form (XObject) that ``define_page_refs`` fills in when the whole document has
    been laid out: one layout pass instead of two for the contents' page numbers.
    """

    def __init__(self, key: str, width: float, height: float) -> None:
        super().__init__()
        self.key, self.width, self.height = key, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(page_ref_name(self.key))


def page_ref_name(key: str) -> str:
    return f"PageRef-{key}"


class RunningTitle(Flowable):
    """Takes no room: from here on, a page that starts in the middle of this part (a call list
    running over several pages) names it in its header. An empty text ends the part."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.running_title = self.text
        if canvas._doctemplate.frame._atTop:  # noqa: SLF001 (the part starts this page itself)
            canvas.continued_title = ""


class _NumberedCanvas(Canvas):
    """Keeps the pages until the end so each footer can say how many pages there are, and
    fills in the contents' page references (see PageRef) before saving."""

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        finish: Callable[[Canvas], None],
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate
        self._finish = finish

    running_title = ""  # see RunningTitle
    continued_title = ""

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self.continued_title = self.running_title
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        self._finish(self)
        super().save()


def numbered_canvas_maker(
    decorate: Callable[[Canvas, int, int], None], finish: Callable[[Canvas], None]
) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, decorate=decorate, finish=finish, **kwargs)

    return make


def define_page_refs(
    canvas: Canvas, pages: dict[str, int], keys: Sequence[str], ref: PageRef, styles: Styles
) -> None:
    """Fill in every PageRef form: the page number right-aligned in the reference's box."""
    for key in keys:
        canvas.beginForm(page_ref_name(key), 0, 0, ref.width, ref.height)
        canvas.setFont(styles.font, 10.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(ref.width, 0.5, str(pages.get(key, "")))
        canvas.endForm()


class PlanDocTemplate(BaseDocTemplate):
    """Records the page each chapter heading lands on, and cancels between flowables."""

    def __init__(
        self,
        target: Any,
        is_cancelled: Callable[[], bool],
        on_flowable: Callable[[int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        # The canvas's own starting font would put an unembedded Helvetica on every page.
        kwargs.setdefault("initialFontName", register_fonts()[0])
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            **kwargs,
        )
        self.headings: dict[str, int] = {}
        self._is_cancelled = is_cancelled
        self._on_flowable = on_flowable
        self._flowables = 0
        # No inner padding: text, tables (TEXT_WIDTH wide) and the header's rule share one edge.
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [PageTemplate(id="cover", frames=[frame]), PageTemplate(id="page", frames=[frame])]
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading):
            self.headings.setdefault(flowable.toc_key, self.page)
        self._flowables += 1
        if self._on_flowable is not None and self._flowables % 20 == 0:
            self._on_flowable(self._flowables)
        if self._is_cancelled():
            raise OperationCancelled(translate("PlanPdf", "Printing the plan was cancelled."))


def page_decorator(
    styles: Styles, left_header: str, right_header: str, footer: str
) -> Callable[[Canvas, int, int], None]:
    """Header and footer on every page but the cover."""

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        if number == 1:
            return
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.setFont(styles.font, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, left_header)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, right_header)
        continued = getattr(canvas, "continued_title", "")  # see RunningTitle
        if continued:
            canvas.drawCentredString(PAGE_WIDTH / 2, top, continued)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 2 * mm
        canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        canvas.drawString(MARGIN, bottom, footer)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN,
            bottom,
            translate("PlanPdf", "Page {number} of {total}").format(number=number, total=total),
        )
        canvas.restoreState()

    return decorate


def data_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    repeat: bool = True,
) -> Table:
    """A table with a tinted header row that repeats on each page it breaks onto.

    The cells' font, colour, padding and alignment are set on their styles directly: a
    TableStyle command walks every cell it covers, which for the long call lists cost more
    than laying them out. Lines stay TableStyle commands (reportlab keeps those per table);
    callers may still add per-cell commands with ``setStyle``.
    """
    data = [list(header), *[list(row) for row in rows]]
    columns = len(header)
    head = [_cell_style(styles.bold, ACCENT, column in numeric) for column in range(columns)]
    body = [_cell_style(styles.font, INK, column in numeric) for column in range(columns)]
    cell_styles = [[_copy_style(style) for style in head]]
    cell_styles += [[_copy_style(style) for style in body] for _ in range(len(data) - 1)]
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=1 if repeat else 0,
        cellStyles=cell_styles,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _cell_style(font: str, colour: colors.Color, right: bool) -> dict[str, Any]:
    """What the TableStyle commands FONT 8, TEXTCOLOR, VALIGN TOP, the paddings and ALIGN would
    set on one cell."""
    style = CellStyle("")
    style.fontname, style.fontsize, style.leading = font, 8, 8 * 1.2
    style.color = colour
    style.valign = "TOP"
    style.topPadding = style.bottomPadding = 3.5
    style.leftPadding = style.rightPadding = 4
    style.alignment = "RIGHT" if right else "LEFT"
    return dict(vars(style))


def _copy_style(values: dict[str, Any]) -> CellStyle:
    style = CellStyle.__new__(CellStyle)  # no per-cell name: reportlab never reads it
    style.__dict__.update(values)
    return style
