"""Create or edit a project: name, description, goal ("X% of clients Active by date"), phase.

A new project also picks its stage template ("Client portal" or empty).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import ConflictError, DraagvlakError, StaleEditError
from desktop.core.common.validation import max_length
from desktop.core.db.engine import Database
from desktop.core.db.tables import projects
from desktop.core.pipelines.projects import (
    create_project,
    get_project,
    project_values,
    update_project,
)
from desktop.ui.board.identity import current_editor
from desktop.ui.common.field_errors import FieldErrors, error_label, with_error
from desktop.ui.common.record_form import ConflictBar


class ProjectDialog(QDialog):
    """``project_id=None`` creates a project; after accept() ``project_id`` holds its id."""

    def __init__(
        self, database: Database, project_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id = project_id
        self._read: dict[str, object] | None = None  # the values as loaded: what an edit changes
        self._build_ui()
        self._connect_signals()
        if project_id is not None:
            self._load()
        self._update_goal_enabled()

    def _build_ui(self) -> None:
        creating = self.project_id is None
        self.setWindowTitle(self.tr("New project") if creating else self.tr("Edit project"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error_label = error_label(self)
        self.errors = FieldErrors(self.general_error_label)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(max_length(projects.c.name))
        self.name_edit.setPlaceholderText(self.tr("e.g. Client portal"))
        self._add_row(form, self.tr("&Name:"), "name", self.name_edit)

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(72)
        self.description_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.description_edit.setPlaceholderText(
            self.tr("What the project brings clients and the office.")
        )
        self._add_row(form, self.tr("&Description:"), "description", self.description_edit)

        goal_row = QWidget(self)
        goal_layout = QHBoxLayout(goal_row)
        goal_layout.setContentsMargins(0, 0, 0, 0)
        self.goal_check = QCheckBox(self.tr("&Goal:"), goal_row)
        self.goal_spin = QSpinBox(goal_row)
        self.goal_spin.setRange(1, 100)
        self.goal_spin.setValue(80)
        self.goal_spin.setSuffix(" %")
        self.target_date_edit = QDateEdit(goal_row)
        self.target_date_edit.setCalendarPopup(True)
        self.target_date_edit.setDate(QDate.currentDate().addMonths(12))
        goal_layout.addWidget(self.goal_spin)
        goal_layout.addWidget(QLabel(self.tr("of clients Active by"), goal_row))
        goal_layout.addWidget(self.target_date_edit)
        goal_layout.addStretch(1)
        goal_label = error_label(self)
        self.errors.add("goal_percent", self.goal_spin, goal_label)
        self.errors.add("target_date", self.target_date_edit, goal_label)
        form.addRow(self.goal_check, with_error(goal_row, goal_label))

        self.phase_combo = QComboBox(self)
        self.phase_combo.setEditable(True)
        self.phase_combo.lineEdit().setMaxLength(max_length(projects.c.phase))
        self.phase_combo.addItems(
            [
                "",
                self.tr("Preparation"),
                self.tr("Pilot"),
                self.tr("Rollout"),
                self.tr("Follow-up"),
            ]
        )
        self.phase_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._add_row(form, self.tr("&Phase:"), "phase", self.phase_combo)

        self.template_combo = QComboBox(self)
        self.template_combo.addItem(
            self.tr("Client portal (Not approached … Active, plus Declined)"), "client_portal"
        )
        self.template_combo.addItem(self.tr("Empty: I add the stages myself"), "empty")
        if creating:
            self._add_row(form, self.tr("&Stages:"), "template", self.template_combo)
        else:
            self.template_combo.hide()

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Create project") if creating else self.tr("&Save"))
        layout.addLayout(form)
        layout.addWidget(self.general_error_label)
        self.conflict_bar = ConflictBar(self)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.button_box)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> None:
        label = error_label(self)
        self.errors.add(field, widget, label)
        form.addRow(text, with_error(widget, label))

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.goal_check.toggled.connect(self._update_goal_enabled)
        self.conflict_bar.reload_requested.connect(self._load)

    def _update_goal_enabled(self) -> None:
        self.goal_spin.setEnabled(self.goal_check.isChecked())
        self.target_date_edit.setEnabled(self.goal_check.isChecked())

    def _load(self) -> None:
        with self.database.session() as session:
            project = get_project(session, self.project_id)
            self._read = project_values(project)
            self.errors.clear()
            self.name_edit.setText(project.name)
            self.description_edit.setPlainText(project.description)
            self.goal_check.setChecked(project.goal_percent is not None)
            if project.goal_percent is not None:
                self.goal_spin.setValue(max(project.goal_percent, 1))
            if project.target_date is not None:
                self.target_date_edit.setDate(QDate(project.target_date))
            self.phase_combo.setCurrentText(project.phase)
        self._update_goal_enabled()

    def values(self) -> dict[str, object]:
        """The entered fields as keyword arguments of create_project / update_project."""
        with_goal = self.goal_check.isChecked()
        return {
            "name": self.name_edit.text(),
            "description": self.description_edit.toPlainText(),
            "goal_percent": self.goal_spin.value() if with_goal else None,
            "target_date": self.target_date_edit.date().toPython() if with_goal else None,
            "phase": self.phase_combo.currentText(),
        }

    def accept(self) -> None:
        self.errors.clear()
        self.conflict_bar.hide()
        try:
            with self.database.session() as session:
                if self.project_id is None:
                    template = self.template_combo.currentData()
                    project = create_project(session, template=template, **self.values())
                else:
                    project = update_project(
                        session,
                        self.project_id,
                        **self.values(),
                        read=self._read,
                        by=current_editor(self.database),
                    )
                session.commit()
                self.project_id = project.id
        except StaleEditError as error:
            self.conflict_bar.show_conflict(error)
            return
        except ConflictError as error:  # the only clash a project can have is its name
            self.errors.show(error, "name")
            return
        except DraagvlakError as error:
            self.errors.show(error)
            return
        super().accept()
