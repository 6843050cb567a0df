"""How a project treats each client segment: the approach, the channels and the incentive.

Channels are ApproachChannel values (desktop/core/common/vocab.py), stored comma-separated in
``SegmentApproach.channels`` in the enum's order, which is also the order shown to users.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.vocab import ApproachChannel
from desktop.core.db.models import Segment, SegmentApproach
from desktop.core.db.records import lock_for_edit, write_changes
from desktop.core.pipelines.projects import get_project


@dataclass(frozen=True)
class SegmentApproachRow:
    """How a project approaches one segment, through ``channels`` in ApproachChannel order."""

    project_id: int
    segment_id: int
    segment_name: str
    approach: str
    channels: tuple[ApproachChannel, ...]
    incentive: str


def get_segment_approach(session: Session, project_id: int, segment_id: int) -> SegmentApproachRow:
    """The approach for one segment in a project (empty texts when none was written yet)."""
    for row in list_segment_approaches(session, project_id):
        if row.segment_id == segment_id:
            return row
    raise NotFoundError(translate("Projects", "This segment no longer exists."))


def list_segment_approaches(session: Session, project_id: int) -> list[SegmentApproachRow]:
    """One row per segment (in segment order), filled in where the project has an approach."""
    rows = session.execute(
        select(
            Segment.id,
            Segment.name,
            SegmentApproach.approach,
            SegmentApproach.channels,
            SegmentApproach.incentive,
        )
        .outerjoin(
            SegmentApproach,
            and_(
                SegmentApproach.segment_id == Segment.id,
                SegmentApproach.project_id == project_id,
            ),
        )
        .order_by(Segment.position, Segment.name)
    )
    return [
        SegmentApproachRow(
            project_id,
            segment_id,
            name,
            approach or "",
            _split_channels(channels),
            incentive or "",
        )
        for segment_id, name, approach, channels, incentive in rows
    ]


def set_segment_approach(
    session: Session,
    project_id: int,
    segment_id: int,
    approach: str,
    channels: Iterable[ApproachChannel | str],
    incentive: str,
    *,
    read: SegmentApproachRow | None = None,
    by: int | None = None,
) -> SegmentApproachRow:
    """Write the approach, channels (ApproachChannel values) and incentive for a segment.

    With ``read`` (the row as the form loaded it) only the fields that differ from it are
    written, and StaleEditError refuses one that someone else changed since.
    """
    get_project(session, project_id)
    # Locking the segment serialises two first approaches for it (there is no row to lock yet).
    lock_for_edit(
        session, Segment, segment_id, translate("Projects", "This segment no longer exists.")
    )
    chosen = _channels(channels)
    row = session.scalar(
        select(SegmentApproach).where(
            SegmentApproach.project_id == project_id, SegmentApproach.segment_id == segment_id
        )
    )
    if row is None:
        row = SegmentApproach(project_id=project_id, segment_id=segment_id)
        row.approach = row.channels = row.incentive = ""
        session.add(row)
    wanted = {
        "approach": (approach or "").strip(),
        "channels": ",".join(chosen),
        "incentive": (incentive or "").strip(),
    }
    if read is None:
        seen = {field: getattr(row, field) for field in wanted}
    else:
        seen = {
            "approach": read.approach,
            "channels": ",".join(read.channels),
            "incentive": read.incentive,
        }
        wanted = {field: value for field, value in wanted.items() if value != seen[field]}
    write_changes(session, row, seen, wanted, approach_field_labels(), by)
    return get_segment_approach(session, project_id, segment_id)


def approach_field_labels() -> dict[str, str]:
    """The translated name of each field of a segment approach, as conflict messages name it."""
    return {
        "approach": translate("Projects", "Approach"),
        "channels": translate("Projects", "Channels"),
        "incentive": translate("Projects", "Incentive"),
    }


def _channels(values: Iterable[ApproachChannel | str]) -> tuple[ApproachChannel, ...]:
    """The chosen channels in ApproachChannel order; ValidationError for an unknown one."""
    chosen = set(values)
    known = {channel.value for channel in ApproachChannel}
    unknown = sorted(str(value) for value in chosen if value not in known)
    if unknown:
        raise ValidationError(
            translate("Projects", "Unknown channel '{channel}'.").format(channel=unknown[0]),
            "channels",
        )
    return tuple(channel for channel in ApproachChannel if channel in chosen)


def _split_channels(value: str | None) -> tuple[ApproachChannel, ...]:
    # Unknown keys (none are written, see _channels) are passed over rather than failing a list.
    keys = {part.strip() for part in (value or "").split(",")}
    return tuple(channel for channel in ApproachChannel if channel in keys)
