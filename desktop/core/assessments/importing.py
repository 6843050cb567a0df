"""Importing a round's scores from CSV or XLSX: one row per person, one column per element.

People are matched on e-mail, then initials, then name (case and accents ignored). Every row is
checked before anything is written: an unknown person, a score outside 1-5 or a person twice
refuses the whole file, so a round is never half-imported. An empty cell clears that score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label, parse_score
from desktop.core.assessments.rounds import RoundRow, create_round, find_round, set_scores
from desktop.core.common.errors import DraagvlakError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import fold
from desktop.core.common.validation import parse_date
from desktop.core.db.tables import staff
from desktop.core.imports.readers import open_table

NAME, INITIALS, EMAIL = "name", "initials", "email"
# Header words, folded (see _key), in Dutch and English; element labels of the current
# language are accepted as well.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    NAME: ("name", "naam", "medewerker", "staffmember", "volledigenaam", "fullname"),
    INITIALS: ("initials", "initialen", "afkorting"),
    EMAIL: ("email", "emailadres", "emailaddress", "mail"),
    AdkarElement.AWARENESS: ("awareness", "bewustzijn"),
    AdkarElement.DESIRE: ("desire", "bereidheid", "verlangen"),
    AdkarElement.KNOWLEDGE: ("knowledge", "kennis"),
    AdkarElement.ABILITY: ("ability", "vaardigheid", "vaardigheden", "kunnen"),
    AdkarElement.REINFORCEMENT: ("reinforcement", "bestendiging", "borging"),
}


class AssessmentImportError(DraagvlakError):
    """The file was refused; ``problems`` holds one line per problem (row and reason)."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class AssessmentImport:
    round: RoundRow
    created_round: bool
    people: int
    scores: int


def _key(header: str) -> str:
    return "".join(ch for ch in fold(header) if ch.isalnum())


def map_headers(headers: tuple[str, ...]) -> dict[str, int]:
    """Field (name/initials/email or an element) -> column index, for the recognised headers."""
    words = {field: set(values) for field, values in HEADER_WORDS.items()}
    for element in ELEMENTS:
        words[element].add(_key(element_label(element)))
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        for field, options in words.items():
            if key in options and field not in found:
                found[field] = index
                break
    return found


class _People:
    """The staff, findable by e-mail, initials or folded name."""

    def __init__(self, session: Session) -> None:
        self.by: dict[str, dict[str, list[int]]] = {NAME: {}, INITIALS: {}, EMAIL: {}}
        for staff_id, name, initials, email in session.execute(
            select(staff.c.id, staff.c.name, staff.c.initials, staff.c.email)
        ):
            for field, value in ((NAME, name), (INITIALS, initials), (EMAIL, email)):
                if value:
                    self.by[field].setdefault(_key(value), []).append(staff_id)

    def find(self, values: dict[str, str]) -> tuple[int | None, str | None]:
        """(staff id, None) or (None, the reason nobody was chosen)."""
        for field in (EMAIL, INITIALS, NAME):
            value = values.get(field)
            if not value:
                continue
            ids = self.by[field].get(_key(value), [])
            if len(ids) == 1:
                return ids[0], None
            if len(ids) > 1:
                return None, translate(
                    "Assessments", "{value} matches more than one staff member."
                ).format(value=value)
        shown = next((v for v in values.values() if v), "")
        return None, translate("Assessments", "{value} is not on the staff.").format(value=shown)


def import_round(
    session: Session,
    path: Path | str,
    round_name: str,
    held_on: date | str | None = None,
    project: str | None = None,
    today: date | None = None,
) -> AssessmentImport:
    """Read the file and set the scores of everyone in it in the named round (made when new,
    dated ``held_on`` or today). Raises AssessmentImportError listing every problem, writing
    nothing; the caller commits."""
    with open_table(path) as table:
        columns = map_headers(table.headers)
        person_columns = [f for f in (NAME, INITIALS, EMAIL) if f in columns]
        element_columns = [e for e in ELEMENTS if e in columns]
        if not person_columns or not element_columns:
            raise ValidationError(
                translate(
                    "Assessments",
                    "The file needs a column with the name, initials or e-mail and a column "
                    "per element (for example Bewustzijn or Awareness); found: {headers}.",
                ).format(headers=", ".join(h for h in table.headers if h))
            )
        people = _People(session)
        problems: list[str] = []
        rows: dict[int, dict[AdkarElement, float | None]] = {}
        seen_on: dict[int, int] = {}
        for number, values in table.rows():
            who = {f: str(_cell(values, columns[f]) or "").strip() for f in person_columns}
            staff_id, reason = people.find(who)
            if staff_id is None:
                problems.append(_row_problem(number, reason or ""))
                continue
            if staff_id in seen_on:
                problems.append(
                    _row_problem(
                        number,
                        translate("Assessments", "the same person as row {row}.").format(
                            row=seen_on[staff_id]
                        ),
                    )
                )
                continue
            seen_on[staff_id] = number
            scores: dict[AdkarElement, float | None] = {}
            for element in element_columns:
                try:
                    scores[element] = parse_score(_cell(values, columns[element]), str(element))
                except ValidationError as error:
                    problems.append(_row_problem(number, f"{element_label(element)}: {error}"))
            rows[staff_id] = scores
    if problems:
        raise AssessmentImportError(
            translate("Assessments", "Nothing was imported; problems in the file: {count}.").format(
                count=len(problems)
            ),
            problems,
        )
    round_row, created = _round(session, round_name, held_on, project, today)
    for staff_id, scores in rows.items():
        set_scores(session, round_row.id, staff_id, scores)
    written = sum(1 for scores in rows.values() for value in scores.values() if value is not None)
    return AssessmentImport(find_round(session, round_row.name), created, len(rows), written)


def _cell(values: tuple[object, ...], index: int) -> object:
    return values[index] if index < len(values) else None


def _row_problem(number: int, reason: str) -> str:
    return translate("Assessments", "Row {row}: {reason}").format(row=number, reason=reason)


def _round(
    session: Session, name: str, held_on: date | str | None, project: str | None, today: date | None
) -> tuple[RoundRow, bool]:
    try:
        existing = find_round(session, name)
    except NotFoundError:
        create_round(session, name, held_on or today or date.today(), project)
        return find_round(session, name), True
    day = parse_date(held_on, "held_on")
    if day is not None and day != existing.held_on:
        raise ValidationError(
            translate(
                "Assessments", "The round {name} exists already and was held on {date}."
            ).format(name=existing.name, date=existing.held_on.isoformat()),
            "held_on",
        )
    return existing, False
