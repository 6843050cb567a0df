"""The vocabulary: every allowed value has a label, in every language, from one module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.core.common import i18n, vocab
from desktop.core.common.vocab import (
    UNASSIGNED,
    ApproachChannel,
    ClientType,
    ContactChannel,
    StaffRole,
    StageKind,
)
from desktop.core.pipelines.approaches import set_segment_approach

LABELS = [
    (StaffRole, vocab.staff_role_label),
    (ClientType, vocab.client_type_label),
    (StageKind, vocab.stage_kind_label),
    (ContactChannel, vocab.contact_channel_label),
    (ApproachChannel, vocab.approach_channel_label),
]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(("values", "label"), LABELS)
def test_every_value_has_its_own_label(values, label, language) -> None:
    i18n.set_language(language)
    labels = [label(value) for value in values]
    assert all(labels) and len(set(labels)) == len(labels)
    assert [label(value.value) for value in values] == labels  # stored strings work too


def test_dutch_labels_are_translated() -> None:
    i18n.set_language("nl")
    assert vocab.contact_channel_label(ContactChannel.CALL) == "Telefoon"
    assert vocab.approach_channel_label(ApproachChannel.PHONE) == "Telefoon"
    assert vocab.stage_kind_label(StageKind.WON) == "Gewonnen (doel bereikt)"
    assert vocab.staff_role_label(StaffRole.PARTNER) == "Partner"


def test_approach_channels_keep_the_values_stored_in_existing_databases() -> None:
    assert [channel.value for channel in ApproachChannel] == [
        "visit",
        "phone",
        "webinar",
        "video",
        "letter",
    ]


def test_an_unknown_approach_channel_is_refused(session) -> None:
    from desktop.core.common.errors import ValidationError
    from tests.core.pipeline_helpers import make_office

    office = make_office(session, clients=1)
    segment = next(iter(office.segments.values()))
    with pytest.raises(ValidationError) as caught:
        set_segment_approach(session, office.project_id, segment, "", ["fax"], "")
    assert caught.value.field == "channels"
    row = set_segment_approach(session, office.project_id, segment, "", ["letter", "phone"], "")
    assert row.channels == (ApproachChannel.PHONE, ApproachChannel.LETTER)


def test_labels_are_defined_only_in_the_vocabulary() -> None:
    """No other module builds a label table for these values (one source per fact)."""
    root = Path(__file__).parents[3] / "desktop"
    names = {"StaffRole", "ClientType", "StageKind", "ContactChannel", "ApproachChannel"}
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "vocab.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict) and node.keys:
                first = node.keys[0]
                if (
                    isinstance(first, ast.Attribute)
                    and isinstance(first.value, ast.Name)
                    and first.value.id in names
                    and all(_is_translation(value) for value in node.values)
                ):
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []


def test_unassigned_is_not_any() -> None:
    assert UNASSIGNED is not None and not isinstance(UNASSIGNED, int)


def _is_translation(node: ast.expr) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name in ("tr", "translate")
