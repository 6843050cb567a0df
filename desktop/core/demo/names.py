"""Dutch names, places and business words for the demo office (data only, no database).

The demo office is a Dutch firm, so its clients' names and addresses are Dutch whatever language
the office speaks; texts the office itself would have written (stages, segments, the project,
notes, next actions) are in the office's language (see office.py).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.common.vocab import ClientType
from desktop.core.demo.random import Weighted, between, pick

OFFICE_NAME = "Accountantskantoor Van Dijk & Partners"
OFFICE_DOMAIN = "vandijkpartners.nl"


@dataclass(frozen=True)
class City:
    name: str
    first_postcode: int
    last_postcode: int
    area_code: str
    weight: int  # the office is in Apeldoorn: nearby places hold most clients
    rural: bool


# Real four-digit postcode ranges and area codes; weights reflect a regional office.
CITIES: tuple[City, ...] = (
    City("Apeldoorn", 7311, 7339, "055", 30, False),
    City("Deventer", 7411, 7439, "0570", 12, False),
    City("Zutphen", 7201, 7207, "0575", 8, False),
    City("Twello", 7391, 7392, "0571", 6, True),
    City("Epe", 8161, 8162, "0578", 6, True),
    City("Lochem", 7241, 7245, "0573", 5, True),
    City("Barneveld", 3771, 3774, "0342", 5, True),
    City("Voorthuizen", 3781, 3781, "0342", 3, True),
    City("Ede", 6711, 6718, "0318", 4, False),
    City("Harderwijk", 3841, 3849, "0341", 3, False),
    City("Nunspeet", 8071, 8077, "0341", 3, True),
    City("Elburg", 8081, 8085, "0525", 2, True),
    City("Raalte", 8101, 8103, "0572", 3, True),
    City("Zwolle", 8011, 8043, "038", 4, False),
    City("Kampen", 8261, 8266, "038", 2, False),
    City("Arnhem", 6811, 6846, "026", 4, False),
    City("Nijmegen", 6511, 6546, "024", 2, False),
    City("Wageningen", 6701, 6709, "0317", 1, False),
    City("Doetinchem", 7001, 7009, "0314", 2, False),
    City("Winterswijk", 7101, 7109, "0543", 1, True),
    City("Enschede", 7511, 7548, "053", 2, False),
    City("Hengelo", 7551, 7559, "074", 1, False),
    City("Almelo", 7601, 7609, "0546", 1, False),
    City("Hardenberg", 7771, 7773, "0523", 1, True),
    City("Meppel", 7941, 7944, "0522", 1, False),
    City("Dronten", 8251, 8256, "0321", 1, True),
    City("Lelystad", 8211, 8245, "0320", 1, False),
    City("Amersfoort", 3811, 3829, "033", 2, False),
    City("Utrecht", 3511, 3585, "030", 2, False),
    City("Amsterdam", 1011, 1109, "020", 2, False),
    City("Haarlem", 2011, 2037, "023", 1, False),
    City("Almere", 1311, 1363, "036", 1, False),
    City("Hilversum", 1211, 1223, "035", 1, False),
    City("Rotterdam", 3011, 3089, "010", 1, False),
    City("Den Haag", 2491, 2599, "070", 1, False),
    City("Leiden", 2311, 2334, "071", 1, False),
    City("Breda", 4811, 4839, "076", 1, False),
    City("Eindhoven", 5611, 5658, "040", 1, False),
    City("'s-Hertogenbosch", 5211, 5237, "073", 1, False),
    City("Groningen", 9711, 9747, "050", 1, False),
    City("Leeuwarden", 8911, 8941, "058", 1, False),
    City("Maastricht", 6211, 6229, "043", 1, False),
)

# Letters F, I, O, Q, U and Y are not used in Dutch postcodes; SA, SD and SS are not issued.
_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
_UNUSED_LETTER_PAIRS = frozenset({"SA", "SD", "SS"})

MALE_FIRST_NAMES = (
    "Jan", "Pieter", "Kees", "Henk", "Gerrit", "Willem", "Bert", "Hans", "Erik", "Marco",
    "Dennis", "Bas", "Thijs", "Ruben", "Sander", "Jeroen", "Martijn", "Rob", "Wouter", "Joost",
    "Niels", "Frank", "Arjan", "Gert-Jan", "Hendrik", "Teun", "Daan", "Lars", "Sem", "Bram",
    "Jelle", "Koen", "Mark", "Johan", "Evert", "Harm", "Rik", "Stefan", "Tom", "Vincent",
)  # fmt: skip
FEMALE_FIRST_NAMES = (
    "Anna", "Maria", "Ingrid", "Yvonne", "Petra", "Monique", "Sandra", "Linda", "Marieke",
    "Esther", "Anouk", "Sanne", "Lotte", "Femke", "Iris", "Karin", "Wilma", "Annemieke",
    "Jolanda", "Ria", "Els", "Marloes", "Nicole", "Saskia", "Renate", "Hanneke", "Lisa", "Eva",
    "Fleur", "Joyce", "Inge", "Gerda", "Tineke", "Janneke", "Mirjam", "Bianca", "Sophie",
)  # fmt: skip
SURNAMES = (
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
    "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
    "de Bruijn", "de Jong", "Schouten", "van Beek", "Willems", "van Dam", "Hoekstra",
    "Kuipers", "Post", "Prins", "Huisman", "Kramer", "Hofstede", "Wolters", "Veenstra",
    "Koster", "Timmerman", "Groen", "Boersma", "Scholten", "Bosman", "Wijnands", "Hulshof",
    "ter Horst", "Nijland", "Oosterhuis", "Lammers", "Kamphuis", "Brinkman", "Rietberg",
    "Wessels", "Leusink", "Klein Gebbink", "Haverkamp", "Roelofs", "Wiltink", "Bouwmeester",
    "Hagens", "van Essen", "Veldhuis", "ten Have", "Pasman", "Stegeman", "Jonker", "Evers",
)  # fmt: skip

_BV_TRADES = (
    "Installatietechniek", "Bouw", "Transport", "Metaalbewerking", "Schilderwerken",
    "Elektrotechniek", "Grondverzet", "Tegelwerken", "Autobedrijf", "Dakdekkers", "Interieur",
    "Houtbouw", "Logistiek", "Beveiliging", "Keukens", "Schoonmaakdiensten", "ICT",
    "Adviesgroep", "Vastgoed", "Machinebouw", "Tuinmachines", "Kozijnen", "Bestrating",
)  # fmt: skip
_SHOP_TRADES = (
    "Bakkerij", "Slagerij", "Bloemenhuis", "Rijwielhandel", "Drukkerij", "Fotostudio",
    "Restaurant", "Brasserie", "Cafetaria", "Boekhandel", "Optiek", "Juwelier",
)  # fmt: skip
_SOLE_TRADES = (
    "Loodgietersbedrijf", "Schildersbedrijf", "Klussenbedrijf", "Hoveniersbedrijf",
    "Timmerbedrijf", "Fysiotherapie", "Rijschool", "Vertaalbureau", "Taxibedrijf",
    "Stukadoorsbedrijf", "Glazenwasserij", "Tekstbureau", "Pedicurepraktijk", "Coaching",
)  # fmt: skip
_FIRST_NAME_TRADES = (
    "Kapsalon", "Schoonheidssalon", "Nagelstudio", "Hondentrimsalon", "Bloemsierkunst",
)  # fmt: skip
_SHOP_NAMES = (
    "De Graaf", "Het Wapen", "De Korenschoof", "De Zonnebloem", "Het Centrum", "De Molen",
    "De Linde", "De Eik", "Het Anker", "De Markt", "De Kroon", "Het Hoekje",
)  # fmt: skip
_FOUNDATIONS = (
    "Stichting Dorpshuis Ons Belang", "Stichting Vrienden van het Zorgcentrum",
    "Stichting Speeltuin De Bongerd", "Stichting Oranjecomité", "Stichting Kinderopvang",
    "Stichting Muziekschool", "Stichting Voedselbank", "Stichting Behoud de Molen",
    "Stichting Dierenweide", "Stichting Historische Kring",
)  # fmt: skip
_CLUBS = (
    "Voetbalvereniging", "Tennisvereniging", "Korfbalvereniging", "Muziekvereniging",
    "Gymnastiekvereniging", "IJsvereniging", "Schaakclub", "Toneelvereniging",
    "Ondernemersvereniging", "Zwemvereniging",
)  # fmt: skip
_CLUB_NAMES = (
    "SV Oranje", "Vios", "Sparta", "Excelsior", "De Toekomst", "Concordia", "Eendracht",
    "Ons Genoegen", "Vooruit", "De Hoop", "Olympia", "Wilhelmina",
)  # fmt: skip
_FARMS = (
    "Melkveebedrijf", "Akkerbouwbedrijf", "Varkenshouderij", "Pluimveebedrijf",
    "Fruitteeltbedrijf", "Kwekerij", "Loonbedrijf", "Paardenhouderij", "Geitenhouderij",
)  # fmt: skip
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_LEGAL_FORM = re.compile(r" (B\.V\.|V\.O\.F\.)$")
_MAIL_PROVIDERS = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl")


def capitalised(surname: str) -> str:
    """A surname at the start of a name: 'van der Linden' -> 'Van der Linden'."""
    return surname[:1].upper() + surname[1:]


# Business names per client type; {fields} are drawn from _FIELD_WORDS when a pattern uses them.
_NAME_PATTERNS: dict[ClientType, Weighted[str]] = {
    ClientType.BV: Weighted(
        (
            "{Surname} {trade} B.V.",
            "{shop} {shop_name} B.V.",
            "{Surname} Holding B.V.",
            "{trade} {Surname} B.V.",
        ),
        (45, 25, 15, 15),
    ),
    ClientType.SOLE_TRADER: Weighted(
        ("{sole_trade} {Surname}", "{salon} {first_name}", "{shop} {Surname}"), (50, 25, 25)
    ),
    ClientType.ASSOCIATION_FOUNDATION: Weighted(
        ("{foundation} {city}", "{club} {club_name}"), (50, 50)
    ),
    ClientType.AGRICULTURAL: Weighted(
        ("{farm} {Surname}", "Maatschap {Surname}", "{Surname} Agro V.O.F."), (55, 25, 20)
    ),
    ClientType.OTHER: Weighted(("{Surname} & {Other} V.O.F.",), (1,)),
}
_FIELD_WORDS: dict[str, Sequence[str]] = {
    "trade": _BV_TRADES,
    "shop": _SHOP_TRADES,
    "shop_name": _SHOP_NAMES,
    "sole_trade": _SOLE_TRADES,
    "salon": _FIRST_NAME_TRADES,
    "first_name": FEMALE_FIRST_NAMES,  # salons mostly carry a woman's first name
    "foundation": _FOUNDATIONS,
    "club": _CLUBS,
    "club_name": _CLUB_NAMES,
    "farm": _FARMS,
    "Other": [capitalised(surname) for surname in SURNAMES],
}


class _Fields(dict[str, str]):
    """Pattern fields: fixed ones given up front, the others drawn only when a pattern asks."""

    def __init__(self, rng: random.Random, **fixed: str) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return pick(self.rng, _FIELD_WORDS[key])


@dataclass(frozen=True)
class ClientIdentity:
    name: str
    contact_person: str
    email_local: str  # the part before @; a business uses its own domain
    email_domain: str


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_ALPHANUMERIC.sub("", ascii_text.lower())


class NameMaker:
    """Draws realistic Dutch names, addresses and phone numbers from one Random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._cities = Weighted(CITIES, [city.weight for city in CITIES])
        self._rural = [city for city in CITIES if city.rural]

    def person(self) -> tuple[str, str]:
        """A (first name, surname) pair."""
        names = MALE_FIRST_NAMES if self.rng.random() < 0.5 else FEMALE_FIRST_NAMES
        return pick(self.rng, names), pick(self.rng, SURNAMES)

    def city(self, rural: bool = False) -> City:
        if rural and self.rng.random() < 0.8:
            return pick(self.rng, self._rural)
        return self._cities.draw(self.rng)

    def postcode(self, city: City) -> str:
        digits = between(self.rng, city.first_postcode, city.last_postcode)
        while True:
            letters = pick(self.rng, _POSTCODE_LETTERS) + pick(self.rng, _POSTCODE_LETTERS)
            if letters not in _UNUSED_LETTER_PAIRS:
                return f"{digits} {letters}"

    def phone(self, city: City, mobile: bool) -> str:
        if mobile:
            return f"06-{between(self.rng, 10_000_000, 69_999_999)}"
        digits = 10 - len(city.area_code)  # Dutch numbers have ten digits in all
        return f"{city.area_code}-{between(self.rng, 2 * 10 ** (digits - 1), 10**digits - 1)}"

    def client(self, client_type: ClientType, city: City) -> ClientIdentity:
        """A client's name, contact person and e-mail parts for its type."""
        first, surname = self.person()
        if client_type is ClientType.PRIVATE_PERSON:
            return self._private_person(first, surname)
        fields = _Fields(self.rng, Surname=capitalised(surname), city=city.name)
        if first in FEMALE_FIRST_NAMES:
            fields["first_name"] = first  # "Kapsalon Yvonne" is run by Yvonne
        name = _NAME_PATTERNS[client_type].draw(self.rng).format_map(fields)
        domain = slug(_LEGAL_FORM.sub("", name).removeprefix("Stichting ")) + ".nl"
        mailbox = pick(self.rng, ("info", "administratie"))
        return ClientIdentity(name, f"{first} {surname}", mailbox, domain)

    def _private_person(self, first: str, surname: str) -> ClientIdentity:
        rng = self.rng
        male = first in MALE_FIRST_NAMES
        initials = first[0] + "." + (f"{pick(rng, 'ABCDEGHJMPRW')}." if rng.random() < 0.3 else "")
        if not male and rng.random() < 0.4:
            # Married women are often registered with a double surname: "Bakker-de Vries".
            name = f"Mw. {initials} {pick(rng, SURNAMES)}-{surname}"
        else:
            name = f"{'Dhr.' if male else 'Mw.'} {initials} {surname}"
        local = f"{slug(first)}.{slug(surname)}"
        if rng.random() < 0.3:
            local += str(between(rng, 1, 99))
        return ClientIdentity(name, f"{first} {surname}", local, pick(rng, _MAIL_PROVIDERS))
