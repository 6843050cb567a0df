"""Everything about one client for its champion: who it is, where it stands in each project,
how it got there (timeline with days per stage and who moved it), the next action, how to
approach this client's segment, and the contact log.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clients.editing import get_client
from desktop.core.clients.history import client_enrollments, client_timeline
from desktop.core.common.errors import DraagvlakError, StaleEditError
from desktop.core.common.validation import max_length
from desktop.core.common.vocab import approach_channel_label, client_type_label
from desktop.core.db.engine import Database
from desktop.core.db.models import Segment, Staff
from desktop.core.db.tables import enrollments
from desktop.core.pipelines.approaches import get_segment_approach
from desktop.core.pipelines.next_actions import complete_next_action, set_next_action
from desktop.ui.board.identity import current_editor
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.client_history_models import EnrollmentsModel, TimelineModel
from desktop.ui.clients.contact_log_panel import ContactLogPanel
from desktop.ui.common.field_errors import FieldErrors, error_label, with_error
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.record_form import ConflictBar
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.privacy.client_privacy import ClientPrivacy


class ClientDetailDialog(QDialog):
    client_changed = Signal(int)  # something of this client was saved (next action, contact)

    def __init__(
        self,
        database: Database,
        client_id: int,
        parent: QWidget | None = None,
        project_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.client_id = client_id
        self.segment_id: int | None = None
        self._build_ui()
        self._connect_signals()
        self.reload(project_id)

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Client"))
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())

        projects_title = QLabel(self.tr("Projects"), self)
        projects_title.setObjectName("section_title")
        self.enrollments_model = EnrollmentsModel()
        self.enrollments_table = read_only_table(self, "enrollments_table", self.enrollments_model)
        header = self.enrollments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EnrollmentsModel.NEXT_ACTION, QHeaderView.ResizeMode.Stretch)
        self.not_enrolled_label = QLabel(self.tr("This client takes part in no project yet."), self)
        self.not_enrolled_label.setObjectName("view_subtitle")
        layout.addWidget(projects_title)
        layout.addWidget(self.enrollments_table)
        layout.addWidget(self.not_enrolled_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        self.timeline_box = QGroupBox(self.tr("Stage history"), left)
        timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline_model = TimelineModel()
        self.timeline_table = read_only_table(
            self.timeline_box, "timeline_table", self.timeline_model
        )
        header = self.timeline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TimelineModel.BY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TimelineModel.BY, 120)
        timeline_layout.addWidget(self.timeline_table)
        left_layout.addWidget(self.timeline_box, 3)
        left_layout.addWidget(self._build_next_action(left))

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.approach_box = QGroupBox(self.tr("Approach"), right)
        approach_layout = QVBoxLayout(self.approach_box)
        self.approach_label = QLabel(self.approach_box)
        self.approach_label.setWordWrap(True)
        self.approach_label.setTextFormat(Qt.TextFormat.RichText)
        self.approach_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.approach_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        approach_layout.addWidget(self.approach_label)
        contacts_box = QGroupBox(self.tr("Contact log"), right)
        contacts_layout = QVBoxLayout(contacts_box)
        self.contact_panel = ContactLogPanel(self.database, self.client_id, contacts_box)
        contacts_layout.addWidget(self.contact_panel)
        right_layout.addWidget(self.approach_box)
        right_layout.addWidget(contacts_box, 1)
        splitter.setSizes([640, 460])
        layout.addWidget(splitter, 1)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.button_box)
        # Enter in a field belongs to that field's own button, not to whichever button is first.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _build_header(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("client_header")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 10)
        texts = QVBoxLayout()
        self.name_label = QLabel(frame)
        self.name_label.setObjectName("view_title")
        self.facts_label = QLabel(frame)
        self.contact_label = QLabel(frame)
        self.contact_label.setObjectName("view_subtitle")
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.name_label, self.facts_label, self.contact_label):
            texts.addWidget(label)
        layout.addLayout(texts, 1)
        self.edit_button = QPushButton(self.tr("&Edit client…"), frame)
        self.edit_button.setToolTip(self.tr("Change the client's details"))
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.check_button = QPushButton(self.tr("Readiness &check…"), frame)
        self.check_button.setToolTip(self.tr("Five questions that suggest the client's segment"))
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        self.privacy = ClientPrivacy(self.database, self.client_id, self)
        layout.addWidget(self.privacy.button, 0, Qt.AlignmentFlag.AlignTop)
        return frame

    def _build_next_action(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Next action"), parent)
        form = QFormLayout(box)
        self.next_action_edit = QLineEdit(box)
        self.next_action_edit.setMaxLength(max_length(enrollments.c.next_action))
        self.next_action_edit.setPlaceholderText(self.tr("e.g. Call to help with the first login"))
        action_error = error_label(box)
        due_row = QWidget(box)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_check = QCheckBox(self.tr("D&ue on"), due_row)
        self.due_date_edit = QDateEdit(QDate.currentDate(), due_row)
        self.due_date_edit.setCalendarPopup(True)
        self.save_action_button = QPushButton(self.tr("&Save next action"), due_row)
        self.done_action_button = QPushButton(self.tr("Mark d&one"), due_row)
        self.done_action_button.setToolTip(
            self.tr("The action is done: it is cleared (done on time, it earns points).")
        )
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_date_edit)
        due_layout.addStretch(1)
        due_layout.addWidget(self.save_action_button)
        due_layout.addWidget(self.done_action_button)
        self.action_errors = FieldErrors(action_error)
        self.action_errors.add("next_action", self.next_action_edit, action_error)
        form.addRow(self.tr("&What:"), with_error(self.next_action_edit, action_error))
        form.addRow("", due_row)
        self.action_conflict_bar = ConflictBar(box)
        form.addRow(self.action_conflict_bar)
        self.next_action_box = box
        return box

    def _connect_signals(self) -> None:
        self.button_box.rejected.connect(self.reject)
        self.enrollments_table.selectionModel().currentRowChanged.connect(self._show_project)
        self.save_action_button.clicked.connect(self.save_next_action)
        self.done_action_button.clicked.connect(self.complete_next_action)
        self.next_action_edit.returnPressed.connect(self.save_next_action)
        self.due_check.toggled.connect(self.due_date_edit.setEnabled)
        self.contact_panel.contact_added.connect(lambda: self.client_changed.emit(self.client_id))
        self.edit_button.clicked.connect(self.edit_client)
        self.check_button.clicked.connect(self.check_readiness)
        self.action_conflict_bar.reload_requested.connect(self.reload)
        self.privacy.anonymised.connect(self._on_anonymised)

    # -- data ---------------------------------------------------------------------------------

    def reload(self, project_id: int | None = None) -> None:
        """Read the client again; ``project_id`` (or the shown one) stays selected."""
        keep = project_id if project_id is not None else self.current_project_id()
        with self.database.session() as session:
            details = get_client(session, self.client_id)
            data = details.data
            segment = session.get(Segment, data.segment_id) if data.segment_id else None
            champion = session.get(Staff, data.champion_id) if data.champion_id else None
            enrollments = client_enrollments(session, self.client_id)
        self.segment_id = data.segment_id
        self.setWindowTitle(self.tr("Client {name}").format(name=data.name))
        self.name_label.setText(data.name)
        self.privacy.set_client(data.name, data.client_number, details.anonymised)
        facts = [data.client_number, client_type_label(data.client_type)]
        facts.append(segment.name if segment else self.tr("no segment"))
        facts.append(
            self.tr("champion {name}").format(name=champion.name)
            if champion
            else self.tr("no champion")
        )
        if details.archived:
            facts.append(self.tr("archived"))
        if data.client_since is not None:
            facts.append(self.tr("client since {date}").format(date=date_text(data.client_since)))
        self.facts_label.setText("  ·  ".join(facts))
        contact = [data.contact_person, data.email, data.phone]
        if data.mobile:
            contact.append(self.tr("mobile {number}").format(number=data.mobile))
        place = " ".join(part for part in (data.postcode, data.city) if part)
        contact.append(", ".join(part for part in (data.address, place, data.country) if part))
        self.contact_label.setText("  ·  ".join(part for part in contact if part))
        self.enrollments_model.set_rows(enrollments)
        # As tall as its rows (a client is in a few projects at most).
        self.enrollments_table.setFixedHeight(
            self.enrollments_table.horizontalHeader().sizeHint().height()
            + 24 * min(max(len(enrollments), 1), 4)
            + 4
        )
        self.enrollments_table.setVisible(bool(enrollments))
        self.not_enrolled_label.setVisible(not enrollments)
        row = next((i for i, e in enumerate(enrollments) if e.project_id == keep), 0)
        if enrollments:
            self.enrollments_table.selectRow(row)
        self._show_project()

    def current_enrollment(self):  # type: ignore[no-untyped-def]
        row = self.enrollments_table.currentIndex().row()
        rows = self.enrollments_model.rows
        return rows[row] if 0 <= row < len(rows) else None

    def current_project_id(self) -> int | None:
        enrollment = self.current_enrollment()
        return enrollment.project_id if enrollment is not None else None

    def _show_project(self, *_args: object) -> None:
        enrollment = self.current_enrollment()
        for box in (self.timeline_box, self.next_action_box, self.approach_box):
            box.setEnabled(enrollment is not None)
        self.action_errors.clear()
        self.action_conflict_bar.hide()
        if enrollment is None:
            self.timeline_model.set_rows([])
            self.next_action_edit.clear()
            self.approach_label.setText(self.tr("Enroll the client in a project to see it here."))
            return
        with self.database.session() as session:
            timeline = client_timeline(session, enrollment.enrollment_id)
            approach = (
                get_segment_approach(session, enrollment.project_id, self.segment_id)
                if self.segment_id is not None
                else None
            )
        self.timeline_box.setTitle(
            self.tr("Stage history in {project}").format(project=enrollment.project_name)
        )
        self.timeline_model.set_rows(timeline)
        self.next_action_edit.setText(enrollment.next_action or "")
        self.done_action_button.setEnabled(enrollment.next_action is not None)
        self.due_check.setChecked(enrollment.next_action_due is not None)
        self.due_date_edit.setEnabled(enrollment.next_action_due is not None)
        self.due_date_edit.setDate(
            QDate(enrollment.next_action_due)
            if enrollment.next_action_due
            else QDate.currentDate().addDays(7)
        )
        self._show_approach(approach)

    def _show_approach(self, approach) -> None:  # type: ignore[no-untyped-def]
        if approach is None:
            self.approach_box.setTitle(self.tr("Approach"))
            self.approach_label.setText(
                self.tr("The client has no segment, so there is no segment approach to show.")
            )
            return
        self.approach_box.setTitle(
            self.tr("Approach for {segment}").format(segment=approach.segment_name)
        )
        if not (approach.approach or approach.channels or approach.incentive):
            self.approach_label.setText(
                self.tr("No approach written for this segment yet (Projects › Approach).")
            )
            return
        channels = ", ".join(approach_channel_label(key) for key in approach.channels) or "–"
        lines = [
            _escape(approach.approach).replace("\n", "<br>") or "–",
            "<b>{}</b> {}".format(self.tr("Channels:"), _escape(channels)),
            "<b>{}</b> {}".format(self.tr("Incentive:"), _escape(approach.incentive) or "–"),
        ]
        self.approach_label.setText("<p>" + "</p><p>".join(lines) + "</p>")

    # -- actions ------------------------------------------------------------------------------

    def save_next_action(self) -> None:
        enrollment = self.current_enrollment()
        if enrollment is None:
            return
        self.action_errors.clear()
        self.action_conflict_bar.hide()
        due = self.due_date_edit.date().toPython() if self.due_check.isChecked() else None
        read = (enrollment.next_action, enrollment.next_action_due)
        try:
            with self.database.session() as session:
                set_next_action(
                    session,
                    enrollment.enrollment_id,
                    self.next_action_edit.text(),
                    due,
                    read=read,
                    by=current_editor(self.database),
                )
                session.commit()
        except StaleEditError as error:
            self.action_conflict_bar.show_conflict(error)
            return
        except DraagvlakError as error:
            self.action_errors.show(error)
            return
        self.reload()
        self.client_changed.emit(self.client_id)

    def complete_next_action(self) -> None:
        """The next action is done (points when on time: see desktop/core/rewards)."""
        enrollment = self.current_enrollment()
        if enrollment is None or enrollment.next_action is None:
            return
        read = (enrollment.next_action, enrollment.next_action_due)
        try:
            with self.database.session() as session:
                complete_next_action(
                    session, enrollment.enrollment_id, read=read, by=current_editor(self.database)
                )
                session.commit()
        except DraagvlakError as error:
            self.action_errors.show(error)
            return
        self.reload()
        self.client_changed.emit(self.client_id)

    def _on_anonymised(self) -> None:
        self.reload()
        self.client_changed.emit(self.client_id)

    def edit_client(self) -> None:
        dialog = ClientDialog(self.database, self.client_id, self)
        if dialog.exec():
            self.reload()
            self.client_changed.emit(self.client_id)

    def check_readiness(self) -> None:
        from desktop.ui.assessments.client_check_dialog import ClientCheckDialog

        dialog = ClientCheckDialog(self.database, self.client_id, self.name_label.text(), self)
        if dialog.exec() and dialog.saved:
            self.reload()
            self.client_changed.emit(self.client_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
