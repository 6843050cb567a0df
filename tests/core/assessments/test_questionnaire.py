"""Entering per question: answers average into the element score; the questionnaire is edited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import AdkarElement
from desktop.core.assessments.questionnaire import (
    Question,
    answers_of,
    default_questions,
    list_questions,
    save_answers,
    save_questionnaire,
    seed_questionnaire,
)
from desktop.core.assessments.results import round_results
from desktop.core.assessments.rounds import create_round
from desktop.core.common.errors import ValidationError
from desktop.core.db.tables import assessment_answers
from desktop.core.staff.editing import StaffData, create_staff

A, D, K = AdkarElement.AWARENESS, AdkarElement.DESIRE, AdkarElement.KNOWLEDGE


def test_answers_average_into_element_scores_and_the_barrier(session: Session) -> None:
    seed_questionnaire(session, "en")  # as a migrated database holds it
    assert len(list_questions(session)) == 10  # the default questionnaire, two per element
    save_questionnaire(
        session,
        [Question(None, A, "Why?")]
        + [Question(None, D, f"Wish {n}") for n in range(5)]
        + [Question(None, K, "How?")],
    )
    questions = list_questions(session)
    anna = create_staff(session, StaffData(name="Anna Bakker", initials="AB"))
    round_id = create_round(session, "Nulmeting", "2026-01-15")
    desire = [q.id for q in questions if q.element is D]
    answers = {questions[0].id: 5, **dict(zip(desire, (4, 4, 3, 3, 3), strict=True))}
    save_answers(session, round_id, anna, answers)
    (person,) = round_results(session, round_id).people
    assert person.scores[:3] == (5.0, 3.4, None)  # 3.4 is above 3: no barrier at Desire
    assert person.barrier is None
    save_answers(session, round_id, anna, {**answers, questions[-1].id: 2})
    (person,) = round_results(session, round_id).people
    assert person.scores[2] == 2.0 and person.barrier is K
    assert answers_of(session, round_id, anna)[questions[-1].id] == 2
    with pytest.raises(ValidationError):
        save_answers(session, round_id, anna, {questions[0].id: 6})
    # Removing a question removes its answers; the score stays.
    save_questionnaire(session, questions[:-1])
    assert questions[-1].id not in answers_of(session, round_id, anna)
    assert round_results(session, round_id).people[0].scores[2] == 2.0
    with pytest.raises(ValidationError, match="Question 2 is empty"):
        save_questionnaire(session, [questions[0], Question(None, K, "  ")])


def test_untouched_defaults_follow_the_office_language(session: Session) -> None:
    seed_questionnaire(session, "nl")
    dutch = [q.text for q in list_questions(session)]
    assert dutch == [q.text for q in default_questions("nl")] and dutch[0].startswith("Ik weet")
    first = list_questions(session)[0]
    save_questionnaire(session, [first._replace(text="Eigen vraag"), *list_questions(session)[1:]])
    seed_questionnaire(session, "en")  # edited: left alone
    assert list_questions(session)[0].text == "Eigen vraag"
    assert session.scalar(select(func.count()).select_from(assessment_answers)) == 0
