"""A new assessment round: its name, date and (optionally) the project it belongs to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessments.rounds import create_round
from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.core.db.tables import assessment_rounds
from desktop.core.pipelines.projects import list_projects
from desktop.ui.common.field_errors import error_label


class RoundDialog(QDialog):
    """After accept() ``round_id`` holds the new round's id."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.round_id: int | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New assessment round"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(assessment_rounds.c.name.type.length)
        self.name_edit.setPlaceholderText(self.tr("e.g. Baseline spring 2026"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.project_combo = QComboBox(self)
        self.project_combo.addItem(self.tr("(no project)"), None)
        with self.database.session() as session:
            for project in list_projects(session):
                self.project_combo.addItem(project.name, project.id)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Project:"), self.project_combo)
        self.error_label = error_label(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Create round"))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        held_on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        try:
            with self.database.session() as session:
                self.round_id = create_round(
                    session, self.name_edit.text(), held_on, self.project_combo.currentData()
                )
                session.commit()
        except DraagvlakError as error:  # shown beside the form: the user corrects and retries
            self.error_label.setText(str(error))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()
