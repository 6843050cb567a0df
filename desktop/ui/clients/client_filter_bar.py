"""The client list's search field and filters (segment, champion, client type, archived, and
one set from the dashboard — "reached a stage" or "overdue next action" — shown as a button
that removes it).

It only knows the choices and the user's picks; current_filter turns them into a core
ClientFilter. The list's view decides when to search (search_edit's typing is debounced there).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.core.clients.listing import ArchiveState, ClientFilter
from desktop.core.clients.pipeline_filters import ReachedStage
from desktop.core.common.vocab import UNASSIGNED, ChampionFilter, ClientType, client_type_label
from desktop.core.office.segments import SegmentRow
from desktop.core.staff.listing import StaffChoice


@dataclass(frozen=True)
class PinnedFilter:
    """A filter set from elsewhere (the dashboard), shown as a button that removes it."""

    label: str
    tooltip: str
    reached_stage_id: int | None = None
    overdue_project_id: int | None = None


class ClientFilterBar(QWidget):
    pinned_removed = Signal()  # the user took the filter set from the dashboard off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pinned: PinnedFilter | None = None
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, number, city or e-mail"))
        self.search_edit.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        self.search_edit.setMinimumWidth(280)
        self.segment_combo = self._combo(self.tr("Segment"))
        self.champion_combo = self._combo(self.tr("Champion"))
        self.type_combo = self._combo(self.tr("Client type"))
        self.archived_combo = self._combo(self.tr("Show"))
        for state, label in (
            (ArchiveState.ACTIVE, self.tr("Active clients")),
            (ArchiveState.ARCHIVED, self.tr("Archived clients")),
            (ArchiveState.ALL, self.tr("Active and archived")),
        ):
            self.archived_combo.addItem(label, state)
        self.pinned_button = QPushButton(self)
        self.pinned_button.setObjectName("pinned_filter")
        self.pinned_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pinned_button.hide()
        self.pinned_button.clicked.connect(self._remove_pinned)
        self.pinned_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.pinned_button)  # the client list places it beside its title
        for combo in self.combos:
            bar.addWidget(combo)
        self.setTabOrder(self.search_edit, self.segment_combo)
        self.setTabOrder(self.segment_combo, self.champion_combo)
        self.setTabOrder(self.champion_combo, self.type_combo)
        self.setTabOrder(self.type_combo, self.archived_combo)

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        """The filters, in tab order."""
        return (self.segment_combo, self.champion_combo, self.type_combo, self.archived_combo)

    def _combo(self, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(10)
        return combo

    def set_choices(self, segments: list[SegmentRow], champions: list[StaffChoice]) -> None:
        """Offer these segments and champions (and every client type), keeping the picks."""
        self._fill(self.segment_combo, self.tr("All segments"), [(s.name, s.id) for s in segments])
        champion_items = [(self.tr("No champion"), UNASSIGNED)]
        champion_items += [(f"{c.name} ({c.initials})", c.id) for c in champions]
        self._fill(self.champion_combo, self.tr("All champions"), champion_items)
        types = [(client_type_label(t), t) for t in ClientType]
        self._fill(self.type_combo, self.tr("All client types"), types)

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def show_only_reached(self, stage: ReachedStage) -> None:
        """Only the clients that reached ``stage`` (the other filters cleared), without a
        signal: the caller applies the filter."""
        tip = self.tr(
            "Clients of {project} that reached {stage} or a later stage, as the dashboard "
            "counts them (for a lost stage: those that reached it). Click to remove this filter."
        ).format(project=stage.project_name, stage=stage.stage_name)
        label = self.tr("Reached: {stage}").format(stage=stage.stage_name)
        self._pin(PinnedFilter(label, tip, reached_stage_id=stage.stage_id), None)

    def show_only_overdue(
        self, project_id: int, project: str, champion: ChampionFilter = None
    ) -> None:
        """Only the clients with an overdue next action in the project (and of ``champion``,
        when given), the other filters cleared; without a signal."""
        tip = self.tr(
            "Clients of {project} in an open stage whose next action is past its due date. "
            "Click to remove this filter."
        ).format(project=project)
        label = self.tr("Overdue: {project}").format(project=project)
        self._pin(PinnedFilter(label, tip, overdue_project_id=project_id), champion)

    def _pin(self, pinned: PinnedFilter, champion: ChampionFilter) -> None:
        widgets = (self.search_edit, *self.combos)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in self.combos:
            combo.setCurrentIndex(0)  # all segments, champions, types; the active clients
        if champion is not None:
            self.champion_combo.setCurrentIndex(max(self.champion_combo.findData(champion), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self.pinned = pinned
        self.pinned_button.setText(f"{pinned.label}  ✕")
        self.pinned_button.setToolTip(pinned.tooltip)
        self.pinned_button.setAccessibleName(
            self.tr("Remove the filter {filter}").format(filter=pinned.label)
        )
        self.pinned_button.show()

    def _remove_pinned(self) -> None:
        self.pinned = None
        self.pinned_button.hide()
        self.pinned_removed.emit()

    def current_filter(self) -> ClientFilter:
        return ClientFilter(
            search=self.search_edit.text().strip(),
            segment_id=self.segment_combo.currentData(),
            champion_id=self.champion_combo.currentData(),
            client_type=self.type_combo.currentData(),
            archived=self.archived_combo.currentData() or ArchiveState.ACTIVE,
            reached_stage_id=self.pinned.reached_stage_id if self.pinned else None,
            overdue_project_id=self.pinned.overdue_project_id if self.pinned else None,
        )
