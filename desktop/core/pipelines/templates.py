"""Stage templates a new project can start from."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.common.i18n import translate
from desktop.core.common.vocab import StageKind


@dataclass(frozen=True)
class StageTemplate:
    name: str
    kind: StageKind
    max_days: int | None


def client_portal_stages() -> list[StageTemplate]:
    """Not approached → Informed → Invited → Activated → First use → Active, plus Declined."""
    return [
        StageTemplate(translate("StageTemplates", "Not approached"), StageKind.OPEN, 60),
        StageTemplate(translate("StageTemplates", "Informed"), StageKind.OPEN, 21),
        StageTemplate(translate("StageTemplates", "Invited"), StageKind.OPEN, 14),
        StageTemplate(translate("StageTemplates", "Activated"), StageKind.OPEN, 14),
        StageTemplate(translate("StageTemplates", "First use"), StageKind.OPEN, 30),
        StageTemplate(translate("StageTemplates", "Active"), StageKind.WON, None),
        StageTemplate(translate("StageTemplates", "Declined"), StageKind.LOST, None),
    ]


TEMPLATES = {"client_portal": client_portal_stages, "empty": lambda: []}
