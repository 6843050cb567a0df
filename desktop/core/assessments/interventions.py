"""The intervention library: per ADKAR element the steps that help a person past that barrier.

The office edits the library (a small dialog); it starts with defaults in the office language.
A person's suggested next step is the first intervention for their barrier point; accepting a
step creates a measure aimed at that person (desktop/core/measures/editing.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label
from desktop.core.assessments.ordered_rows import clean_texts, replace_rows, seed_rows
from desktop.core.common.i18n import QT_TRANSLATE_NOOP, language_set_to, translate
from desktop.core.common.vocab import MeasureKind
from desktop.core.db.tables.readiness import interventions
from desktop.core.measures.editing import MeasureData, create_measure

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

# The defaults, in English (the source language); stored translated into the office language.
DEFAULT_INTERVENTIONS: tuple[tuple[AdkarElement, MeasureKind, str], ...] = (
    (
        AdkarElement.AWARENESS,
        MeasureKind.COMMUNICATION,
        QT_TRANSLATE_NOOP("Interventions", "Explain why we change: the portal and its benefits"),
    ),
    (
        AdkarElement.DESIRE,
        MeasureKind.BOARD,
        QT_TRANSLATE_NOOP("Interventions", "Conversation with the sponsor (partner)"),
    ),
    (
        AdkarElement.DESIRE,
        MeasureKind.HR,
        QT_TRANSLATE_NOOP("Interventions", "One-to-one conversation about doubts and concerns"),
    ),
    (
        AdkarElement.DESIRE,
        MeasureKind.REWARD,
        QT_TRANSLATE_NOOP("Interventions", "Incentive for moving clients to the portal"),
    ),
    (
        AdkarElement.KNOWLEDGE,
        MeasureKind.TRAINING,
        QT_TRANSLATE_NOOP("Interventions", "Training in working with the client portal"),
    ),
    (
        AdkarElement.ABILITY,
        MeasureKind.TRAINING,
        QT_TRANSLATE_NOOP("Interventions", "Practice with real clients, coached by a champion"),
    ),
    (
        AdkarElement.REINFORCEMENT,
        MeasureKind.REWARD,
        QT_TRANSLATE_NOOP("Interventions", "Recognition of results in the team meeting"),
    ),
    (
        AdkarElement.REINFORCEMENT,
        MeasureKind.COMMUNICATION,
        QT_TRANSLATE_NOOP("Interventions", "Follow-up conversation after a month"),
    ),
)


class Intervention(NamedTuple):
    id: int | None  # None for one not saved yet
    element: AdkarElement
    kind: MeasureKind
    title: str


def default_interventions(language: str) -> list[Intervention]:
    with language_set_to(language):
        return [
            Intervention(None, element, kind, translate("Interventions", title))
            for element, kind, title in DEFAULT_INTERVENTIONS
        ]


def list_interventions(session: Executor) -> list[Intervention]:
    """The library in ADKAR order, then in the office's order within an element."""
    order = {element: index for index, element in enumerate(ELEMENTS)}
    rows = [
        Intervention(row.id, AdkarElement(row.element), MeasureKind(row.kind), row.title)
        for row in session.execute(
            select(
                interventions.c.id,
                interventions.c.element,
                interventions.c.kind,
                interventions.c.title,
                interventions.c.position,
            ).order_by(interventions.c.position, interventions.c.id)
        )
    ]
    return sorted(rows, key=lambda row: order[row.element])


def interventions_for(
    library: list[Intervention], element: AdkarElement | None
) -> list[Intervention]:
    return [row for row in library if row.element == element]


def save_library(session: Executor, rows: list[Intervention]) -> None:
    """Make the library exactly ``rows`` (order kept): known ids are updated, new rows added,
    missing ones removed. Every row is checked first; the caller commits."""
    titles = clean_texts(
        [row.title for row in rows],
        interventions.c.title,
        translate("Interventions", "Line {number} needs a title."),
    )
    cleaned = [row._replace(title=title) for row, title in zip(rows, titles, strict=True)]
    replace_rows(
        session,
        interventions,
        [
            (row.id, {"element": row.element, "kind": row.kind, "title": row.title})
            for row in cleaned
        ],
    )


def seed_library(executor: Executor, language: str) -> None:
    """Fill the library with the defaults in ``language`` when it is empty, or when it still
    holds exactly the defaults of another language (an office choosing its language)."""
    seed_rows(
        executor,
        interventions,
        [(row.element, row.kind, row.title) for row in list_interventions(executor)],
        lambda other: [(r.element, r.kind, r.title) for r in default_interventions(other)],
        ("element", "kind", "title"),
        language,
    )


@dataclass(frozen=True)
class Acceptance:
    """What the accept dialog asks: which step, by whom, by when."""

    intervention: Intervention
    staff_id: int
    element: AdkarElement
    owner_id: int | None
    due_on: date | None
    title: str | None = None  # default: the intervention's title
    project_id: int | None = None


def accept_intervention(
    session: Session, acceptance: Acceptance, by_staff_id: int | None = None
) -> int:
    """Plan the step as a measure for the person (kind from the intervention, element = the
    barrier); returns the measure's id. The caller commits."""
    return create_measure(
        session,
        MeasureData(
            title=acceptance.title or acceptance.intervention.title,
            kind=acceptance.intervention.kind,
            project_id=acceptance.project_id,
            target_staff_id=acceptance.staff_id,
            element=acceptance.element,
            owner_id=acceptance.owner_id,
            due_on=acceptance.due_on,
        ),
        by_staff_id,
    )


def suggestion_text(element: AdkarElement | None, library: list[Intervention]) -> str:
    """The suggested next step for a barrier point, in words."""
    if element is None:
        return translate("Interventions", "No barrier point: no step needed.")
    steps = interventions_for(library, element)
    if not steps:
        return translate("Interventions", "The library has no step for {element} yet.").format(
            element=element_label(element)
        )
    return steps[0].title
