"""The dashboard's own look: figure tiles and the headline (kept beside the area, like the
board's style, so the shared stylesheet stays small)."""

DASHBOARD_STYLE = """
QLabel#dashboard_headline {
    font-size: 12.5pt;
    color: #1f3552;
    padding: 2px 0 4px 0;
}
QFrame#figure_tile {
    background: #ffffff;
    border: 1px solid #d5dce6;
    border-radius: 4px;
}
QLabel#tile_caption { color: #5b6b7f; }
QLabel#tile_value, QPushButton#tile_value {
    font-size: 17pt;
    font-weight: 600;
    color: #1f3552;
    text-align: left;
    border: none;
    background: transparent;
    padding: 0;
}
QPushButton#tile_value:hover { color: #2d6cb5; text-decoration: underline; }
QLabel#tile_detail { color: #33475f; }
QLabel#chart_note { color: #5b6b7f; }
"""

STATUS_COLOURS = {
    "goal_met": "#2e9e6b",
    "on_track": "#2e9e6b",
    "at_risk": "#c27c0e",
    "off_track": "#c0392b",
}
