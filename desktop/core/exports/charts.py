"""Chart definitions as reportlab Drawings: the same chart goes into PDFs and, via SVG, on screen.

Qt Charts is deprecated, so the GUI renders these drawings' SVG with QtSvg instead of keeping a
second chart definition (ARCHITECTURE.md rule 13).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from desktop.core.common.i18n import number_text

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
TEXT_COLOUR = colors.HexColor("#33475f")
BAR_COLOURS = {
    "open": colors.HexColor("#2d6cb5"),
    "won": colors.HexColor("#2e9e6b"),
    "lost": colors.HexColor("#c0392b"),
}
TRACK_COLOUR = colors.HexColor("#eef2f7")


@dataclass(frozen=True)
class FunnelBar:
    label: str
    value: int
    kind: str = "open"  # "open", "won" or "lost": picks the colour
    caption: str = ""  # shown right of the bar, e.g. "1.200 (60%)"; the value when empty


def funnel_drawing(
    bars: Sequence[FunnelBar],
    width: float = 420,
    bar_height: float = 18,
    gap: float = 6,
    font: str = FONT,
    bold_font: str = FONT_BOLD,
) -> Drawing:
    """Horizontal bars, one per stage, top to bottom, scaled to the largest value."""
    label_width = min(150.0, width * 0.34)
    caption_width = 80.0
    track_width = max(width - label_width - caption_width, 40.0)
    height = max(len(bars), 1) * (bar_height + gap) + gap
    drawing = Drawing(width, height, initialFontName=font)
    # An explicit white ground: SVG viewers differ in how they treat an empty background.
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    largest = max((bar.value for bar in bars), default=0) or 1
    for index, bar in enumerate(bars):
        y = height - (index + 1) * (bar_height + gap)
        baseline = y + bar_height / 2 - 3.5
        drawing.add(
            String(
                label_width - 8,
                baseline,
                _fit(bar.label, label_width - 8),
                fontName=font,
                fontSize=9,
                fillColor=TEXT_COLOUR,
                textAnchor="end",
            )
        )
        drawing.add(
            Rect(label_width, y, track_width, bar_height, fillColor=TRACK_COLOUR, strokeColor=None)
        )
        if bar.value > 0:
            drawing.add(
                Rect(
                    label_width,
                    y,
                    max(track_width * bar.value / largest, 1.5),
                    bar_height,
                    fillColor=BAR_COLOURS.get(bar.kind, BAR_COLOURS["open"]),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                label_width + track_width + 6,
                baseline,
                bar.caption or number_text(bar.value),
                fontName=bold_font,
                fontSize=9,
                fillColor=TEXT_COLOUR,
            )
        )
    return drawing


def drawing_to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG (UTF-8), for QtSvg on screen."""
    return renderSVG.drawToString(drawing).encode("utf-8")


def _fit(text: str, width: float, font_size: float = 9) -> str:
    # Helvetica averages about half an em per character; keeps long stage names off the bars.
    limit = max(int(width / (font_size * 0.5)), 4)
    return text if len(text) <= limit else text[: limit - 1] + "…"


GOAL_COLOUR = colors.HexColor("#2e9e6b")
LINE_COLOUR = BAR_COLOURS["open"]
BAND_COLOUR = colors.Color(0.176, 0.424, 0.71, alpha=0.16)
GRID_COLOUR = colors.HexColor("#dde3ea")


@dataclass(frozen=True)
class BurnUp:
    """What a burn-up chart shows: weekly Active counts, the goal and the forecast's paces.

    ``points`` are (date, active), oldest first, the last one today. The forecast continues
    from the last point at ``pace`` clients per week (dashed) with a band between ``fastest``
    and ``slowest``; no forecast is drawn when ``pace`` is None. Texts come translated.
    """

    points: Sequence[tuple[date, int]]
    goal: int | None = None
    goal_label: str = ""
    target_date: date | None = None
    target_label: str = ""
    pace: float | None = None
    fastest: float | None = None
    slowest: float | None = None
    date_text: Callable[[date], str] = date.isoformat


def burn_up_drawing(chart: BurnUp, width: float = 520, height: float = 240) -> Drawing:
    """Active clients over time with the goal line, the target date and the forecast band."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    if not chart.points:
        return drawing
    font_size = 9.0 if width >= 400 else 7.0
    left, right, bottom, top = 8 + font_size * 4, 12.0, 10 + font_size * 1.6, 14.0
    plot_w, plot_h = width - left - right, height - bottom - top
    start = chart.points[0][0].toordinal()
    today, active = chart.points[-1][0].toordinal(), chart.points[-1][1]
    reach = {
        name: _reach_day(today, active, chart.goal, pace)
        for name, pace in (
            ("pace", chart.pace),
            ("fastest", chart.fastest),
            ("slowest", chart.slowest),
        )
    }
    ends = [today + 7, *(d for d in reach.values() if d is not None)]
    if chart.target_date is not None:
        ends.append(chart.target_date.toordinal())
    end = min(max(ends), today + max(3 * (today - start), 26 * 7))  # keep history readable
    largest = max([*(value for _, value in chart.points), chart.goal or 0, 1])
    scale_top = _nice_ceiling(largest * 1.08)

    def x(day: float) -> float:
        return left + plot_w * (day - start) / max(end - start, 1)

    def y(value: float) -> float:
        return bottom + plot_h * min(value, scale_top) / scale_top

    for step in range(5):  # horizontal grid with counts
        value = scale_top * step / 4
        drawing.add(Line(left, y(value), left + plot_w, y(value), strokeColor=GRID_COLOUR))
        drawing.add(
            String(
                left - 4,
                y(value) - 3,
                number_text(round(value)),
                fontName=FONT,
                fontSize=font_size,
                fillColor=TEXT_COLOUR,
                textAnchor="end",
            )
        )
    ticks = 4 if plot_w >= 320 else 2
    for step in range(ticks + 1):  # dates along the bottom, the first and last at the edges
        day = start + (end - start) * step / ticks
        anchor = "start" if step == 0 else "end" if step == ticks else "middle"
        drawing.add(
            String(
                x(day),
                6,
                chart.date_text(date.fromordinal(int(day))),
                fontName=FONT,
                fontSize=font_size,
                fillColor=TEXT_COLOUR,
                textAnchor=anchor,
            )
        )
    if chart.target_date is not None and start <= chart.target_date.toordinal() <= end:
        tx = x(chart.target_date.toordinal())
        drawing.add(
            Line(
                tx,
                bottom,
                tx,
                bottom + plot_h,
                strokeColor=TEXT_COLOUR,
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
        if chart.target_label:
            drawing.add(
                String(
                    tx - 3,
                    bottom + plot_h - 9,
                    chart.target_label,
                    fontName=FONT,
                    fontSize=font_size,
                    fillColor=TEXT_COLOUR,
                    textAnchor="end",
                )
            )
    if chart.pace is not None:
        band = [(x(today), y(active))]
        for name in ("fastest", "slowest"):
            pace = getattr(chart, name)
            band.append(_band_vertex(today, active, chart.goal, pace, end, reach[name], x, y))
            if name == "fastest" and chart.goal is not None and reach["fastest"] is not None:
                slow_end = reach["slowest"] if reach["slowest"] is not None else end
                band.append((x(min(slow_end, end)), y(chart.goal)))
        flat = [coordinate for point in band for coordinate in point]
        drawing.add(Polygon(flat, fillColor=BAND_COLOUR, strokeColor=None))
        target = _band_vertex(today, active, chart.goal, chart.pace, end, reach["pace"], x, y)
        drawing.add(
            Line(
                x(today),
                y(active),
                *target,
                strokeColor=LINE_COLOUR,
                strokeWidth=1.2,
                strokeDashArray=[4, 3],
            )
        )
    # Segments, not a PolyLine: SVG viewers fill an open polyline's area unless told not to.
    for (day_a, a), (day_b, b) in zip(chart.points, chart.points[1:], strict=False):
        drawing.add(
            Line(
                x(day_a.toordinal()),
                y(a),
                x(day_b.toordinal()),
                y(b),
                strokeColor=LINE_COLOUR,
                strokeWidth=2,
                strokeLineCap=1,
            )
        )
    drawing.add(Circle(x(today), y(active), 2.5, fillColor=LINE_COLOUR, strokeColor=None))
    if chart.goal is not None:
        drawing.add(
            Line(
                left,
                y(chart.goal),
                left + plot_w,
                y(chart.goal),
                strokeColor=GOAL_COLOUR,
                strokeWidth=1.2,
                strokeDashArray=[6, 3],
            )
        )
        if chart.goal_label:
            drawing.add(
                String(
                    left + 4,
                    y(chart.goal) + 3,
                    chart.goal_label,
                    fontName=FONT_BOLD,
                    fontSize=font_size,
                    fillColor=GOAL_COLOUR,
                )
            )
    return drawing


def _reach_day(today: int, active: int, goal: int | None, pace: float | None) -> int | None:
    if goal is None or pace is None or pace <= 0:
        return None
    days = max(goal - active, 0) / pace * 7
    return today + int(math.ceil(days)) if days < 100 * 366 else None


def _band_vertex(
    today: int,
    active: int,
    goal: int | None,
    pace: float | None,
    end: int,
    reached: int | None,
    x: Callable[[float], float],
    y: Callable[[float], float],
) -> tuple[float, float]:
    """Where a pace's line leaves the chart: at the goal, or at the right edge."""
    if goal is not None and reached is not None and reached <= end:
        return x(reached), y(goal)
    per_day = (pace or 0) / 7
    value = active + max(per_day, 0) * (end - today)
    return x(end), y(value if goal is None else min(value, goal))


def _nice_ceiling(value: float) -> float:
    """The next round number at or above ``value`` (1, 2 or 5 times a power of ten)."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power:
            return factor * power
    return 10 * power


@dataclass(frozen=True)
class ProgressPoint:
    label: str  # the x-axis text for this point ("" for none)
    percent: float


PROGRESS_GOAL_COLOUR = colors.HexColor("#c98b2b")


def progress_drawing(
    points: Sequence[ProgressPoint],
    goal_percent: float | None = None,
    goal_label: str = "",
    width: float = 420,
    height: float = 170,
    font: str = FONT,
) -> Drawing:
    """A line of a percentage over time (0-100 %, or up to the highest value plus room), with
    the goal as a dashed line. Every point with a label gets a tick on the x axis."""
    drawing = Drawing(width, height, initialFontName=font)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    left, right, bottom, top = 34.0, 10.0, 20.0, 10.0
    plot_width, plot_height = width - left - right, height - bottom - top
    highest = max([p.percent for p in points] + [goal_percent or 0, 1])
    ceiling = min(100.0, max(10.0, math.ceil(highest * 1.15 / 10) * 10))
    for step in range(0, int(ceiling) + 1, 10 if ceiling <= 50 else 20):
        y = bottom + plot_height * step / ceiling
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        drawing.add(
            String(
                left - 5,
                y - 3,
                f"{step}%",
                fontName=font,
                fontSize=7.5,
                fillColor=TEXT_COLOUR,
                textAnchor="end",
            )
        )
    if goal_percent is not None:
        y = bottom + plot_height * min(goal_percent, ceiling) / ceiling
        drawing.add(
            Line(
                left,
                y,
                left + plot_width,
                y,
                strokeColor=PROGRESS_GOAL_COLOUR,
                strokeWidth=1,
                strokeDashArray=[4, 3],
            )
        )
        if goal_label:
            drawing.add(
                String(
                    left + plot_width,
                    y + 4,
                    goal_label,
                    fontName=font,
                    fontSize=7.5,
                    fillColor=PROGRESS_GOAL_COLOUR,
                    textAnchor="end",
                )
            )
    if points:
        step_x = plot_width / max(len(points) - 1, 1)
        coordinates: list[float] = []
        for index, point in enumerate(points):
            x = left + index * step_x
            coordinates += [x, bottom + plot_height * min(point.percent, ceiling) / ceiling]
            if point.label:
                drawing.add(
                    Line(x, bottom, x, bottom - 3, strokeColor=TEXT_COLOUR, strokeWidth=0.5)
                )
                drawing.add(
                    String(
                        x,
                        bottom - 12,
                        point.label,
                        fontName=font,
                        fontSize=7.5,
                        fillColor=TEXT_COLOUR,
                        textAnchor="middle",
                    )
                )
        area = [left, bottom, *coordinates, coordinates[-2], bottom]
        drawing.add(Polygon(area, fillColor=colors.Color(0.18, 0.62, 0.42, 0.12), strokeColor=None))
        drawing.add(PolyLine(coordinates, strokeColor=BAR_COLOURS["won"], strokeWidth=1.6))
    drawing.add(
        Line(left, bottom, left + plot_width, bottom, strokeColor=TEXT_COLOUR, strokeWidth=0.6)
    )
    return drawing
