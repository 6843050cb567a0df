"""Beside the heatmap: the round's fast learners and the people stuck at a barrier, and for the
chosen person their adopter category (overridable), suggested next step and measures."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessments.adopters import (
    AdopterCategory,
    PersonTrend,
    adopter_label,
    adopter_rule_text,
    fast_learners,
    stuck_people,
    stuck_text,
)
from desktop.core.assessments.elements import element_label
from desktop.core.assessments.interventions import Intervention, interventions_for, suggestion_text
from desktop.core.assessments.results import PersonResult
from desktop.core.common.vocab import measure_kind_label, measure_status_label
from desktop.core.measures.editing import MeasureRow
from desktop.ui.common.locale_format import date_text

STAFF_ROLE = Qt.ItemDataRole.UserRole


class PersonPanel(QWidget):
    person_chosen = Signal(int)  # a name in the trend lists was activated
    category_chosen = Signal(int, object)  # staff id, AdopterCategory or None (the rule)
    plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: PersonResult | None = None
        self._filling = False
        self._build_ui()
        self._connect_signals()
        self.show_person(None, None, [], [])

    def _build_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        trends = QGroupBox(self.tr("Trends"), self)
        trends_layout = QHBoxLayout(trends)
        self.fast_list = self._list(trends)
        self.stuck_list = self._list(trends)
        for text, widget in (
            (self.tr("Fastest risers (rise per round, 0.5 or more):"), self.fast_list),
            (self.tr("Stuck at the same barrier point (two rounds or more):"), self.stuck_list),
        ):
            column = QVBoxLayout()
            label = QLabel(text, trends)
            label.setWordWrap(True)
            column.addWidget(label)
            column.addWidget(widget, 1)
            trends_layout.addLayout(column, 1)
        layout.addWidget(trends, 1)

        person = self.person_box = QGroupBox(self.tr("Person"), self)
        person_layout = QHBoxLayout(person)
        form = QVBoxLayout()
        heading = QHBoxLayout()
        self.name_label = QLabel(person)
        self.name_label.setObjectName("person_name")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.barrier_label = QLabel(person)
        heading.addWidget(self.name_label)
        heading.addWidget(self.barrier_label, 1)
        form.addLayout(heading)
        category_row = QHBoxLayout()
        category_label = QLabel(self.tr("&Adopter category:"), person)
        self.category_combo = QComboBox(person)
        self.category_combo.setMinimumContentsLength(26)
        category_label.setBuddy(self.category_combo)
        self.rule_button = QToolButton(person)
        self.rule_button.setText("?")
        self.rule_button.setToolTip(self.tr("How the category is derived"))
        category_row.addWidget(category_label)
        category_row.addWidget(self.category_combo, 1)
        category_row.addWidget(self.rule_button)
        form.addLayout(category_row)
        form.addWidget(QLabel(self.tr("Suggested next step:"), person))
        self.step_label = QLabel(person)
        self.step_label.setWordWrap(True)
        self.step_label.setObjectName("next_step")
        form.addWidget(self.step_label)
        self.plan_button = QPushButton(self.tr("&Plan this step…"), person)
        form.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addStretch(1)
        person_layout.addLayout(form, 2)
        measures = QVBoxLayout()
        measures_label = QLabel(self.tr("Measures for this person:"), person)
        measures_label.setWordWrap(True)
        measures.addWidget(measures_label)
        self.measures_list = QListWidget(person)
        self.measures_list.setWordWrap(True)
        measures.addWidget(self.measures_list, 1)
        person_layout.addLayout(measures, 1)
        layout.addWidget(person, 1)

    def _list(self, parent: QWidget) -> QListWidget:
        # Long lines end in an ellipsis (the whole line is the item's tooltip): no sideways
        # scrolling in a list of names.
        widget = QListWidget(parent)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setUniformItemSizes(True)
        return widget

    def _connect_signals(self) -> None:
        self.fast_list.itemActivated.connect(self._on_item_activated)
        self.stuck_list.itemActivated.connect(self._on_item_activated)
        self.fast_list.itemClicked.connect(self._on_item_activated)
        self.stuck_list.itemClicked.connect(self._on_item_activated)
        self.category_combo.currentIndexChanged.connect(self._on_category_changed)
        self.rule_button.clicked.connect(self.show_rule)
        self.plan_button.clicked.connect(self.plan_requested)

    def set_trends(self, trends: dict[int, PersonTrend], names: dict[int, str]) -> None:
        self.fast_list.clear()
        for trend in fast_learners(trends.values()):
            speed = QLocale().toString(trend.speed or 0.0, "f", 1)
            self._add(self.fast_list, f"{names.get(trend.staff_id, '')} · +{speed}", trend)
        self.stuck_list.clear()
        for trend in stuck_people(trends.values()):
            self._add(
                self.stuck_list, f"{names.get(trend.staff_id, '')} · {stuck_text(trend)}", trend
            )
        for widget in (self.fast_list, self.stuck_list):
            if widget.count() == 0:
                empty = QListWidgetItem(self.tr("nobody"), widget)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add(self, widget: QListWidget, text: str, trend: PersonTrend) -> None:
        item = QListWidgetItem(text, widget)
        item.setToolTip(text)
        item.setData(STAFF_ROLE, trend.staff_id)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        staff_id = item.data(STAFF_ROLE)
        if staff_id is not None:
            self.person_chosen.emit(staff_id)

    def show_person(
        self,
        person: PersonResult | None,
        trend: PersonTrend | None,
        library: list[Intervention],
        measures: list[MeasureRow],
    ) -> None:
        self.person = person
        self.trend = trend
        self._filling = True
        self.category_combo.clear()
        if person is None:
            self.name_label.setText(self.tr("Choose a person in the heatmap."))
            self.barrier_label.clear()
            self.step_label.clear()
        else:
            self.name_label.setText(person.name)
            self.barrier_label.setText(
                self.tr("· barrier point: {element}").format(
                    element=element_label(person.barrier) if person.barrier else self.tr("none")
                )
            )
            self.step_label.setText(suggestion_text(person.barrier, library))
            if trend is not None:
                self.category_combo.addItem(
                    self.tr("By the rule: {category}").format(
                        category=adopter_label(trend.derived)
                    ),
                    None,
                )
                for category in AdopterCategory:
                    self.category_combo.addItem(adopter_label(category), category)
                self.category_combo.setCurrentIndex(
                    max(self.category_combo.findData(trend.override), 0)
                    if trend.override is not None
                    else 0
                )
        self._filling = False
        self.category_combo.setEnabled(trend is not None)
        self.plan_button.setEnabled(
            person is not None
            and person.barrier is not None
            and bool(interventions_for(library, person.barrier))
        )
        self.measures_list.clear()
        for measure in measures:
            parts = [measure.title, measure_kind_label(measure.kind)]
            if measure.owner_name:
                parts.append(measure.owner_name)
            if measure.due_on:
                parts.append(date_text(measure.due_on))
            parts.append(measure_status_label(measure.status))
            QListWidgetItem(" · ".join(parts), self.measures_list)
        if person is not None and not measures:
            empty = QListWidgetItem(self.tr("none yet"), self.measures_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_category_changed(self, _index: int) -> None:
        if not self._filling and self.person is not None:
            self.category_chosen.emit(self.person.staff_id, self.category_combo.currentData())

    def show_rule(self) -> None:
        QMessageBox.information(self, self.tr("Adopter categories"), adopter_rule_text())
