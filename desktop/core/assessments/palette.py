"""The colours of scores 1-5 for the heatmap on screen and in documents (one definition).

ColorBrewer's five-class RdYlBu: a diverging scale that stays distinguishable for the common
kinds of colour blindness, from red-orange (1, not there yet) through pale yellow (3) to blue (5).
Averaged scores (3.4) get a colour between their neighbours; the number is always printed in the
cell too, so colour is never the only carrier of the value.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.assessments.elements import MAX_SCORE, MIN_SCORE

SCORE_COLOURS = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")
DARK_TEXT, LIGHT_TEXT = "#1f2d3d", "#ffffff"
EMPTY_COLOUR = "#f4f6f9"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@lru_cache(maxsize=1024)  # scores have two decimals: few distinct values, asked per cell
def score_colour(score: float | None) -> str:
    """The fill for a score as #rrggbb (interpolated between the five classes)."""
    if score is None:
        return EMPTY_COLOUR
    position = min(max(score, MIN_SCORE), MAX_SCORE) - MIN_SCORE  # 0 .. 4
    low = min(int(position), len(SCORE_COLOURS) - 2)
    share = position - low
    a, b = _rgb(SCORE_COLOURS[low]), _rgb(SCORE_COLOURS[low + 1])
    mixed = (round(x + (y - x) * share) for x, y in zip(a, b, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


@lru_cache(maxsize=1024)
def text_colour(fill: str) -> str:
    """Dark or white text, whichever reads better on the fill (relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(fill))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return LIGHT_TEXT if luminance < 0.22 else DARK_TEXT
