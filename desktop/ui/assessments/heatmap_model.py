"""The heatmap: staff x ADKAR element for one round, coloured 1-5 with the number in the cell,
an arrow for the change since the previous round, the firm's average pinned on top.

A model over the immutable PersonResult rows of desktop/core/assessments/results.py; sorting
(by team, role, barrier point, a score or the change) reorders that Python list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.assessments.adopters import (
    AdopterCategory,
    PersonTrend,
    adopter_label,
    adopter_rule_text,
)
from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.palette import score_colour, text_colour
from desktop.core.assessments.results import PersonResult, RoundResults
from desktop.core.common.vocab import staff_role_label
from desktop.ui.common.row_table_model import ModelIndex

NAME, TEAM, ROLE = 0, 1, 2
FIRST_ELEMENT = 3
BARRIER = FIRST_ELEMENT + len(ELEMENTS)
CHANGE = BARRIER + 1
ADOPTER = CHANGE + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  # the score (float) or change, for tests and charts
UP, DOWN, SAME = "▲", "▼", "="
# A change smaller than this (averaging noise) shows as no arrow.
CHANGE_EPSILON = 0.05
# A person's score gets an arrow from half a point up or down: smaller steps on a 1-5 scale
# are noise, and an arrow in every cell would hide the ones that matter (the tooltip is exact).
PERSON_ARROW_STEP = 0.5


def _barrier_key(person: PersonResult) -> int:
    return ELEMENTS.index(person.barrier) if person.barrier else len(ELEMENTS)


def _none_last(value: float | None) -> tuple[bool, float]:
    return (value is None, value or 0.0)


class HeatmapModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.results: RoundResults | None = None
        self.people: list[PersonResult] = []
        self.trends: dict[int, PersonTrend] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)
        # Per row (staff id, None for the firm): the cell texts, built when first painted.
        self._texts: dict[int | None, tuple[str, ...]] = {}
        self._brushes: dict[str, QBrush] = {}

    # -- rows: row 0 is the firm's average, then one per person --------------------------------

    def set_results(
        self, results: RoundResults | None, trends: dict[int, PersonTrend] | None = None
    ) -> None:
        self.beginResetModel()
        self.results = results
        self.trends = trends or {}
        self.people = list(results.people) if results else []
        self._texts.clear()
        self._apply_sort()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.people else len(self.people) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else ADOPTER + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = {
                NAME: self.tr("Name"),
                TEAM: self.tr("Team"),
                ROLE: self.tr("Role"),
                BARRIER: self.tr("Barrier point"),
                # Short: the column is narrow; the tooltip says what the number is.
                CHANGE: self.tr("+/−"),
                ADOPTER: self.tr("Category"),
            }
            # A score column is headed by the element's ADKAR letter (the model's own notation,
            # the same in every language) so it can be as narrow as its scores; the tooltip names it.
            return fixed.get(section) or ELEMENTS[section - FIRST_ELEMENT].value[0].upper()
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_ELEMENT <= section < BARRIER:
            return element_label(ELEMENTS[section - FIRST_ELEMENT])
        if role == Qt.ItemDataRole.ToolTipRole and section == CHANGE:
            return self.tr("Change of the average score since the previous round")
        if role == Qt.ItemDataRole.ToolTipRole and section == ADOPTER:
            return adopter_rule_text()
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIRST_ELEMENT:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def person_at(self, row: int) -> PersonResult | None:
        return self.people[row - 1] if 1 <= row <= len(self.people) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.results is None:
            return None
        column = index.column()
        person = self.person_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(person)[column]
        is_score = FIRST_ELEMENT <= column < BARRIER
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and is_score:
            fill = score_colour(self._score_and_change(person, column)[0])
            return self._brush(
                fill if role == Qt.ItemDataRole.BackgroundRole else text_colour(fill)
            )
        score, change = self._score_and_change(person, column)
        if role == SCORE_ROLE:
            return change if column == CHANGE else score
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_ELEMENT:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and (person is None or column == BARRIER):
            return self._bold
        trend = self.trend_of(person)
        if column == ADOPTER and trend is not None:
            if role == Qt.ItemDataRole.FontRole and trend.override is not None:
                return self._italic
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._adopter_tip(trend)
        if role == Qt.ItemDataRole.ToolTipRole and is_score and change is not None:
            return self.tr("{change} since the previous round").format(change=_signed(change))
        return None

    def _row_texts(self, person: PersonResult | None) -> tuple[str, ...]:
        key = person.staff_id if person is not None else None
        texts = self._texts.get(key)
        if texts is None:
            texts = self._texts[key] = tuple(
                self._text(person, column, *self._score_and_change(person, column))
                for column in range(ADOPTER + 1)
            )
        return texts

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _score_and_change(
        self, person: PersonResult | None, column: int
    ) -> tuple[float | None, float | None]:
        assert self.results is not None
        if FIRST_ELEMENT <= column < BARRIER:
            element = column - FIRST_ELEMENT
            if person is not None:
                return person.scores[element], person.change(element)
            now = self.results.averages[element]
            before = self.results.previous_averages
            if now is None or before is None or before[element] is None:
                return now, None
            return now, round(now - before[element], 2)
        if column == CHANGE and person is not None:
            return None, person.mean_change()
        return None, None

    def _text(
        self, person: PersonResult | None, column: int, score: float | None, change: float | None
    ) -> str:
        if person is None:
            return (
                self.tr("Firm average")
                if column == NAME
                else self._firm_text(column, score, change)
            )
        if column == NAME:
            return person.name
        if column == TEAM:
            return person.team or ""
        if column == ROLE:
            return staff_role_label(person.role)
        if column == BARRIER:
            return element_label(person.barrier) if person.barrier else self.tr("none")
        if column == CHANGE:
            return "" if change is None else f"{_arrow(change)} {_signed(change)}"
        if column == ADOPTER:
            trend = self.trend_of(person)
            return adopter_label(trend.category) if trend is not None else ""
        return _score_text(score, change, PERSON_ARROW_STEP)

    def _firm_text(self, column: int, score: float | None, change: float | None) -> str:
        if FIRST_ELEMENT <= column < BARRIER:
            return _score_text(score, change)
        return ""

    def trend_of(self, person: PersonResult | None) -> PersonTrend | None:
        return self.trends.get(person.staff_id) if person is not None else None

    def _adopter_tip(self, trend: PersonTrend) -> str:
        speed = (
            self.tr("rising {speed} per round").format(speed=_signed(trend.speed))
            if trend.speed is not None
            else self.tr("one round so far")
        )
        lines = [
            adopter_label(trend.category),
            self.tr("Average {average}, {speed}").format(
                average=QLocale().toString(trend.average, "f", 1), speed=speed
            ),
        ]
        if trend.override is not None:
            lines.append(
                self.tr("Chosen by hand; by the rule: {category}").format(
                    category=adopter_label(trend.derived)
                )
            )
        return "\n".join(lines)

    def _category_key(self, person: PersonResult) -> int:
        trend = self.trend_of(person)
        return _CATEGORY_ORDER[trend.category] if trend is not None else len(_CATEGORY_ORDER)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys: dict[int, Callable[[PersonResult], Any]] = {
            NAME: lambda p: p.name.casefold(),
            TEAM: lambda p: ((p.team or "\uffff").casefold(), p.name.casefold()),
            ROLE: lambda p: (staff_role_label(p.role).casefold(), p.name.casefold()),
            BARRIER: lambda p: (_barrier_key(p), p.name.casefold()),
            CHANGE: lambda p: _none_last(p.mean_change()),
            ADOPTER: lambda p: (self._category_key(p), p.name.casefold()),
        }
        for element in range(len(ELEMENTS)):
            keys[FIRST_ELEMENT + element] = lambda p, e=element: _none_last(p.scores[e])
        self.people.sort(
            key=keys.get(column, keys[NAME]), reverse=order == Qt.SortOrder.DescendingOrder
        )


_CATEGORY_ORDER = {category: index for index, category in enumerate(AdopterCategory)}


def _signed(value: float) -> str:
    text = QLocale().toString(value, "f", 1)
    return f"+{text}" if value > 0 else text


def _arrow(change: float, step: float = CHANGE_EPSILON) -> str:
    if change >= step:
        return UP
    if change <= -step:
        return DOWN
    return SAME


def _score_text(score: float | None, change: float | None, step: float = CHANGE_EPSILON) -> str:
    if score is None:
        return ""
    decimals = 0 if float(score).is_integer() else 1
    text = QLocale().toString(float(score), "f", decimals)
    if change is None or abs(change) < step:
        return text
    return f"{text} {_arrow(change, step)}"
