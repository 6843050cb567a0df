"""How a project treats each client segment: the approach, the channels and the incentive.

Channels are stored as a comma-separated list of the keys in APPROACH_CHANNELS (the column
``SegmentApproach.channels``); the order of APPROACH_CHANNELS is the order shown to users.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.models import Segment, SegmentApproach
from desktop.core.db.records import lock_for_edit, write_changes
from desktop.core.pipelines.projects import get_project

APPROACH_CHANNELS = ("visit", "phone", "webinar", "video", "letter")


def channel_label(key: str) -> str:
    """The translated label of an approach channel key."""
    labels = {
        "visit": translate("Channels", "Personal visit"),
        "phone": translate("Channels", "Phone"),
        "webinar": translate("Channels", "Webinar"),
        "video": translate("Channels", "Instruction video"),
        "letter": translate("Channels", "Letter"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class SegmentApproachRow:
    """How a project approaches one segment; ``channels`` are APPROACH_CHANNELS keys."""

    project_id: int
    segment_id: int
    segment_name: str
    approach: str
    channels: tuple[str, ...]
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
    channels: Iterable[str],
    incentive: str,
    *,
    read: SegmentApproachRow | None = None,
    by: int | None = None,
) -> SegmentApproachRow:
    """Write the approach, channels (keys of APPROACH_CHANNELS) and incentive for a segment.

    With ``read`` (the row as the form loaded it) only the fields that differ from it are
    written, and StaleEditError refuses one that someone else changed since.
    """
    get_project(session, project_id)
    # Locking the segment serialises two first approaches for it (there is no row to lock yet).
    lock_for_edit(
        session, Segment, segment_id, translate("Projects", "This segment no longer exists.")
    )
    chosen = set(channels)
    unknown = sorted(chosen - set(APPROACH_CHANNELS))
    if unknown:
        raise ValidationError(
            translate("Projects", "Unknown channel '{channel}'.").format(channel=unknown[0]),
            "channels",
        )
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
        "channels": ",".join(key for key in APPROACH_CHANNELS if key in chosen),
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


def _split_channels(value: str | None) -> tuple[str, ...]:
    keys = {part.strip() for part in (value or "").split(",")}
    return tuple(key for key in APPROACH_CHANNELS if key in keys)
