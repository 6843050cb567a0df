"""One board column: a list model over the immutable cards of one stage, loaded page by page.

Moves update the two column models in place (remove here, insert there in sort order) instead
of reloading the board. The model only ever mirrors a prefix of the stage's cards in board order;
a moved card that sorts after the loaded prefix is not inserted but arrives with a later page.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.stages import StageRow
from desktop.ui.common.workers import LatestWork

MIME_TYPE = "application/x-draagvlak-enrollments"
BULK_RESET = 50  # more cards than this at once: one model reset beats row-by-row inserts
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
# Reads the column's cards from an offset on; runs on a worker.
PageLoader = Callable[[int], Sequence[BoardCard]]
Position = tuple[str, int]


def card_position(card: BoardCard) -> Position:
    """Where a card sorts on the board: as the core board query and the client list."""
    return (card.sort_key, card.client_id)


@dataclass(frozen=True)
class DraggedCards:
    """What a drag carries: the project, the column it left and the enrollments."""

    project_id: int
    from_stage_id: int
    enrollment_ids: tuple[int, ...]


def encode_cards(dragged: DraggedCards) -> QMimeData:
    data = QMimeData()
    payload = {
        "project_id": dragged.project_id,
        "from_stage_id": dragged.from_stage_id,
        "enrollment_ids": list(dragged.enrollment_ids),
    }
    data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    data.setText("\n".join(str(i) for i in dragged.enrollment_ids))
    return data


def decode_cards(data: QMimeData | None) -> DraggedCards | None:
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        return DraggedCards(
            int(payload["project_id"]),
            int(payload["from_stage_id"]),
            tuple(int(i) for i in payload["enrollment_ids"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


class BoardColumnModel(QAbstractListModel):
    # Emitted by a drop; the board performs the move (it may have to ask for a reason first).
    cards_dropped = Signal(object, int)  # DraggedCards, target stage id
    total_changed = Signal(int)

    def __init__(self, project_id: int, stage: StageRow, parent: object = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.stage = stage
        self._cards: list[BoardCard] = []
        self._keys: list[Position] = []
        self._total = 0
        self._counted = True
        self._load_page: PageLoader | None = None
        # A move in or out supersedes the page being read: its offset no longer fits.
        self._page = LatestWork(self)

    # -- content ------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Cards in this column under the current filters, loaded or not."""
        return self._total

    @property
    def counted(self) -> bool:
        """False while ``total`` is only the loaded cards of a column that may hold more."""
        return self._counted

    def set_cards(
        self,
        cards: Sequence[BoardCard],
        total: int,
        load_page: PageLoader | None = None,
        counted: bool = True,
    ) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._keys = [card_position(card) for card in self._cards]
        self._load_page = load_page
        self._page.supersede()
        self.endResetModel()
        self._set_total(total, counted)

    def set_total(self, total: int) -> None:
        """The column's count, counted after its cards were shown."""
        self._set_total(max(total, len(self._cards)), counted=True)

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def card(self, row: int) -> BoardCard:
        return self._cards[row]

    def row_of(self, enrollment_id: int) -> int | None:
        for row, card in enumerate(self._cards):
            if card.enrollment_id == enrollment_id:
                return row
        return None

    def remove_enrollments(self, enrollment_ids: Iterable[int]) -> int:
        """Take these cards out (those loaded); the total drops by all of them."""
        wanted = set(enrollment_ids)
        rows = [row for row, card in enumerate(self._cards) if card.enrollment_id in wanted]
        if rows:
            self._page.supersede()
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._cards[first : last + 1]
            del self._keys[first : last + 1]
            self.endRemoveRows()
        self._set_total(max(self._total - len(wanted), 0))
        return len(rows)

    def insert_cards(self, cards: Iterable[BoardCard]) -> list[int]:
        """Add cards in board order; returns the rows of those inside the loaded prefix."""
        incoming = sorted(cards, key=card_position)
        more_in_database = self.canFetchMore(QModelIndex())
        last_key = self._keys[-1] if self._keys else None
        # A card after the loaded prefix is left for a later page, so the prefix stays exact.
        kept = [
            card
            for card in incoming
            if not more_in_database or last_key is None or card_position(card) < last_key
        ]
        if kept:
            self._page.supersede()
        if len(kept) > BULK_RESET:
            self.beginResetModel()
            self._cards = sorted(self._cards + kept, key=card_position)
            self._keys = [card_position(card) for card in self._cards]
            self.endResetModel()
        else:
            for card in kept:
                key = card_position(card)
                row = bisect_left(self._keys, key)
                self.beginInsertRows(QModelIndex(), row, row)
                self._cards.insert(row, card)
                self._keys.insert(row, key)
                self.endInsertRows()
        self._set_total(self._total + len(incoming))
        wanted = {card.enrollment_id for card in kept}
        return [row for row, card in enumerate(self._cards) if card.enrollment_id in wanted]

    def _set_total(self, total: int, counted: bool | None = None) -> None:
        counted = self._counted if counted is None else counted
        if total != self._total or counted != self._counted:
            self._total = total
            self._counted = counted
            self.total_changed.emit(total)

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.client_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: BoardCard) -> str:
        lines = [f"{card.client_name} ({card.client_number})"]
        if card.champion_name:
            lines.append(self.tr("Champion: {name}").format(name=card.champion_name))
        if card.segment_name:
            lines.append(self.tr("Segment: {name}").format(name=card.segment_name))
        if card.next_action:
            lines.append(self.tr("Next action: {action}").format(action=card.next_action))
        return "\n".join(lines)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropping anywhere in the column
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802
        return (
            not parent.isValid()
            and self._load_page is not None
            and not self._page.running
            and len(self._cards) < self._total
        )

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._load_page is None:
            return
        # The model holds exactly the first cards of the column, so its length is the offset.
        load_page, offset = self._load_page, len(self._cards)
        self._page.run(lambda _progress, _cancelled: load_page(offset), self._add_page)

    def _add_page(self, page: Sequence[BoardCard]) -> None:
        """The cards after the loaded ones (no card moved in or out since they were asked for)."""
        offset = len(self._cards)
        if not page:
            # The database holds fewer cards than counted (changed elsewhere): stop asking.
            self._set_total(len(self._cards))
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
        self._cards.extend(page)
        self._keys.extend(card_position(card) for card in page)
        self.endInsertRows()

    # -- drag and drop ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = tuple(self._cards[row].enrollment_id for row in rows)
        return encode_cards(DraggedCards(self.project_id, self.stage.id, ids))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        dragged = decode_cards(data)
        return (
            dragged is not None
            and dragged.project_id == self.project_id
            and dragged.from_stage_id != self.stage.id
        )

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = decode_cards(data)
        assert dragged is not None
        self.cards_dropped.emit(dragged, self.stage.id)
        # Rows never leave the source model through the view (removeRows is not implemented):
        # the board moves them once the move is saved.
        return True


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
