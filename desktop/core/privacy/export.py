"""Everything the office holds about one client, in one JSON file: the answer to a data
subject's access request (AVG/GDPR article 15).

Fields, segment and champion, every project with its moves, the contact log, the champion
changes (hand-overs, bulk assignments), the digital readiness check, the incentives the client
was marked for, what imports did to the record and the audit log.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.core.champions.history import champion_history
from desktop.core.common.errors import DraagvlakError, NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import PRIVATE_FILE_MODE
from desktop.core.db.tables import (
    client_incentives,
    client_readiness,
    clients,
    contact_log,
    enrollments,
    import_clients,
    imports,
    office_settings,
    projects,
    segments,
    staff,
    stage_transitions,
    stages,
    utcnow,
)
from desktop.core.privacy.audit import CLIENT, audit_entries

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

FORMAT_VERSION = 1


def client_id_by_number(executor: Executor, number: str) -> int:
    client_id = executor.scalar(select(clients.c.id).where(clients.c.client_number == number))
    if client_id is None:
        raise NotFoundError(
            translate("Privacy", "There is no client with number {number}.").format(number=number)
        )
    return int(client_id)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):  # an enum
        return value.value
    return value


def _rows(executor: Executor, statement: Any) -> list[dict[str, Any]]:
    return [
        {key: _plain(value) for key, value in row._mapping.items()}
        for row in executor.execute(statement)
    ]


def client_data(executor: Executor, client_id: int) -> dict[str, Any]:
    """All data about the client as plain JSON-ready values (a few queries, no per-row ones)."""
    champion = aliased(staff)
    client = _rows(
        executor,
        select(
            *(
                column
                for column in clients.c
                if column.name not in {"search_text", "segment_id", "champion_id", "updated_by"}
            ),
            segments.c.name.label("segment"),
            champion.c.name.label("champion"),
        )
        .outerjoin(segments, segments.c.id == clients.c.segment_id)
        .outerjoin(champion, champion.c.id == clients.c.champion_id)
        .where(clients.c.id == client_id),
    )
    if not client:
        raise NotFoundError(
            translate("Clients", "Client {id} no longer exists.").format(id=client_id)
        )
    projects_rows = _rows(
        executor,
        select(
            enrollments.c.id.label("enrollment_id"),
            projects.c.name.label("project"),
            stages.c.name.label("stage"),
            enrollments.c.stage_since,
            enrollments.c.next_action,
            enrollments.c.next_action_due,
            enrollments.c.created_at.label("enrolled_at"),
        )
        .join(projects, projects.c.id == enrollments.c.project_id)
        .join(stages, stages.c.id == enrollments.c.stage_id)
        .where(enrollments.c.client_id == client_id)
        .order_by(projects.c.name),
    )
    from_stage, to_stage = aliased(stages), aliased(stages)
    moves = _rows(
        executor,
        select(
            stage_transitions.c.enrollment_id,
            stage_transitions.c.at,
            from_stage.c.name.label("from_stage"),
            to_stage.c.name.label("to_stage"),
            staff.c.name.label("by"),
            stage_transitions.c.note,
            stage_transitions.c.reason,
        )
        .join(enrollments, enrollments.c.id == stage_transitions.c.enrollment_id)
        .join(to_stage, to_stage.c.id == stage_transitions.c.to_stage_id)
        .outerjoin(from_stage, from_stage.c.id == stage_transitions.c.from_stage_id)
        .outerjoin(staff, staff.c.id == stage_transitions.c.by_staff_id)
        .where(enrollments.c.client_id == client_id)
        .order_by(stage_transitions.c.at, stage_transitions.c.id),
    )
    for project in projects_rows:
        enrollment_id = project.pop("enrollment_id")
        project["history"] = [
            {key: value for key, value in move.items() if key != "enrollment_id"}
            for move in moves
            if move["enrollment_id"] == enrollment_id
        ]
    contacts = _rows(
        executor,
        select(
            contact_log.c.at,
            contact_log.c.channel,
            staff.c.name.label("by"),
            contact_log.c.note,
        )
        .outerjoin(staff, staff.c.id == contact_log.c.by_staff_id)
        .where(contact_log.c.client_id == client_id)
        .order_by(contact_log.c.at, contact_log.c.id),
    )
    import_rows = _rows(
        executor,
        select(imports.c.file_name, imports.c.at, import_clients.c.action)
        .join(imports, imports.c.id == import_clients.c.import_id)
        .where(import_clients.c.client_id == client_id)
        .order_by(imports.c.at),
    )
    champion_rows = [
        {
            "at": _plain(change.at),
            "from_champion": change.from_name,
            "to_champion": change.to_name,
            "by": change.by_name,
            "reason": _plain(change.reason),
            "note": change.note,
        }
        for change in champion_history(executor, client_id)
    ]
    suggested, chosen = aliased(segments), aliased(segments)
    readiness_rows = _rows(
        executor,
        select(
            client_readiness.c.uses_email,
            client_readiness.c.uses_online_banking,
            client_readiness.c.wants_digital,
            client_readiness.c.shares_documents,
            client_readiness.c.logs_in_alone,
            suggested.c.name.label("suggested_segment"),
            chosen.c.name.label("chosen_segment"),
            client_readiness.c.checked_on,
        )
        .outerjoin(suggested, suggested.c.id == client_readiness.c.suggested_segment_id)
        .outerjoin(chosen, chosen.c.id == client_readiness.c.chosen_segment_id)
        .where(client_readiness.c.client_id == client_id),
    )
    incentive_rows = _rows(
        executor,
        select(
            projects.c.name.label("project"),
            client_incentives.c.incentive,
            client_incentives.c.marked_at,
            client_incentives.c.invoiced,
        )
        .join(projects, projects.c.id == client_incentives.c.project_id)
        .where(client_incentives.c.client_id == client_id)
        .order_by(client_incentives.c.marked_at),
    )
    office = executor.scalar(select(office_settings.c.name).order_by(office_settings.c.id).limit(1))
    changes = [
        {key: _plain(value) for key, value in entry.__dict__.items()}
        for entry in reversed(audit_entries(executor, CLIENT, client_id))
    ]
    return {
        "format": "draagvlak-client-export",
        "version": FORMAT_VERSION,
        "exported_at": utcnow().isoformat(),
        "office": office,
        "client": client[0],
        "projects": projects_rows,
        "contacts": contacts,
        "champion_changes": champion_rows,
        "readiness_check": readiness_rows[0] if readiness_rows else None,
        "incentives": incentive_rows,
        "imports": import_rows,
        "changes": changes,
    }


def write_client_export(executor: Executor, client_id: int, target: Path) -> Path:
    """Write the client's data to ``target`` (an Excel workbook for .xlsx, else JSON in UTF-8),
    under a temporary name until it is complete; DraagvlakError with a clear message when the
    file cannot be written."""
    data = client_data(executor, client_id)
    if target.suffix.lower() == ".xlsx":
        from desktop.core.privacy.export_xlsx import write_client_workbook

        target.parent.mkdir(parents=True, exist_ok=True)
        return write_client_workbook(data, target)
    temp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        temp.replace(target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise DraagvlakError(
            translate(
                "Privacy",
                "{path} could not be written ({error}). Is it open in another program?",
            ).format(path=target, error=error.strerror or error)
        ) from error
    return target
