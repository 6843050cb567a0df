"""Per question: the questionnaire editor, and entering one person's answers in a round (each
element's score becomes the average of its answers)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.interventions import Intervention
from desktop.core.assessments.questionnaire import (
    Question,
    answers_of,
    default_questions,
    element_averages,
    list_questions,
    save_answers,
    save_questionnaire,
)
from desktop.core.common.vocab import MeasureKind
from desktop.core.db.engine import Database
from desktop.ui.assessments.library_dialog import KIND_COLUMN, LibraryDialog
from desktop.ui.common.changes import Changes, commit_change

# The editor's rows reuse the library's shape; the kind column is hidden.
_NO_KIND = MeasureKind.COMMUNICATION


def _as_row(question: Question) -> Intervention:
    return Intervention(question.id, question.element, _NO_KIND, question.text)


class QuestionnaireDialog(LibraryDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.table.setColumnHidden(KIND_COLUMN, True)

    def texts(self) -> tuple[str, str, list[str]]:
        return (
            self.tr("Questionnaire"),
            self.tr(
                "The questions per element, each answered from 1 (not at all) to 5 (fully). "
                "A person's element score is the average of their answers."
            ),
            [self.tr("Element"), "", self.tr("Question")],
        )

    def load(self, session: Session) -> list[Intervention]:
        return [_as_row(question) for question in list_questions(session)]

    def defaults(self, language: str) -> list[Intervention]:
        return [_as_row(question) for question in default_questions(language)]

    def store(self, session: Session, rows: list[Intervention]) -> None:
        save_questionnaire(session, [Question(r.id, r.element, r.title) for r in rows])


class AnswersDialog(QDialog):
    """One person's answers in a round; 0 (shown as a dash) is "not answered"."""

    def __init__(
        self,
        database: Database,
        round_id: int,
        staff_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.round_id = round_id
        self.staff_id = staff_id
        self.saved = False
        with database.session() as session:
            self.questions = list_questions(session)
            answers = answers_of(session, round_id, staff_id)
        self.spins: dict[int, QSpinBox] = {}
        self.average_labels: dict[object, QLabel] = {}
        self._build_ui(name, answers)
        self._update_averages()

    def _build_ui(self, name: str, answers: dict[int, int]) -> None:
        self.setWindowTitle(self.tr("Answers of {name}").format(name=name))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("1 = not at all, 5 = fully; a dash is not answered. Tab moves on."), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        for element in ELEMENTS:
            questions = [q for q in self.questions if q.element is element]
            if not questions:
                continue
            group = QGroupBox(element_label(element), body)
            form = QGridLayout(group)
            form.setColumnStretch(0, 1)
            for question in questions:
                assert question.id is not None
                spin = QSpinBox(group)
                spin.setRange(0, 5)
                spin.setSpecialValueText("–")
                spin.setFixedWidth(72)
                spin.setValue(answers.get(question.id, 0))
                spin.valueChanged.connect(self._update_averages)
                label = QLabel(question.text, group)
                label.setWordWrap(True)
                form.addWidget(label, form.rowCount(), 0)
                form.addWidget(spin, form.rowCount() - 1, 1)
                self.spins[question.id] = spin
            average = QLabel(group)
            average_row = form.rowCount()
            form.addWidget(QLabel(self.tr("Average:"), group), average_row, 0)
            form.addWidget(average, average_row, 1)
            self.average_labels[element] = average
            body_layout.addWidget(group)
        if not self.spins:
            body_layout.addWidget(
                QLabel(self.tr("The questionnaire is empty: add questions first."), body)
            )
        body_layout.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def answers(self) -> dict[int, int]:
        return {qid: spin.value() for qid, spin in self.spins.items() if spin.value() > 0}

    def _update_averages(self, *_args: object) -> None:
        averages = element_averages(self.questions, self.answers())
        for element, label in self.average_labels.items():
            value = averages.get(element)  # type: ignore[call-overload]
            label.setText("–" if value is None else QLocale().toString(value, "f", 1))

    def accept(self) -> None:
        answers = self.answers()
        change = lambda session: save_answers(session, self.round_id, self.staff_id, answers)  # noqa: E731
        if commit_change(self, self.database, change, Changes.ASSESSMENTS):
            self.saved = True
            super().accept()
