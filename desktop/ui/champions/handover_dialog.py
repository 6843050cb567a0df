"""Asks who takes over a leaver's clients: one champion for all, spread by free capacity, or
later. It only asks; the caller moves the clients (with the end date, in one transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.champions.handover import HandoverPlan, Taker, candidate_takers, plan_handover
from desktop.core.champions.people import staff_ref
from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.core.staff.listing import champion_client_counts
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table

SPREAD = -1  # the choice "spread by capacity" (a staff id is never negative)


class TakersModel(RowTableModel):
    """Who receives how many clients, and what that does to their capacity."""

    rows: list[Taker]

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Champion"),
            self.tr("Clients now"),
            self.tr("Capacity"),
            self.tr("Receives"),
            self.tr("Afterwards"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            after = row.clients + row.receives
            return (
                row.name,
                number_text(row.clients),
                number_text(row.capacity) if row.capacity is not None else self.tr("not set"),
                number_text(row.receives),
                number_text(after)
                + (self.tr(" (over capacity)") if row.over_capacity_after else ""),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _indented(widget: QWidget) -> QHBoxLayout:
    """A widget under a radio button, lined up with the button's text."""
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addWidget(widget, 1)
    return row


class HandoverDialog(QDialog):
    """After accept(), ``choice()`` is a staff id, SPREAD, or None (decide later)."""

    def __init__(
        self,
        database: Database,
        leaver_id: int,
        parent: QWidget | None = None,
        allow_later: bool = True,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.leaver_id = leaver_id
        self.allow_later = allow_later
        self._spread_plan: HandoverPlan | None = None
        self._spread_error = ""
        self._load()
        self._build_ui()
        self._connect_signals()
        self._update()

    def _load(self) -> None:
        with self.database.connect() as connection:
            self.leaver = staff_ref(connection, self.leaver_id)
            self.takers = candidate_takers(connection, self.leaver_id)
            self.client_count = champion_client_counts(connection).get(self.leaver_id, 0)
            try:
                self._spread_plan = plan_handover(connection, self.leaver_id)
            except DraagvlakError as error:
                self._spread_error = str(error)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over clients"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name} is champion of %n active clients. Who takes them over? The hand-over "
                "is written into each client's history.",
                "",
                self.client_count,
            ).format(name=self.leaver.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self.one_radio = QRadioButton(self.tr("&One champion takes all of them:"), self)
        self.taker_combo = QComboBox(self)
        for taker in self.takers:
            self.taker_combo.addItem(self._taker_text(taker), taker.staff_id)
        self.spread_radio = QRadioButton(
            self.tr("&Spread them over the champions by free capacity"), self
        )
        self.spread_note = QLabel(self)
        self.spread_note.setWordWrap(True)
        self.spread_note.setObjectName("view_subtitle")
        self.later_radio = QRadioButton(
            self.tr("Decide &later ({name} keeps them until then)").format(name=self.leaver.name),
            self,
        )
        self.later_radio.setVisible(self.allow_later)
        for button in (self.one_radio, self.spread_radio, self.later_radio):
            self.choices.addButton(button)
        self.model = TakersModel()
        self.table = read_only_table(self, "takers_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.one_radio)
        layout.addLayout(_indented(self.taker_combo))
        layout.addWidget(self.spread_radio)
        layout.addLayout(_indented(self.spread_note))
        layout.addWidget(self.later_radio)
        layout.addWidget(self.table, 1)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Hand over"))
        layout.addWidget(self.button_box)
        # The default: spread when it fits, else the champion with the most free places.
        if self._spread_plan is not None and self.takers:
            self.spread_radio.setChecked(True)
        elif self.takers:
            self.one_radio.setChecked(True)
            roomiest = max(self.takers, key=lambda t: t.free if t.free is not None else -1)
            self.taker_combo.setCurrentIndex(self.taker_combo.findData(roomiest.staff_id))
        else:
            self.later_radio.setChecked(True)
        self.one_radio.setEnabled(bool(self.takers))
        self.taker_combo.setEnabled(bool(self.takers))
        self.spread_radio.setEnabled(self._spread_plan is not None)

    def _taker_text(self, taker: Taker) -> str:
        if taker.capacity is None:
            return self.tr("{name} ({clients} clients)").format(
                name=taker.name, clients=number_text(taker.clients)
            )
        return self.tr("{name} ({clients} of {capacity} clients)").format(
            name=taker.name,
            clients=number_text(taker.clients),
            capacity=number_text(taker.capacity),
        )

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.choices.buttonToggled.connect(lambda *_args: self._update())
        self.taker_combo.currentIndexChanged.connect(lambda *_args: self._update())

    def _update(self) -> None:
        if self._spread_plan is None:
            self.spread_note.setText(
                self._spread_error or self.tr("No champion has a capacity set.")
            )
        else:
            self.spread_note.setText(
                self.tr("Only champions with a capacity and no end date take part.")
            )
        choice = self.choice()
        if choice == SPREAD and self._spread_plan is not None:
            rows = list(self._spread_plan.takers)
        elif choice is not None and choice != SPREAD:
            taker = next(t for t in self.takers if t.staff_id == choice)
            rows = [replace(taker, receives=self.client_count)]
        else:
            rows = []
        self.model.set_rows(rows)
        self.table.setEnabled(bool(rows))
        self.taker_combo.setEnabled(self.one_radio.isChecked())
        self.ok_button.setText(self.tr("&Later") if choice is None else self.tr("&Hand over"))

    def choice(self) -> int | None:
        if self.spread_radio.isChecked():
            return SPREAD
        if self.one_radio.isChecked() and self.taker_combo.currentData() is not None:
            return int(self.taker_combo.currentData())
        return None
