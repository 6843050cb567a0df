"""Chart definitions as reportlab Drawings: the same chart goes into PDFs and, via SVG, on screen.

Qt Charts is deprecated, so the GUI renders these drawings' SVG with QtSvg instead of keeping a
second chart definition (ARCHITECTURE.md rule 13). This module holds the funnel and what every
chart shares (fonts, colours, SVG output); the burn-up and progress charts have their own modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Rect, String
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
GRID_COLOUR = colors.HexColor("#dde3ea")


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
