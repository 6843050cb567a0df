"""Validation and normalisation of client and staff fields, shared by forms and the importer.

Each function takes raw user input and returns the normalised value, or raises ValidationError
with a translated message naming the problem. Empty input returns None (the field is optional).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.common.errors import ValidationError, ValidationErrors
from desktop.core.common.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Column

T = TypeVar("T")

_POSTCODE = re.compile(r"^(?:NL\s*-?\s*)?([1-9][0-9]{3})\s*-?\s*([A-Za-z]{2})$", re.IGNORECASE)
# A postcode followed by the city in one cell: "3509 AA Utrecht", "4701 HV  Roosendaal".
_POSTCODE_CITY = re.compile(
    r"^(?:NL\s*-?\s*)?([1-9][0-9]{3})\s*-?\s*([A-Za-z]{2})(?:[\s,]+(\D.*))?$", re.IGNORECASE
)
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
# Pragmatic e-mail check: one @, no spaces, a dot in the domain, no leading/trailing dot.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_KVK = re.compile(r"^[0-9]{8}$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def clean_text(value: object) -> str | None:
    """Trimmed text; None for None or blank."""
    if value.__class__ is str:  # nearly always: no str() call
        return value.strip() or None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def require_text(value: object, field: str, label: str) -> str:
    text = clean_text(value)
    if text is None:
        raise ValidationError(
            translate("Validation", "{field} is required.").format(field=label), field
        )
    return text


def max_length(column: Column[Any]) -> int:
    """How many characters a text column holds: the one source is its type in the table."""
    length = getattr(column.type, "length", None)
    if not length:
        raise TypeError(f"{column} has no length")
    return int(length)


def check_length(text: str | None, column: Column[Any], field: str | None = None) -> None:
    """ValidationError (for ``field``, by default the column's name) when the text is longer
    than the column holds.

    SQLite stores longer text anyway, PostgreSQL refuses it: checking here treats both alike.
    """
    limit = max_length(column)
    if text is not None and len(text) > limit:
        # The importer's wording (and translation) for the same problem.
        raise ValidationError(
            translate("Import", "Longer than {limit} characters.").format(limit=limit),
            field or column.name,
        )


def column_text(value: object, column: Column[Any], required: str | None = None) -> str | None:
    """Trimmed text that fits ``column``; with ``required`` (the field's label) never empty."""
    text = require_text(value, column.name, required) if required else clean_text(value)
    check_length(text, column)
    return text


class FieldChecks:
    """Runs a form's checks one by one and keeps every failure, so all show at once.

    ``checks(function, *args)`` returns the function's result, or None when it failed;
    ``raise_errors()`` raises the one ValidationError, or ValidationErrors for several.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, check: Callable[..., T], *args: Any) -> T | None:
        try:
            return check(*args)
        except ValidationError as error:
            self.errors.append(error)
            return None

    def raise_errors(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


def normalise_postcode(value: object) -> str | None:
    """A Dutch postcode as '1234 AB'."""
    text = clean_text(value)
    if text is None:
        return None
    match = _POSTCODE.match(text)
    if not match:
        raise ValidationError(
            translate(
                "Validation", "'{value}' is not a Dutch postcode (expected like 1234 AB)."
            ).format(value=text),
            "postcode",
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def split_postcode(value: object) -> tuple[str, str | None]:
    """A Dutch postcode as '1234 AB' and the city written after it in the same cell (or None):
    'NL-2628 VK', '1755-LE', '3509 AA Utrecht'. ValidationError when it is not Dutch."""
    text = clean_text(value) or ""
    if len(text) == 7 and text.isascii() and text[4] == " " and _is_plain_postcode(text):
        return f"{text[:5]}{text[5:].upper()}", None  # "1234 AB", "1234 ab": nearly all rows
    match = _POSTCODE_CITY.match(text)
    if not match:
        normalise_postcode(text)  # raises the usual message
    assert match is not None
    city = " ".join(match.group(3).split()) if match.group(3) else None
    return f"{match.group(1)} {match.group(2).upper()}", city


def _is_plain_postcode(text: str) -> bool:
    """'1234 AB' exactly (ASCII, seven characters): what the postcode pattern matches as is."""
    return text[0] != "0" and text[:4].isdigit() and text[5:].isalpha()


def normalise_email(value: object) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    if ":" in text:  # a link copied from a web page or a mail program: "mailto:info@example.nl"
        text = _MAILTO.sub("", text).strip() or text
    if not _EMAIL.match(text):
        raise ValidationError(
            translate("Validation", "'{value}' is not a valid e-mail address.").format(value=text),
            "email",
        )
    return text


def normalise_kvk(value: object, *, from_export: bool = False) -> str | None:
    """A KvK (Chamber of Commerce) number: exactly 8 digits; spaces and dots are dropped. From
    an export (``from_export``) 7 digits get their leading zero back, as Excel drops it."""
    text = clean_text(value)
    if text is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A spreadsheet stored it as a number and lost the leading zero(s).
        text = str(int(value)).zfill(8)
    digits = re.sub(r"[\s.]", "", text)
    if from_export and len(digits) == 7 and digits.isdigit():
        # Excel dropped the leading zero before the file was saved as CSV.
        digits = "0" + digits
    if not _KVK.match(digits):
        raise ValidationError(
            translate("Validation", "'{value}' is not a KvK number (8 digits).").format(value=text),
            "kvk_number",
        )
    return digits


def normalise_phone(value: object) -> str | None:
    """A phone number written the usual way: Dutch numbers as '030 123 4567', others as
    '+32 2 555 12 12' (the Dutch region is assumed without a country code). ValidationError when
    it is not a phone number; the caller may keep it as written."""
    text = clean_text(value)
    if text is None:
        return None
    if text.isascii():  # nearly every number: str.translate instead of the regex engine
        digits = text.translate(_ASCII_PHONE_PUNCTUATION)
    else:
        digits = _PHONE_PUNCTUATION.sub("", text)
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0" and digits.isdigit():
        # The common case: a Dutch number of ten digits. Its grouping depends only on the area
        # code, so the library (about 0.2 ms a number) is asked once per prefix.
        groups = _dutch_groups(digits[:4])
        if groups is not None:
            parts, start = [], 0
            for length in groups:
                parts.append(digits[start : start + length])
                start += length
            return " ".join(parts)
    formatted = _library_format(text)
    if formatted is None:
        raise ValidationError(
            translate("Validation", "'{value}' is not a valid phone number.").format(value=text),
            "phone",
        )
    return formatted


_PHONE_PUNCTUATION = re.compile(r"[\s\-()./]")
# The same characters among ASCII, as a deletion table (\s includes \x1c-\x1f).
_ASCII_PHONE_PUNCTUATION = str.maketrans(
    dict.fromkeys((c for c in map(chr, range(128)) if _PHONE_PUNCTUATION.match(c)), None)
)


@functools.lru_cache(maxsize=2048)
def _dutch_groups(prefix: str) -> tuple[int, ...] | None:
    """The digit groups of a Dutch ten-digit number starting with this prefix (None: invalid)."""
    formatted = _library_format(prefix + "123456")
    if formatted is None or formatted.startswith("+"):
        return None
    return tuple(len(part) for part in formatted.split())


def _library_format(text: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def parse_date(value: object, field: str = "date") -> date | None:
    """A date from DD-MM-YYYY (also with / or .), ISO YYYY-MM-DD, or a date/datetime object."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    if text is None:
        return None
    try:
        if match := _DATE_DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _DATE_ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValidationError(
        translate("Validation", "'{value}' is not a date (expected DD-MM-YYYY).").format(
            value=text
        ),
        field,
    )


def parse_non_negative_int(value: object, field: str) -> int | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise ValidationError(
            translate("Validation", "'{value}' is not a whole number of 0 or more.").format(
                value=text
            ),
            field,
        )
    return number
