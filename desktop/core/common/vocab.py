"""The vocabulary: every set of allowed values, with the translated label of each value.

Enumerations are stored in the database as their string values, so a value is never renamed
without a migration. Labels live beside their values so a list, a combo box, the importer and a
document all name a value the same way.
"""

from __future__ import annotations

import enum

from desktop.core.common.i18n import translate


class StaffRole(enum.StrEnum):
    PARTNER = "partner"
    RELATIONSHIP_MANAGER = "relationship_manager"
    ASSISTANT = "assistant"
    OFFICE_MANAGER = "office_manager"
    HR = "hr"
    IT = "it"


class ClientType(enum.StrEnum):
    SOLE_TRADER = "sole_trader"
    PARTNERSHIP = "partnership"  # vof, maatschap, cv
    BV = "bv"
    PRIVATE_PERSON = "private_person"
    ASSOCIATION_FOUNDATION = "association_foundation"
    AGRICULTURAL = "agricultural"
    OTHER = "other"


class StageKind(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ContactChannel(enum.StrEnum):
    """How a logged contact with a client took place (the contact log)."""

    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    LETTER = "letter"
    WEBINAR = "webinar"


class ApproachChannel(enum.StrEnum):
    """A medium a project plans to reach a segment through; the order is the order shown.

    Not the same list as ContactChannel: a plan can use an instruction video, which is not a
    contact, and a contact can be an e-mail, which no approach plans. The values are what
    existing databases hold in segment_approaches.channels (comma-separated).
    """

    VISIT = "visit"
    PHONE = "phone"
    WEBINAR = "webinar"
    VIDEO = "video"
    LETTER = "letter"


class Unassigned(enum.Enum):
    """The one "no champion" value of a filter, where None means "any champion"."""

    UNASSIGNED = "unassigned"


UNASSIGNED = Unassigned.UNASSIGNED

# A champion filter: None = anyone, UNASSIGNED = clients without a champion, an id = that one.
ChampionFilter = int | Unassigned | None


def staff_role_label(role: StaffRole | str) -> str:
    """The translated name of a staff role."""
    labels = {
        StaffRole.PARTNER: translate("StaffRole", "Partner"),
        StaffRole.RELATIONSHIP_MANAGER: translate("StaffRole", "Relationship manager"),
        StaffRole.ASSISTANT: translate("StaffRole", "Assistant"),
        StaffRole.OFFICE_MANAGER: translate("StaffRole", "Office manager"),
        StaffRole.HR: translate("StaffRole", "HR"),
        StaffRole.IT: translate("StaffRole", "IT"),
    }
    return labels[StaffRole(role)]


def client_type_label(client_type: ClientType | str) -> str:
    """The translated name of a client type, as shown in lists and combo boxes."""
    labels = {
        ClientType.SOLE_TRADER: translate("ClientType", "Sole trader"),
        ClientType.PARTNERSHIP: translate("ClientType", "Partnership (vof / maatschap)"),
        ClientType.BV: translate("ClientType", "BV"),
        ClientType.PRIVATE_PERSON: translate("ClientType", "Private person"),
        ClientType.ASSOCIATION_FOUNDATION: translate("ClientType", "Association / foundation"),
        ClientType.AGRICULTURAL: translate("ClientType", "Agricultural"),
        ClientType.OTHER: translate("ClientType", "Other"),
    }
    return labels[ClientType(client_type)]


def stage_kind_label(kind: StageKind | str) -> str:
    """The translated name of a stage kind."""
    labels = {
        StageKind.OPEN: translate("StageKind", "Open"),
        StageKind.WON: translate("StageKind", "Won (goal reached)"),
        StageKind.LOST: translate("StageKind", "Lost (declined)"),
    }
    return labels[StageKind(kind)]


def stage_kind_hint(kind: StageKind | str) -> str:
    """What a stage of this kind means for the clients moved into it (a column's tooltip)."""
    hints = {
        StageKind.OPEN: translate("StageKind", "Open stage"),
        StageKind.WON: translate("StageKind", "Goal reached"),
        StageKind.LOST: translate("StageKind", "Declined: moving a client here asks for a reason"),
    }
    return hints[StageKind(kind)]


def contact_channel_label(channel: ContactChannel | str) -> str:
    """The translated name of a contact channel."""
    labels = {
        ContactChannel.CALL: translate("ContactChannels", "Call"),
        ContactChannel.EMAIL: translate("ContactChannels", "E-mail"),
        ContactChannel.VISIT: translate("ContactChannels", "Visit"),
        ContactChannel.LETTER: translate("ContactChannels", "Letter"),
        ContactChannel.WEBINAR: translate("ContactChannels", "Webinar"),
    }
    return labels[ContactChannel(channel)]


def approach_channel_label(channel: ApproachChannel | str) -> str:
    """The translated name of an approach channel."""
    labels = {
        ApproachChannel.VISIT: translate("Channels", "Personal visit"),
        ApproachChannel.PHONE: translate("Channels", "Phone"),
        ApproachChannel.WEBINAR: translate("Channels", "Webinar"),
        ApproachChannel.VIDEO: translate("Channels", "Instruction video"),
        ApproachChannel.LETTER: translate("Channels", "Letter"),
    }
    return labels[ApproachChannel(channel)]


class MeasureKind(enum.StrEnum):
    """What kind of intervention a measure is (readiness issue, the rollout plan's measures)."""

    COMMUNICATION = "communication"
    TRAINING = "training"
    REWARD = "reward"
    HR = "hr"
    BOARD = "board"


class MeasureStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


def measure_kind_label(kind: MeasureKind | str) -> str:
    """The translated name of a kind of measure."""
    labels = {
        MeasureKind.COMMUNICATION: translate("MeasureKind", "Communication"),
        MeasureKind.TRAINING: translate("MeasureKind", "Training"),
        MeasureKind.REWARD: translate("MeasureKind", "Reward"),
        MeasureKind.HR: translate("MeasureKind", "HR"),
        MeasureKind.BOARD: translate("MeasureKind", "Board"),
    }
    return labels[MeasureKind(kind)]


def measure_status_label(status: MeasureStatus | str) -> str:
    """The translated name of a measure's status."""
    labels = {
        MeasureStatus.PLANNED: translate("MeasureStatus", "Planned"),
        MeasureStatus.IN_PROGRESS: translate("MeasureStatus", "In progress"),
        MeasureStatus.DONE: translate("MeasureStatus", "Done"),
        MeasureStatus.CANCELLED: translate("MeasureStatus", "Cancelled"),
    }
    return labels[MeasureStatus(status)]
