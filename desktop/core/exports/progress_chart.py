"""The progress chart: a percentage over time with the goal as a dashed line (plan chapters).

Drawn with reportlab like the other charts (see charts.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from desktop.core.exports.charts import BAR_COLOURS, FONT, GRID_COLOUR, TEXT_COLOUR


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
