"""Chart definitions as reportlab Drawings: the same chart goes into PDFs and, via SVG, on screen.

Qt Charts is deprecated, so the GUI renders these drawings' SVG with QtSvg instead of keeping a
second chart definition (ARCHITECTURE.md rule 13).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
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


@dataclass(frozen=True)
class ProgressPoint:
    label: str  # the x-axis text for this point ("" for none)
    percent: float


GOAL_COLOUR = colors.HexColor("#c98b2b")
GRID_COLOUR = colors.HexColor("#dde3ea")


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
                strokeColor=GOAL_COLOUR,
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
                    fillColor=GOAL_COLOUR,
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
