"""Edit the intervention library: per ADKAR element the steps offered for that barrier point,
the first of each element being the suggested one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label
from desktop.core.assessments.interventions import (
    Intervention,
    default_interventions,
    list_interventions,
    save_library,
)
from desktop.core.common.i18n import current_language
from desktop.core.common.vocab import MeasureKind, measure_kind_label
from desktop.core.db.engine import Database
from desktop.core.office.settings import get_settings
from desktop.ui.common.changes import Changes, commit_change

ELEMENT_COLUMN, KIND_COLUMN, TITLE_COLUMN = 0, 1, 2


class LibraryDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.saved = False
        self._build_ui()
        with database.session() as session:
            rows = self.load(session)
            office = get_settings(session)
        self.language = office.language if office else current_language()
        self.set_rows(rows)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    # -- what the list holds (the questionnaire editor overrides these) ---------------------

    def texts(self) -> tuple[str, str, list[str]]:
        """The window title, the hint above the list and the column headers."""
        return (
            self.tr("Intervention library"),
            self.tr(
                "The steps offered for each barrier point. The first step of an element is the "
                "one suggested; accepting a step plans it as a measure."
            ),
            [self.tr("Barrier point"), self.tr("Type"), self.tr("Step")],
        )

    def load(self, session: Session) -> list[Intervention]:
        return list_interventions(session)

    def defaults(self, language: str) -> list[Intervention]:
        return default_interventions(language)

    def store(self, session: Session, rows: list[Intervention]) -> None:
        save_library(session, rows)

    # -- the dialog ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title, hint_text, headers = self.texts()
        self.setWindowTitle(title)
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        hint = QLabel(hint_text, self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(ELEMENT_COLUMN, 150)
        header.resizeSection(KIND_COLUMN, 140)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.defaults_button = QPushButton(self.tr("Restore &defaults"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        layout.addLayout(buttons)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.button_box)

    def set_rows(self, rows: list[Intervention]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, row: Intervention | None = None) -> None:
        if row is None:
            current = self.table.currentRow()
            element = self.row(current).element if current >= 0 else AdkarElement.AWARENESS
            row = Intervention(None, element, MeasureKind.COMMUNICATION, "")
        index = self.table.rowCount()
        self.table.insertRow(index)
        elements = QComboBox(self.table)
        for element in ELEMENTS:
            elements.addItem(element_label(element), element)
        elements.setCurrentIndex(ELEMENTS.index(row.element))
        kinds = QComboBox(self.table)
        for kind in MeasureKind:
            kinds.addItem(measure_kind_label(kind), kind)
        kinds.setCurrentIndex(list(MeasureKind).index(row.kind))
        self.table.setCellWidget(index, ELEMENT_COLUMN, elements)
        self.table.setCellWidget(index, KIND_COLUMN, kinds)
        title = QTableWidgetItem(row.title)
        title.setData(Qt.ItemDataRole.UserRole, row.id)  # None for a new step
        self.table.setItem(index, TITLE_COLUMN, title)
        if not row.title:
            self.table.setCurrentCell(index, TITLE_COLUMN)
            self.table.editItem(title)

    def row(self, index: int) -> Intervention:
        elements = self.table.cellWidget(index, ELEMENT_COLUMN)
        kinds = self.table.cellWidget(index, KIND_COLUMN)
        assert isinstance(elements, QComboBox) and isinstance(kinds, QComboBox)
        title = self.table.item(index, TITLE_COLUMN)
        return Intervention(
            title.data(Qt.ItemDataRole.UserRole) if title else None,
            elements.currentData(),
            kinds.currentData(),
            title.text() if title else "",
        )

    def rows(self) -> list[Intervention]:
        return [self.row(index) for index in range(self.table.rowCount())]

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def restore_defaults(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore defaults"),
            self.tr("Replace this list with the defaults?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.set_rows(self.defaults(self.language))

    def accept(self) -> None:
        rows = self.rows()
        if commit_change(
            self, self.database, lambda session: self.store(session, rows), Changes.ASSESSMENTS
        ):
            self.saved = True
            super().accept()
