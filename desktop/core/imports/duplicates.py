"""Who is who: matching import rows to existing clients and to earlier rows of the same file.

Identity rules (strong evidence only): the same client number; else the same KvK number and the
same folded name; else the same folded name and postcode; else the same folded name and e-mail address; else, for a row with none of those
keys, the same folded name and city (no city on either side counts as the same city), so a
re-import of a list of bare names finds them again. A row with a client number is only ever the
client with that number. A shared e-mail address or KvK number with another name is a *possible
duplicate* (a holding and its BV, branches of one firm): reported in groups, imported apart.

Existing clients are read once in one query (a few hundred ms at 100,000 clients), so matching
costs dictionary look-ups, not queries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.i18n import translate
from desktop.core.db.models import Client
from desktop.core.imports.mapping import COLUMN_FIELDS
from desktop.core.imports.rows import ClientRecord, plain_key

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")

# A stored client as matching and updating see it: id, number and every column an import sets.
# A plain namedtuple built from the one column list (rows for 100,000 clients stay small).
if TYPE_CHECKING:  # its fields are known only at run time
    ExistingClient = Any
else:
    ExistingClient = namedtuple("ExistingClient", ("id", "client_number", *COLUMN_FIELDS))

STRONG_KEYS = ("kvk_name", "name_postcode", "name_email", "name_city")
WEAK_KEYS = ("email", "kvk_number")


def key_label(key: str) -> str:
    labels = {
        "client_number": translate("Import", "client number"),
        "email": translate("Import", "e-mail address"),
        "kvk_number": translate("Import", "KvK number"),
        "kvk_name": translate("Import", "KvK number and name"),
        "name_postcode": translate("Import", "name and postcode"),
        "name_email": translate("Import", "name and e-mail address"),
        "name_city": translate("Import", "name and city"),
    }
    return labels[key]


@lru_cache(maxsize=8)  # one row asks for its name's fold several times in a row
def fold_name(name: str) -> str:
    """The name as identity compares it: case, accents, spaces and punctuation dropped (as
    rows.plain_key, with the per-character work done by the regex engine: the hot loop)."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub("", text)


def strong_keys(name: str, values: dict[str, Any]) -> Iterator[tuple[str, object]]:
    """The identity keys besides the client number, strongest first."""
    folded = fold_name(name)
    kvk = values.get("kvk_number")
    postcode = values.get("postcode")
    if kvk:
        yield "kvk_name", (kvk, folded)
    if postcode:
        yield "name_postcode", (folded, postcode.replace(" ", "").upper())
    email = values.get("email")
    if email:
        yield "name_email", (folded, email.casefold())
    if not kvk and not postcode:
        yield "name_city", (folded, plain_key(values.get("city") or ""))


def weak_keys(values: dict[str, Any]) -> Iterator[tuple[str, object]]:
    """Keys that two different clients may share: they only make a possible duplicate."""
    email = values.get("email")
    if email:
        yield "email", email.casefold()
    kvk = values.get("kvk_number")
    if kvk:
        yield "kvk_number", kvk


class ExistingClients:
    """The clients in the database, indexed by client number and the other keys."""

    def __init__(self, session: Session) -> None:
        columns = [getattr(Client, name) for name in ExistingClient._fields]
        self.by_number: dict[str, ExistingClient] = {}
        self.by_key: dict[str, dict[object, ExistingClient]] = {
            key: {} for key in (*STRONG_KEYS, *WEAK_KEYS)
        }
        self.stored = False
        for row in session.execute(select(*columns).order_by(Client.id)):
            self.stored = True
            client = ExistingClient(*row)
            self.by_number[client.client_number] = client
            values = client._asdict()
            for key, value in strong_keys(client.name, values):
                self.by_key[key].setdefault(value, client)
            if values.get("kvk_number") or values.get("postcode"):
                # A stored client with an address is still found by a row of name and city.
                self.by_key["name_city"].setdefault(
                    (fold_name(client.name), plain_key(values.get("city") or "")), client
                )
            for key, value in weak_keys(values):
                self.by_key[key].setdefault(value, client)

    def match(self, record: ClientRecord) -> tuple[ExistingClient | None, str]:
        """The existing client this record is, and on which key ("" when new)."""
        if record.client_number is not None:
            found = self.by_number.get(record.client_number)
            return found, "client_number" if found else ""
        for key, value in strong_keys(record.name, record.values):
            found = self.by_key[key].get(value)
            if found is not None:
                return found, key
        return None, ""

    def possible_twins(self, record: ClientRecord) -> Iterator[tuple[str, ExistingClient]]:
        """Stored clients that share a key with a record that is a new client."""
        if not self.stored:
            return
        seen: set[int] = set()
        keys = list(weak_keys(record.values))
        if record.client_number is not None:
            keys[:0] = strong_keys(record.name, record.values)
        for key, value in keys:
            found = self.by_key[key].get(value)
            if found is not None and found.id not in seen:
                seen.add(found.id)
                yield key, found

    def next_number(self) -> Iterator[str]:
        """Generated client numbers: after the highest all-digit number, zero-padded to its
        width ("000123" -> "000124"); 1, 2, 3 ... when there is none."""
        numeric = [n for n in self.by_number if n.isdigit()]
        highest = max(numeric, key=int, default="0")
        width = len(highest) if highest.startswith("0") else 1
        current = int(highest)
        while True:
            current += 1
            candidate = str(current).zfill(width)
            if candidate not in self.by_number:
                yield candidate


class FileKeys:
    """The identity keys seen so far in the file, so a second row for one client is reported
    and rows that only share an e-mail address or KvK number are grouped."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, object], int] = {}
        self.weak: dict[tuple[str, object], tuple[int, str]] = {}

    def first_row(self, record: ClientRecord) -> tuple[int, str] | None:
        """The earlier row with the same identity (and the key), else remember this one."""
        keys = (
            [("client_number", record.client_number)]
            if record.client_number is not None
            else list(strong_keys(record.name, record.values))
        )
        for key in keys:
            if key in self.rows:
                return self.rows[key], key[0]
        for key in keys:
            self.rows[key] = record.row
        return None

    def possible_twins(self, record: ClientRecord) -> Iterator[tuple[str, object, int, str]]:
        """Earlier rows (key, value, row, name) sharing an e-mail or KvK with another name."""
        for key in weak_keys(record.values):
            earlier = self.weak.setdefault(key, (record.row, record.name))
            # Folded only when two rows share the value: nearly every row has its own e-mail.
            if earlier[0] != record.row and fold_name(earlier[1]) != fold_name(record.name):
                yield key[0], key[1], earlier[0], earlier[1]


def changed_columns(existing: ExistingClient, values: dict[str, Any], name: str) -> list[str]:
    """The columns whose imported value differs from the stored one (empty cells never count)."""
    changed = ["name"] if name != existing.name else []
    for column, value in values.items():
        if getattr(existing, column) != value:
            changed.append(column)
    return changed
