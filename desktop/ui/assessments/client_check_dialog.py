"""The client readiness check: five yes/no questions, the segment they suggest, and the
segment the champion confirms or chooses instead (set on the client when saved)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessments.client_check import (
    QUESTION_FIELDS,
    CheckAnswers,
    get_check,
    question_texts,
    save_check,
    suggest_position,
)
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.locale_format import date_text


class ClientCheckDialog(QDialog):
    def __init__(
        self, database: Database, client_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.client_id = client_id
        self.saved = False
        with database.session() as session:
            self.segments = list_segments(session)
            check = get_check(session, client_id)
        self._build_ui(name)
        if check is not None:
            for field, box in self.boxes.items():
                box.setChecked(getattr(check.answers, field))
            self.last_label.setText(
                self.tr("Last checked on {date}.").format(date=date_text(check.checked_on))
            )
        self._update_suggestion()
        if check is not None and check.chosen_segment_id != check.suggested_segment_id:
            self.segment_combo.setCurrentIndex(
                max(self.segment_combo.findData(check.chosen_segment_id), 0)
            )

    def _build_ui(self, name: str) -> None:
        self.setWindowTitle(self.tr("Readiness check for {name}").format(name=name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        texts = question_texts()
        for field in QUESTION_FIELDS:
            box = QCheckBox(texts[field], self)
            box.toggled.connect(self._update_suggestion)
            layout.addWidget(box)
            self.boxes[field] = box
        form = QFormLayout()
        self.suggestion_label = QLabel(self)
        self.segment_combo = QComboBox(self)
        form.addRow(self.tr("Suggested segment:"), self.suggestion_label)
        form.addRow(self.tr("&Segment:"), self.segment_combo)
        layout.addLayout(form)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("view_subtitle")
        layout.addWidget(self.last_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def answers(self) -> CheckAnswers:
        return CheckAnswers(**{field: box.isChecked() for field, box in self.boxes.items()})

    def _update_suggestion(self, *_args: object) -> None:
        position = suggest_position(self.answers(), len(self.segments))
        suggested = self.segments[position] if position is not None else None
        self.suggestion_label.setText(
            self.tr("{segment} ({count} of 5 yes)").format(
                segment=suggested.name, count=self.answers().yes_count()
            )
            if suggested
            else self.tr("no segments set up")
        )
        keep = self.segment_combo.currentData() if self.segment_combo.currentIndex() > 0 else None
        self.segment_combo.blockSignals(True)
        self.segment_combo.clear()
        self.segment_combo.addItem(
            self.tr("As suggested: {segment}").format(segment=suggested.name)
            if suggested
            else self.tr("(none)"),
            None,
        )
        for segment in self.segments:
            self.segment_combo.addItem(segment.name, segment.id)
        if keep is not None:
            self.segment_combo.setCurrentIndex(max(self.segment_combo.findData(keep), 0))
        self.segment_combo.blockSignals(False)

    def accept(self) -> None:
        answers, chosen = self.answers(), self.segment_combo.currentData()
        by = current_editor(self.database)

        def change(session: object) -> None:
            save_check(session, self.client_id, answers, chosen, by)  # type: ignore[arg-type]

        if commit_change(self, self.database, change, Changes.CLIENTS):
            self.saved = True
            super().accept()
