"""The first start on an empty database: set up the office, then import, explore or begin.

One card asks what Draagvlak needs to know from the start: the language (first, as it changes
the words of everything else), the office's name and logo (title bar, rollout plan, exports),
and who works at this PC (recorded with moves and contacts). Then the user imports the client
list, loads the demo office or starts empty. Everything stays editable under File ▸ Office
settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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
from desktop.core.common.vocab import StaffRole, staff_role_label
from desktop.core.db.engine import Database
from desktop.core.db.tables import office_settings, staff
from desktop.core.office.settings import LOGO_PATTERNS
from desktop.ui.common.workers import run_with_progress
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error

if TYPE_CHECKING:  # editing needs the ORM, which start-up leaves out
    from desktop.core.office.first_run import OfficeSetup


class WelcomeView(QWidget):
    office_ready = Signal()
    import_requested = Signal()  # after office_ready: the user wants to import the client list
    language_chosen = Signal(str)  # the user picked another language for the program

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
        card.setMinimumWidth(600)
        card.setMaximumWidth(680)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 28)
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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_combo = QComboBox(card)
        for code, name in i18n.LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(i18n.current_language()), 0)
        )
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.office_name_edit = QLineEdit(card)
        self.office_name_edit.setMaxLength(max_length(office_settings.c.name))
        self.office_name_edit.setPlaceholderText(self.tr("e.g. Van Dijk Accountants"))
        form.addRow(self.tr("Office &name:"), self.office_name_edit)
        self.logo_edit = QLineEdit(card)
        self.logo_edit.setMaxLength(max_length(office_settings.c.logo_path))
        self.logo_edit.setPlaceholderText(self.tr("Optional: shown on the rollout plan"))
        self.logo_button = QPushButton(self.tr("&Browse…"), card)
        self.logo_button.setAutoDefault(False)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        form.addRow(self._label(self.tr("Lo&go:"), self.logo_edit), logo_row)
        self.my_name_edit = QLineEdit(card)
        self.my_name_edit.setMaxLength(max_length(staff.c.name))
        self.my_name_edit.setPlaceholderText(self.tr("Optional: e.g. Anna de Vries"))
        self.role_combo = QComboBox(card)
        for role in StaffRole:
            self.role_combo.addItem(staff_role_label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(StaffRole.OFFICE_MANAGER))
        me_row = QHBoxLayout()
        me_row.addWidget(self.my_name_edit, 1)
        me_row.addWidget(self.role_combo)
        form.addRow(self._label(self.tr("&Your name:"), self.my_name_edit), me_row)
        me_hint = QLabel(
            self.tr("You become the first staff member; moves and contacts record your name."),
            card,
        )
        me_hint.setObjectName("welcome_hint")
        me_hint.setWordWrap(True)
        form.addRow("", me_hint)

        buttons = QHBoxLayout()
        self.empty_button = QPushButton(self.tr("&Start empty"), card)
        self.demo_button = QPushButton(self.tr("Load &demo office"), card)
        self.demo_button.setToolTip(
            self.tr("Fill Draagvlak with a believable example office to explore it.")
        )
        self.import_button = QPushButton(self.tr("&Import client list…"), card)
        self.import_button.setProperty("primary", True)
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            self.tr("Read your clients from an export of your practice software (CSV or Excel)")
        )
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        later = QLabel(self.tr("You can change all of this later under File ▸ Office settings."))
        later.setObjectName("welcome_hint")
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(later)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        order = (
            self.language_combo,
            self.office_name_edit,
            self.logo_edit,
            self.logo_button,
            self.my_name_edit,
            self.role_combo,
            self.import_button,
            self.demo_button,
            self.empty_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.office_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        # A row holding a layout gets no buddy from QFormLayout: the mnemonic needs one.
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect_signals(self) -> None:
        self.language_combo.activated.connect(self._on_language_activated)
        self.logo_button.clicked.connect(self._choose_logo)
        self.import_button.clicked.connect(self.import_clients)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.start_empty)

    def _on_language_activated(self, _index: int) -> None:
        code = self.language_combo.currentData()
        if code != i18n.current_language():
            self.language_chosen.emit(code)

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office logo"),
            settings.last_folder(),
            self.tr("Images ({patterns})").format(patterns=LOGO_PATTERNS),
        )
        if path:
            self.logo_edit.setText(str(Path(path)))

    def setup(self) -> OfficeSetup:
        """What the user filled in."""
        from desktop.core.office.first_run import OfficeSetup

        return OfficeSetup(
            office_name=self.office_name_edit.text(),
            language=self.language_combo.currentData(),
            logo_path=self.logo_edit.text().strip() or None,
            my_name=self.my_name_edit.text(),
            my_role=self.role_combo.currentData(),
            default_name=self.tr("My office"),
        )

    def start_empty(self) -> bool:
        """Set the office up without clients; False when a field was refused (shown)."""
        if not self._store_setup():
            return False
        self.office_ready.emit()
        return True

    def import_clients(self) -> None:
        if self.start_empty():
            self.import_requested.emit()

    def _store_setup(self) -> bool:
        from desktop.core.common.errors import DraagvlakError
        from desktop.core.office.first_run import set_up_office

        try:
            with self.database.session() as session:
                me = set_up_office(session, self.setup())
                session.commit()
        except DraagvlakError as error:
            show_error(self, error)
            return False
        if me is not None:
            settings.set_current_staff_id(me)
        return True

    def load_demo(self) -> None:
        from desktop.core.demo.office import DemoOptions, create_demo_office
        from desktop.core.office.first_run import set_up_office

        setup = self.setup()
        # The name the user typed is the office's name, demo or not; so are the language, the
        # logo and the person at this PC.
        options = DemoOptions(
            office_name=setup.office_name.strip() or None, language=setup.language
        )

        def task(progress, is_cancelled):  # runs on a worker thread with its own session
            with self.database.session() as session:
                create_demo_office(session, options, progress=progress, is_cancelled=is_cancelled)
                me = set_up_office(session, setup)
                session.commit()
                return me

        self._enable_buttons(False)
        run_with_progress(
            self,
            self.tr("Creating the demo office…"),
            task,
            on_success=self._demo_loaded,
            on_finished=lambda: self._enable_buttons(True),
        )

    def _demo_loaded(self, me: int | None) -> None:
        if me is not None:
            settings.set_current_staff_id(me)
        self.office_ready.emit()

    def _enable_buttons(self, enabled: bool) -> None:
        for button in (self.import_button, self.demo_button, self.empty_button):
            button.setEnabled(enabled)
