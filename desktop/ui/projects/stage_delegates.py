"""The stage tables' cell editors (a stage kind, a day count where 0 means none) and their
height rule: a short table is exactly as tall as its rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core.common.vocab import StageKind, stage_kind_label

ModelIndex = QModelIndex | QPersistentModelIndex


def fit_height(table: QTableView, rows: int, most: int) -> None:
    """Make a short table exactly as tall as its rows (up to ``most`` rows, then it scrolls)."""
    shown = min(max(rows, 1), most)
    height = table.horizontalHeader().sizeHint().height()
    height += shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setFixedHeight(height)


class KindDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for kind in StageKind:
            combo.addItem(stage_kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, StageKind(editor.currentData()), Qt.ItemDataRole.EditRole)


class DaysDelegate(QStyledItemDelegate):
    """A day count where 0 means "none" (no limit, or: use the stage's own limit)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 3650)
        spin.setSpecialValueText(self.none_text)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin
