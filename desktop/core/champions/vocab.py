"""The champion network's values and their translated labels."""

from __future__ import annotations

import enum

from desktop.core.common.i18n import translate


class NominationStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


class ChampionChangeReason(enum.StrEnum):
    """Why a client got another champion (kept in the client's history)."""

    HANDOVER = "handover"  # the champion leaves the office
    ASSIGNED = "assigned"  # assigned to many clients at once (the client list)
    UNDONE = "undone"  # a bulk assignment taken back


def nomination_status_label(status: NominationStatus | str) -> str:
    labels = {
        NominationStatus.PENDING: translate("Champions", "Awaiting decision"),
        NominationStatus.APPROVED: translate("Champions", "Approved"),
        NominationStatus.DECLINED: translate("Champions", "Declined"),
    }
    return labels[NominationStatus(status)]


def champion_change_label(reason: ChampionChangeReason | str) -> str:
    """How the client's history names a change of champion."""
    labels = {
        ChampionChangeReason.HANDOVER: translate("Champions", "Hand-over"),
        ChampionChangeReason.ASSIGNED: translate("Champions", "Champion assigned"),
        ChampionChangeReason.UNDONE: translate("Champions", "Assignment undone"),
    }
    return labels[ChampionChangeReason(reason)]
