"""Column mapping: which column of an export feeds which client field.

Suggestions come from the headers and the values (suggestions.py). A mapping the user confirmed
is stored per *header signature* (a hash of the headers in order), so the next export with the
same headers maps itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import FileFormatError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.models import ImportMapping
from desktop.core.imports.suggestions import ColumnMapping, suggest_mapping

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
