"""The client list as an Excel table: the same clients, order and columns as on screen.

The screen hands over its filter (search, segment, champion, type, archived, stage), its sort
and its visible columns in their order; the command line builds the same from its options.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from desktop.core.clients.listing import (
    DEFAULT_SORT,
    SORT_KEYS,
    ClientFilter,
    ClientRow,
    client_column_labels,
    count_clients,
    iter_clients,
)
from desktop.core.common.i18n import Context, current_language, translate
from desktop.core.common.vocab import client_type_label
from desktop.core.exports.xlsx.saving import write_workbook
from desktop.core.exports.xlsx.table_sheet import (
    CancelCheck,
    ExportColumn,
    Progress,
    ProgressCallback,
    write_table_sheet,
)

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


# The value of each column in a ClientRow (what the cell holds, not how the screen shows it).
_VALUES: dict[str, Callable[[ClientRow], object]] = {
    "client_number": lambda row: row.client_number,
    "name": lambda row: row.name,
    "client_type": lambda row: client_type_label(row.client_type),
    "segment": lambda row: row.segment_name,
    "champion": lambda row: row.champion_name,
    "contact_person": lambda row: row.contact_person,
    "email": lambda row: row.email,
    "phone": lambda row: row.phone,
    "postcode": lambda row: row.postcode,
    "city": lambda row: row.city,
    "kvk_number": lambda row: row.kvk_number,
    "archived": lambda row: translate("ClientColumns", "yes") if row.archived else "",
    "updated_at": lambda row: row.updated_at,
}
ALL_ACTIVE = ClientFilter()
DEFAULT_COLUMNS: tuple[str, ...] = tuple(key for key in _VALUES if key != "archived")


Exports = Context("Exports")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int

    def saved_text(self) -> str:
        return Exports.tr("Saved {name} (%n rows).", "", self.rows).format(name=self.path.name)


def export_client_list(
    executor: Executor,
    path: Path | str,
    client_filter: ClientFilter = ALL_ACTIVE,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    report: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the matching clients to ``path`` (.xlsx) in list order; nothing is written when
    cancelled or when saving fails."""
    unknown = [key for key in columns if key not in _VALUES]
    if unknown or sort not in SORT_KEYS:
        raise ValueError(f"unknown client columns {unknown} or sort {sort!r}")
    labels = client_column_labels()
    values = [_VALUES[key] for key in columns]
    progress = Progress(count_clients(executor, client_filter), report, is_cancelled)

    def rows() -> Iterator[list[object]]:
        for client in iter_clients(executor, client_filter, sort, descending):
            yield [value(client) for value in values]

    def fill(workbook: Workbook) -> None:
        write_table_sheet(
            workbook,
            translate("ClientColumns", "Clients"),
            "Clients",
            [ExportColumn(labels[key]) for key in columns],
            rows(),
            current_language(),
            progress,
        )
        progress.check()  # a cancel after the last batch still writes nothing

    return ExportResult(write_workbook(path, fill), progress.done)
