"""A board column: the stage's name and count above a list view that paints the cards.

The list view is the drag source and the drop target; the model turns a drop into a move
request for the board. Left/Right move the keyboard focus to the neighbouring column.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import stage_kind_hint
from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.stalled import needs_next_action
from desktop.ui.board.card_delegate import CardDelegate
from desktop.ui.board.column_model import BoardColumnModel, decode_cards
from desktop.ui.common.locale_format import number_text

COLUMN_WIDTH = 276


class CardListView(QListView):
    neighbour_requested = Signal(int)  # -1 left, +1 right
    drop_hover_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_list")
        self.setUniformItemSizes(True)  # one sizeHint call, whatever the number of cards
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # a column is one target: the whole column lights up
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        super().dragEnterEvent(event)
        self.drop_hover_changed.emit(self._accepts(event))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        super().dragLeaveEvent(event)
        self.drop_hover_changed.emit(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.drop_hover_changed.emit(False)
        super().dropEvent(event)

    def _accepts(self, event: QDropEvent) -> bool:
        model = self.model()
        dragged = decode_cards(event.mimeData())
        return (
            isinstance(model, BoardColumnModel)
            and dragged is not None
            and dragged.from_stage_id != model.stage.id
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(
                self.viewport().rect().adjusted(8, 16, -8, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.empty_text,
            )


class BoardColumn(QFrame):
    card_activated = Signal(object)  # BoardCard
    selection_started = Signal()  # the user selected cards here: other columns let go

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._build_ui()
        self._connect_signals()
        self._show_count(model.total)

    def _build_ui(self) -> None:
        self.setObjectName("board_column")
        self.setProperty("kind", self.model.stage.kind.value)
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QWidget(self)
        header.setObjectName("column_header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 10, 8)
        self.title_label = QLabel(self.model.stage.name, header)
        self.title_label.setObjectName("column_title")
        self.count_label = QLabel(header)
        self.count_label.setObjectName("column_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header_layout.addWidget(self.title_label, 1)
        header_layout.addWidget(self.count_label)
        self.list_view = CardListView(self)
        self.list_view.empty_text = self.tr("No clients")
        self.delegate = CardDelegate(
            self.list_view, needs_next_action=needs_next_action(self.model.stage.kind)
        )
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.model.stage.name)
        layout.addWidget(header)
        layout.addWidget(self.list_view, 1)
        self.setToolTip(self._stage_tooltip())

    def _connect_signals(self) -> None:
        self.model.total_changed.connect(self._show_count)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.drop_hover_changed.connect(self._set_drop_hover)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- public -------------------------------------------------------------------------------

    @property
    def stage_id(self) -> int:
        return self.model.stage.id

    def selected_cards(self) -> list[BoardCard]:
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        return [self.model.card(row) for row in rows]

    def select_rows(self, rows: list[int]) -> None:
        selection = self.list_view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select
        for row in rows:
            selection.select(self.model.index(row), flags)
        if rows:
            current = self.model.index(rows[0])
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.list_view.scrollTo(current)

    def clear_selection(self) -> None:
        self.list_view.selectionModel().clearSelection()

    # -- slots --------------------------------------------------------------------------------

    def _show_count(self, total: int) -> None:
        # Until counted, a full first page says "at least": 100+.
        text = number_text(total)
        self.count_label.setText(text if self.model.counted else f"{text}+")

    def _on_activated(self, index) -> None:  # noqa: ANN001 (QModelIndex)
        self.card_activated.emit(self.model.card(index.row()))

    def _on_selection_changed(self) -> None:
        if self.list_view.selectionModel().hasSelection():
            self.selection_started.emit()

    def _set_drop_hover(self, hover: bool) -> None:
        self.setProperty("dropTarget", hover)
        self.style().unpolish(self)
        self.style().polish(self)

    def _stage_tooltip(self) -> str:
        stage = self.model.stage
        parts = [stage_kind_hint(stage.kind)]
        if stage.max_days:
            parts.append(self.tr("stalled after {days} days").format(days=stage.max_days))
        return " · ".join(parts)
