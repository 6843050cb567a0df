"""A report on screen: the summary sentence and the table of problems and updates."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core.imports.report import ImportReport
from desktop.ui.import_wizard.report_model import ReportModel


class ReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReportModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.table, 1)

    def show_message(self, text: str) -> None:
        """No report, and a word why (the check was cancelled)."""
        self.show_report(None)
        self.summary_label.setText(text)

    def show_report(self, report: ImportReport | None) -> None:
        lines = [] if report is None else [report.summary(), *report.notices]
        if report is not None and report.enrolled:
            lines.append(self.tr("%n clients enrolled in the project.", "", report.enrolled))
        self.summary_label.setText("\n".join(lines))
        self.model.set_report(report)
        self.table.resizeColumnToContents(1)
