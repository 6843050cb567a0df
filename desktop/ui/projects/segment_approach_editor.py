"""Per project and segment: how champions approach clients, through which channels, and why.

Changes are saved with Save (Ctrl+S) and also when another segment or project is chosen, so a
switch never loses typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import DraagvlakError, StaleEditError
from desktop.core.common.vocab import ApproachChannel, approach_channel_label
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.pipelines.approaches import (
    SegmentApproachRow,
    list_segment_approaches,
    set_segment_approach,
)
from desktop.ui.board.identity import current_editor
from desktop.ui.common.field_errors import FieldErrors, error_label, with_error
from desktop.ui.common.record_form import ConflictBar

SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole


class SegmentApproachEditor(QWidget):
    approach_saved = Signal(int)  # segment id

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id: int | None = None
        self.rows: list[SegmentApproachRow] = []
        self._descriptions: dict[int, str] = {}
        self._shown_segment_id: int | None = None
        self._dirty = False
        self._build_ui()
        self._connect_signals()
        self._set_form_enabled(False)

    def _build_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.segment_list = QListWidget(self)
        self.segment_list.setObjectName("segment_list")
        self.segment_list.setMaximumWidth(220)
        layout.addWidget(self.segment_list)

        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(8, 0, 0, 0)
        self.segment_title = QLabel(form_box)
        self.segment_title.setObjectName("section_title")
        self.segment_description = QLabel(form_box)
        self.segment_description.setObjectName("view_subtitle")
        self.segment_description.setWordWrap(True)
        form = QFormLayout()
        self.general_error_label = error_label(form_box)
        self.errors = FieldErrors(self.general_error_label)
        self.approach_edit = QPlainTextEdit(form_box)
        self.approach_edit.setTabChangesFocus(True)
        self.approach_edit.setPlaceholderText(
            self.tr("e.g. Visit in person, show the portal on their own invoices.")
        )
        self.approach_edit.setFixedHeight(150)
        self.approach_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        approach_error = error_label(form_box)
        self.errors.add("approach", self.approach_edit, approach_error)
        form.addRow(self.tr("&Approach:"), with_error(self.approach_edit, approach_error))

        channels = QWidget(form_box)
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        self.channel_checks: dict[str, QCheckBox] = {}
        for index, key in enumerate(ApproachChannel):
            check = QCheckBox(approach_channel_label(key), channels)
            self.channel_checks[key] = check
            grid.addWidget(check, index // 3, index % 3)
        channels_error = error_label(form_box)
        self.errors.add("channels", channels, channels_error)
        form.addRow(self.tr("Channels:"), with_error(channels, channels_error))

        self.incentive_edit = QPlainTextEdit(form_box)
        self.incentive_edit.setTabChangesFocus(True)
        self.incentive_edit.setFixedHeight(64)
        self.incentive_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.incentive_edit.setPlaceholderText(
            self.tr("e.g. First quarter of the portal subscription free.")
        )
        incentive_error = error_label(form_box)
        self.errors.add("incentive", self.incentive_edit, incentive_error)
        form.addRow(self.tr("&Incentive:"), with_error(self.incentive_edit, incentive_error))

        buttons = QHBoxLayout()
        self.saved_label = QLabel(form_box)
        self.saved_label.setObjectName("view_subtitle")
        self.save_button = QPushButton(self.tr("Sa&ve approach"), form_box)
        self.save_button.setToolTip(self.tr("Save the approach for this segment (Ctrl+S)"))
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        form_layout.addWidget(self.segment_title)
        form_layout.addWidget(self.segment_description)
        form_layout.addLayout(form)
        form_layout.addWidget(self.general_error_label)
        self.conflict_bar = ConflictBar(form_box)
        form_layout.addWidget(self.conflict_bar)
        form_layout.addLayout(buttons)
        form_layout.addStretch(1)
        layout.addWidget(form_box, 1)

        self.setTabOrder(self.segment_list, self.approach_edit)
        previous: QWidget = self.approach_edit
        for check in self.channel_checks.values():
            self.setTabOrder(previous, check)
            previous = check
        self.setTabOrder(previous, self.incentive_edit)
        self.setTabOrder(self.incentive_edit, self.save_button)

    def _connect_signals(self) -> None:
        self.segment_list.currentItemChanged.connect(self._on_segment_changed)
        self.save_button.clicked.connect(self.save)
        self.conflict_bar.reload_requested.connect(self._reload_after_conflict)
        self.approach_edit.textChanged.connect(self._mark_dirty)
        self.incentive_edit.textChanged.connect(self._mark_dirty)
        for check in self.channel_checks.values():
            check.toggled.connect(self._mark_dirty)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- data ---------------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.save_if_changed()
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        keep = self._shown_segment_id
        self.rows = []
        if self.project_id is not None:
            with self.database.session() as session:
                self.rows = list_segment_approaches(session, self.project_id)
                self._descriptions = {s.id: s.description for s in list_segments(session)}
        self.segment_list.blockSignals(True)
        self.segment_list.clear()
        for row in self.rows:
            item = QListWidgetItem(self._item_text(row), self.segment_list)
            item.setData(SEGMENT_ID_ROLE, row.segment_id)
        self.segment_list.blockSignals(False)
        self._shown_segment_id = None
        target = next((i for i, r in enumerate(self.rows) if r.segment_id == keep), 0)
        if self.rows:
            self.segment_list.setCurrentRow(target)
        else:
            self._show(None)

    def _reload_after_conflict(self) -> None:
        self._dirty = False  # the stale typing is dropped: the current values are shown
        self.reload()

    def _item_text(self, row: SegmentApproachRow) -> str:
        # A check mark tells at a glance which segments still need an approach.
        filled = bool(row.approach or row.channels or row.incentive)
        return ("✓  " if filled else "     ") + row.segment_name

    def _on_segment_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if not self.save_if_changed():
            return
        segment_id = current.data(SEGMENT_ID_ROLE) if current is not None else None
        self._show(next((r for r in self.rows if r.segment_id == segment_id), None))

    def _show(self, row: SegmentApproachRow | None) -> None:
        self.errors.clear()
        self.conflict_bar.hide()
        self._shown_segment_id = row.segment_id if row is not None else None
        self._set_form_enabled(row is not None)
        self.segment_title.setText(row.segment_name if row else self.tr("No segments"))
        description = self._descriptions.get(row.segment_id, "") if row else ""
        self.segment_description.setText(description)
        self.approach_edit.setPlainText(row.approach if row else "")
        self.incentive_edit.setPlainText(row.incentive if row else "")
        for key, check in self.channel_checks.items():
            check.setChecked(bool(row) and key in row.channels)
        self.saved_label.clear()
        self._dirty = False

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.approach_edit, self.incentive_edit, self.save_button):
            widget.setEnabled(enabled)
        for check in self.channel_checks.values():
            check.setEnabled(enabled)

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.saved_label.clear()

    # -- saving -------------------------------------------------------------------------------

    def save_if_changed(self) -> bool:
        """Save pending changes; False (and the message shown) when they could not be saved."""
        return self.save() if self._dirty else True

    def save(self) -> bool:
        if self.project_id is None or self._shown_segment_id is None:
            return True
        self.errors.clear()
        self.conflict_bar.hide()
        segment_id = self._shown_segment_id
        channels = [key for key, check in self.channel_checks.items() if check.isChecked()]
        read = next(r for r in self.rows if r.segment_id == segment_id)
        try:
            with self.database.session() as session:
                row = set_segment_approach(
                    session,
                    self.project_id,
                    segment_id,
                    self.approach_edit.toPlainText(),
                    channels,
                    self.incentive_edit.toPlainText(),
                    read=read,
                    by=current_editor(self.database),
                )
                session.commit()
        except StaleEditError as error:
            self.conflict_bar.show_conflict(error)
            return False
        except DraagvlakError as error:
            self.errors.show(error)
            return False
        self.rows = [row if r.segment_id == segment_id else r for r in self.rows]
        for index in range(self.segment_list.count()):
            item = self.segment_list.item(index)
            if item.data(SEGMENT_ID_ROLE) == segment_id:
                item.setText(self._item_text(row))
        self._dirty = False
        self.saved_label.setText(self.tr("Saved."))
        self.approach_saved.emit(segment_id)
        return True
