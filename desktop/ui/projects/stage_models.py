"""Table models of the stage editor: a project's stages, and their per-segment day limits.

Edits go through a callback that calls the core service and commits; the model then updates
the one row in place (no reset), so the selection and scroll position stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.common.vocab import StageKind, stage_kind_label
from desktop.core.office.segments import SegmentRow
from desktop.core.pipelines.stages import StageRow
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

STAGE_ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QBrush(QColor("#8a97a8"))


class StageTableModel(RowTableModel):
    """Name, kind, maximum days and number of clients per active stage."""

    NAME, KIND, MAX_DAYS, CLIENTS = range(4)
    rows: list[StageRow]

    def __init__(self, on_edit: Callable[[int, str, object], object | None]) -> None:
        super().__init__()
        self._on_edit = on_edit
        self.counts: dict[int, int] | None = None  # None while they are being counted

    @property
    def stages(self) -> list[StageRow]:
        return self.rows

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("StageModels", "Stage"),
            QCoreApplication.translate("StageModels", "Kind"),
            QCoreApplication.translate("StageModels", "Max. days in stage"),
            QCoreApplication.translate("StageModels", "Clients now"),
        )

    def set_stages(self, stages: list[StageRow], counts: dict[int, int] | None) -> None:
        self.counts = counts
        self.set_rows(stages)

    def set_counts(self, counts: dict[int, int]) -> None:
        self.counts = counts
        if self.rows:
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, self.CLIENTS), self.index(last, self.CLIENTS))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            # Row numbers show the pipeline order at a glance.
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.CLIENTS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stage = self.stages[index.row()]
        column = index.column()
        if role == STAGE_ID_ROLE:
            return stage.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return stage.name
            if column == self.KIND:
                return stage_kind_label(stage.kind)
            if column == self.MAX_DAYS:
                return (
                    str(stage.max_days)
                    if stage.max_days
                    else QCoreApplication.translate("StageModels", "No limit")
                )
            return "…" if self.counts is None else number_text(self.counts.get(stage.id, 0))
        if role == Qt.ItemDataRole.EditRole:
            return (stage.name, stage.kind.value, stage.max_days or 0, None)[column]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.MAX_DAYS
            and not stage.max_days
        ):
            return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MAX_DAYS, self.CLIENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        stage = self.stages[index.row()]
        field = ("name", "kind", "max_days")[index.column()]
        if field == "max_days":
            value = int(value) or None  # type: ignore[call-overload]
        if getattr(stage, field) == value:
            return False
        updated = self._on_edit(stage.id, field, value)
        if updated is None:
            return False
        self.rows[index.row()] = replace(stage, **{field: getattr(updated, field)})
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True

    def row_of(self, stage_id: int) -> int:
        return next((row for row, s in enumerate(self.stages) if s.id == stage_id), -1)


class SegmentLimitModel(QAbstractTableModel):
    """Rows: open stages; columns: segments; a cell is that segment's day limit (empty = default)."""

    def __init__(self, on_edit: Callable[[int, int, int | None], bool]) -> None:
        super().__init__()
        self._on_edit = on_edit
        self.stages: list[StageRow] = []
        self.segments: list[SegmentRow] = []
        self.limits: dict[tuple[int, int], int] = {}

    def set_rows(
        self,
        stages: list[StageRow],
        segments: list[SegmentRow],
        limits: dict[tuple[int, int], int],
    ) -> None:
        self.beginResetModel()
        self.stages = [s for s in stages if s.kind == StageKind.OPEN]
        self.segments, self.limits = segments, dict(limits)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.stages)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.segments)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.segments[section].name
        return self.stages[section].name

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stage, segment = self.stages[index.row()], self.segments[index.column()]
        override = self.limits.get((stage.id, segment.id))
        if role == Qt.ItemDataRole.DisplayRole:
            if override is not None:
                return str(override)
            # The stage's own limit applies; shown muted so overrides stand out.
            return str(stage.max_days) if stage.max_days else "–"
        if role == Qt.ItemDataRole.EditRole:
            return override or 0
        if role == Qt.ItemDataRole.ForegroundRole and override is None:
            return MUTED
        if role == Qt.ItemDataRole.FontRole and override is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if override is None:
                return QCoreApplication.translate(
                    "StageModels", "Uses the stage's own limit. Type a number to override it."
                )
            return QCoreApplication.translate(
                "StageModels", "Overrides the stage's limit for this segment. Set 0 to remove."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        stage, segment = self.stages[index.row()], self.segments[index.column()]
        days = int(value) or None  # type: ignore[call-overload]
        if self.limits.get((stage.id, segment.id)) == days:
            return False
        if not self._on_edit(stage.id, segment.id, days):
            return False
        if days is None:
            self.limits.pop((stage.id, segment.id), None)
        else:
            self.limits[(stage.id, segment.id)] = days
        self.dataChanged.emit(index, index)
        return True
