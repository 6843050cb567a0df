"""The import fields: one spec per field says which client column it feeds, how long a value
may be and how a cell becomes a value. The converter dispatches on this table; a key that is not
in it is a programming error (KeyError), never a silent segment lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import (
    max_length,
    normalise_email,
    normalise_kvk,
    normalise_phone,
    parse_date,
    split_postcode,
)
from desktop.core.db.tables import clients

if TYPE_CHECKING:
    from desktop.core.imports.rows import RowConverter

CLIENT_NUMBER = "client_number"
NAME = "name"
CLIENT_TYPE = "client_type"
SEGMENT = "segment"
CHAMPION = "champion"
CONTACT_PERSON = "contact_person"
CONTACT_FIRST_NAME = "contact_first_name"
CONTACT_INFIX = "contact_infix"
CONTACT_LAST_NAME = "contact_last_name"
EMAIL = "email"
PHONE = "phone"
MOBILE = "mobile"
ADDRESS = "address"
POSTCODE = "postcode"
CITY = "city"
COUNTRY = "country"
KVK_NUMBER = "kvk_number"
NOTES = "notes"
CLIENT_SINCE = "client_since"


class Cell(NamedTuple):
    """One non-empty cell being converted: the raw value, its trimmed text and where it is.
    (A named tuple: one is made per filled cell of the file, and these are quick to make.)"""

    raw: object
    text: str
    row: int
    header: str


# converter, cell -> value (None: nothing stored). May raise ValidationError (an error, or a
# warning for a soft field) or record warnings through converter.warn.
Parser = Callable[["RowConverter", Cell], Any]


@dataclass(frozen=True)
class FieldSpec:
    key: str
    column: str | None  # the client column it feeds; None when composed (contact name parts)
    parse: Parser | None = None  # None: the trimmed text
    # A rejected value drops only this field, with a warning; the client is still imported.
    soft: bool = False

    @cached_property
    def max_length(self) -> int:
        """The longest value its column holds (0: no limit), from the column's type."""
        column = "client_number" if self.key == CLIENT_NUMBER else self.column
        if column is None or not getattr(clients.c[column].type, "length", None):
            return 0
        return max_length(clients.c[column])


def _email(_converter: RowConverter, cell: Cell) -> Any:
    return normalise_email(cell.text)


def _kvk(_converter: RowConverter, cell: Cell) -> Any:
    return normalise_kvk(cell.raw, from_export=True)


def _date(_converter: RowConverter, cell: Cell) -> Any:
    return parse_date(cell.raw, CLIENT_SINCE)


def _phone(converter: RowConverter, cell: Cell) -> Any:
    try:
        return normalise_phone(cell.text)
    except ValidationError as error:
        if sum(ch.isdigit() for ch in cell.text) < 6 or cell.text.startswith("-"):
            raise  # "-1692": a fragment, not a number to keep
        converter.warn(
            cell, translate("Import", "{reason} Kept as written.").format(reason=error.message)
        )
        return cell.text


def _postcode(converter: RowConverter, cell: Cell) -> Any:
    try:
        postcode, city = split_postcode(cell.text)
    except ValidationError as error:
        converter.warn(
            cell, translate("Import", "{reason} Kept as written.").format(reason=error.message)
        )
        return cell.text
    if city:
        converter.city_from_postcode = city
    return postcode


def _client_type(converter: RowConverter, cell: Cell) -> Any:
    return converter.lookup(
        converter.legal_forms,
        cell,
        translate("Import", "Unknown legal form '{value}'; the client type is 'other'."),
    )


def _champion(converter: RowConverter, cell: Cell) -> Any:
    return converter.lookup(
        converter.lookups.staff,
        cell,
        translate(
            "Import",
            "No staff member is called '{value}' (name or initials); "
            "the client stays without a champion.",
        ),
    )


def _segment(converter: RowConverter, cell: Cell) -> Any:
    return converter.lookup(
        converter.lookups.segments,
        cell,
        translate("Import", "Unknown segment '{value}'; the client stays without one."),
    )


FIELD_SPECS: Mapping[str, FieldSpec] = {
    spec.key: spec
    for spec in (
        FieldSpec(CLIENT_NUMBER, None),  # stored apart: it identifies the client
        FieldSpec(NAME, "name"),
        FieldSpec(CLIENT_TYPE, "client_type", parse=_client_type),
        FieldSpec(SEGMENT, "segment_id", parse=_segment),
        FieldSpec(CHAMPION, "champion_id", parse=_champion),
        FieldSpec(CONTACT_PERSON, "contact_person"),
        FieldSpec(CONTACT_FIRST_NAME, None),
        FieldSpec(CONTACT_INFIX, None),
        FieldSpec(CONTACT_LAST_NAME, None),
        FieldSpec(EMAIL, "email", _email),
        FieldSpec(PHONE, "phone", _phone),
        FieldSpec(MOBILE, "mobile", _phone),
        FieldSpec(ADDRESS, "address"),
        FieldSpec(POSTCODE, "postcode", _postcode),
        FieldSpec(CITY, "city"),
        FieldSpec(COUNTRY, "country"),
        FieldSpec(KVK_NUMBER, "kvk_number", parse=_kvk, soft=True),
        FieldSpec(NOTES, "notes"),
        FieldSpec(CLIENT_SINCE, "client_since", parse=_date),
    )
}
FIELDS: tuple[str, ...] = tuple(FIELD_SPECS)


def field_spec(key: str) -> FieldSpec:
    """The spec of an import field; KeyError names an unknown key."""
    try:
        return FIELD_SPECS[key]
    except KeyError:
        raise KeyError(f"unknown import field {key!r}") from None
