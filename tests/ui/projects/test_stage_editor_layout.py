"""The stage editor at the default window size: nothing drawn over anything, nothing cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from desktop.core.pipelines.stages import add_stage
from desktop.ui.shell.main_window import MainWindow
from tests.ui.pipeline_office import make_office


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_limits_neither_cover_the_stages_nor_are_cut_off_at_1280_by_800(
    qtbot, database, styled
) -> None:
    office = make_office(database)
    with database.session() as session:  # a project with two stages more than the template
        add_stage(session, office.project_id, "Tweede gesprek")
        add_stage(session, office.project_id, "Nazorg")
        session.commit()
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    editor = window.area("projects").stage_editor
    with qtbot.waitSignal(editor.counts_loaded):
        window.show_area("projects")
    qtbot.waitExposed(window)

    box = editor.limit_table.parentWidget()
    stages = rect_in(editor.stage_table, window)
    caption_and_grid = rect_in(box, window)
    assert caption_and_grid.top() >= stages.bottom(), "the limits are drawn over the stages"
    assert editor.limit_table.height() >= editor.limit_table.minimumHeight()
    # Every row of the grid can be seen: on the page, or by scrolling the page.
    editor.scroll_area.ensureWidgetVisible(editor.limit_table, 0, 0)
    viewport = editor.scroll_area.viewport()
    assert viewport.rect().contains(rect_in(editor.limit_table, viewport))
