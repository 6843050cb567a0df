"""The plan's parts as one table: goals, phases with their milestones, agenda items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.plans.content import PlanContent
from desktop.core.plans.kinds import PlanItemKind
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.row_table_model import RowTableModel


class OutlineRow(NamedTuple):
    part: str  # "goal", "board", "hr", "phase", "milestone"
    id: int
    title: str
    when: str
    notes: str
    phase_id: int | None = None  # a milestone's phase; a phase's own id


def outline_rows(plan: PlanContent) -> list[OutlineRow]:
    rows = [
        OutlineRow("goal", i.id, i.title, date_text(i.due_on), i.notes)
        for i in plan.of_kind(PlanItemKind.GOAL)
    ]
    for phase in plan.phases:
        period = " – ".join(t for t in (date_text(phase.starts_on), date_text(phase.ends_on)) if t)
        rows.append(OutlineRow("phase", phase.id, phase.name, period, phase.description, phase.id))
        rows += [
            OutlineRow(
                "milestone",
                m.id,
                ("✓ " if m.done else "") + m.title,
                date_text(m.due_on),
                "",
                phase.id,
            )
            for m in phase.milestones
        ]
    for kind in (PlanItemKind.BOARD, PlanItemKind.HR):
        rows += [
            OutlineRow(kind.value, i.id, i.title, date_text(i.due_on), i.notes)
            for i in plan.of_kind(kind)
        ]
    return rows


def part_label(part: str) -> str:
    labels = {
        "goal": QCoreApplication.translate("PlanEditor", "Goal"),
        "phase": QCoreApplication.translate("PlanEditor", "Phase"),
        "milestone": QCoreApplication.translate("PlanEditor", "Milestone"),
        "board": QCoreApplication.translate("PlanEditor", "Board agenda"),
        "hr": QCoreApplication.translate("PlanEditor", "HR agenda"),
    }
    return labels[part]


class OutlineModel(RowTableModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PlanEditor", "Part"),
            QCoreApplication.translate("PlanEditor", "Title"),
            QCoreApplication.translate("PlanEditor", "When"),
            QCoreApplication.translate("PlanEditor", "Notes"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row: OutlineRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = ("    " if row.part == "milestone" else "") + row.title
            values = (part_label(row.part), title, row.when, row.notes.replace("\n", " "))
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.part == "phase":
            font = QFont()
            font.setBold(True)
            return font
        return None
