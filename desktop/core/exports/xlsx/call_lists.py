"""Call lists: one sheet per champion with the open clients to call, most urgent first.

Each row: the client, the contact person and how to reach them, the stage and the days in it,
the next action and its due date, and the approach the project chose for the client's segment.
Sorted by due date (overdue ones come first by nature), clients without a due date last. Only
clients in an open stage are listed: a client who is active or declined needs no call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.champions.people import find_staff
from desktop.core.common.i18n import current_language, translate
from desktop.core.common.vocab import StageKind, approach_channel_label
from desktop.core.db.tables import clients
from desktop.core.exports.xlsx.client_list import ExportResult
from desktop.core.exports.xlsx.saving import write_workbook
from desktop.core.exports.xlsx.table_sheet import (
    CancelCheck,
    ExportColumn,
    Progress,
    ProgressCallback,
    sheet_title,
    write_table_sheet,
)
from desktop.core.pipelines.approaches import SegmentApproachRow, list_segment_approaches
from desktop.core.pipelines.board import CHUNK_SIZE, BoardCard, BoardFilter, board_cards
from desktop.core.pipelines.projects import find_project
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stalled import local_today


def call_list_columns() -> list[ExportColumn]:
    return [
        ExportColumn(translate("CallLists", "Number")),
        ExportColumn(translate("CallLists", "Client")),
        ExportColumn(translate("CallLists", "Contact person")),
        ExportColumn(translate("CallLists", "Phone")),
        ExportColumn(translate("CallLists", "Mobile")),
        ExportColumn(translate("CallLists", "E-mail")),
        ExportColumn(translate("CallLists", "Stage")),
        ExportColumn(translate("CallLists", "Days in stage"), "0"),
        ExportColumn(translate("CallLists", "Next action")),
        ExportColumn(translate("CallLists", "Due")),
        ExportColumn(translate("CallLists", "Overdue")),
        ExportColumn(translate("CallLists", "Approach"), width=60),
    ]


def export_call_lists(
    session: Session,
    path: Path | str,
    project: str | None = None,
    champion: str | None = None,
    today: date | None = None,
    report: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the call lists of a project (by name; the only project when None), one sheet per
    champion, or only ``champion``'s (name or initials). Returns the rows written."""
    project_row = find_project(session, project)
    champion_id = find_staff(session, champion).id if champion else None
    today = today or local_today()
    open_stages = {
        stage.id: stage.name
        for stage in list_stages(session, project_row.id)
        if stage.kind is StageKind.OPEN
    }
    columns = board_cards(
        session, project_row.id, BoardFilter(champion_id=champion_id, today=today)
    )
    cards = [
        card for stage_id, cards in columns.items() if stage_id in open_stages for card in cards
    ]
    contacts = _contacts(session, [card.client_id for card in cards])
    approaches = {
        row.segment_id: text
        for row in list_segment_approaches(session, project_row.id)
        if (text := _approach_text(row))
    }
    by_champion: dict[str, list[BoardCard]] = defaultdict(list)
    unassigned = translate("CallLists", "No champion")
    for card in cards:
        by_champion[card.champion_name or unassigned].append(card)
    progress = Progress(len(cards), report, is_cancelled)
    names = sorted((name for name in by_champion if name != unassigned), key=str.casefold)
    if unassigned in by_champion:
        names.append(unassigned)  # the clients nobody calls yet come last

    def fill(workbook: Workbook) -> None:
        titles: set[str] = set()
        for number, name in enumerate(names, start=1):
            urgent_first = sorted(by_champion[name], key=_urgency)
            write_table_sheet(
                workbook,
                sheet_title(name, titles),
                f"CallList{number}",
                call_list_columns(),
                _rows(urgent_first, contacts, open_stages, approaches, today),
                current_language(),
                progress,
            )
        if not names:  # still a valid workbook, with the columns a call list would have
            title = translate("CallLists", "Call list")
            write_table_sheet(
                workbook, title, "CallList", call_list_columns(), [], current_language()
            )
        progress.check()

    return ExportResult(write_workbook(path, fill), progress.done)


def _urgency(card: BoardCard) -> tuple[bool, date, str, int]:
    due = card.next_action_due
    return (due is None, due or date.max, card.sort_key, card.client_id)


def _rows(
    cards: Iterable[BoardCard],
    contacts: dict[int, tuple[str | None, str | None, str | None, str | None]],
    stage_names: dict[int, str],
    approaches: dict[int, str],
    today: date,
) -> Iterable[Sequence[object]]:
    overdue = translate("CallLists", "overdue")
    for card in cards:
        contact, phone, mobile, email = contacts.get(card.client_id, (None, None, None, None))
        due = card.next_action_due
        yield (
            card.client_number,
            card.client_name,
            contact,
            phone,
            mobile,
            email,
            stage_names[card.stage_id],
            card.days_in_stage,
            card.next_action,
            due,
            overdue if due is not None and due < today else None,
            approaches.get(card.segment_id) if card.segment_id is not None else None,
        )


def _contacts(
    session: Session, client_ids: list[int]
) -> dict[int, tuple[str | None, str | None, str | None, str | None]]:
    found: dict[int, tuple[str | None, str | None, str | None, str | None]] = {}
    for start in range(0, len(client_ids), CHUNK_SIZE):
        chunk = client_ids[start : start + CHUNK_SIZE]
        query = select(
            clients.c.id,
            clients.c.contact_person,
            clients.c.phone,
            clients.c.mobile,
            clients.c.email,
        ).where(clients.c.id.in_(chunk))
        for client_id, *values in session.execute(query):
            found[client_id] = (values[0], values[1], values[2], values[3])
    return found


def _approach_text(row: SegmentApproachRow) -> str | None:
    channels = ", ".join(approach_channel_label(channel) for channel in row.channels)
    parts = [part for part in (channels, row.approach.strip(), row.incentive.strip()) if part]
    return " — ".join(parts) or None
