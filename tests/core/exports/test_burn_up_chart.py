"""The burn-up chart definition: history line, goal line with its label, forecast band."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import Line, Polygon, String

from desktop.core.exports.burn_up_chart import BurnUp, burn_up_drawing
from desktop.core.exports.charts import drawing_to_svg

START = date(2026, 1, 5)


def weekly(*values: int) -> list[tuple[date, int]]:
    return [(START + timedelta(weeks=i), value) for i, value in enumerate(values)]


def shapes(drawing, kind):  # noqa: ANN001
    return [shape for shape in drawing.contents if isinstance(shape, kind)]


def test_history_goal_and_band_are_drawn_with_their_labels():
    chart = BurnUp(
        weekly(0, 10, 25, 40),
        goal=80,
        goal_label="Doel 80%",
        target_date=START + timedelta(weeks=10),
        target_label="streefdatum",
        pace=13.3,
        fastest=15,
        slowest=10,
    )
    drawing = burn_up_drawing(chart, 520, 240)
    texts = [s.text for s in shapes(drawing, String)]
    assert "Doel 80%" in texts and "streefdatum" in texts
    assert len(shapes(drawing, Polygon)) == 1  # the band
    solid = [line for line in shapes(drawing, Line) if line.strokeWidth == 2]
    assert len(solid) == 3  # one segment per week of history
    assert b"Doel 80%" in drawing_to_svg(drawing)


def test_without_a_pace_there_is_no_band_and_without_points_an_empty_chart():
    drawing = burn_up_drawing(BurnUp(weekly(5, 5), goal=10, pace=None))
    assert not shapes(drawing, Polygon)
    empty = burn_up_drawing(BurnUp([]))
    assert len(empty.contents) == 1  # only the white ground
