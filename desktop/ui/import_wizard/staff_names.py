"""On the dry-run page: each relationship-manager name the office does not know, with its
row count, to map to an existing staff member, add as a new one, or leave unassigned."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget
from sqlalchemy import select

from desktop.core.db.engine import Database
from desktop.core.db.models import Staff

_LEAVE, _CREATE = "leave", "create"


class StaffNamesBox(QGroupBox):
    """Shown only when the dry run found unknown names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Relationship managers not found"))
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        self.hide()

    def show_names(self, database: Database, unknown: Mapping[str, int]) -> None:
        """One choice per name; choices made before for the same name are kept."""
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        if unknown:
            with database.session() as session:
                staff = session.execute(select(Staff.id, Staff.name).order_by(Staff.name)).all()
        for name, count in unknown.items():
            combo = QComboBox(self)
            combo.setObjectName("staff_name_combo")
            combo.addItem(self.tr("Leave without champion"), _LEAVE)
            combo.addItem(self.tr("Add as a new staff member"), _CREATE)
            for staff_id, staff_name in staff:
                combo.addItem(staff_name, staff_id)
            combo.setCurrentIndex(max(combo.findData(chosen.get(name, _LEAVE)), 0))
            label = self.tr("{name} (%n rows):", "", count).format(name=name)
            self.form.addRow(label, combo)
            self.combos[name] = combo
        self.setVisible(bool(unknown))

    def staff_names(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if isinstance(combo.currentData(), int)
        }

    def new_staff(self) -> frozenset[str]:
        return frozenset(
            name for name, combo in self.combos.items() if combo.currentData() == _CREATE
        )
