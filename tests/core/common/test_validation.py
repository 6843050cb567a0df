from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.common.errors import ValidationError
from desktop.core.common.validation import (
    clean_text,
    normalise_email,
    normalise_kvk,
    normalise_postcode,
    parse_date,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1234ab", "1234 AB"), (" 1234 AB ", "1234 AB"), ("9999zz", "9999 ZZ"), ("", None)],
)
def test_postcode_is_normalised(raw: str, expected: str | None) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["0123 AB", "12345", "1234 A", "B-1000"])
def test_bad_postcode_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_postcode(raw)
    assert caught.value.field == "postcode"


def test_email() -> None:
    assert normalise_email(" info@bakkerij.nl ") == "info@bakkerij.nl"
    for bad in ("info@", "info bakkerij.nl", "a@b", "@x.nl"):
        with pytest.raises(ValidationError):
            normalise_email(bad)


def test_kvk_keeps_leading_zero_and_strips_spaces() -> None:
    assert normalise_kvk("0123 4567") == "01234567"
    assert normalise_kvk(1234567) == "01234567"
    with pytest.raises(ValidationError):
        normalise_kvk("1234")


def test_dates() -> None:
    assert parse_date("07-03-2026") == date(2026, 3, 7)
    assert parse_date("7/3/2026") == date(2026, 3, 7)
    assert parse_date("2026-03-07") == date(2026, 3, 7)
    assert parse_date(datetime(2026, 3, 7, 12)) == date(2026, 3, 7)
    with pytest.raises(ValidationError):
        parse_date("31-02-2026")


def test_clean_text() -> None:
    assert clean_text("  x ") == "x"
    assert clean_text("   ") is None
