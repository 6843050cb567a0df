"""The champion coverage banner of the Staff area: the ratio rule and every warning.

The report is counted on a worker (it reads every active client); a champion named in a
warning is a link, which selects them in the staff list.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.champions.coverage import (
    STAFF_PER_CHAMPION,
    CoverageReport,
    CoverageWarning,
    coverage_report,
)
from desktop.core.db.engine import Database
from desktop.ui.common.workers import LatestWork


def load_coverage(database: Database) -> CoverageReport:
    """Runs on a worker."""
    with database.connect() as connection:
        return coverage_report(connection)


class CoveragePanel(QWidget):
    loaded = Signal(object)  # the CoverageReport shown
    staff_chosen = Signal(int)  # a champion's link in a warning was clicked

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.report: CoverageReport | None = None
        self._loading = LatestWork(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("coverage_label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self._on_link)
        layout.addWidget(self.label)
        self.hide()

    def reload(self) -> None:
        self._loading.run(lambda _p, _c: load_coverage(self.database), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.shell.error_handler import show_error

        show_error(self, error)

    def _show(self, report: CoverageReport) -> None:
        self.report = report
        rule = self.tr("rule: at least one champion per {per} staff members").format(
            per=STAFF_PER_CHAMPION
        )
        summary = html.escape(f"{report.summary()} ({rule})")
        if report.ok:
            self.label.setObjectName("view_subtitle")
            self.label.setText(
                self.tr("Champion coverage is fine: {summary}.").format(summary=summary)
            )
        else:
            self.label.setObjectName("notice_banner")
            items = "".join(f"<li>{self._warning_html(w)}</li>" for w in report.warnings)
            title = self.tr("Champion coverage needs attention")
            self.label.setText(
                f"<b>{html.escape(title)}</b> — {summary}"
                f"<ul style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1'>{items}</ul>"
            )
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.show()
        self.loaded.emit(report)

    @staticmethod
    def _warning_html(warning: CoverageWarning) -> str:
        text = html.escape(warning.message)
        if warning.staff_id is not None:
            return f"<a href='staff:{warning.staff_id}'>{text}</a>"
        return text

    def _on_link(self, link: str) -> None:
        if link.startswith("staff:"):
            self.staff_chosen.emit(int(link.removeprefix("staff:")))
