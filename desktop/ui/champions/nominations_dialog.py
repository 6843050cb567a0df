"""Champion nominations: who is proposed, approve or decline, and suggestions from the latest
assessment round (high Desire, Knowledge and Ability) to nominate from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.champions.nominations import (
    SUGGESTION_MIN_SCORE,
    NominationRow,
    Suggestion,
    champion_suggestions,
    decide,
    list_nominations,
    nominate,
)
from desktop.core.champions.vocab import NominationStatus, nomination_status_label
from desktop.core.common.vocab import staff_role_label
from desktop.core.db.engine import Database
from desktop.ui.board.identity import current_editor
from desktop.ui.champions.nominate_dialog import NominateDialog
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table


def _score(value: float) -> str:
    return f"{value:.1f}".replace(".0", "")


class NominationsModel(RowTableModel):
    rows: list[NominationRow]

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Staff member"),
            self.tr("Nominated by"),
            self.tr("On"),
            self.tr("Focus area"),
            self.tr("Capacity"),
            self.tr("Motivation"),
            self.tr("Status"),
            self.tr("Decided by"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            by = self.tr("themselves") if row.self_nominated else (row.nominated_by_name or "")
            return (
                row.staff_name,
                by,
                date_text(row.created_at.astimezone().date()),
                row.focus_area or "",
                "" if row.capacity is None else str(row.capacity),
                row.motivation,
                nomination_status_label(row.status),
                row.decided_by_name or "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (5, 6):
            return row.motivation if index.column() == 5 else (row.decision_note or None)
        if role == Qt.ItemDataRole.FontRole and row.status == NominationStatus.PENDING:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(index.column() == 6)
            return font
        return None


class SuggestionsModel(RowTableModel):
    rows: list[Suggestion]

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Staff member"),
            self.tr("Role"),
            self.tr("Team"),
            self.tr("Desire"),
            self.tr("Knowledge"),
            self.tr("Ability"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                staff_role_label(row.role),
                row.team or "",
                _score(row.desire),
                _score(row.knowledge),
                _score(row.ability),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NominationsDialog(QDialog):
    """``changes`` holds what was committed while it was open (the Staff area reports it)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changes = Changes.NONE
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Champion nominations"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Nominations"), self)
        title.setObjectName("section_title")
        layout.addWidget(title)
        self.nominations_model = NominationsModel()
        self.nominations_table = read_only_table(self, "nominations_table", self.nominations_model)
        header = self.nominations_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.nominations_table, 3)
        bar = QHBoxLayout()
        self.nominate_button = QPushButton(self.tr("&Nominate…"), self)
        self.nominate_button.setProperty("primary", True)
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.decline_button = QPushButton(self.tr("&Decline…"), self)
        bar.addWidget(self.nominate_button)
        bar.addStretch(1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.decline_button)
        layout.addLayout(bar)
        layout.addSpacing(12)

        suggestions_title = QLabel(self.tr("Suggested from the latest assessment round"), self)
        suggestions_title.setObjectName("section_title")
        self.suggestions_hint = QLabel(self)
        self.suggestions_hint.setObjectName("view_subtitle")
        self.suggestions_hint.setWordWrap(True)
        self.suggestions_model = SuggestionsModel()
        self.suggestions_table = read_only_table(self, "suggestions_table", self.suggestions_model)
        suggestion_header = self.suggestions_table.horizontalHeader()
        suggestion_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        suggestion_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # team
        self.nominate_suggested_button = QPushButton(self.tr("Nominate &suggested…"), self)
        layout.addWidget(suggestions_title)
        layout.addWidget(self.suggestions_hint)
        layout.addWidget(self.suggestions_table, 2)
        suggestion_bar = QHBoxLayout()
        suggestion_bar.addStretch(1)
        suggestion_bar.addWidget(self.nominate_suggested_button)
        layout.addLayout(suggestion_bar)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.button_box)

    def _connect_signals(self) -> None:
        self.button_box.rejected.connect(self.reject)
        self.nominate_button.clicked.connect(lambda: self.nominate())
        self.nominate_suggested_button.clicked.connect(self.nominate_suggested)
        self.suggestions_table.activated.connect(lambda _index: self.nominate_suggested())
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(self.decline)
        self.nominations_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.suggestions_table.selectionModel().currentRowChanged.connect(self._update_buttons)

    def reload(self) -> None:
        with self.database.connect() as connection:
            self.nominations_model.set_rows(list_nominations(connection))
            suggestions = champion_suggestions(connection)
        self.suggestions_model.set_rows(suggestions)
        round_name = suggestions[0].round_name if suggestions else None
        rule = self.tr(
            "Staff who are not champions yet and score {min} or higher on Desire, Knowledge "
            "and Ability; relationship managers and partners first."
        ).format(min=_score(SUGGESTION_MIN_SCORE))
        if round_name is None:
            rule += " " + self.tr("Nobody qualifies in the latest round (or there is none).")
        else:
            rule += " " + self.tr("Round: {round}.").format(round=round_name)
        self.suggestions_hint.setText(rule)
        self._update_buttons()

    def current_nomination(self) -> NominationRow | None:
        index = self.nominations_table.currentIndex()
        return self.nominations_model.rows[index.row()] if index.isValid() else None

    def current_suggestion(self) -> Suggestion | None:
        index = self.suggestions_table.currentIndex()
        return self.suggestions_model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        nomination = self.current_nomination()
        pending = nomination is not None and nomination.status == NominationStatus.PENDING
        self.approve_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        self.nominate_suggested_button.setEnabled(self.current_suggestion() is not None)

    def _commit(self, change) -> bool:  # noqa: ANN001
        committed = commit_change(self, self.database, change, Changes.STAFF)
        self.changes |= committed
        self.reload()
        return bool(committed)

    # -- actions ------------------------------------------------------------------------------

    def nominate(self, staff_id: int | None = None) -> bool:
        dialog = NominateDialog(self.database, self, staff_id=staff_id)
        if not dialog.exec() or dialog.staff_id() is None:
            return False
        person, data, by = dialog.staff_id(), dialog.values(), current_editor(self.database)

        def change(session: Session) -> None:
            assert person is not None
            nominate(session, person, data, by=by)

        return self._commit(change)

    def nominate_suggested(self) -> bool:
        suggestion = self.current_suggestion()
        return suggestion is not None and self.nominate(suggestion.staff_id)

    def approve(self) -> bool:
        nomination = self.current_nomination()
        if nomination is None:
            return False
        dialog = NominateDialog(self.database, self, nomination=nomination)
        if not dialog.exec():
            return False
        data, by = dialog.values(), current_editor(self.database)
        return self._commit(lambda session: decide(session, nomination.id, True, by=by, data=data))

    def decline(self) -> bool:
        nomination = self.current_nomination()
        if nomination is None:
            return False
        note, accepted = QInputDialog.getText(
            self,
            self.tr("Decline nomination"),
            self.tr("Decline the nomination of {name}? Reason (optional):").format(
                name=nomination.staff_name
            ),
        )
        if not accepted:
            return False
        by = current_editor(self.database)
        return self._commit(lambda session: decide(session, nomination.id, False, by=by, note=note))
