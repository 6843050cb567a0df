"""A champion's own page: their clients per stage in each project, conversion to the goal
against the office, stalled clients and the next actions due. Opened from the Staff area and
from the board's champion filter; a due action opens the client."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.champions.portfolio import (
    DUE_WITHIN_DAYS,
    Portfolio,
    ProjectPortfolio,
    champion_portfolio,
)
from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import Database
from desktop.ui.champions.portfolio_models import BarDelegate, DueActionsModel, StageCountsModel
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.common.workers import LatestWork
from desktop.ui.projects.stage_stats_model import format_percent
from desktop.ui.rewards.badge_list import BadgeList
from desktop.ui.shell.error_handler import show_error


def load_portfolio(database: Database, staff_id: int) -> Portfolio:
    """Runs on a worker (a champion of tens of thousands of clients takes a moment)."""
    with database.session() as session:
        return champion_portfolio(session, staff_id)


class PortfolioDialog(QDialog):
    client_changed = Signal(int)  # a client opened from the page was changed
    loaded = Signal()  # the page shows the numbers read last

    def __init__(self, database: Database, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id = staff_id
        self.portfolio: Portfolio | None = None
        self._loading = LatestWork(self)
        self._build_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("view_title")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("view_subtitle")
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        self.projects_area = QScrollArea(self)
        self.projects_area.setWidgetResizable(True)
        self.projects_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.projects_widget = QWidget(self.projects_area)
        self.projects_layout = QHBoxLayout(self.projects_widget)
        self.projects_layout.setContentsMargins(0, 0, 0, 0)
        self.projects_area.setWidget(self.projects_widget)
        layout.addWidget(self.projects_area, 3)

        self.due_title = QLabel(self)
        self.due_title.setObjectName("section_title")
        self.due_model = DueActionsModel()
        self.due_table = read_only_table(self, "due_table", self.due_model)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueActionsModel.ACTION, QHeaderView.ResizeMode.Stretch)
        self.due_table.setToolTip(self.tr("Double-click or Enter opens the client"))
        due = QVBoxLayout()
        due.addWidget(self.due_title)
        due.addWidget(self.due_table, 1)
        self.badge_list = BadgeList(self.database, self.staff_id, self)
        bottom = QHBoxLayout()
        bottom.addLayout(due, 3)
        bottom.addWidget(self.badge_list, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom, 2)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.due_table.activated.connect(self._open_client)

    def reload(self) -> None:
        self.badge_list.reload()
        if self.portfolio is None:
            self.subtitle_label.setText(html.escape(self.tr("Reading the portfolio…")))
        self._loading.run(
            lambda _progress, _cancelled: load_portfolio(self.database, self.staff_id),
            self._show,
            lambda error: show_error(self, error),
        )

    def _show(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio
        self.setWindowTitle(self.tr("Champion: {name}").format(name=portfolio.name))
        self.title_label.setText(portfolio.name)
        self.subtitle_label.setText(self._subtitle(portfolio))
        while self.projects_layout.count():
            item = self.projects_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not portfolio.projects:
            empty = QLabel(self.tr("None of these clients takes part in a project yet."), self)
            empty.setObjectName("view_subtitle")
            self.projects_layout.addWidget(empty, 0, Qt.AlignmentFlag.AlignTop)
        for project in portfolio.projects:
            self.projects_layout.addWidget(self._project_box(project), 1)
        self.due_model.set_rows(portfolio.due)
        title = self.tr("Next actions due (overdue and the coming %n days)", "", DUE_WITHIN_DAYS)
        if portfolio.due_total > len(portfolio.due):
            title += " · " + self.tr("the first {shown} of {total}").format(
                shown=number_text(len(portfolio.due)), total=number_text(portfolio.due_total)
            )
        elif not portfolio.due:
            title += " · " + self.tr("none")
        self.due_title.setText(title)
        self.loaded.emit()

    def _subtitle(self, portfolio: Portfolio) -> str:
        parts = []
        if not portfolio.is_champion:
            parts.append(html.escape(self.tr("not a champion")))
        if portfolio.focus_area:
            parts.append(html.escape(self.tr("focus: {area}").format(area=portfolio.focus_area)))
        clients = self.tr("%n active clients", "", portfolio.clients)
        if portfolio.capacity is not None:
            clients = self.tr("{clients} of a capacity of {capacity}").format(
                clients=clients, capacity=number_text(portfolio.capacity)
            )
        clients = html.escape(clients)
        if portfolio.over_capacity:
            over = html.escape(self.tr("over capacity"))
            clients += f" <span style='color:#b03a2e; font-weight:600'>({over})</span>"
        parts.append(clients)
        if portfolio.not_enrolled:
            parts.append(html.escape(self.tr("%n in no project", "", portfolio.not_enrolled)))
        return " · ".join(parts)

    def _project_box(self, project: ProjectPortfolio) -> QGroupBox:
        box = QGroupBox(project.project_name, self.projects_widget)
        box.setObjectName("project_box")
        layout = QVBoxLayout(box)
        figures = QGridLayout()
        tiles = (
            (self.tr("Enrolled"), number_text(project.enrolled), "", False),
            (
                self._conversion_caption(project),
                format_percent(project.conversion),
                self.tr("office: {percent}").format(
                    percent=format_percent(project.office_conversion)
                ),
                False,
            ),
            (
                self.tr("Stalled"),
                number_text(project.stalled),
                self.tr("no next action, or too long in a stage"),
                project.stalled > 0,
            ),
        )
        for column, (caption, value, note, alarming) in enumerate(tiles):
            caption_label = QLabel(caption, box)
            caption_label.setObjectName("view_subtitle")
            value_label = QLabel(value, box)
            value_label.setObjectName("figure_value")
            colour = "#b03a2e" if alarming else "#1f3552"
            value_label.setStyleSheet(f"font-size: 18pt; font-weight: 600; color: {colour};")
            note_label = QLabel(note, box)
            note_label.setObjectName("view_subtitle")
            note_label.setWordWrap(True)
            figures.addWidget(caption_label, 0, column)
            figures.addWidget(value_label, 1, column)
            figures.addWidget(note_label, 2, column)
        layout.addLayout(figures)
        model = StageCountsModel()
        model.setParent(box)
        model.set_rows(project.stages)
        table = read_only_table(box, "stages_table", model)
        table.setItemDelegateForColumn(StageCountsModel.BAR, BarDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StageCountsModel.BAR, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(24 * len(project.stages) + header.sizeHint().height() + 4)
        layout.addWidget(table)
        layout.addStretch(1)
        return box

    def _conversion_caption(self, project: ProjectPortfolio) -> str:
        """'Conversion to Active': the goal by the name of the project's won stage(s)."""
        won = [stage.name for stage in project.stages if stage.kind == StageKind.WON]
        if not won:
            return self.tr("Conversion to goal")
        return self.tr("Conversion to {stage}").format(stage=" / ".join(won))

    def _open_client(self) -> None:
        index = self.due_table.currentIndex()
        if not index.isValid():
            return
        action = self.due_model.rows[index.row()]
        from desktop.ui.clients.client_detail_dialog import ClientDetailDialog

        dialog = ClientDetailDialog(self.database, action.client_id, self)
        dialog.client_changed.connect(self.client_changed)
        dialog.exec()
        self.reload()
