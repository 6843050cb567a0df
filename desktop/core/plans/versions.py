"""Printed versions of a plan: each print gets the next number within its project."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError
from desktop.core.common.i18n import translate
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import plan_versions, staff, utcnow


class PlanVersion(NamedTuple):
    version: int
    printed_at: datetime
    printed_by: str | None
    language: str
    pages: int


def next_version(session: Session, project_id: int) -> int:
    """The number the next printed plan of the project will carry."""
    latest = session.scalar(
        select(func.max(plan_versions.c.version)).where(plan_versions.c.project_id == project_id)
    )
    return (latest or 0) + 1


def record_version(
    session: Session,
    project_id: int,
    version: int,
    language: str,
    pages: int,
    printed_at: datetime | None = None,
    by_staff_id: int | None = None,
) -> None:
    """Record that version ``version`` was printed; ConflictError when someone else printed that
    number meanwhile (the document already carries it, so it is not renumbered silently)."""
    begin_write(session)
    taken = ConflictError(
        translate(
            "Plans", "Someone else printed version {version} of this plan meanwhile; print again."
        ).format(version=version)
    )
    if next_version(session, project_id) != version:
        raise taken
    try:
        with session.begin_nested():
            session.execute(
                insert(plan_versions).values(
                    project_id=project_id,
                    version=version,
                    printed_at=printed_at or utcnow(),
                    printed_by=by_staff_id,
                    language=language,
                    pages=pages,
                )
            )
    except IntegrityError:
        raise taken from None


def list_versions(session: Session, project_id: int) -> list[PlanVersion]:
    """The printed versions of a project's plan, newest first."""
    rows = session.execute(
        select(
            plan_versions.c.version,
            plan_versions.c.printed_at,
            staff.c.name,
            plan_versions.c.language,
            plan_versions.c.pages,
        )
        .outerjoin(staff, staff.c.id == plan_versions.c.printed_by)
        .where(plan_versions.c.project_id == project_id)
        .order_by(plan_versions.c.version.desc())
    )
    return [PlanVersion(*row) for row in rows]
