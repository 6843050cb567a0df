"""Everything about one client as an Excel workbook: easier to read for the person who asked
than JSON. Built from the same data as the JSON file (``client_data``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop.core.clients.editing import client_field_labels
from desktop.core.common.i18n import current_language, translate
from desktop.core.exports.xlsx.saving import save_atomically
from desktop.core.exports.xlsx.table_sheet import ExportColumn, write_table_sheet


def _sheet(
    workbook: Workbook, title: str, name: str, headers: list[str], rows: list[list[Any]]
) -> None:
    columns = [ExportColumn(header) for header in headers]
    write_table_sheet(workbook, title, name, columns, rows, current_language())


def write_client_workbook(data: dict[str, Any], target: Path) -> Path:
    """The client's data (from ``client_data``) as a workbook with one sheet per kind."""
    workbook = Workbook(write_only=True)
    labels = {
        **client_field_labels(),
        "segment": translate("Clients", "Segment"),
        "champion": translate("Clients", "Champion"),
        "archived": translate("Privacy", "Archived"),
        "created_at": translate("Privacy", "Added"),
        "updated_at": translate("Privacy", "Last changed"),
    }
    client = data["client"]
    _sheet(
        workbook,
        translate("Privacy", "Client"),
        "Client",
        [translate("Privacy", "Field"), translate("Privacy", "Value")],
        [[labels.get(key, key), value] for key, value in client.items() if key != "id"],
    )
    project, when = translate("Privacy", "Project"), translate("Privacy", "When")
    _sheet(
        workbook,
        translate("Privacy", "Projects"),
        "Projects",
        [
            project,
            translate("Privacy", "Stage"),
            translate("Privacy", "In stage since"),
            translate("Privacy", "Next action"),
            translate("Privacy", "Due"),
        ],
        [
            [p["project"], p["stage"], p["stage_since"], p["next_action"], p["next_action_due"]]
            for p in data["projects"]
        ],
    )
    by, note = translate("Privacy", "By"), translate("Privacy", "Note")
    _sheet(
        workbook,
        translate("Privacy", "Moves"),
        "Moves",
        [project, when, translate("Privacy", "From"), translate("Privacy", "To"), by, note],
        [
            [p["project"], m["at"], m["from_stage"], m["to_stage"], m["by"], m["note"]]
            for p in data["projects"]
            for m in p["history"]
        ],
    )
    _sheet(
        workbook,
        translate("Privacy", "Contacts"),
        "Contacts",
        [when, translate("Privacy", "Channel"), by, note],
        [[c["at"], c["channel"], c["by"], c["note"]] for c in data["contacts"]],
    )
    # What only some clients have gets a sheet only when there is something to show.
    check = data["readiness_check"]
    extras = (
        (
            translate("Privacy", "Champions"),
            "ChampionChanges",
            [when, translate("Privacy", "From"), translate("Privacy", "To"), by, note],
            [
                [c["at"], c["from_champion"], c["to_champion"], c["by"], c["note"]]
                for c in data["champion_changes"]
            ],
        ),
        (
            translate("Privacy", "Readiness check"),
            "ReadinessCheck",
            [translate("Privacy", "Question"), translate("Privacy", "Answer")],
            [[key, value] for key, value in check.items()] if check else [],
        ),
        (
            translate("Privacy", "Incentives"),
            "Incentives",
            [project, translate("Privacy", "Incentive"), when, translate("Privacy", "Invoiced")],
            [
                [i["project"], i["incentive"], i["marked_at"], i["invoiced"]]
                for i in data["incentives"]
            ],
        ),
    )
    for title, name, headers, rows in extras:
        if rows:
            _sheet(workbook, title, name, headers, rows)
    _sheet(
        workbook,
        translate("Privacy", "Changes"),
        "Changes",
        [
            when,
            by,
            translate("Privacy", "Field"),
            translate("Privacy", "From"),
            translate("Privacy", "To"),
        ],
        [
            [
                c["at"],
                c["by_name"],
                labels.get(c["field"], c["field"]),
                c["old_value"],
                c["new_value"],
            ]
            for c in data["changes"]
        ],
    )
    _sheet(
        workbook,
        translate("Privacy", "Imports"),
        "Imports",
        [translate("Privacy", "File"), when, translate("Privacy", "Action")],
        [[i["file_name"], i["at"], i["action"]] for i in data["imports"]],
    )
    return save_atomically(workbook.save, target)
