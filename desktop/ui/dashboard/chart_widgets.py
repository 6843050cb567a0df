"""The dashboard's charts: the shared chart definitions (core/exports/charts.py) drawn on screen
through QtSvg, with clicks on the funnel's bars mapped back to their stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:  # reportlab loads with the first chart drawn, not at start-up
    from desktop.core.exports.burn_up_chart import BurnUp
    from desktop.core.exports.charts import FunnelBar

FUNNEL_BAR_HEIGHT = 18.0
FUNNEL_GAP = 6.0


class _SvgView(QWidget):
    """Paints an SVG scaled to the widget, on white.

    The drawing is made for a paint, at the widget's size then: new data and resizes in between
    cost one drawing, not one each. It is made just after that paint, which shows the last
    drawing (or white): the figures around the chart reach the screen without waiting for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self._outdated = True

    def redraw(self) -> None:
        """Draw again at the next paint."""
        self._outdated = True
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().resizeEvent(event)
        self._outdated = True

    def _render(self) -> None:
        raise NotImplementedError

    def load_svg(self, svg: bytes) -> None:
        self.renderer.load(svg)

    def draw_now(self) -> None:
        """Make the drawing now when it is outdated."""
        if self._outdated:
            self._outdated = False
            self._render()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self._outdated:
            QTimer.singleShot(0, self, self.draw_now)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.renderer.isValid():
            self.renderer.render(painter, QRectF(self.rect()))
        painter.end()


class BurnUpChart(_SvgView):
    """Active clients per week with goal line and forecast band; redrawn at the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: BurnUp | None = None
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart: BurnUp | None) -> None:
        self.chart = chart
        self.redraw()

    def _render(self) -> None:
        if self.chart is None:
            self.load_svg(b"")
            return
        from desktop.core.exports.burn_up_chart import burn_up_drawing
        from desktop.core.exports.charts import drawing_to_svg

        size = self.size()
        self.load_svg(drawing_to_svg(burn_up_drawing(self.chart, size.width(), size.height())))


class FunnelChart(_SvgView):
    """One bar per stage; clicking a bar reports its stage (``stage_clicked``)."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_ids: list[int] = []
        self.bars: list[FunnelBar] = []
        self.setMinimumWidth(300)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click a stage to list the clients that reached it"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[FunnelBar], stage_ids: list[int]) -> None:
        self.bars, self.stage_ids = list(bars), list(stage_ids)
        rows = max(len(bars), 1)
        self.setFixedHeight(int(rows * (FUNNEL_BAR_HEIGHT + FUNNEL_GAP) + FUNNEL_GAP))
        self.redraw()

    def _render(self) -> None:
        if not self.bars:
            self.load_svg(b"")
            return
        from desktop.core.exports.charts import drawing_to_svg, funnel_drawing

        drawing = funnel_drawing(self.bars, max(self.width(), 200), FUNNEL_BAR_HEIGHT, FUNNEL_GAP)
        self.load_svg(drawing_to_svg(drawing))

    def stage_at(self, y: float) -> int | None:
        """The stage whose bar row holds the widget's vertical position ``y``."""
        if not self.stage_ids or self.height() <= 0:
            return None
        drawing_height = len(self.stage_ids) * (FUNNEL_BAR_HEIGHT + FUNNEL_GAP) + FUNNEL_GAP
        offset = y * drawing_height / self.height() - FUNNEL_GAP / 2
        index = int(offset // (FUNNEL_BAR_HEIGHT + FUNNEL_GAP))
        return self.stage_ids[index] if 0 <= index < len(self.stage_ids) else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        stage = self.stage_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and stage is not None:
            self.stage_clicked.emit(stage)
        super().mouseReleaseEvent(event)
