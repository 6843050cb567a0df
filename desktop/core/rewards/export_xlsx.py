"""The points ledger as an Excel workbook: a "Ledger" sheet (one row per entry) and a
"Balances" sheet (person, team, balance, badges), both real Excel tables. Runs on a worker in
the GUI; the file is written under a temporary name and moved into place."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from sqlalchemy import select

from desktop.core.assessments.export_xlsx import _table, save_workbook
from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.tables import clients, reward_balances, reward_entries, staff, stages
from desktop.core.rewards.badges import badges
from desktop.core.rewards.vocab import entry_source_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DATE_FORMAT = "DD-MM-YYYY HH:MM"


def export_ledger(
    session: Session, path: Path | str, start: date | None = None, end: date | None = None
) -> tuple[Path, int]:
    """Write the ledger's entries from ``start`` up to and including ``end``, and every
    balance, to ``path`` (.xlsx) in the current language; returns the path and entry count."""
    if start is not None and end is not None and end < start:
        raise ValidationError(
            translate("Rewards", "The end date lies before the start date."), "to"
        )
    workbook = Workbook()
    ledger = workbook.active
    assert ledger is not None
    ledger.title = translate("Rewards", "Ledger")
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
            at.astimezone().replace(tzinfo=None),
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
    headers = [
        translate("Rewards", "Entry"),
        translate("Rewards", "Date"),
        translate("Rewards", "Person"),
        translate("Rewards", "Points"),
        translate("Rewards", "Reason"),
        translate("Rewards", "Source"),
        translate("Rewards", "Client number"),
        translate("Rewards", "Stage"),
        translate("Rewards", "Reverses entry"),
    ]
    formats = ["0", DATE_FORMAT, None, "0", None, None, None, None, "0"]
    _table(ledger, "Ledger", headers, rows, formats)

    sheet = workbook.create_sheet(translate("Rewards", "Balances"))
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
    balance_headers = [
        translate("Rewards", "Person"),
        translate("Rewards", "Team"),
        translate("Rewards", "Balance"),
        translate("Rewards", "Badges"),
    ]
    _table(sheet, "Balances", balance_headers, balance_rows, [None, None, "0", None])
    return save_workbook(workbook, Path(path)), len(rows)


def export_incentives(session: Session, project_id: int, path: Path | str) -> tuple[Path, int]:
    """The project's clients marked for an incentive, as an Excel table for invoicing."""
    from desktop.core.rewards.incentives import list_incentives

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = translate("Rewards", "Incentives")
    rows = [
        [
            row.client_number,
            row.client_name,
            row.incentive,
            row.marked_at.astimezone().replace(tzinfo=None),
            translate("Rewards", "yes") if row.invoiced else translate("Rewards", "no"),
        ]
        for row in list_incentives(session, project_id)
    ]
    headers = [
        translate("Rewards", "Client number"),
        translate("Rewards", "Client"),
        translate("Rewards", "Incentive"),
        translate("Rewards", "Marked"),
        translate("Rewards", "Invoiced"),
    ]
    _table(sheet, "Incentives", headers, rows, [None, None, None, DATE_FORMAT, None])
    return save_workbook(workbook, Path(path)), len(rows)
