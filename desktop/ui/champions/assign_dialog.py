"""Assign a champion and/or a segment to the clients selected in the client list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.champions.assign import KEEP, Keep
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.staff.listing import list_champion_choices
from desktop.ui.common.record_form import form_layout

NONE = -1  # "no champion" / "no segment" in a combo (ids are positive)


class AssignDialog(QDialog):
    def __init__(self, database: Database, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to clients"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Assign to the %n selected clients:", "", count), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        with database.connect() as connection:
            champions = list_champion_choices(connection)
            segments = list_segments(connection)
        self.champion_combo = QComboBox(self)
        self.champion_combo.addItem(self.tr("Keep as it is"), None)
        self.champion_combo.addItem(self.tr("No champion"), NONE)
        for choice in champions:
            if choice.is_champion:
                self.champion_combo.addItem(f"{choice.name} ({choice.initials})", choice.id)
        self.segment_combo = QComboBox(self)
        self.segment_combo.addItem(self.tr("Keep as it is"), None)
        self.segment_combo.addItem(self.tr("No segment"), NONE)
        for segment in segments:
            self.segment_combo.addItem(segment.name, segment.id)
        form = form_layout()
        form.addRow(self.tr("&Champion:"), self.champion_combo)
        form.addRow(self.tr("&Segment:"), self.segment_combo)
        layout.addLayout(form)
        self.note_label = QLabel(
            self.tr("A change of champion is kept in each client's history; Undo takes it back."),
            self,
        )
        self.note_label.setObjectName("view_subtitle")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Assign"))
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        for combo in (self.champion_combo, self.segment_combo):
            combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.champion() is not KEEP or self.segment() is not KEEP)

    @staticmethod
    def _value(combo: QComboBox) -> int | None | Keep:
        data = combo.currentData()
        if data is None:
            return KEEP
        return None if data == NONE else int(data)

    def champion(self) -> int | None | Keep:
        return self._value(self.champion_combo)

    def segment(self) -> int | None | Keep:
        return self._value(self.segment_combo)
