"""The catalogue: redeem a reward for points, and see my redemptions and their state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.rewards.catalogue import CatalogueItem, RedemptionRow
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.rewards.models import CatalogueModel, RedemptionsModel, fit_columns


class CataloguePage(QWidget):
    redeem_requested = Signal(int)  # the reward's id
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue_model = CatalogueModel()
        self.mine_model = RedemptionsModel()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.catalogue_table = read_only_table(self, "catalogue_table", self.catalogue_model)
        fit_columns(self.catalogue_table)
        layout.addWidget(self.catalogue_table, 2)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a reward…"), self)
        self.redeem_button = QPushButton(self.tr("&Redeem"), self)
        self.redeem_button.setProperty("primary", True)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.redeem_button)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("My redemptions"), self))
        self.mine_table = read_only_table(self, "my_redemptions_table", self.mine_model)
        fit_columns(self.mine_table)
        layout.addWidget(self.mine_table, 1)

    def _connect_signals(self) -> None:
        self.redeem_button.clicked.connect(self._redeem)
        self.add_button.clicked.connect(self.add_requested)
        self.catalogue_table.doubleClicked.connect(self._redeem)
        self.catalogue_table.selectionModel().selectionChanged.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        self.redeem_button.setEnabled(self.catalogue_table.currentIndex().isValid())

    def _redeem(self) -> None:
        index = self.catalogue_table.currentIndex()
        if index.isValid():
            self.redeem_requested.emit(self.catalogue_model.rows[index.row()].id)

    def show_catalogue(
        self, me: int | None, catalogue: list[CatalogueItem], mine: list[RedemptionRow]
    ) -> None:
        self.catalogue_model.set_rows(catalogue)
        self.mine_model.set_rows(mine)
        self.redeem_button.setEnabled(False)
        self.catalogue_table.setEnabled(me is not None)
