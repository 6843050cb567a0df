"""The adopter categories (Rogers) and their translated names; no database here, so the table
definitions can use the enum."""

from __future__ import annotations

import enum

from desktop.core.common.i18n import translate


class AdopterCategory(enum.StrEnum):
    INNOVATOR = "innovator"
    EARLY_ADOPTER = "early_adopter"
    EARLY_MAJORITY = "early_majority"
    LATE_MAJORITY = "late_majority"
    LAGGARD = "laggard"


def adopter_label(category: AdopterCategory | str) -> str:
    """The translated name of an adopter category."""
    labels = {
        AdopterCategory.INNOVATOR: translate("Adopters", "Innovator"),
        AdopterCategory.EARLY_ADOPTER: translate("Adopters", "Early adopter"),
        AdopterCategory.EARLY_MAJORITY: translate("Adopters", "Early majority"),
        AdopterCategory.LATE_MAJORITY: translate("Adopters", "Late majority"),
        AdopterCategory.LAGGARD: translate("Adopters", "Laggard"),
    }
    return labels[AdopterCategory(category)]
