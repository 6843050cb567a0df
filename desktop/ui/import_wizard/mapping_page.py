"""Step 3: which column feeds which client field (suggested, or the saved mapping)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import ValidationError
from desktop.core.imports.mapping import (
    CLIENT_NUMBER,
    FIELDS,
    ColumnMapping,
    check_mapping,
    field_label,
    initial_mapping,
)
from desktop.core.imports.preview import FilePreview
from desktop.core.imports.rows import cell_text
from desktop.ui.common.field_errors import error_label
from desktop.ui.import_wizard.wizard import ImportPage


class MappingPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Choose for each column what it holds. Columns set to 'do not import' are "
                "left out. The choice is remembered for files with the same columns."
            )
        )
        layout = QVBoxLayout(self)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.numbers_label = QLabel(
            self.tr(
                "No column is the client number: new clients get the numbers after the highest "
                "client number in Draagvlak (1, 2, 3 … when there is none), and existing "
                "clients are recognised by e-mail, KvK number, or name and postcode."
            ),
            self,
        )
        self.numbers_label.setWordWrap(True)
        layout.addWidget(self.numbers_label)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        preview = wizard.file
        if preview.headers != wizard.mapping_headers:
            with wizard.database.session() as session:
                samples = [values for _number, values in preview.rows]
                mapping, saved = initial_mapping(session, preview.headers, samples)
            wizard.mapping, wizard.mapping_headers = mapping, preview.headers
            self.source_label.setText(
                self.tr("The mapping you saved for these columns is used.")
                if saved
                else self.tr("Suggested from the column names and their values; please check.")
            )
        self._fill(preview, wizard.mapping)
        self.error_label.hide()

    def _fill(self, preview: FilePreview, mapping: ColumnMapping) -> None:
        body = QWidget(self.scroll)
        grid = QGridLayout(body)
        for column, title in enumerate(
            (self.tr("Column in the file"), self.tr("Example"), self.tr("Import as"))
        ):
            label = QLabel(f"<b>{title}</b>", body)
            grid.addWidget(label, 0, column)
        self.combos = {}
        headers = preview.headers
        for index, header in enumerate(headers):
            combo = QComboBox(body)
            combo.setObjectName(f"mapping_combo_{index}")
            combo.addItem(self.tr("— do not import —"), None)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(header)), 0))
            combo.currentIndexChanged.connect(self.error_label.hide)
            combo.currentIndexChanged.connect(self._update_numbers_hint)
            self.combos[header] = combo
            grid.addWidget(QLabel(header, body), index + 1, 0)
            grid.addWidget(QLabel(_example(preview, index), body), index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
        grid.setRowStretch(len(headers) + 1, 1)
        grid.setColumnStretch(1, 1)
        self.scroll.setWidget(body)
        self._update_numbers_hint()

    def _update_numbers_hint(self) -> None:
        self.numbers_label.setVisible(CLIENT_NUMBER not in self.current_mapping().values())

    def current_mapping(self) -> ColumnMapping:
        return {
            header: combo.currentData()
            for header, combo in self.combos.items()
            if combo.currentData()
        }

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        try:
            mapping = check_mapping(wizard.file.headers, self.current_mapping())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        wizard.mapping = mapping
        return True


def _example(preview: FilePreview, index: int) -> str:
    for _number, values in preview.rows:
        text = cell_text(values[index]) if index < len(values) else None
        if text:
            return text if len(text) <= 40 else text[:39] + "…"
    return ""
