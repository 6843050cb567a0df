"""Column suggestions from Dutch and English headers, and saved mappings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core.common.errors import FileFormatError
from desktop.core.common.vocab import ClientType
from desktop.core.imports.mapping import (
    header_signature,
    initial_mapping,
    read_mapping_file,
    save_mapping,
    suggest_mapping,
)
from desktop.core.imports.rows import Lookups, RowConverter, cell_text

EXACT = [
    "Relatiecode",
    "Naam",
    "BezoekAdres1",
    "BezoekPostcode",
    "BezoekPlaats",
    "E-Mail",
    "Telefoon",
    "ContactpersoonVoornaam",
    "ContactpersoonAchternaam",
]


def test_exact_headers_are_all_recognised() -> None:
    assert suggest_mapping(EXACT) == {
        "Relatiecode": "client_number",
        "Naam": "name",
        "BezoekAdres1": "address",
        "BezoekPostcode": "postcode",
        "BezoekPlaats": "city",
        "E-Mail": "email",
        "Telefoon": "phone",
        "ContactpersoonVoornaam": "contact_first_name",
        "ContactpersoonAchternaam": "contact_last_name",
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Relatienummer", "client_number"),
        ("Klantnummer", "client_number"),
        ("Debiteurnummer", "client_number"),
        ("Bedrijfsnaam", "name"),
        ("E-mailadres", "email"),
        ("Postcode", "postcode"),
        ("Woonplaats", "city"),
        ("KvK", "kvk_number"),
        ("KvK-nummer", "kvk_number"),
        ("Rechtsvorm", "client_type"),
        ("Relatiebeheerder", "champion"),
        ("Accountmanager", "champion"),
        ("Company name", "name"),
        ("Vestigingsadres postcode", "postcode"),
    ],
)
def test_single_header_suggestions(header: str, field: str) -> None:
    assert suggest_mapping([header]) == {header: field}


def test_each_field_goes_to_one_column_only() -> None:
    mapping = suggest_mapping(["Postcode", "BezoekPostcode", "Naam"])
    assert mapping == {"Postcode": "postcode", "Naam": "name"}


def test_saved_mapping_is_found_again_by_the_headers(session: Session) -> None:
    headers = ["Code", "Omschrijving", "Plaats"]
    assert initial_mapping(session, headers) == ({"Code": "client_number", "Plaats": "city"}, False)
    save_mapping(session, headers, {"Code": "client_number", "Omschrijving": "name"})
    assert initial_mapping(session, headers) == (
        {"Code": "client_number", "Omschrijving": "name"},
        True,
    )
    # Case and spacing of headers do not matter; order and set do.
    assert header_signature(["code", " Omschrijving ", "PLAATS"]) == header_signature(headers)
    assert initial_mapping(session, ["Plaats", "Code", "Omschrijving"])[1] is False


def test_mapping_file_forms(tmp_path: Path) -> None:
    flat = tmp_path / "flat.json"
    flat.write_text(json.dumps({"Nr": "client_number", "Naam": "name", "X": None}))
    assert read_mapping_file(flat) == {"Nr": "client_number", "Naam": "name"}
    nested = tmp_path / "nested.json"
    nested.write_text(json.dumps({"columns": {"Naam": "name"}}))
    assert read_mapping_file(nested) == {"Naam": "name"}
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(FileFormatError, match="JSON object"):
        read_mapping_file(bad)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("BV", ClientType.BV),
        ("B.V.", ClientType.BV),
        ("N.V.", ClientType.BV),
        ("Eenmanszaak", ClientType.SOLE_TRADER),
        ("V.O.F.", ClientType.PARTNERSHIP),
        ("Maatschap", ClientType.PARTNERSHIP),
        ("Stichting", ClientType.ASSOCIATION_FOUNDATION),
        ("Vereniging", ClientType.ASSOCIATION_FOUNDATION),
        ("Coöperatie", ClientType.ASSOCIATION_FOUNDATION),
        ("Particulier", ClientType.PRIVATE_PERSON),
        ("Privé", ClientType.PRIVATE_PERSON),
        ("Agrarisch", ClientType.AGRICULTURAL),
        ("sole_trader", ClientType.SOLE_TRADER),
        ("Ruimtevaart", None),
    ],
)
def test_legal_forms(text: str, kind: ClientType | None) -> None:
    converter = RowConverter(
        ("Naam", "Rechtsvorm"), {"Naam": "name", "Rechtsvorm": "client_type"}, Lookups()
    )
    record, problems = converter.convert(2, ("Jansen", text))
    assert record is not None
    assert record.values.get("client_type") == kind
    assert bool(problems) == (kind is None)  # an unknown legal form is a warning


@pytest.mark.parametrize(
    ("value", "text"),
    [(123, "123"), (123.0, "123"), ("  00123 ", "00123"), (None, None), ("  ", None), (1.5, "1.5")],
)
def test_cells_read_as_text(value: object, text: str | None) -> None:
    assert cell_text(value) == text
