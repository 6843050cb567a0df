"""The points ledger as an Excel workbook: a "Ledger" sheet (one row per entry) and a
"Balances" sheet (person, team, balance, badges), both real Excel tables. Runs on a worker in
the GUI; the file is written under a temporary name and moved into place."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from sqlalchemy import select

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import current_language, translate
from desktop.core.db.tables import clients, reward_balances, reward_entries, staff, stages
from desktop.core.exports.xlsx.saving import write_workbook
from desktop.core.exports.xlsx.table_sheet import ExportColumn, write_table_sheet
from desktop.core.rewards.badges import badges
from desktop.core.rewards.vocab import entry_source_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def export_ledger(
    session: Session, path: Path | str, start: date | None = None, end: date | None = None
) -> tuple[Path, int]:
    """Write the ledger's entries from ``start`` up to and including ``end``, and every
    balance, to ``path`` (.xlsx) in the current language; returns the path and entry count."""
    if start is not None and end is not None and end < start:
        raise ValidationError(
            translate("Rewards", "The end date lies before the start date."), "to"
        )
    e = reward_entries.c
    query = (
        select(
            e.id,
            e.at,
            staff.c.name,
            e.points,
            e.reason,
            e.source,
            clients.c.client_number,
            stages.c.name,
            e.reverses_id,
        )
        .join(staff, staff.c.id == e.staff_id)
        .outerjoin(clients, clients.c.id == e.client_id)
        .outerjoin(stages, stages.c.id == e.stage_id)
        .order_by(e.at, e.id)
    )
    if start is not None:
        query = query.where(e.at >= datetime(start.year, start.month, start.day, tzinfo=UTC))
    if end is not None:
        after = end + timedelta(days=1)
        query = query.where(e.at < datetime(after.year, after.month, after.day, tzinfo=UTC))
    rows = [
        [
            entry_id,
            at,
            name,
            points,
            reason,
            entry_source_label(source),
            number or "",
            stage or "",
            reverses,
        ]
        for entry_id, at, name, points, reason, source, number, stage, reverses in session.execute(
            query
        )
    ]
    columns = [
        ExportColumn(translate("Rewards", "Entry"), "0"),
        ExportColumn(translate("Rewards", "Date")),
        ExportColumn(translate("Rewards", "Person")),
        ExportColumn(translate("Rewards", "Points"), "0"),
        ExportColumn(translate("Rewards", "Reason")),
        ExportColumn(translate("Rewards", "Source")),
        ExportColumn(translate("Rewards", "Client number")),
        ExportColumn(translate("Rewards", "Stage")),
        ExportColumn(translate("Rewards", "Reverses entry"), "0"),
    ]
    earned = badges(session)
    people = session.execute(
        select(staff.c.id, staff.c.name, staff.c.team, reward_balances.c.balance)
        .outerjoin(reward_balances, reward_balances.c.staff_id == staff.c.id)
        .order_by(staff.c.name, staff.c.id)
    ).all()
    balance_rows = [
        [
            name,
            team or "",
            balance or 0,
            ", ".join(badge.label for badge in earned.get(staff_id, [])),
        ]
        for staff_id, name, team, balance in people
    ]
    balance_columns = [
        ExportColumn(translate("Rewards", "Person")),
        ExportColumn(translate("Rewards", "Team")),
        ExportColumn(translate("Rewards", "Balance"), "0"),
        ExportColumn(translate("Rewards", "Badges")),
    ]
    language = current_language()

    def fill(workbook: Workbook) -> None:
        ledger = translate("Rewards", "Ledger")
        write_table_sheet(workbook, ledger, "Ledger", columns, rows, language)
        balances = translate("Rewards", "Balances")
        write_table_sheet(workbook, balances, "Balances", balance_columns, balance_rows, language)

    return write_workbook(path, fill), len(rows)


def export_incentives(session: Session, project_id: int, path: Path | str) -> tuple[Path, int]:
    """The project's clients marked for an incentive, as an Excel table for invoicing."""
    from desktop.core.rewards.incentives import list_incentives

    rows = [
        [
            row.client_number,
            row.client_name,
            row.incentive,
            row.marked_at,
            translate("Rewards", "yes") if row.invoiced else translate("Rewards", "no"),
        ]
        for row in list_incentives(session, project_id)
    ]
    columns = [
        ExportColumn(translate("Rewards", "Client number")),
        ExportColumn(translate("Rewards", "Client")),
        ExportColumn(translate("Rewards", "Incentive")),
        ExportColumn(translate("Rewards", "Marked")),
        ExportColumn(translate("Rewards", "Invoiced")),
    ]
    title = translate("Rewards", "Incentives")
    language = current_language()

    def fill(workbook: Workbook) -> None:
        write_table_sheet(workbook, title, "Incentives", columns, rows, language)

    return write_workbook(path, fill), len(rows)
