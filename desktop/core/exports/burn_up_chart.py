"""The burn-up chart: Active clients per week, the goal, the target date and the forecast band.

Drawn with reportlab like the other charts (see charts.py), for the PDF and, via SVG, on screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from desktop.core.common.i18n import number_text
from desktop.core.exports.charts import (
    BAR_COLOURS,
    FONT,
    FONT_BOLD,
    GRID_COLOUR,
    TEXT_COLOUR,
)

GOAL_COLOUR = colors.HexColor("#2e9e6b")
LINE_COLOUR = BAR_COLOURS["open"]
BAND_COLOUR = colors.Color(0.176, 0.424, 0.71, alpha=0.16)


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


def burn_up_drawing(
    chart: BurnUp,
    width: float = 520,
    height: float = 240,
    font: str = FONT,
    bold_font: str = FONT_BOLD,
) -> Drawing:
    """Active clients over time with the goal line, the target date and the forecast band (the
    PDF passes its embedded fonts; the screen keeps the default)."""
    drawing = Drawing(width, height, initialFontName=font)
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
    # Grid lines at round counts (0, 100, 200 …, not 0, 125, 250 …), three to six of them.
    grid_step = _grid_step(largest * 1.08 / 6)
    grid_lines = max(math.ceil(largest * 1.08 / grid_step), 1)
    scale_top = grid_step * grid_lines

    def x(day: float) -> float:
        return left + plot_w * (day - start) / max(end - start, 1)

    def y(value: float) -> float:
        return bottom + plot_h * min(value, scale_top) / scale_top

    for step in range(grid_lines + 1):  # horizontal grid with counts
        value = grid_step * step
        drawing.add(Line(left, y(value), left + plot_w, y(value), strokeColor=GRID_COLOUR))
        drawing.add(
            String(
                left - 4,
                y(value) - 3,
                number_text(round(value)),
                fontName=font,
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
                fontName=font,
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
                    fontName=font,
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
                    fontName=bold_font,
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


def _grid_step(value: float) -> int:
    """The whole count at or above ``value`` that is 1, 2 or 5 times a power of ten."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(int(f * power) for f in (1, 2, 5, 10) if value <= f * power)
