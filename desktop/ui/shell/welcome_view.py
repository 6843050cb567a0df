"""First-run screen for an empty database: load the demo office or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common import i18n
from desktop.core.common.validation import max_length
from desktop.core.db.engine import Database
from desktop.core.db.tables import office_settings
from desktop.ui.common.workers import run_with_progress


class WelcomeView(QWidget):
    office_ready = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setObjectName("welcome_view")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("welcome_card")
        card.setMinimumWidth(540)
        card.setMaximumWidth(640)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(14)
        title = QLabel(self.tr("Welcome to Draagvlak"), card)
        title.setObjectName("welcome_title")
        intro = QLabel(
            self.tr(
                "Draagvlak helps your office bring staff and clients along with new ICT, such "
                "as a client portal: champions, onboarding stages per client and an approach "
                "per client segment. Your data stays on this PC."
            ),
            card,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.office_name_edit = QLineEdit(card)
        self.office_name_edit.setMaxLength(max_length(office_settings.c.name))
        self.office_name_edit.setPlaceholderText(self.tr("e.g. Van Dijk Accountants"))
        form.addRow(self.tr("Office &name:"), self.office_name_edit)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Load &demo office"), card)
        self.demo_button.setToolTip(
            self.tr("Fill Draagvlak with a believable example office to explore it.")
        )
        self.empty_button = QPushButton(self.tr("&Start empty"), card)
        self.empty_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.office_name_edit, self.empty_button)
        self.setTabOrder(self.empty_button, self.demo_button)
        self.office_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.start_empty)
        self.office_name_edit.returnPressed.connect(self.start_empty)

    def start_empty(self) -> None:
        from desktop.core.office.settings import initialise_office

        name = self.office_name_edit.text().strip() or self.tr("My office")
        with self.database.session() as session:
            initialise_office(session, name, i18n.current_language())
            session.commit()
        self.office_ready.emit()

    def load_demo(self) -> None:
        from desktop.core.demo.office import DemoOptions, create_demo_office

        # The name the user typed is the office's name, demo or not.
        options = DemoOptions(office_name=self.office_name_edit.text().strip() or None)

        def task(progress, is_cancelled):  # runs on a worker thread with its own session
            with self.database.session() as session:
                summary = create_demo_office(
                    session, options, progress=progress, is_cancelled=is_cancelled
                )
                session.commit()
                return summary

        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        run_with_progress(
            self,
            self.tr("Creating the demo office…"),
            task,
            on_success=lambda _summary: self.office_ready.emit(),
            on_finished=self._enable_buttons,
        )

    def _enable_buttons(self) -> None:
        self.demo_button.setEnabled(True)
        self.empty_button.setEnabled(True)
