"""The onboarding checklist: an editable template, items ticked per person with the day, and
new staff suggested for the next assessment round."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.staff.onboarding import (
    add_item,
    default_items,
    ensure_template,
    list_template,
    move_item,
    remove_item,
    rename_item,
    set_checklist,
    staff_checklist,
    staff_for_next_round,
)
from tests.core.champions.office import add_round, add_staff


def test_the_template_starts_with_the_defaults_and_can_be_edited(session: Session) -> None:
    ensure_template(session)
    assert [item.text for item in list_template(session)] == default_items()
    ensure_template(session)  # once only
    first, second, *_ = list_template(session)
    new = add_item(session, "  Webinar for clients given  ")
    rename_item(session, first.id, "Portal account ready")
    move_item(session, new, -10)  # to the top
    remove_item(session, second.id)
    texts = [item.text for item in list_template(session)]
    assert texts[:2] == ["Webinar for clients given", "Portal account ready"]
    assert default_items()[1] not in texts and len(texts) == 5
    with pytest.raises(ValidationError):
        add_item(session, "   ")
    with pytest.raises(NotFoundError):
        rename_item(session, 999, "x")


def test_ticking_items_off_with_the_day_kept_after_removal(session: Session) -> None:
    sanne = add_staff(session, "Sanne Nieuw", "SN", start_date=date(2026, 2, 1))
    ensure_template(session)
    first, second, *_ = list_template(session)
    set_checklist(session, sanne, {first.id: date(2026, 2, 3), second.id: date(2026, 2, 10)})
    set_checklist(session, sanne, {second.id: None})
    checklist = staff_checklist(session, sanne)
    assert checklist[0] == (first.id, first.text, date(2026, 2, 3))
    assert checklist[1].done_on is None
    remove_item(session, first.id)
    assert first.id not in [row.item_id for row in staff_checklist(session, sanne)]
    with pytest.raises(NotFoundError):
        set_checklist(session, sanne, {first.id: date(2026, 3, 1)})


def test_new_staff_are_suggested_for_the_next_round(session: Session) -> None:
    old = add_staff(session, "Oud Gediend", "OG", start_date=date(2015, 1, 1))
    scored = add_staff(session, "Al Gemeten", "AG", start_date=date(2026, 3, 1))
    add_staff(session, "Vertrokken", "VT", start_date=date(2026, 3, 1), end_date=date(2026, 4, 1))
    assert [row.name for row in staff_for_next_round(session, date(2026, 5, 1))] == [
        "Al Gemeten",
        "Oud Gediend",
    ]  # no round yet: everyone unscored
    add_round(session, "Nulmeting", date(2026, 2, 15), {old: (4, 4, 4, 4, 4)})
    add_round(session, "Meting 2", date(2026, 4, 15), {scored: (3, 3, 3, 3, 3)})
    new = add_staff(session, "Nieuwe Collega", "NC", start_date=date(2026, 4, 20))
    rows = staff_for_next_round(session, date(2026, 5, 1))
    assert [(row.id, row.start_date) for row in rows] == [(new, date(2026, 4, 20))]
