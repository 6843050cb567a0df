"""The board's toolbar: project, search (as you type), champion, segment, client type, stalled.

It only knows choices and the user's picks; the board turns them into a core BoardFilter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop.core.common.vocab import UNASSIGNED, ChampionFilter, ClientType, client_type_label
from desktop.core.office.segments import SegmentRow
from desktop.core.staff.listing import StaffChoice

# The pause after a key before the board searches: none. A search takes a few milliseconds with
# the trigram index; a shorter text's scan stops as soon as the next key's search starts
# (board_reader.py), so waiting for a pause in the typing would only add to every keystroke.
# The single-shot timer still joins keys that arrive together (a paste).
SEARCH_DELAY_MS = 0
SEARCH_EXTRA_WIDTH = 52  # padding and border (16), the clear button (~22), breathing room


def _fill(combo: QComboBox, any_text: str, choices: Sequence[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the chosen value when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for text, data in choices:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class FilterBar(QWidget):
    project_changed = Signal()
    filters_changed = Signal()
    my_clients_toggled = Signal(bool)
    portfolio_requested = Signal(int)  # the champion chosen in the filter: open their page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setObjectName("board_filter_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.project_combo = QComboBox(self)
        self.project_combo.setObjectName("project_combo")
        self.project_combo.setMinimumWidth(180)
        self.project_combo.setAccessibleName(self.tr("Project"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, number, city or e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        # Wide enough for the whole hint, in Dutch too, beside the stylesheet's padding and the
        # clear button; never squeezed below that (it was cut, the drop-down drawn over it).
        hint_width = self.search_edit.fontMetrics().horizontalAdvance(
            self.search_edit.placeholderText()
        )
        self.search_edit.setMinimumWidth(max(190, hint_width + SEARCH_EXTRA_WIDTH))
        self.search_edit.setMaximumWidth(max(190, hint_width + SEARCH_EXTRA_WIDTH + 40))
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.champion_combo = QComboBox(self)
        self.champion_combo.setAccessibleName(self.tr("Champion"))
        self.segment_combo = QComboBox(self)
        self.segment_combo.setAccessibleName(self.tr("Segment"))
        self.type_combo = QComboBox(self)
        for combo in (self.champion_combo, self.segment_combo, self.type_combo):
            # Never squeezed below their longest choice: a cut-off filter reads as a bug.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.type_combo.setAccessibleName(self.tr("Client type"))
        self.portfolio_button = QToolButton(self)
        self.portfolio_button.setObjectName("portfolio_button")
        self.portfolio_button.setText(self.tr("Champion's &page"))
        self.portfolio_button.setToolTip(
            self.tr("The chosen champion's portfolio: stages, conversion, stalled, actions due")
        )
        self.portfolio_button.setEnabled(False)
        _fill(
            self.type_combo,
            self.tr("All client types"),
            [(client_type_label(kind), kind.value) for kind in ClientType],
        )
        self.stalled_check = QCheckBox(self.tr("S&talled only"), self)
        self.my_clients_button = QToolButton(self)
        self.my_clients_button.setObjectName("my_clients_button")
        self.my_clients_button.setText(self.tr("M&y clients"))
        self.my_clients_button.setCheckable(True)
        self.my_clients_button.setToolTip(self.tr("Show only the clients you are champion of"))
        # The project combo and the champion's page button are placed by the board (the top
        # row: the filter row is full at 1280 pixels in Dutch); the filters sit here.
        for widget in (
            self.search_edit,
            self.champion_combo,
            self.segment_combo,
            self.type_combo,
            self.stalled_check,
            self.my_clients_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _connect_signals(self) -> None:
        self.project_combo.currentIndexChanged.connect(self.project_changed)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(self.filters_changed)
        for combo in (self.champion_combo, self.segment_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._on_champion_or_other_changed)
        self.stalled_check.toggled.connect(self.filters_changed)
        self.my_clients_button.toggled.connect(self.my_clients_toggled)
        self.champion_combo.currentIndexChanged.connect(self._update_portfolio_button)
        self.portfolio_button.clicked.connect(self._request_portfolio)

    # -- choices ------------------------------------------------------------------------------

    def set_projects(self, projects: Sequence[tuple[int, str]], preferred_id: int | None) -> None:
        """The projects to choose from (id, name), ``preferred_id`` chosen."""
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project_id, name in projects:
            self.project_combo.addItem(name, project_id)
        index = self.project_combo.findData(preferred_id) if preferred_id is not None else -1
        self.project_combo.setCurrentIndex(index if index >= 0 else 0 if projects else -1)
        self.project_combo.blockSignals(False)

    def set_choices(self, champions: Sequence[StaffChoice], segments: Sequence[SegmentRow]) -> None:
        _fill(
            self.champion_combo,
            self.tr("All champions"),
            [(f"{c.name} ({c.initials})", c.id) for c in champions]
            + [(self.tr("No champion"), UNASSIGNED)],
        )
        _fill(self.segment_combo, self.tr("All segments"), [(s.name, s.id) for s in segments])
        self._update_portfolio_button()

    # -- values -------------------------------------------------------------------------------

    def project_id(self) -> int | None:
        data = self.project_combo.currentData()
        return int(data) if data is not None else None

    def champion_id(self) -> ChampionFilter:
        return self.champion_combo.currentData()

    def segment_id(self) -> int | None:
        return self.segment_combo.currentData()

    def client_type(self) -> ClientType | None:
        data = self.type_combo.currentData()
        return ClientType(data) if data is not None else None

    def stalled_only(self) -> bool:
        return self.stalled_check.isChecked()

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def set_filters(self, champion: ChampionFilter = None, stalled_only: bool = False) -> None:
        """Only these filters (the others cleared), without a signal: the caller reloads."""
        widgets = (
            self.search_edit,
            self.champion_combo,
            self.segment_combo,
            self.type_combo,
            self.stalled_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self._search_timer.stop()
        self.search_edit.clear()
        self.champion_combo.setCurrentIndex(max(self.champion_combo.findData(champion), 0))
        self.segment_combo.setCurrentIndex(0)
        self.type_combo.setCurrentIndex(0)
        self.stalled_check.setChecked(stalled_only)
        for widget in widgets:
            widget.blockSignals(False)
        self.set_my_clients(False)

    def set_my_clients(self, checked: bool) -> None:
        self.my_clients_button.blockSignals(True)
        self.my_clients_button.setChecked(checked)
        self.my_clients_button.blockSignals(False)

    # -- slots --------------------------------------------------------------------------------

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.filters_changed.emit()

    def _on_champion_or_other_changed(self) -> None:
        if self.sender() is self.champion_combo and self.my_clients_button.isChecked():
            self.set_my_clients(False)  # another champion chosen: no longer "my clients"
        self.filters_changed.emit()

    def _update_portfolio_button(self, *_args: object) -> None:
        self.portfolio_button.setEnabled(isinstance(self.champion_id(), int))

    def _request_portfolio(self) -> None:
        champion = self.champion_id()
        if isinstance(champion, int):
            self.portfolio_requested.emit(champion)


def focus_search(bar: FilterBar) -> None:
    bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    bar.search_edit.selectAll()
