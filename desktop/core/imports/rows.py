"""One row of an export to a validated, normalised client record (or the reasons it is not).

Rules (documented for the office manager in the report and the wizard):
- Cells are read as text and trimmed. An Excel number cell keeps its digits: 123 -> "123",
  123.0 -> "123". A client number typed as text ("00123") keeps its leading zeros; zeros that
  Excel only *shows* through a number format are not stored in the file and cannot come back, so
  such a column should be exported as text. A KvK number stored as a number gets its leading
  zero back (KvK numbers are always 8 digits).
  A 7-digit KvK number from a CSV file gets it back too.
- Errors (the row is not imported): no name; no client number when the column is mapped; an
  invalid e-mail address; an unreadable date; a value longer than the field holds.
- Warnings (the row is imported): a postcode that is not Dutch or a phone number that cannot be
  read is kept as written; an invalid KvK number is left out; an unknown champion, segment or
  legal form leaves the client unassigned / "other". Without a legal form, one written in the
  name ("Stichting …", "… B.V.") is used. A city after the postcode ("3509 AA Utrecht") fills the
  city when the row has none.
- An empty cell never clears a stored value when an existing client is updated.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.vocab import ClientType, client_type_label
from desktop.core.imports import fields as f
from desktop.core.imports.fields import FIELD_SPECS, Cell
from desktop.core.imports.mapping import field_label
from desktop.core.imports.report import ERROR, WARNING, ImportProblem

# Dutch legal forms (rechtsvormen) and client kinds -> client type. Choices: NV and holdings go
# with BV (companies with legal personality); VOF, CV and maatschap are partnerships;
# coöperaties go with associations.
_LEGAL_FORMS: dict[ClientType, str] = {
    ClientType.BV: (
        "bv nv beslotenvennootschap naamlozevennootschap holding holdingbv bvio ltd limited "
        "privatelimitedcompany company"
    ),
    ClientType.SOLE_TRADER: (
        "eenmanszaak ez zzp zzper zelfstandige zelfstandigezonderpersoneel ondernemer "
        "soletrader soleproprietor soleproprietorship"
    ),
    ClientType.PARTNERSHIP: (
        "vof vennootschaponderfirma cv commanditairevennootschap maatschap partnership vofmaatschap"
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


# A legal form written in the name: the first word ("Stichting De Linde") or the last
# ("Bouwbedrijf Jansen B.V.", "Maatschap Huisartsen" also counts as the first word).
_NAME_FIRST_WORDS: dict[str, ClientType] = {
    "stichting": ClientType.ASSOCIATION_FOUNDATION,
    "vereniging": ClientType.ASSOCIATION_FOUNDATION,
    "cooperatie": ClientType.ASSOCIATION_FOUNDATION,
    "cooperatieve": ClientType.ASSOCIATION_FOUNDATION,
    "coöperatie": ClientType.ASSOCIATION_FOUNDATION,
    "coöperatieve": ClientType.ASSOCIATION_FOUNDATION,
    "maatschap": ClientType.PARTNERSHIP,
    "vof": ClientType.PARTNERSHIP,
}
_NAME_LAST_WORDS: dict[str, ClientType] = {
    "bv": ClientType.BV,
    "nv": ClientType.BV,
    "vof": ClientType.PARTNERSHIP,
    "cv": ClientType.PARTNERSHIP,
    "maatschap": ClientType.PARTNERSHIP,
    "stichting": ClientType.ASSOCIATION_FOUNDATION,
    "ua": ClientType.ASSOCIATION_FOUNDATION,  # coöperatie U.A.
}


def legal_form_from_name(name: str) -> ClientType | None:
    """The client type a name states: 'Stichting …', '… B.V.', '… V.O.F.'; None otherwise."""
    # Runs for every row without a legal form: a cheap key (case and dots), not plain_key.
    words = name.split()
    if len(words) < 2:
        return None
    first = _NAME_FIRST_WORDS.get(words[0].casefold())
    if first is not None:
        return first
    last = words[-1].casefold().replace(".", "")
    if len(words) > 2 and len(last) <= 1:  # "Jansen B. V."
        last = words[-2].casefold().replace(".", "") + last
    return _NAME_LAST_WORDS.get(last)


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
        # (index, header, spec) per mapped column; an unknown field key raises KeyError.
        self.columns = [
            (headers.index(h), h, f.field_spec(fld)) for h, fld in mapping.items() if h in headers
        ]
        self.header_of = {spec.key: h for _, h, spec in self.columns}
        # The same, flattened for the per-cell loop.
        self._cells = [
            (index, header, spec.key, spec.parse, spec.max_length, spec.soft)
            for index, header, spec in self.columns
        ]
        self.numbered = f.CLIENT_NUMBER in self.header_of
        self.lookups = lookups
        self.formulas_without_value = formulas_without_value
        self.legal_forms = _legal_form_table()
        # Per-row state the field parsers write to.
        self.problems: list[ImportProblem] = []
        self.city_from_postcode: str | None = None
        # Only the mapped fields are looked at per row.
        self._direct = [
            (key, spec.column)
            for key, spec in FIELD_SPECS.items()
            if key in self.header_of and spec.column and key not in _COMPOSED
        ]
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

    def warn(self, cell: Cell, message: str) -> None:
        self.problems.append(ImportProblem(cell.row, cell.header, message, WARNING))

    def convert(
        self, row: int, values: Sequence[object]
    ) -> tuple[ClientRecord | None, list[ImportProblem]]:
        problems: list[ImportProblem] = []
        self.problems = problems
        self.city_from_postcode = None
        found: dict[str, Any] = {}
        rejected: set[str] = set()
        width = len(values)
        for index, header, key, parse, limit, soft in self._cells:
            raw = values[index] if index < width else None
            # Most cells are text: trim once here (the hot loop of a 100,000-row import).
            text = raw.strip() if raw.__class__ is str else cell_text(raw)
            if not text:
                if self.formulas_without_value and (row, index) in self.formulas_without_value:
                    problems.append(_formula_warning(row, header))
                continue
            if parse is None:
                value: Any = text
            else:
                try:
                    value = parse(self, Cell(raw, text, row, header))
                except ValidationError as error:
                    self._reject(problems, rejected, row, header, key, soft, error)
                    continue
            if limit and value.__class__ is str and len(value) > limit:
                self._reject(problems, rejected, row, header, key, soft, _too_long(limit, key))
                continue
            if value is not None:
                found[key] = value
        if self.city_from_postcode and not found.get(f.CITY):
            found[f.CITY] = self.city_from_postcode[:100]
        name = found.get(f.NAME)
        if name is None and f.NAME not in rejected:
            problems.append(_required(row, self.header_of.get(f.NAME, ""), f.NAME))
        number = found.get(f.CLIENT_NUMBER)
        if self.numbered and number is None and f.CLIENT_NUMBER not in rejected:
            problems.append(_required(row, self.header_of[f.CLIENT_NUMBER], f.CLIENT_NUMBER))
        if rejected or name is None or (self.numbered and number is None):
            return None, problems
        assert name is not None  # a missing name is an error (above)
        if found.get(f.CLIENT_TYPE) is None:
            from_name = legal_form_from_name(name)
            if from_name is not None:
                found[f.CLIENT_TYPE] = from_name
        return ClientRecord(row, number, name, self._client_values(found)), problems

    @staticmethod
    def _reject(
        problems: list[ImportProblem],
        rejected: set[str],
        row: int,
        header: str,
        key: str,
        soft: bool,
        error: ValidationError,
    ) -> None:
        if soft:
            message = translate("Import", "{reason} Left out.").format(reason=error.message)
            problems.append(ImportProblem(row, header, message, WARNING))
        else:
            problems.append(ImportProblem(row, header, error.message, ERROR))
            rejected.add(key)

    def lookup(self, table: Mapping[str, Any], cell: Cell, unknown: str) -> Any:
        key = plain_key(cell.text) if table is self.legal_forms else cell.text.casefold()
        value = table.get(key)
        if value is None:
            self.warn(cell, unknown.format(value=cell.text))
        return value

    def _client_values(self, found: dict[str, Any]) -> dict[str, Any]:
        values = {column: found[key] for key, column in self._direct if key in found}
        if f.CLIENT_TYPE in found and "client_type" not in values:
            values["client_type"] = found[f.CLIENT_TYPE]
        if f.CITY in found and "city" not in values:
            values["city"] = found[f.CITY]
        if self._contact_parts:
            contact = found.get(f.CONTACT_PERSON) or " ".join(
                [found[part] for part in self._contact_parts if part in found]
            )
            if contact:
                values["contact_person"] = contact[: FIELD_SPECS[f.CONTACT_PERSON].max_length]
        return values


# Fields kept apart (the name, the number) or composed from several (the contact person).
_COMPOSED = frozenset({f.NAME, f.CLIENT_NUMBER, f.CONTACT_PERSON})


def _too_long(limit: int, fld: str) -> ValidationError:
    return ValidationError(
        translate("Import", "Longer than {limit} characters.").format(limit=limit), fld
    )


def _required(row: int, header: str, fld: str) -> ImportProblem:
    return ImportProblem(
        row,
        header,
        translate("Validation", "{field} is required.").format(field=field_label(fld)),
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
