"""The office's settings as core stores them: trimmed, a name required, a known language."""

from __future__ import annotations

import pytest

from desktop.core.common.errors import ValidationError
from desktop.core.office.settings import get_settings, initialise_office, update_settings


def test_settings_are_trimmed_and_checked(session) -> None:
    initialise_office(session, "Kantoor", "nl")
    read = get_settings(session)
    assert read is not None
    update_settings(session, read, read._replace(name="  Kantoor West  ", logo_path="  "))
    assert get_settings(session) == ("Kantoor West", "nl", None)

    read = get_settings(session)
    for wanted, field in (
        (read._replace(name=" "), "name"),
        (read._replace(language="fr"), "language"),
        (read._replace(name="x" * 201), "name"),
    ):
        with pytest.raises(ValidationError) as refused:
            update_settings(session, read, wanted)
        assert refused.value.field == field
