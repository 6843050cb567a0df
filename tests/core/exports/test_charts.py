from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from desktop.core.exports.charts import FunnelBar, drawing_to_svg, funnel_drawing


def test_funnel_scales_bars_to_the_largest_value_and_labels_them() -> None:
    drawing = funnel_drawing(
        [FunnelBar("Informed", 200), FunnelBar("Active", 50, "won", "50 (25%)")], width=400
    )
    bars = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor in _bar_colours()]
    assert [round(bar.width / bars[0].width, 2) for bar in bars] == [1.0, 0.25]
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert texts == ["Informed", "200", "Active", "50 (25%)"]
    svg = drawing_to_svg(drawing)
    assert svg.startswith(b"<?xml") and b"Informed" in svg


def test_an_empty_stage_draws_no_bar() -> None:
    drawing = funnel_drawing([FunnelBar("Declined", 0, "lost")])
    assert not [
        s for s in drawing.contents if isinstance(s, Rect) and s.fillColor in _bar_colours()
    ]


def _bar_colours():
    from desktop.core.exports.charts import BAR_COLOURS

    return list(BAR_COLOURS.values())


def test_bar_values_are_written_as_the_language_writes_numbers() -> None:
    from desktop.core.common import i18n

    bars = [FunnelBar("Informed", 96969)]
    with i18n.language_set_to("nl"):
        dutch = [s.text for s in funnel_drawing(bars).contents if isinstance(s, String)]
    english = [s.text for s in funnel_drawing(bars).contents if isinstance(s, String)]
    assert dutch == ["Informed", "96.969"]
    assert english == ["Informed", "96,969"]
