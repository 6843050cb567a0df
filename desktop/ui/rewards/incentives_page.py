"""Client rewards: mark a project's clients that went digital early for an incentive (of one
segment, Active before a day) and tick them off as invoiced."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.tables import client_incentives
from desktop.core.rewards.incentives import IncentiveRow
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.record_form import line_edit
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table
from desktop.ui.rewards.reading import RewardsRead


class IncentivesModel(RowTableModel):
    rows: list[IncentiveRow]

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Client number"),
            self.tr("Client"),
            self.tr("Incentive"),
            self.tr("Marked"),
            self.tr("Invoiced"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        invoiced = self.tr("yes") if row.invoiced else self.tr("no")
        values = [row.client_number, row.client_name, row.incentive, moment_text(row.marked_at)]
        return [*values, invoiced][index.column()]


class IncentivesPage(QWidget):
    # project, incentive, active before (or None), segment (or None)
    mark_requested = Signal(int, str, object, object)
    invoiced_requested = Signal(list)  # incentive ids
    project_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IncentivesModel()
        self._loading = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.project_combo = QComboBox(self)
        form.addRow(self.tr("P&roject:"), self.project_combo)
        self.incentive_edit: QLineEdit = line_edit(self, client_incentives.c.incentive)
        self.incentive_edit.setPlaceholderText(self.tr("for example 10% off the annual fee"))
        form.addRow(self.tr("&Incentive:"), self.incentive_edit)
        before = QHBoxLayout()
        self.before_check = QCheckBox(self.tr("Active before"), self)
        self.before_edit = QDateEdit(self)
        self.before_edit.setCalendarPopup(True)
        self.before_edit.setDisplayFormat("dd-MM-yyyy")
        self.before_edit.setDate(QDate.currentDate())
        self.before_edit.setEnabled(False)
        self.before_check.toggled.connect(self.before_edit.setEnabled)
        before.addWidget(self.before_check)
        before.addWidget(self.before_edit, 1)
        form.addRow(self.tr("Clients:"), before)
        self.segment_combo = QComboBox(self)
        form.addRow(self.tr("&Segment:"), self.segment_combo)
        layout.addLayout(form)
        bar = QHBoxLayout()
        self.mark_button = QPushButton(self.tr("&Mark clients"), self)
        self.mark_button.setProperty("primary", True)
        self.invoiced_button = QPushButton(self.tr("Mark as in&voiced"), self)
        bar.addWidget(self.mark_button)
        bar.addStretch(1)
        bar.addWidget(self.invoiced_button)
        layout.addLayout(bar)
        self.table = read_only_table(self, "incentives_table", self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.mark_button.clicked.connect(self._mark)
        self.invoiced_button.clicked.connect(self._invoiced)
        self.project_combo.currentIndexChanged.connect(self._project_changed)

    def _project_changed(self) -> None:
        if not self._loading:
            self.project_changed.emit()

    def _mark(self) -> None:
        project = self.project_combo.currentData()
        if project is None:
            return
        before = None
        if self.before_check.isChecked():
            qdate = self.before_edit.date()
            before = date(qdate.year(), qdate.month(), qdate.day())
        self.mark_requested.emit(
            int(project), self.incentive_edit.text(), before, self.segment_combo.currentData()
        )

    def _invoiced(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.invoiced_requested.emit([self.model.rows[index.row()].id])

    def chosen_project(self) -> int | None:
        return self.project_combo.currentData()

    def show_incentives(self, read: RewardsRead) -> None:
        self._loading = True
        try:
            self.project_combo.clear()
            for project_id, name in read.projects:
                self.project_combo.addItem(name, project_id)
            if read.incentive_project is not None:
                index = self.project_combo.findData(read.incentive_project)
                self.project_combo.setCurrentIndex(index)
            keep_segment = self.segment_combo.currentData()
            self.segment_combo.clear()
            self.segment_combo.addItem(self.tr("Every segment"), None)
            for segment_id, name in read.segments:
                self.segment_combo.addItem(name, segment_id)
            if keep_segment is not None and (i := self.segment_combo.findData(keep_segment)) >= 0:
                self.segment_combo.setCurrentIndex(i)
        finally:
            self._loading = False
        project = read.incentive_project
        self.model.set_rows(read.incentives)
        self.mark_button.setEnabled(read.manager and project is not None)
        self.invoiced_button.setEnabled(read.manager and bool(self.model.rows))
