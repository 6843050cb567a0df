"""Files shaped like the real exports of issue 9: how they are read, mapped and converted."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.common.errors import ValidationError
from desktop.core.common.vocab import ClientType
from desktop.core.db.engine import Database
from desktop.core.db.models import Client
from desktop.core.imports.fields import FIELD_SPECS, field_spec
from desktop.core.imports.importer import ImportOptions, run_import
from desktop.core.imports.mapping import check_mapping, suggest_mapping
from desktop.core.imports.readers import open_table
from desktop.core.imports.rows import Lookups, RowConverter, legal_form_from_name
from tests.core.imports.samples import write_csv


def _clients(database: Database) -> dict[str, Client]:
    with database.session() as session:
        rows = session.scalars(select(Client)).all()
        session.expunge_all()
    return {client.name: client for client in rows}


def _suggested(path: Path) -> dict[str, str]:
    with open_table(path) as table:
        return suggest_mapping(table.headers, [v for _n, v in islice(table.rows(), 50)])


def test_every_field_has_a_spec_and_an_unknown_key_raises() -> None:
    assert set(FIELD_SPECS) >= {"name", "email", "mobile", "address", "country", "client_since"}
    with pytest.raises(KeyError, match="kleur"):
        field_spec("kleur")
    with pytest.raises(KeyError):  # was: silently looked up as a segment
        RowConverter(["Kleur"], {"Kleur": "kleur"}, Lookups())


def test_mailto_addresses_are_stored_without_the_prefix(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odoo.csv", ["Naam;Email", "Jansen;mailto:info@jansen.nl"])
    report = run_import(database, path, None, ImportOptions())
    assert report.written, report.lines()
    assert _clients(database)["Jansen"].email == "info@jansen.nl"


def test_placeholder_email_column_loses_to_the_filled_one(tmp_path: Path) -> None:
    """Defect 4: the first header match won; content decides now, and streets are no city."""
    path = write_csv(
        tmp_path / "crm.csv",
        [
            "Naam;Email address;Plaats;Plaats;Email;Postcode",
            "Jansen BV;;Dorpsstraat 1;Ede;info@jansen.nl;6711 AA",
            "Pietersen;;Kerkweg 12a;Epe;p@pietersen.nl;8161 AB",
            "De Vries;;Markt 3;Ede;dv@devries.nl;6711 AB",
        ],
    )
    mapping = _suggested(path)
    assert mapping["Email"] == "email" and "Email address" not in mapping
    assert mapping["Plaats"] == "address" and mapping["Plaats (2)"] == "city"


def test_content_maps_columns_whose_headers_say_nothing(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "vaag.csv",
        [
            "Organisatie;Kolom A;Kolom B;Kolom C",
            "Jansen BV;info@jansen.nl;6711 AA;12345678",
            "Pietersen;p@pietersen.nl;8161 AB;87654321",
        ],
    )
    assert _suggested(path) == {
        "Organisatie": "name",
        "Kolom A": "email",
        "Kolom B": "postcode",
        "Kolom C": "kvk_number",
    }


def test_the_dry_run_report_states_the_mapping_used(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["Naam;E-mail", "Jansen;info@jansen.nl"])
    report = run_import(database, path, None, ImportOptions(), dry_run=True)
    assert report.mapping == {"Naam": "name", "E-mail": "email"}
    assert "Naam → Name" in report.mapping_lines()


def test_missing_name_lists_the_columns_with_duplicate_names() -> None:
    with pytest.raises(ValidationError) as raised:
        check_mapping(["Adres", "Plaats", "Plaats (2)"], {"Plaats": "city"})
    assert "'Plaats (2)'" in raised.value.message and "'Adres'" in raised.value.message


def test_a_mapping_naming_a_missing_column_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        check_mapping(["Naam", "Woonplaats"], {"Naam": "name", "Plaats": "city"})
    assert "'Plaats'" in raised.value.message and "'Woonplaats'" in raised.value.message


def test_a_seven_digit_kvk_from_csv_is_padded_and_a_bad_one_drops_only_the_field(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "kvk.csv", ["Naam;KvK-nummer", "Jansen BV;1234567", "Pietersen;12ab"]
    )
    report = run_import(database, path, None, ImportOptions())
    assert report.created == 2, report.lines()
    clients = _clients(database)
    assert clients["Jansen BV"].kvk_number == "01234567"
    assert clients["Pietersen"].kvk_number is None
    (warning,) = [p for p in report.problems if p.column == "KvK-nummer"]
    assert warning.severity == "warning" and "12ab" in warning.reason


def test_one_over_long_name_gives_one_error(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lang.csv", ["Naam;Plaats", f"{'X' * 201};Ede"])
    report = run_import(database, path, None, ImportOptions())
    assert [p.reason for p in report.problems] == ["Longer than 200 characters."]


def test_a_generic_type_header_is_not_the_legal_form(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lrk.csv",
        ["Naam;Type;Plaats", "Kinderopvang Zon;BSO;Ede", "Het Nest;KDV;Epe"],
    )
    assert "Type" not in _suggested(path)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Stichting De Linde", ClientType.ASSOCIATION_FOUNDATION),
        ("Bouwbedrijf Jansen B.V.", ClientType.BV),
        ("Jansen BV", ClientType.BV),
        ("Hendriks en Zn V.O.F.", ClientType.PARTNERSHIP),
        ("Maatschap Huisartsen Ede", ClientType.PARTNERSHIP),
        ("Bakkerij Bol", None),
        ("BV", None),
    ],
)
def test_legal_form_from_the_name(name: str, kind: ClientType | None) -> None:
    assert legal_form_from_name(name) == kind


def test_legal_form_is_read_from_the_name_when_no_column_says(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "kvk.csv",
        ["Naam;Rechtsvorm", "Stichting De Linde;", "Jansen B.V.;", "Hendriks VOF;Eenmanszaak"],
    )
    run_import(database, path, None, ImportOptions())
    clients = _clients(database)
    assert clients["Stichting De Linde"].client_type == ClientType.ASSOCIATION_FOUNDATION
    assert clients["Jansen B.V."].client_type == ClientType.BV
    assert clients["Hendriks VOF"].client_type == ClientType.SOLE_TRADER  # the column wins


def test_postcode_variants_and_postcode_with_city(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "adressen.csv",
        [
            "Naam;Postcode;Plaats",
            "A;NL-2628 VK;Delft",
            "B;1755-LE;Petten",
            "C;3509 AA Utrecht;",
            "D;4701 HV  Roosendaal;",
        ],
    )
    report = run_import(database, path, None, ImportOptions())
    assert not report.problems, report.lines()
    clients = _clients(database)
    assert [(clients[n].postcode, clients[n].city) for n in "ABCD"] == [
        ("2628 VK", "Delft"),
        ("1755 LE", "Petten"),
        ("3509 AA", "Utrecht"),
        ("4701 HV", "Roosendaal"),
    ]


@pytest.mark.parametrize("header", ["Phone 1", "klant_tel", "Telefon", "Telefoon"])
def test_phone_columns_are_recognised(header: str) -> None:
    assert suggest_mapping(["Naam", header]) == {"Naam": "name", header: "phone"}


def test_mobiel_is_the_second_phone() -> None:
    assert suggest_mapping(["Naam", "Telefoon", "Mobiel"])["Mobiel"] == "mobile"


def test_phone_numbers_are_normalised_or_kept_with_a_warning(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "tel.csv",
        [
            "Naam;Telefoon;Mobiel",
            "A;030-1234567;06-12345678",
            "B;+32 2 555 12 12;",
            "C;0123 45 67 89 01 23;",
            "D;-1692;",
        ],
    )
    report = run_import(database, path, None, ImportOptions(skip_errors=True))
    clients = _clients(database)
    assert (clients["A"].phone, clients["A"].mobile) == ("030 123 4567", "06 12345678")
    assert clients["B"].phone == "+32 2 555 12 12"
    assert clients["C"].phone == "0123 45 67 89 01 23"  # kept as written, with a warning
    assert "D" not in clients  # "-1692" is no phone number
    severities = {p.row: p.severity for p in report.problems}
    assert severities == {4: "warning", 5: "error"}


def test_a_file_without_header_row_keeps_its_first_client(
    database: Database, tmp_path: Path
) -> None:
    """Defect 2: the first client became the header; now --no-header names the columns."""
    path = write_csv(
        tmp_path / "lrk.csv",
        ["Jansen BV;info@jansen.nl;6711 AA Ede", "Pietersen;p@pietersen.nl;8161 AB Epe"],
    )
    with open_table(path, no_header=True) as table:
        assert table.headers == ("Column 1", "Column 2", "Column 3")
        mapping = suggest_mapping(table.headers, table.samples())
    assert mapping == {"Column 1": "name", "Column 2": "email", "Column 3": "postcode"}
    report = run_import(database, path, mapping, ImportOptions(), no_header=True)
    assert report.created == 2, report.lines()
    assert _clients(database)["Jansen BV"].city == "Ede"


def test_an_xlsx_without_header_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Jansen BV", "info@jansen.nl"])
    workbook.active.append(["Pietersen", "p@pietersen.nl"])
    workbook.save(tmp_path / "geen-kop.xlsx")
    with open_table(tmp_path / "geen-kop.xlsx", no_header=True) as table:
        assert table.headers == ("Column 1", "Column 2")
        assert [n for n, _v in table.rows()] == [1, 2]


def test_shift_jis_is_named_with_the_affected_names(tmp_path: Path) -> None:
    path = tmp_path / "sjis.csv"
    path.write_bytes("名前;都市\n株式会社山田;東京\n田中商店;大阪\n".encode("shift_jis"))
    with open_table(path) as table:
        (notice,) = table.notices
    assert "not certain" in notice and "株式会社山田" in notice


def test_mixed_encodings_are_reported_not_stored_silently(tmp_path: Path) -> None:
    path = tmp_path / "gemengd.csv"
    path.write_bytes(
        b"Naam;Plaats\n" + "Café Zwaan;Ede\n".encode() + "Brasserie Élan;Epe\n".encode("cp1252")
    )
    with open_table(path) as table:
        assert any("not certain" in notice and "cp1252" in notice for notice in table.notices)


def test_a_quote_that_is_never_closed_is_reported(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "quote.csv",
        ["Naam;Plaats", "Jansen;Ede", '"De Kroon;Ede', "Pietersen;Epe", 'Bar "Anker";Delft'],
    )
    from desktop.core.common.errors import FileFormatError

    with (
        pytest.raises(FileFormatError, match=r"Row 3 of quote\.csv: a quote"),
        open_table(path) as table,
    ):
        list(table.rows())


def test_a_multi_line_address_in_quotes_is_fine(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ok.csv", ["Naam;Adres", 'Jansen;"Dorpsstraat 1', 'Ede"'])
    with open_table(path) as table:
        assert [v for _n, v in table.rows()] == [("Jansen", "Dorpsstraat 1\r\nEde")]


def test_a_nul_byte_after_the_first_8_kb_is_refused(tmp_path: Path) -> None:
    from desktop.core.common.errors import FileFormatError

    lines = ["Naam;Plaats"] + [f"Klant {n};Ede" for n in range(1000)]
    path = tmp_path / "nul.csv"
    path.write_bytes(("\n".join(lines)).encode() + b"\nKlant\x00;Ede\n")
    assert path.stat().st_size > 8192
    with pytest.raises(FileFormatError, match="NUL"):
        open_table(path)


def test_an_xlsx_with_one_far_away_cell_is_read_by_its_data(
    database: Database, tmp_path: Path
) -> None:
    """Defect 17: one cell at XFD1048576 made the used range a whole sheet (two minutes, or a
    dense reader's crash); the data's own extent counts now."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Plaats"])
    sheet.append(["Jansen BV", "Ede"])
    sheet["XFD1048576"] = " "
    workbook.save(tmp_path / "ver.xlsx")
    with open_table(tmp_path / "ver.xlsx") as table:
        assert table.headers == ("Naam", "Plaats")
        assert table.estimated_rows < 10  # progress is measured against real rows
    report = run_import(database, tmp_path / "ver.xlsx", None, ImportOptions())
    assert report.created == 1, report.lines()
