"""Enroll clients in a project: all active clients, or those the client list shows now.

Enrolling thousands of clients runs on a worker with progress and Cancel; clients already in
the project are skipped and new ones start in the project's first stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clients.listing import (
    ArchiveState,
    ClientFilter,
    count_clients,
    list_clients,
)
from desktop.core.db.engine import Database
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.projects import list_projects
from desktop.core.pipelines.stages import list_stages
from desktop.ui.common.field_errors import error_label
from desktop.ui.common.workers import run_with_progress
from desktop.ui.shell import settings

ALL_ACTIVE = ClientFilter(archived=ArchiveState.ACTIVE)


def matching_client_ids(database: Database, client_filter: ClientFilter) -> list[int]:
    """Ids of the clients a filter matches (run on a worker: up to 100,000 rows)."""
    with database.session() as session:
        total = count_clients(session, client_filter)
        rows = list_clients(session, client_filter, limit=total)
    return [row.id for row in rows]


class EnrollDialog(QDialog):
    """``client_filter``/``client_ids`` offer "the clients in the list" besides "all active"."""

    enrolled = Signal(int, int)  # project id, number of newly enrolled clients

    def __init__(
        self,
        database: Database,
        project_id: int | None = None,
        client_filter: ClientFilter | None = None,
        client_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.client_filter = client_filter
        self.client_ids = list(client_ids) if client_ids is not None else None
        self.enrolled_count: int | None = None
        self._build_ui(project_id)
        self._connect_signals()
        self._update_first_stage()

    def _build_ui(self, project_id: int | None) -> None:
        self.setWindowTitle(self.tr("Enroll clients in a project"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.project_combo = QComboBox(self)
        with self.database.session() as session:
            projects = list_projects(session)
            active_count = count_clients(session, ALL_ACTIVE)
            selection_count = (
                len(self.client_ids)
                if self.client_ids is not None
                else count_clients(session, self.client_filter)
                if self.client_filter is not None
                else None
            )
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        if project_id is not None:
            self.project_combo.setCurrentIndex(max(self.project_combo.findData(project_id), 0))
        form.addRow(self.tr("&Project:"), self.project_combo)
        layout.addLayout(form)

        self.all_radio = QRadioButton(
            self.tr("&All active clients ({count})").format(count=active_count), self
        )
        self.selection_radio = QRadioButton(
            self.tr("The clients in the &list as filtered now ({count})").format(
                count=selection_count or 0
            ),
            self,
        )
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.all_radio)
        self.scope_group.addButton(self.selection_radio)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.selection_radio)
        self.has_selection = selection_count is not None
        if selection_count is None:
            self.selection_radio.hide()
            self.all_radio.setChecked(True)
        else:
            self.selection_radio.setChecked(True)

        self.first_stage_label = QLabel(self)
        self.first_stage_label.setObjectName("view_subtitle")
        self.first_stage_label.setWordWrap(True)
        layout.addWidget(self.first_stage_label)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.enroll_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.enroll_button.setText(self.tr("&Enroll"))
        layout.addWidget(self.button_box)
        if not projects:
            self.enroll_button.setEnabled(False)
            self.error_label.setText(self.tr("There is no project yet. Create a project first."))
            self.error_label.show()
        self.project_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.start_enrolling)
        self.button_box.rejected.connect(self.reject)
        self.project_combo.currentIndexChanged.connect(self._update_first_stage)

    def _update_first_stage(self) -> None:
        project_id = self.project_combo.currentData()
        if project_id is None:
            self.first_stage_label.clear()
            return
        with self.database.session() as session:
            stages = list_stages(session, project_id)
        if not stages:
            self.first_stage_label.setText(
                self.tr("This project has no stages yet. Add stages before enrolling clients.")
            )
            self.enroll_button.setEnabled(False)
            return
        self.enroll_button.setEnabled(True)
        self.first_stage_label.setText(
            self.tr(
                "New clients start in the stage '{stage}'. Clients already in the project "
                "stay where they are; archived clients are skipped."
            ).format(stage=stages[0].name)
        )

    def start_enrolling(self) -> None:
        """Enroll on a worker; the dialog closes when done (``enrolled`` is emitted)."""
        project_id = self.project_combo.currentData()
        if project_id is None:
            return
        use_selection = self.has_selection and self.selection_radio.isChecked()
        client_filter, client_ids = self.client_filter, self.client_ids
        database, by_staff_id = self.database, settings.current_staff_id()

        def task(progress, is_cancelled):  # type: ignore[no-untyped-def]
            ids: list[int] | None = None  # None: every active client
            if use_selection:
                ids = client_ids
                if ids is None and client_filter is not None:
                    ids = matching_client_ids(database, client_filter)
            with database.session() as session:
                count = enroll_clients(
                    session,
                    project_id,
                    ids,
                    by_staff_id=by_staff_id,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )
                session.commit()
            return count

        self.enroll_button.setEnabled(False)
        run_with_progress(
            self,
            self.tr("Enrolling clients…"),
            task,
            on_success=lambda count: self._on_enrolled(project_id, count),
            on_error=self._on_error,
            on_finished=lambda: self.enroll_button.setEnabled(True),
        )

    def _on_enrolled(self, project_id: int, count: int) -> None:
        self.enrolled_count = count
        self.enrolled.emit(project_id, count)
        self.accept()

    def _on_error(self, error: BaseException) -> None:
        from desktop.core.common.errors import DraagvlakError
        from desktop.ui.shell.error_handler import show_error

        if isinstance(error, DraagvlakError):
            self.error_label.setText(str(error))
            self.error_label.show()
        else:
            show_error(self, error)


def enroll_filtered_clients(
    parent: QWidget, database: Database, client_filter: ClientFilter
) -> int | None:
    """The clients view's "Enroll in project…": the dialog offering the list as filtered now.

    Returns how many clients were newly enrolled, or None when the user cancelled.
    """
    dialog = EnrollDialog(database, client_filter=client_filter, parent=parent)
    dialog.exec()
    return dialog.enrolled_count
