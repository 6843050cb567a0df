"""Suggesting a mapping: which column feeds which client field, from the header text (Dutch and
English names as practice software writes them: Exact, Twinfield, AFAS, Nmbrs, ...) and from the
sample values' shapes (a column of e-mail addresses is the e-mail, under any header or none)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.imports.fields import (
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
    KVK_NUMBER,
    MOBILE,
    NAME,
    NOTES,
    PHONE,
    POSTCODE,
    SEGMENT,
)

# Header -> field key; columns left out are ignored.
ColumnMapping = dict[str, str]


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
