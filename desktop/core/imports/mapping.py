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
POSTCODE = "postcode"
CITY = "city"
KVK_NUMBER = "kvk_number"
NOTES = "notes"
CLIENT_SINCE = "client_since"

FIELDS: tuple[str, ...] = (
    CLIENT_NUMBER,
    NAME,
    CLIENT_TYPE,
    SEGMENT,
    CHAMPION,
    CONTACT_PERSON,
    CONTACT_FIRST_NAME,
    CONTACT_INFIX,
    CONTACT_LAST_NAME,
    EMAIL,
    PHONE,
    POSTCODE,
    CITY,
    KVK_NUMBER,
    NOTES,
    CLIENT_SINCE,
)


# The client columns an import writes (in INSERT order after client_number) and compares when
# updating, each with the import field that feeds it. Segment and champion are looked up by
# name; the contact name parts feed contact_person, client_since goes into the notes.
COLUMN_FIELDS: dict[str, str] = {
    "name": NAME,
    "client_type": CLIENT_TYPE,
    "segment_id": SEGMENT,
    "champion_id": CHAMPION,
    "contact_person": CONTACT_PERSON,
    "email": EMAIL,
    "phone": PHONE,
    "postcode": POSTCODE,
    "city": CITY,
    "kvk_number": KVK_NUMBER,
    "notes": NOTES,
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
        POSTCODE: translate("ImportField", "Postcode"),
        CITY: translate("ImportField", "City"),
        KVK_NUMBER: translate("ImportField", "KvK number"),
        NOTES: translate("ImportField", "Notes"),
        CLIENT_SINCE: translate("ImportField", "Client since (date, added to the notes)"),
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
        "rechtsvorm ondernemingsvorm klanttype soortklant soortrelatie relatietype type "
        "clienttype legalform"
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
        "telefoon telefoonnummer tel telnr mobiel mobielnummer phone phonenumber telephone mobile"
    ),
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
    ("telefoon", PHONE),
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


def suggest_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A field per recognisable header; each field is given to one column at most."""
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for header in headers:
        field = _EXACT.get(normalise_header(header))
        if field is not None and field not in taken:
            mapping[header] = field
            taken.add(field)
    for header in headers:
        if header in mapping:
            continue
        key = normalise_header(header)
        for word, field in _CONTAINS:
            if word in key and field not in taken:
                mapping[header] = field
                taken.add(field)
                break
    return mapping


def check_mapping(headers: Sequence[str], mapping: Mapping[str, str]) -> ColumnMapping:
    """The mapping restricted to real columns; ValidationError when it cannot work."""
    clean: ColumnMapping = {}
    used: dict[str, str] = {}
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
            continue  # a saved mapping may name a column this file lacks
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
            translate("Import", "Choose the column that holds the client's name."), "mapping"
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


def initial_mapping(session: Session, headers: Sequence[str]) -> tuple[ColumnMapping, bool]:
    """The saved mapping when there is one (True), else the suggestions (False)."""
    saved = load_saved_mapping(session, headers)
    if saved is not None:
        return saved, True
    return suggest_mapping(headers), False


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
