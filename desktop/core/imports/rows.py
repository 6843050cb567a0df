"""One row of an export to a validated, normalised client record (or the reasons it is not).

Rules (documented for the office manager in the report and the wizard):
- Cells are read as text and trimmed. An Excel number cell keeps its digits: 123 -> "123",
  123.0 -> "123". A client number typed as text ("00123") keeps its leading zeros; zeros that
  Excel only *shows* through a number format are not stored in the file and cannot come back, so
  such a column should be exported as text. A KvK number stored as a number gets its leading
  zero back (KvK numbers are always 8 digits).
- Errors (the row is not imported): no name; no client number when the column is mapped; an
  invalid e-mail address or KvK number; an unreadable date; a value longer than the field holds.
- Warnings (the row is imported): a postcode that is not Dutch is kept as written; an unknown
  champion, segment or legal form leaves the client unassigned / "other".
- An empty cell never clears a stored value when an existing client is updated.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import String

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import (
    max_length,
    normalise_email,
    normalise_kvk,
    normalise_postcode,
    parse_date,
)
from desktop.core.common.vocab import ClientType, client_type_label
from desktop.core.db.tables import clients
from desktop.core.imports import mapping as f
from desktop.core.imports.report import ERROR, WARNING, ImportProblem

# Longest value each client text field holds, from the column types in tables.clients (the KvK
# number is checked as 8 digits instead).
MAX_LENGTHS = {
    fld: max_length(clients.c[column])
    for column, fld in {"client_number": f.CLIENT_NUMBER, **f.COLUMN_FIELDS}.items()
    if type(clients.c[column].type) is String and fld != f.KVK_NUMBER
}

# Fields taken as trimmed text, only checked for length.
_PLAIN_TEXT = frozenset(
    {
        f.CLIENT_NUMBER,
        f.NAME,
        f.CONTACT_PERSON,
        f.CONTACT_FIRST_NAME,
        f.CONTACT_INFIX,
        f.CONTACT_LAST_NAME,
        f.PHONE,
        f.CITY,
        f.NOTES,
    }
)

# Import field -> client column for the fields stored as they come out of validation: all but
# the name (kept apart) and the contact person and notes (composed from several fields).
_DIRECT_COLUMNS = tuple(
    (fld, column)
    for column, fld in f.COLUMN_FIELDS.items()
    if fld not in (f.NAME, f.CONTACT_PERSON, f.NOTES)
)

# Dutch legal forms (rechtsvormen) and client kinds -> client type. Choices: NV and holdings go
# with BV (companies with legal personality); VOF, CV and maatschap go with the sole trader
# (entrepreneurs taxed in income tax, personally liable); coöperaties with associations.
_LEGAL_FORMS: dict[ClientType, str] = {
    ClientType.BV: (
        "bv nv beslotenvennootschap naamlozevennootschap holding holdingbv bvio ltd limited "
        "privatelimitedcompany company"
    ),
    ClientType.SOLE_TRADER: (
        "eenmanszaak ez zzp zzper zelfstandige zelfstandigezonderpersoneel ondernemer vof "
        "vennootschaponderfirma cv commanditairevennootschap maatschap soletrader "
        "soleproprietor soleproprietorship partnership"
    ),
    ClientType.PRIVATE_PERSON: (
        "particulier particulieren prive priveperson privepersoon natuurlijkpersoon "
        "ibparticulier private privateperson person individual"
    ),
    ClientType.ASSOCIATION_FOUNDATION: (
        "stichting vereniging verenigingen cooperatie coop kerkgenootschap vve "
        "verenigingvaneigenaren foundation association charity"
    ),
    ClientType.AGRICULTURAL: (
        "agrarisch agrarier agrarischbedrijf landbouw landbouwbedrijf veehouderij "
        "melkveehouderij akkerbouw tuinbouw boer agricultural agriculture farm farmer"
    ),
    ClientType.OTHER: "overig overige anders other",
}


def plain_key(text: str) -> str:
    """Lower case, accents dropped, letters and digits only: 'B.V.' -> 'bv', 'Coöperatie' ->
    'cooperatie'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def _legal_form_table() -> dict[str, ClientType]:

    table = {word: kind for kind, words in _LEGAL_FORMS.items() for word in words.split()}
    for kind in ClientType:
        table.setdefault(plain_key(kind.value), kind)
        table.setdefault(plain_key(client_type_label(kind)), kind)
    return table


def parse_client_type(
    text: str, table: Mapping[str, ClientType] | None = None
) -> ClientType | None:
    """The client type for a legal form or kind such as 'B.V.' or 'Stichting'; None if unknown."""
    return (table or _legal_form_table()).get(plain_key(text))


def cell_text(value: object) -> str | None:
    """A cell as trimmed text (numbers without '.0', dates as DD-MM-YYYY); None when blank."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return value.strftime("%d-%m-%Y %H:%M")
        return value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value).strip() or None


@dataclass(frozen=True)
class Lookups:
    """Names the import resolves: staff (by name or initials) and segments, case-insensitive.
    A name shared by two staff members maps to None (ambiguous)."""

    staff: Mapping[str, int | None] = field(default_factory=dict)
    segments: Mapping[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class ClientRecord:
    """A valid row: the client's number (None when numbers are generated) and the columns given
    (client table column -> normalised value)."""

    row: int
    client_number: str | None
    name: str
    values: dict[str, Any]


class RowConverter:
    """Turns rows into ClientRecords with the problems found; built once per import."""

    def __init__(
        self,
        headers: Sequence[str],
        mapping: Mapping[str, str],
        lookups: Lookups,
        formulas_without_value: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.columns = [
            (headers.index(h), h, fld, MAX_LENGTHS.get(fld, 0))
            for h, fld in mapping.items()
            if h in headers
        ]
        self.header_of = {fld: h for _, h, fld, _ in self.columns}
        self.numbered = f.CLIENT_NUMBER in self.header_of
        self.lookups = lookups
        self.formulas_without_value = formulas_without_value
        self.legal_forms = _legal_form_table()
        # Only the mapped fields are looked at per row.
        self._direct = [(fld, col) for fld, col in _DIRECT_COLUMNS if fld in self.header_of]
        self._contact_parts = [
            part
            for part in (
                f.CONTACT_PERSON,
                f.CONTACT_FIRST_NAME,
                f.CONTACT_INFIX,
                f.CONTACT_LAST_NAME,
            )
            if part in self.header_of
        ]
        self._has_notes = f.NOTES in self.header_of or f.CLIENT_SINCE in self.header_of

    def convert(
        self, row: int, values: Sequence[object]
    ) -> tuple[ClientRecord | None, list[ImportProblem]]:
        problems: list[ImportProblem] = []
        found: dict[str, Any] = {}
        width = len(values)
        for index, header, fld, limit in self.columns:
            raw = values[index] if index < width else None
            # Most cells are text: trim once here (the hot loop of a 100,000-row import).
            text = raw.strip() if raw.__class__ is str else cell_text(raw)
            if not text:
                if (row, index) in self.formulas_without_value:
                    problems.append(_formula_warning(row, header))
                continue
            try:
                if fld in _PLAIN_TEXT:
                    if limit and len(text) > limit:
                        raise _too_long(limit, fld)
                    found[fld] = text
                    continue
                value = self._field_value(fld, raw, text, limit, row, header, problems)
            except ValidationError as error:
                problems.append(ImportProblem(row, header, error.message, ERROR))
                continue
            if value is not None:
                found[fld] = value
        name = found.get(f.NAME)
        if name is None:
            problems.append(_required(row, self.header_of.get(f.NAME, ""), f.NAME))
        number = found.get(f.CLIENT_NUMBER)
        if self.numbered and number is None:
            problems.append(_required(row, self.header_of[f.CLIENT_NUMBER], f.CLIENT_NUMBER))
        if problems and any(p.severity == ERROR for p in problems):
            return None, problems
        assert name is not None  # a missing name is an error (above)
        return ClientRecord(row, number, name, self._client_values(found)), problems

    def _field_value(
        self,
        fld: str,
        raw: object,
        text: str,
        limit: int,
        row: int,
        header: str,
        problems: list[ImportProblem],
    ) -> Any:
        if fld == f.EMAIL:
            if len(text) > limit:
                raise _too_long(limit, fld)
            return normalise_email(text)
        if fld == f.KVK_NUMBER:
            return normalise_kvk(raw)
        if fld == f.CLIENT_SINCE:
            return parse_date(raw, fld)
        if fld == f.POSTCODE:
            try:
                return normalise_postcode(text)
            except ValidationError as error:
                problems.append(
                    ImportProblem(
                        row,
                        header,
                        translate("Import", "{reason} Kept as written.").format(
                            reason=error.message
                        ),
                        WARNING,
                    )
                )
                if len(text) > limit:
                    raise _too_long(limit, fld) from None
                return text
        if fld == f.CLIENT_TYPE:
            return self._lookup(
                self.legal_forms,
                text,
                row,
                header,
                problems,
                translate("Import", "Unknown legal form '{value}'; the client type is 'other'."),
            )
        if fld == f.CHAMPION:
            return self._lookup(
                self.lookups.staff,
                text,
                row,
                header,
                problems,
                translate(
                    "Import",
                    "No staff member is called '{value}' (name or initials); "
                    "the client stays without a champion.",
                ),
            )
        return self._lookup(
            self.lookups.segments,
            text,
            row,
            header,
            problems,
            translate("Import", "Unknown segment '{value}'; the client stays without one."),
        )

    def _lookup(
        self,
        table: Mapping[str, Any],
        text: str,
        row: int,
        header: str,
        problems: list[ImportProblem],
        unknown: str,
    ) -> Any:
        key = plain_key(text) if table is self.legal_forms else text.casefold()
        value = table.get(key)
        if value is None:
            problems.append(ImportProblem(row, header, unknown.format(value=text), WARNING))
        return value

    def _client_values(self, found: dict[str, Any]) -> dict[str, Any]:
        values = {column: found[fld] for fld, column in self._direct if fld in found}
        if self._contact_parts:
            contact = found.get(f.CONTACT_PERSON) or " ".join(
                found[part] for part in self._contact_parts if part in found
            )
            if contact:
                values["contact_person"] = contact[: MAX_LENGTHS[f.CONTACT_PERSON]]
        if self._has_notes:
            notes = [found[f.NOTES]] if f.NOTES in found else []
            if f.CLIENT_SINCE in found:
                notes.append(
                    translate("Import", "Client since {date}.").format(
                        date=found[f.CLIENT_SINCE].strftime("%d-%m-%Y")
                    )
                )
            if notes:
                values["notes"] = "\n".join(notes)
        return values


def _too_long(limit: int, fld: str) -> ValidationError:
    return ValidationError(
        translate("Import", "Longer than {limit} characters.").format(limit=limit), fld
    )


def _required(row: int, header: str, fld: str) -> ImportProblem:
    return ImportProblem(
        row,
        header,
        translate("Validation", "{field} is required.").format(field=f.field_label(fld)),
        ERROR,
    )


def _formula_warning(row: int, header: str) -> ImportProblem:
    return ImportProblem(
        row,
        header,
        translate(
            "Import",
            "A formula without a saved result (the file was never recalculated in Excel); "
            "read as empty.",
        ),
        WARNING,
    )
