"""The board's filter row at the default window size: nothing covers the search field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translator import CatalogueTranslator
from tests.ui.pipeline_office import make_office
from tests.ui.waiting import workers_idle


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_search_clear_button_and_hint_are_not_covered_at_1280_by_800(
    qtbot, qapp, database, styled
) -> None:
    make_office(database)
    translator = CatalogueTranslator("nl")  # the longer Dutch words are the ones that did not fit
    qapp.installTranslator(translator)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_area("board")
        workers_idle(qtbot)
        bar = window.area("board").filter_bar
        search = bar.search_edit
        hint_width = search.fontMetrics().horizontalAdvance(search.placeholderText())
        search.setText("Bakkerij")
        clear = next(b for b in search.findChildren(QToolButton) if b.isVisible())

        clear_rect = rect_in(clear, window)
        assert rect_in(search, window).contains(clear_rect)
        for other in (bar.champion_combo, bar.segment_combo, bar.type_combo):
            assert not rect_in(other, window).intersects(clear_rect), "the clear button is covered"
            assert not rect_in(other, window).intersects(rect_in(search, window))
        assert search.width() >= hint_width + clear.width() + 12, "the hint is cut off"
        # The rest of the row is on screen too.
        assert rect_in(bar.my_clients_button, window).right() < window.width()
    finally:
        qapp.removeTranslator(translator)
        window.close()
