"""Who is who: matching import rows to existing clients and to earlier rows of the same file.

Identity rule: a row with a client number is the client with that number; nothing else makes
it the same client (two companies of one owner often share an e-mail address). Only when the
file has no client-number column is a row matched on e-mail, else KvK number, else name +
postcode. A new numbered client that shares e-mail, KvK number or name + postcode with an
existing one is imported, with a warning naming the possible twin.

Existing clients are read once in one query (a few hundred ms at 100,000 clients), so matching
costs dictionary look-ups, not queries.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.i18n import translate
from desktop.core.db.models import Client
from desktop.core.imports.mapping import COLUMN_FIELDS
from desktop.core.imports.rows import ClientRecord

# A stored client as matching and updating see it: id, number and every column an import sets.
# A plain namedtuple built from the one column list (rows for 100,000 clients stay small).
if TYPE_CHECKING:  # its fields are known only at run time
    ExistingClient = Any
else:
    ExistingClient = namedtuple("ExistingClient", ("id", "client_number", *COLUMN_FIELDS))


def key_label(key: str) -> str:
    labels = {
        "client_number": translate("Import", "client number"),
        "email": translate("Import", "e-mail address"),
        "kvk_number": translate("Import", "KvK number"),
        "name_postcode": translate("Import", "name and postcode"),
    }
    return labels[key]


def secondary_keys(name: str, values: dict[str, Any]) -> Iterator[tuple[str, object]]:
    """The fallback identity keys of a client, strongest first."""
    email = values.get("email")
    if email:
        yield "email", email.casefold()
    kvk = values.get("kvk_number")
    if kvk:
        yield "kvk_number", kvk
    postcode = values.get("postcode")
    if postcode:
        yield "name_postcode", (name.casefold(), postcode.replace(" ", "").upper())


class ExistingClients:
    """The clients in the database, indexed by client number and the fallback keys."""

    def __init__(self, session: Session) -> None:
        columns = [getattr(Client, name) for name in ExistingClient._fields]
        self.by_number: dict[str, ExistingClient] = {}
        self.by_key: dict[str, dict[object, ExistingClient]] = {
            "email": {},
            "kvk_number": {},
            "name_postcode": {},
        }
        for row in session.execute(select(*columns).order_by(Client.id)):
            client = ExistingClient(*row)
            self.by_number[client.client_number] = client
            for key, value in secondary_keys(client.name, client._asdict()):
                self.by_key[key].setdefault(value, client)

    def match(self, record: ClientRecord) -> tuple[ExistingClient | None, str]:
        """The existing client this record is, and on which key ("" when new)."""
        if record.client_number is not None:
            found = self.by_number.get(record.client_number)
            return found, "client_number" if found else ""
        return self.twin(record)

    def twin(self, record: ClientRecord) -> tuple[ExistingClient | None, str]:
        """The first existing client sharing a fallback key with the record."""
        for key, value in secondary_keys(record.name, record.values):
            found = self.by_key[key].get(value)
            if found is not None:
                return found, key
        return None, ""

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
    """The identity keys seen so far in the file, so a second row for one client is reported."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, object], int] = {}

    def first_row(self, record: ClientRecord) -> tuple[int, str] | None:
        """The earlier row with the same identity (and the key), else remember this one."""
        keys = (
            [("client_number", record.client_number)]
            if record.client_number is not None
            else list(secondary_keys(record.name, record.values))
        )
        for key in keys:
            if key in self.rows:
                return self.rows[key], key[0]
        for key in keys:
            self.rows[key] = record.row
        return None


def changed_columns(existing: ExistingClient, values: dict[str, Any], name: str) -> list[str]:
    """The columns whose imported value differs from the stored one (empty cells never count)."""
    changed = ["name"] if name != existing.name else []
    for column, value in values.items():
        if getattr(existing, column) != value:
            changed.append(column)
    return changed
