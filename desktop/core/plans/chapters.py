"""The chapters of the rollout plan as platypus flowables, each a function of the figures."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.palette import score_colour, text_colour
from desktop.core.common.i18n import current_language, number_text, translate
from desktop.core.common.vocab import (
    MeasureStatus,
    StageKind,
    approach_channel_label,
    measure_kind_label,
    measure_status_label,
)
from desktop.core.exports.charts import FunnelBar, funnel_drawing
from desktop.core.exports.pdf.layout import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    RULE,
    TEXT_WIDTH,
    Heading,
    Styles,
    data_table,
)
from desktop.core.exports.progress_chart import ProgressPoint, progress_drawing
from desktop.core.plans.content import PlanContent, PlanItem
from desktop.core.plans.figures import CallRow, PlanFigures
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.wording import (
    PlanPdf,
    long_date,
    month_label,
    percent_text,
    short_date,
    summary_sentences,
)

Story = list[Flowable]
CALL_ROWS_PER_TABLE = 200  # bounded tables split fast; each repeats its header row
# Shares of the text width: client, contact, phone, stage, days, next action, due.
CALL_COLUMNS = (0.21, 0.14, 0.12, 0.14, 0.06, 0.21, 0.12)


def text(value: str | None, style: object) -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    return Paragraph(escape(value or "").replace("\n", "<br/>"), style)


def fit(value: str | None, limit: int) -> str:
    value = (value or "").replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def summary(styles: Styles, figures: PlanFigures, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Summary"), styles.h1, "summary")]
    forecast = figures.forecast()
    tiles = [
        (percent_text(figures.active_percent), translate("PlanPdf", "active now")),
        (
            percent_text(figures.goal_percent) if figures.goal_percent is not None else "–",
            translate("PlanPdf", "goal")
            + (f" · {short_date(figures.target_date)}" if figures.target_date else ""),
        ),
        (
            translate("PlanPdf", "reached")
            if figures.goal_met
            else (month_label(forecast) if forecast else "–"),
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
        story.append(
            Paragraph(
                escape(translate("PlanPdf", "No context has been written yet.")), styles.small
            )
        )
    goals = plan.of_kind(PlanItemKind.GOAL)
    story.append(Paragraph(translate("PlanPdf", "Goals"), styles.h2))
    if goals:
        story.append(
            _items_table(
                styles, goals, translate("PlanPdf", "Goal"), translate("PlanPdf", "Target date")
            )
        )
    else:
        story.append(
            Paragraph(escape(translate("PlanPdf", "No goals have been written yet.")), styles.small)
        )
    return story


def _items_table(styles: Styles, items: list[PlanItem], title: str, when: str) -> Flowable:
    rows = [
        [text(i.title, styles.cell), short_date(i.due_on), text(i.notes, styles.cell)]
        for i in items
    ]
    return data_table(
        styles,
        [title, when, translate("PlanPdf", "Notes")],
        rows,
        [TEXT_WIDTH * 0.42, TEXT_WIDTH * 0.16, TEXT_WIDTH * 0.42],
    )


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
            f"{s.median_days:.0f}" if s.median_days is not None else "",
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
                translate("PlanPdf", "Median days"),
            ],
            rows,
            [TEXT_WIDTH * 0.36] + [TEXT_WIDTH * 0.16] * 4,
            numeric=(1, 2, 3, 4),
        )
    )
    story.append(CondPageBreak(70 * mm))
    story.append(Paragraph(translate("PlanPdf", "Active clients over time"), styles.h2))
    story.append(_progress_chart(styles, figures, height=170))
    return story


def _progress_chart(styles: Styles, figures: PlanFigures, height: float) -> Flowable:
    points = figures.progress
    enrolled = figures.enrolled or 1
    months = sorted({(day.year, day.month) for day, _ in points})
    every = max(-(-len(months) // 8), 1)  # at most eight month labels
    labelled = set(months[::every])
    chart_points = []
    for day, count in points:
        month = (day.year, day.month)
        label = month_label(day) if month in labelled else ""
        labelled.discard(month)  # only the month's first point carries its label
        chart_points.append(ProgressPoint(label, 100 * count / enrolled))
    goal = figures.goal_percent
    return progress_drawing(
        chart_points,
        goal_percent=goal,
        goal_label=translate("PlanPdf", "goal {goal}").format(goal=percent_text(goal))
        if goal is not None
        else "",
        width=TEXT_WIDTH,
        height=height,
        font=styles.font,
    )


def timeline(styles: Styles, figures: PlanFigures, plan: PlanContent) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Phases and milestones"), styles.h1, "timeline")]
    if not plan.phases:
        story.append(
            Paragraph(
                escape(translate("PlanPdf", "No phases have been planned yet.")), styles.small
            )
        )
        return story
    dated = [p for p in plan.phases if p.starts_on and p.ends_on]
    if dated:
        story.append(_timeline_drawing(styles, plan, figures.today))
        story.append(Spacer(1, 6 * mm))
    for phase in plan.phases:
        period = " – ".join(x for x in (long_date(phase.starts_on), long_date(phase.ends_on)) if x)
        block: Story = [
            Paragraph(
                escape(phase.name) + (_muted(period) if period else ""),
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
            Paragraph(
                escape(translate("PlanPdf", "No approach has been written for any segment yet.")),
                styles.small,
            )
        )
        return story
    for row in figures.approaches:
        channels = ", ".join(approach_channel_label(c) for c in row.channels)
        block: Story = [Paragraph(escape(row.segment_name), styles.h2)]
        if row.approach:
            block.append(text(row.approach, styles.body))
        details = []
        if channels:
            details.append(_labelled(translate("PlanPdf", "Channels"), channels))
        if row.incentive:
            details.append(_labelled(translate("PlanPdf", "Incentive"), row.incentive))
        for detail in details:
            block.append(Spacer(1, 1.5 * mm))
            block.append(Paragraph(detail, styles.body))
        story.append(KeepTogether(block))
    return story


def measures(styles: Styles, figures: PlanFigures) -> Story:
    story: Story = [Heading(translate("PlanPdf", "Measures"), styles.h1, "measures")]
    if not figures.measures:
        story.append(
            Paragraph(
                escape(translate("PlanPdf", "No measures have been planned yet.")), styles.small
            )
        )
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
            story.append(
                Paragraph(escape(translate("PlanPdf", "Nothing planned yet.")), styles.small)
            )
            continue
        story.append(
            _items_table(
                styles, items, translate("PlanPdf", "Subject"), translate("PlanPdf", "When")
            )
        )
    return story


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
        story.append(Paragraph(escape(champion) + _muted(count), styles.h2))
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


def _muted(value: str) -> str:
    """A grey aside after a heading's text."""
    return f"<font color='#6b7785' size='9'>&nbsp;&nbsp;{escape(value)}</font>"


def _labelled(label: str, value: str) -> str:
    return f"<b>{escape(label)}:</b> {escape(value)}"
