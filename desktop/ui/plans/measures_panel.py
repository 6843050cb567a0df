"""The Measures tab of the plan editor: the project's measures, adding, changing, setting the
status and deleting them. The editor commits each change and reloads the rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.common.vocab import MeasureStatus, measure_status_label
from desktop.core.db.engine import Database
from desktop.core.measures import editing as measure_editing
from desktop.core.staff.listing import list_staff
from desktop.ui.board.identity import current_editor
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.plans.measure_dialog import MeasureDialog
from desktop.ui.plans.measures_model import MeasuresModel


class MeasuresPanel(QWidget):
    def __init__(
        self,
        database: Database,
        commit: Callable[[Callable[[Session], object]], bool],
        confirm: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id: int | None = None
        self._commit = commit
        self._confirm = confirm
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        measures_layout = QVBoxLayout(self)
        self.measures_model = MeasuresModel()
        self.measures_table = read_only_table(self, "measures_table", self.measures_model)
        self.measures_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        measure_buttons = QHBoxLayout()
        self.add_measure_button = QPushButton(self.tr("&New measure…"), self)
        self.edit_measure_button = QPushButton(self.tr("C&hange…"), self)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("&Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[MeasureStatus, QAction] = {
            status: self.status_menu.addAction(measure_status_label(status))
            for status in MeasureStatus
        }
        self.status_button.setMenu(self.status_menu)
        self.delete_measure_button = QPushButton(self.tr("De&lete"), self)
        for widget in (
            self.add_measure_button,
            self.edit_measure_button,
            self.status_button,
            self.delete_measure_button,
        ):
            measure_buttons.addWidget(widget)
        measure_buttons.addStretch(1)
        measures_layout.addWidget(self.measures_table, 1)
        measures_layout.addLayout(measure_buttons)

    def _connect_signals(self) -> None:
        self.add_measure_button.clicked.connect(lambda: self.edit_measure(new=True))
        self.edit_measure_button.clicked.connect(lambda: self.edit_measure(new=False))
        self.measures_table.doubleClicked.connect(lambda _index: self.edit_measure(new=False))
        for status, action in self.status_actions.items():
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        self.delete_measure_button.clicked.connect(self.delete_measure)

    def current_measure(self) -> measure_editing.MeasureRow | None:
        index = self.measures_table.currentIndex()
        return self.measures_model.rows[index.row()] if index.isValid() else None

    def edit_measure(self, new: bool) -> None:
        project_id, by = self.project_id, self._by()
        measure = None if new else self.current_measure()
        if project_id is None or (not new and measure is None):
            return
        with self.database.session() as session:
            people = list_staff(session, include_leavers=False)
        dialog = MeasureDialog(project_id, people, measure, self)
        if not dialog.exec():
            return
        data = dialog.data()
        if measure is None:
            self._commit(lambda s: measure_editing.create_measure(s, data, by))
        else:
            read_at = measure.updated_at
            self._commit(lambda s: measure_editing.update_measure(s, measure.id, data, read_at, by))

    def set_status(self, status: MeasureStatus) -> None:
        measure, by = self.current_measure(), self._by()
        if measure is not None:
            self._commit(
                lambda s: measure_editing.set_measure_status(s, measure.id, status, by_staff_id=by)
            )

    def delete_measure(self) -> None:
        measure = self.current_measure()
        if measure is None:
            return
        question = self.tr(
            "Delete the measure “{title}”? A measure that did not happen can be set to "
            "Cancelled instead."
        ).format(title=measure.title)
        if self._confirm(question):
            self._commit(lambda s: measure_editing.delete_measure(s, measure.id))

    def _by(self) -> int | None:
        return current_editor(self.database)
