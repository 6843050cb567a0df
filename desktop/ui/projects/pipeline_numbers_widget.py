"""A project's pipeline numbers: per stage now / ever reached / on to next / median days, a funnel
chart, and the same per champion. The numbers are computed on a worker (they read all history).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.common.vocab import UNASSIGNED, StageKind
from desktop.core.db.engine import Database
from desktop.core.db.models import Staff
from desktop.core.exports.charts import FunnelBar, drawing_to_svg, funnel_drawing
from desktop.core.pipelines.stats import PipelineNumbers, StageStats, pipeline_numbers
from desktop.ui.common import workers
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.projects.stage_stats_model import StageStatsModel, format_percent


@dataclass(frozen=True)
class LoadedNumbers:
    project_id: int
    numbers: PipelineNumbers
    champion_names: dict[int, str]


def load_pipeline_numbers(
    database: Database, project_id: int, median_days: bool = True
) -> LoadedNumbers:
    """Everything the widget shows; runs on a worker with its own session. Without
    ``median_days`` it is quick (no history is read) and the medians stay empty."""
    with database.session() as session:
        numbers = pipeline_numbers(session, project_id, median_days=median_days)
        ids = [key for key in numbers.per_champion if key is not UNASSIGNED]
        names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
        return LoadedNumbers(project_id, numbers, names)


def funnel_bars(rows: list[StageStats]) -> list[FunnelBar]:
    """One bar per stage: clients that got at least this far (lost stages: who ended there)."""
    first = next((row.reached_or_beyond for row in rows if row.kind != StageKind.LOST), 0)
    bars = []
    for row in rows:
        value = row.reached if row.kind == StageKind.LOST else row.reached_or_beyond
        share = format_percent(value / first) if first else ""
        caption = f"{number_text(value)}  ({share})" if share else number_text(value)
        bars.append(FunnelBar(row.stage_name, value, StageKind(row.kind).value, caption))
    return bars


class SvgChart(QWidget):
    """Shows an SVG at a fixed scale (its own size times ``scale``), on white."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.3) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.scale = scale
        self.svg = b""

    def set_svg(self, svg: bytes) -> None:
        self.svg = svg
        self.renderer.load(svg)
        size = self.renderer.defaultSize() if self.renderer.isValid() else QSize(0, 0)
        self.setFixedSize(int(size.width() * self.scale), int(size.height() * self.scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self.renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self.renderer.render(painter, QRectF(self.rect()))
        painter.end()


class PipelineNumbersWidget(QWidget):
    loaded = Signal()  # new numbers are shown

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id: int | None = None
        self.numbers: LoadedNumbers | None = None
        self._loading = workers.LatestWork(self)
        self._medians = workers.LatestWork(self)  # the second, slower read: with median days
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.champion_label = QLabel(self.tr("Sh&ow:"), self)
        self.champion_combo = QComboBox(self)
        self.champion_combo.setMinimumWidth(220)
        self.champion_label.setBuddy(self.champion_combo)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("view_subtitle")
        top.addWidget(self.champion_label)
        top.addWidget(self.champion_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)
        layout.addLayout(top)

        # Table and chart scroll together when the window is too low for both.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        self.model = StageStatsModel()
        self.table = read_only_table(content, "stage_stats_table", self.model)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StageStatsModel.STAGE, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.table)
        chart_box = QVBoxLayout()
        chart_title = QLabel(self.tr("Funnel: clients that got at least this far"), content)
        chart_title.setObjectName("section_title")
        self.chart = SvgChart(content)
        chart_box.addWidget(chart_title)
        chart_box.addWidget(self.chart)
        body.addLayout(chart_box)
        body.addStretch(1)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self.champion_combo.currentIndexChanged.connect(self._show_selected)

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        """Recompute the numbers on a worker; ``loaded`` fires when they are shown."""
        self._medians.supersede()
        if self.project_id is None:
            self._loading.supersede()
            self.numbers = None
            self.model.set_rows([])
            self.chart.set_svg(b"")
            return
        self.status_label.setText(self.tr("Calculating…"))
        project_id, database = self.project_id, self.database
        # The newest request wins: an older one is cancelled and its numbers dropped. The
        # counts come first (quick); the median days, which read the history, follow.
        self._loading.run(
            lambda _p, _c: load_pipeline_numbers(database, project_id, median_days=False),
            self._on_counts_loaded,
            self._on_failed,
        )

    def _on_counts_loaded(self, numbers: LoadedNumbers) -> None:
        self._show_numbers(numbers)
        self.status_label.setText(self.tr("Calculating median days…"))
        database = self.database
        self._medians.run(
            lambda _p, _c: load_pipeline_numbers(database, numbers.project_id),
            self._on_loaded,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        from desktop.ui.shell.error_handler import show_error

        self.status_label.clear()
        show_error(self, error)

    def _on_loaded(self, numbers: LoadedNumbers) -> None:
        self._show_numbers(numbers)
        self.status_label.clear()
        self.loaded.emit()

    def _show_numbers(self, numbers: LoadedNumbers) -> None:
        self.numbers = numbers
        keep = self.champion_combo.currentData()
        self.champion_combo.blockSignals(True)
        self.champion_combo.clear()
        self.champion_combo.addItem(self.tr("All clients"), None)
        for champion_id, name in sorted(numbers.champion_names.items(), key=lambda i: i[1]):
            self.champion_combo.addItem(self.tr("Clients of {name}").format(name=name), champion_id)
        if UNASSIGNED in numbers.numbers.per_champion:
            self.champion_combo.addItem(self.tr("Clients without a champion"), UNASSIGNED)
        self.champion_combo.setCurrentIndex(max(self.champion_combo.findData(keep), 0))
        self.champion_combo.blockSignals(False)
        self._show_selected()

    def rows_for(self, key: object) -> list[StageStats]:
        if self.numbers is None:
            return []
        if key is None:
            return self.numbers.numbers.stages
        return self.numbers.numbers.per_champion.get(key, [])  # type: ignore[call-overload]

    def _show_selected(self) -> None:
        rows = self.rows_for(self.champion_combo.currentData())
        self.model.set_rows(rows)
        # The table is as tall as its rows: the chart sits right under it.
        rows_height = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(rows_height + self.table.horizontalHeader().height() + 4)
        self.chart.set_svg(drawing_to_svg(funnel_drawing(funnel_bars(rows))) if rows else b"")
