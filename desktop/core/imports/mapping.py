"""Column mapping: which column of an export feeds which client field.

Suggestions come from Dutch and English header names as practice software writes them (Exact,
Twinfield, AFAS, Nmbrs, ...). A mapping the user confirmed is stored per *header signature*
(a hash of the headers in order), so the next export with the same headers maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import FileFormatError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.models import ImportMapping

# Header -> field key; columns left out are ignored.
ColumnMapping = dict[str, str]
# A mapping names a few dozen columns; a bigger "mapping" file is something else.
MAX_MAPPING_BYTES = 1024 * 1024

# The field keys live with their specs; re-exported here, where most callers look.
from desktop.core.imports.fields import (  # noqa: E402
    ADDRESS,
    CHAMPION,
    CITY,
    CLIENT_NUMBER,
    CLIENT_SINCE,
    CLIENT_TYPE,
    CONTACT_FIRST_NAME,
    CONTACT_INFIX,
    CONTACT_LAST_NAME,
    CONTACT_PERSON,
    COUNTRY,
    EMAIL,
    FIELD_SPECS,
    FIELDS,
    KVK_NUMBER,
    MOBILE,
    NAME,
    NOTES,
    PHONE,
    POSTCODE,
    SEGMENT,
)

# The client columns an import writes (in INSERT order after client_number) and compares when
# updating, each with the import field that feeds it. Segment and champion are looked up by
# name; the contact name parts feed contact_person.
COLUMN_FIELDS: dict[str, str] = {
    spec.column: key for key, spec in FIELD_SPECS.items() if spec.column is not None
}


def field_label(field: str) -> str:
    """The translated name of an import field, as shown in the mapping step and the report."""
    labels = {
        CLIENT_NUMBER: translate("ImportField", "Client number"),
        NAME: translate("ImportField", "Name"),
        CLIENT_TYPE: translate("ImportField", "Client type (legal form)"),
        SEGMENT: translate("ImportField", "Segment"),
        CHAMPION: translate("ImportField", "Champion (relationship manager)"),
        CONTACT_PERSON: translate("ImportField", "Contact person"),
        CONTACT_FIRST_NAME: translate("ImportField", "Contact person: first name"),
        CONTACT_INFIX: translate("ImportField", "Contact person: name prefix (tussenvoegsel)"),
        CONTACT_LAST_NAME: translate("ImportField", "Contact person: last name"),
        EMAIL: translate("ImportField", "E-mail"),
        PHONE: translate("ImportField", "Phone"),
        MOBILE: translate("ImportField", "Mobile phone"),
        ADDRESS: translate("ImportField", "Street address"),
        POSTCODE: translate("ImportField", "Postcode"),
        CITY: translate("ImportField", "City"),
        COUNTRY: translate("ImportField", "Country"),
        KVK_NUMBER: translate("ImportField", "KvK number"),
        NOTES: translate("ImportField", "Notes"),
        CLIENT_SINCE: translate("ImportField", "Client since"),
    }
    return labels.get(field, field)


# Normalised header (lower case, letters and digits only) -> field. Exact matches win.
_SYNONYMS: dict[str, str] = {
    CLIENT_NUMBER: (
        "relatiecode relatienummer relatienr klantnummer klantnr klantcode debiteurnummer "
        "debiteurnr debiteurcode debiteur clientnumber clientno clientcode customernumber "
        "customerno customerid accountnumber nummer code nr"
    ),
    NAME: (
        "naam bedrijfsnaam relatienaam klantnaam debiteurnaam organisatie organisatienaam "
        "firmanaam handelsnaam statutairenaam name companyname company clientname customername"
    ),
    CLIENT_TYPE: (
        "rechtsvorm ondernemingsvorm klanttype soortklant soortrelatie relatietype clienttype "
        "legalform"
    ),
    SEGMENT: "segment klantsegment clientsegment",
    CHAMPION: (
        "relatiebeheerder accountmanager accountbeheerder verantwoordelijke behandelaar "
        "klantbeheerder champion ambassadeur relationshipmanager owner"
    ),
    CONTACT_PERSON: "contactpersoon contact contactperson tav tenaanzichtvan",
    CONTACT_FIRST_NAME: "contactpersoonvoornaam voornaam firstname givenname",
    CONTACT_INFIX: "contactpersoontussenvoegsel tussenvoegsel tussenvoegsels infix",
    CONTACT_LAST_NAME: "contactpersoonachternaam achternaam lastname surname familienaam",
    EMAIL: "email emailadres mail emailaddress bezoekemail contactemail",
    PHONE: (
        "telefoon telefoonnummer tel telnr phone phonenumber telephone phone1 telefoon1 "
        "telefon telefonnummer vastnummer"
    ),
    MOBILE: "mobiel mobielnummer mobieltelefoonnummer gsm mobile mobilephone cellphone phone2",
    ADDRESS: (
        "adres straat straatnaam straatenhuisnummer bezoekadres postadres vestigingsadres "
        "bezoekadres1 adres1 address street streetaddress address1"
    ),
    COUNTRY: "land landcode country countrycode",
    POSTCODE: ("postcode bezoekpostcode postpostcode vestigingspostcode zipcode zip postalcode"),
    CITY: ("plaats woonplaats bezoekplaats postplaats vestigingsplaats stad city town place"),
    KVK_NUMBER: (
        "kvk kvknummer kvknr kvkregistratienummer kamervankoophandel cocnumber coc "
        "chamberofcommerce"
    ),
    NOTES: "opmerkingen opmerking notities notitie memo notes remarks",
    CLIENT_SINCE: (
        "klantsinds relatiesinds startdatum begindatum ingangsdatum datumingang clientsince "
        "customersince startdate"
    ),
}
_EXACT = {word: field for field, words in _SYNONYMS.items() for word in words.split()}
# Fallback when no header matched exactly: a telling word inside a longer header.
_CONTAINS: tuple[tuple[str, str], ...] = (
    ("relatiecode", CLIENT_NUMBER),
    ("klantnummer", CLIENT_NUMBER),
    ("debiteurnummer", CLIENT_NUMBER),
    ("postcode", POSTCODE),
    ("woonplaats", CITY),
    ("plaats", CITY),
    ("email", EMAIL),
    ("mobiel", MOBILE),
    ("telefoon", PHONE),
    ("phone", PHONE),
    ("tel", PHONE),
    ("adres", ADDRESS),
    ("straat", ADDRESS),
    ("kvk", KVK_NUMBER),
    ("rechtsvorm", CLIENT_TYPE),
    ("relatiebeheerder", CHAMPION),
    ("accountmanager", CHAMPION),
    ("voornaam", CONTACT_FIRST_NAME),
    ("achternaam", CONTACT_LAST_NAME),
    ("bedrijfsnaam", NAME),
)


def normalise_header(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


# Content detectors: a field whose values have a recognisable shape.
_EMAIL_LIKE = re.compile(r"^(mailto:)?[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", re.IGNORECASE)
_POSTCODE_LIKE = re.compile(
    r"^(NL\s*-?\s*)?[1-9][0-9]{3}\s*-?\s*[A-Za-z]{2}(\b.*)?$", re.IGNORECASE
)
_KVK_LIKE = re.compile(r"^[0-9]{7,8}$")
_PHONE_LIKE = re.compile(r"^(\+|0)[0-9\s\-()./]{7,18}[0-9]$")
_STREET_LIKE = re.compile(r"^[^\d@]{3,}\s\d+(\s?[A-Za-z]{1,2})?([-/\s]?\d+[A-Za-z]?)?$")
_DETECTORS: dict[str, re.Pattern[str]] = {
    EMAIL: _EMAIL_LIKE,
    POSTCODE: _POSTCODE_LIKE,
    KVK_NUMBER: _KVK_LIKE,
    PHONE: _PHONE_LIKE,
    MOBILE: _PHONE_LIKE,
    ADDRESS: _STREET_LIKE,
}
# Shapes that say a column is not a text field such as the name (numbers are ambiguous: a
# client number may look like a KvK number); a city column holding streets is no city either.
_CONTRADICTING = (EMAIL, POSTCODE)
_CONTRADICTING_CITY = (EMAIL, POSTCODE, ADDRESS)
# Share of a column's filled sample values that must have the shape.
_CLEAR = 0.6
# Values overrule a telling header only when there are enough of them: one bad e-mail in a
# two-row file is a row error to report, not proof that the column is something else.
_ENOUGH_TO_OVERRULE = 3
SAMPLE_ROWS = 50


def _texts(samples: Sequence[Sequence[object]], index: int) -> list[str]:
    from desktop.core.imports.rows import cell_text

    texts = []
    for values in samples:
        text = cell_text(values[index]) if index < len(values) else None
        if text:
            texts.append(text)
    return texts


def _shape_shares(texts: Sequence[str]) -> dict[str, float]:
    if not texts:
        return {}
    return {
        field: sum(1 for text in texts if pattern.match(text)) / len(texts)
        for field, pattern in _DETECTORS.items()
    }


def _header_field(header: str) -> tuple[str | None, int]:
    key = normalise_header(header)
    field = _EXACT.get(key)
    if field is not None:
        return field, 3
    for word, candidate in _CONTAINS:
        if word in key:
            return candidate, 2
    return None, 0


def suggest_mapping(
    headers: Sequence[str], samples: Sequence[Sequence[object]] = ()
) -> ColumnMapping:
    """A field per recognisable column; each field is given to one column at most.

    The header text suggests a field; the sample values confirm or overrule it: a column of
    e-mail addresses is the e-mail (also under another header, or none), a column whose values
    do not look like e-mail addresses is not, and an empty column loses to a filled one."""
    candidates: list[tuple[int, int, str, str]] = []  # (score, -index, header, field)
    for index, header in enumerate(headers):
        field, score = _header_field(header)
        texts = _texts(samples, index) if samples else []
        shares = _shape_shares(texts)
        if samples and not texts:
            score -= 1  # an empty (placeholder) column
        if field is not None and texts:
            share = shares.get(field)
            if share is not None and share < 1 - _CLEAR and len(texts) >= _ENOUGH_TO_OVERRULE:
                score = 0  # the header says e-mail, the values say otherwise
            elif (
                share is None
                and len(texts) >= _ENOUGH_TO_OVERRULE
                and any(
                    shares[shape] >= _CLEAR
                    for shape in (_CONTRADICTING_CITY if field == CITY else _CONTRADICTING)
                )
            ):
                score = 0  # "Plaats" holding streets, "Naam" holding e-mails
        if field is not None and score > 0:
            candidates.append((score, -index, header, field))
        for shaped, share in shares.items():
            if share >= _CLEAR and shaped != field:
                # Phones go to the first phone field free; the second to the mobile.
                candidates.append((1 + (shaped == PHONE), -index, header, shaped))
        if field is not None and shares.get(field, 0) >= _CLEAR:
            candidates.append((score + 3, -index, header, field))
    if samples and not any(field == NAME for *_rest, field in candidates):
        name_column = _name_by_content(headers, samples, {c[2] for c in candidates if c[0] >= 2})
        if name_column is not None:
            candidates.append((1, -headers.index(name_column), name_column, NAME))
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for _score, _index, header, field in sorted(candidates, reverse=True):
        if header not in mapping and field not in taken:
            mapping[header] = field
            taken.add(field)
    return {header: mapping[header] for header in headers if header in mapping}


def _name_by_content(
    headers: Sequence[str], samples: Sequence[Sequence[object]], taken: set[str]
) -> str | None:
    """For a file without telling headers: the first column of mostly distinct words."""
    for index, header in enumerate(headers):
        if header in taken:
            continue
        texts = _texts(samples, index)
        if not texts or any(_shape_shares(texts)[shape] >= _CLEAR for shape in _DETECTORS):
            continue
        wordy = sum(
            1 for text in texts if len(text) >= 3 and any(ch.isalpha() for ch in text)
        ) / len(texts)
        if wordy >= _CLEAR and len(set(texts)) >= max(1, len(texts) * 0.8):
            return header
    return None


def describe_mapping(mapping: Mapping[str, str]) -> list[str]:
    """'Source column → field' lines, in column order, for the dry run and the report."""
    return [f"{header} → {field_label(field)}" for header, field in mapping.items()]


def check_mapping(headers: Sequence[str], mapping: Mapping[str, str]) -> ColumnMapping:
    """The mapping checked against the file's columns; ValidationError when it cannot work."""
    clean: ColumnMapping = {}
    used: dict[str, str] = {}
    columns = ", ".join(f"'{header}'" for header in headers)
    for header, field in mapping.items():
        if not field:
            continue
        if field not in FIELDS:
            raise ValidationError(
                translate("Import", "'{field}' is not an import field. Fields: {fields}.").format(
                    field=field, fields=", ".join(FIELDS)
                ),
                "mapping",
            )
        if header not in headers:
            raise ValidationError(
                translate(
                    "Import", "The file has no column '{column}'. Its columns: {columns}."
                ).format(column=header, columns=columns),
                "mapping",
            )
        if field in used:
            raise ValidationError(
                translate("Import", "Both '{first}' and '{second}' are mapped to {field}.").format(
                    first=used[field], second=header, field=field_label(field)
                ),
                "mapping",
            )
        used[field] = header
        clean[header] = field
    if NAME not in used:
        raise ValidationError(
            translate(
                "Import", "Choose the column that holds the client's name. Columns: {columns}."
            ).format(columns=columns),
            "mapping",
        )
    return clean


def header_signature(headers: Iterable[str]) -> str:
    """A 64-character fingerprint of the headers in order (case and spacing ignored)."""
    text = "\x1f".join(" ".join(header.casefold().split()) for header in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_saved_mapping(session: Session, headers: Sequence[str]) -> ColumnMapping | None:
    """The mapping saved for files with exactly these headers, if any."""
    stored = session.scalar(
        select(ImportMapping.mapping_json).where(
            ImportMapping.header_signature == header_signature(headers)
        )
    )
    if stored is None:
        return None
    data = json.loads(stored)
    return {h: f for h, f in data.items() if h in headers and f in FIELDS}


def save_mapping(session: Session, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
    """Remember the mapping for files with these headers (replacing an older one); flushes."""
    signature = header_signature(headers)
    row = session.scalar(select(ImportMapping).where(ImportMapping.header_signature == signature))
    if row is None:
        row = ImportMapping(header_signature=signature)
        session.add(row)
    row.headers_json = json.dumps(list(headers), ensure_ascii=False)
    row.mapping_json = json.dumps(dict(mapping), ensure_ascii=False)
    session.flush()


def initial_mapping(
    session: Session, headers: Sequence[str], samples: Sequence[Sequence[object]] = ()
) -> tuple[ColumnMapping, bool]:
    """The saved mapping when there is one (True), else the suggestions (False) from the
    headers and the first rows' values."""
    saved = load_saved_mapping(session, headers)
    if saved is not None:
        return saved, True
    return suggest_mapping(headers, samples), False


def read_mapping_file(path: Path | str) -> ColumnMapping:
    """A mapping from JSON: {"Header": "field", ...} or {"columns": {...}}; null skips a column."""
    from desktop.core.imports.readers import check_input_file

    path = Path(path)
    if check_input_file(path) > MAX_MAPPING_BYTES:
        raise _not_a_mapping(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FileFormatError(
            translate("Import", "The mapping file {name} cannot be read: {error}").format(
                name=path.name, error=error
            )
        ) from None
    except RecursionError:  # [[[[…]]]] nested deeper than Python's stack allows
        raise FileFormatError(
            translate(
                "Import",
                "The mapping file {name} is nested too deeply to be a column mapping; it must "
                'be one JSON object like {{"Naam": "name"}}.',
            ).format(name=path.name)
        ) from None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise _not_a_mapping(path)
    return {header: field for header, field in data.items() if field}


def _not_a_mapping(path: Path) -> FileFormatError:
    return FileFormatError(
        translate(
            "Import",
            'The mapping file {name} must be a JSON object like {{"Relatiecode": '
            '"client_number", "Naam": "name"}}.',
        ).format(name=path.name)
    )
