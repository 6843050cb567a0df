"""The board's own look, on top of resources/style.qss: grey lanes, a coloured edge per stage kind.

Cards themselves are painted by the delegate; this styles the columns around them.
"""

BOARD_STYLE = """
QScrollArea#board_scroll, QWidget#board_columns {
    background: transparent;
    border: none;
}
QFrame#board_column {
    background: #ebeff4;
    border: 1px solid #dde3ea;
    border-radius: 6px;
}
QFrame#board_column[dropTarget="true"] {
    background: #e1f3f0;
    border: 2px dashed #3fb5a6;
}
QWidget#column_header {
    border-top: 3px solid #8497ad;
    border-top-left-radius: 6px;
    border-top-right-radius: 6px;
}
QFrame#board_column[kind="won"] QWidget#column_header {
    border-top: 3px solid #3fb5a6;
}
QFrame#board_column[kind="lost"] QWidget#column_header {
    border-top: 3px solid #c8706a;
}
QLabel#column_title {
    color: #1f3552;
    font-weight: 600;
}
QLabel#column_count {
    background: #d6dee8;
    color: #33475f;
    border-radius: 8px;
    padding: 1px 8px;
    font-weight: 600;
}
QListView#card_list {
    background: transparent;
    border: none;
    outline: 0;
}
QWidget#board_view QScrollBar:vertical {
    background: transparent;
    width: 10px;
    margin: 2px 2px 2px 0;
}
QWidget#board_view QScrollBar:horizontal {
    background: transparent;
    height: 10px;
    margin: 2px 0 0 0;
}
QWidget#board_view QScrollBar::handle:vertical {
    background: #c3ccd8;
    border-radius: 4px;
    min-height: 32px;
}
QWidget#board_view QScrollBar::handle:horizontal {
    background: #c3ccd8;
    border-radius: 4px;
    min-width: 32px;
}
QWidget#board_view QScrollBar::handle:hover {
    background: #9fb0c4;
}
QWidget#board_view QScrollBar::add-line, QWidget#board_view QScrollBar::sub-line {
    width: 0;
    height: 0;
}
QWidget#board_view QScrollBar::add-page, QWidget#board_view QScrollBar::sub-page {
    background: none;
}
QPushButton#identity_button {
    border: none;
    color: #2d6cb5;
    background: transparent;
    padding: 4px 6px;
}
QPushButton#identity_button:hover {
    text-decoration: underline;
}
QToolButton#my_clients_button {
    background: #ffffff;
    border: 1px solid #b8c3d1;
    border-radius: 3px;
    padding: 4px 10px;
}
QToolButton#my_clients_button:checked {
    background: #3fb5a6;
    border: 1px solid #329184;
    color: #ffffff;
}
"""

DIALOG_STYLE = """
QListWidget {
    background: #ffffff;
    border: 1px solid #c3ccd8;
    border-radius: 3px;
    outline: 0;
}
QListWidget::item {
    padding: 5px 8px;
    color: #1f3552;
}
QListWidget::item:hover {
    background: #f2f5f9;
}
QListWidget::item:selected {
    background: #e8f6f4;
    color: #1f3552;
    border-left: 3px solid #3fb5a6;
}
QListWidget::item:disabled {
    color: #9aa6b5;
}
QLabel#dialog_intro {
    font-weight: 600;
    color: #1f3552;
}
"""
