"""Entering a round per question: several questions per ADKAR element, each answered 1-5; the
element's score is the average of the answers (stored as the usual float score, so 3.4 can
happen and the barrier rule, heatmap and export need nothing else).

The office edits the questionnaire; it starts with a default one in the office language.
Removing a question removes its answers; the element scores already computed stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, AdkarElement
from desktop.core.assessments.ordered_rows import clean_texts, replace_rows, seed_rows
from desktop.core.assessments.rounds import set_scores
from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import QT_TRANSLATE_NOOP, language_set_to, translate
from desktop.core.db.tables.readiness import assessment_answers, assessment_questions

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

A, D, K, AB, R = ELEMENTS
DEFAULT_QUESTIONS: tuple[tuple[AdkarElement, str], ...] = (
    (
        A,
        QT_TRANSLATE_NOOP("Questionnaire", "I know why the office is moving to the client portal."),
    ),
    (A, QT_TRANSLATE_NOOP("Questionnaire", "I know what happens if we keep working as we do.")),
    (D, QT_TRANSLATE_NOOP("Questionnaire", "I want to work with the client portal.")),
    (D, QT_TRANSLATE_NOOP("Questionnaire", "I am prepared to bring my own clients along.")),
    (K, QT_TRANSLATE_NOOP("Questionnaire", "I know how the client portal works.")),
    (K, QT_TRANSLATE_NOOP("Questionnaire", "I know where to find help when I get stuck.")),
    (AB, QT_TRANSLATE_NOOP("Questionnaire", "I can help a client log in and upload documents.")),
    (AB, QT_TRANSLATE_NOOP("Questionnaire", "I use the portal in my daily work.")),
    (R, QT_TRANSLATE_NOOP("Questionnaire", "Working with the portal is noticed and appreciated.")),
    (R, QT_TRANSLATE_NOOP("Questionnaire", "I do not fall back on the old way of working.")),
)


class Question(NamedTuple):
    id: int | None  # None for one not saved yet
    element: AdkarElement
    text: str


def default_questions(language: str) -> list[Question]:
    with language_set_to(language):
        return [
            Question(None, element, translate("Questionnaire", text))
            for element, text in DEFAULT_QUESTIONS
        ]


def list_questions(executor: Executor) -> list[Question]:
    """The questionnaire in ADKAR order, then in the office's order within an element."""
    order = {element: index for index, element in enumerate(ELEMENTS)}
    rows = [
        Question(row.id, AdkarElement(row.element), row.text)
        for row in executor.execute(
            select(
                assessment_questions.c.id,
                assessment_questions.c.element,
                assessment_questions.c.text,
            ).order_by(assessment_questions.c.position, assessment_questions.c.id)
        )
    ]
    return sorted(rows, key=lambda row: order[row.element])


def save_questionnaire(session: Executor, rows: list[Question]) -> None:
    """Make the questionnaire exactly ``rows``; answers to removed questions go with them."""
    texts = clean_texts(
        [row.text for row in rows],
        assessment_questions.c.text,
        translate("Questionnaire", "Question {number} is empty."),
    )
    cleaned = [row._replace(text=text) for row, text in zip(rows, texts, strict=True)]
    keep = {row.id for row in cleaned if row.id is not None}
    session.execute(
        delete(assessment_answers).where(assessment_answers.c.question_id.not_in(keep))
        if keep
        else delete(assessment_answers)
    )
    replace_rows(
        session,
        assessment_questions,
        [(row.id, {"element": row.element, "text": row.text}) for row in cleaned],
    )


def seed_questionnaire(executor: Executor, language: str) -> None:
    """The default questionnaire in ``language`` when there is none or it is untouched."""
    seed_rows(
        executor,
        assessment_questions,
        [(row.element, row.text) for row in list_questions(executor)],
        lambda other: [(row.element, row.text) for row in default_questions(other)],
        ("element", "text"),
        language,
    )


def answers_of(executor: Executor, round_id: int, staff_id: int) -> dict[int, int]:
    """Question id -> the person's answer in the round."""
    return dict(
        executor.execute(
            select(assessment_answers.c.question_id, assessment_answers.c.score).where(
                assessment_answers.c.round_id == round_id,
                assessment_answers.c.staff_id == staff_id,
            )
        ).all()
    )


def element_averages(
    questions: list[Question], answers: dict[int, int]
) -> dict[AdkarElement, float]:
    """The average answer per element, for the elements with at least one answer."""
    totals: dict[AdkarElement, list[int]] = {}
    for question in questions:
        if question.id is not None and question.id in answers:
            totals.setdefault(question.element, []).append(answers[question.id])
    return {element: round(sum(v) / len(v), 2) for element, v in totals.items()}


def save_answers(session: Session, round_id: int, staff_id: int, answers: dict[int, int]) -> None:
    """Replace the person's answers in the round and set each answered element's score to the
    average of its answers (elements without an answer keep their score). All or nothing."""
    for value in answers.values():
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(
                translate("Questionnaire", "An answer is a whole number from 1 to 5."), "score"
            )
    questions = list_questions(session)
    known = {question.id for question in questions}
    if set(answers) - known:
        raise ValidationError(
            translate("Questionnaire", "The questionnaire changed meanwhile; open it again."),
            "question_id",
        )
    averages = element_averages(questions, answers)
    set_scores(session, round_id, staff_id, averages)  # checks the round and the person
    session.execute(
        delete(assessment_answers).where(
            and_(
                assessment_answers.c.round_id == round_id,
                assessment_answers.c.staff_id == staff_id,
            )
        )
    )
    if answers:
        session.execute(
            insert(assessment_answers),
            [
                {"round_id": round_id, "staff_id": staff_id, "question_id": qid, "score": score}
                for qid, score in answers.items()
            ],
        )
