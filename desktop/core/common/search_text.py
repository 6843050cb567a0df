"""Search text: what client searches match against, folded for case and accents.

A client's name, number, city and e-mail are stored once more in ``clients.search_text``,
casefolded and without accents, so that one ``LIKE`` finds "Özdemir" for "özd" and "Café De
Zwaan" for "cafe" on SQLite (whose LIKE folds only ASCII) and PostgreSQL alike, at the cost of
one column scan instead of four case-insensitive ones. Every writer of clients fills the column
with ``search_key``; searches fold the typed text with ``fold`` and match with ``matches``.

The same column is the one order of clients by name, everywhere (``NAME_ORDER``, then id):
the client list and the board's columns sort on it in SQL, and the board's columns insert moved
cards by it in Python (``BoardCard.sort_key``). It compares by code point on SQLite and, by its
collation "C", on PostgreSQL, so Python's ``str`` order is the database's: "Alfa, Özdemir,
van Dijk, Zeeman" on both, whatever the database's locale.

The 0002 migration backfills existing clients with ``search_key`` itself, so the stored text is
always exactly what the application writes. A change to the folding therefore needs a new
migration that recomputes the column (and the signature of ``search_key`` must keep working
for 0002; the upgrade test runs it).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Integer, Select, literal_column, select, text

from desktop.core.db import search_index
from desktop.core.db.tables import clients

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

# Between the fields, so a match cannot run from one field into the next: a character nobody
# types (the ASCII unit separator); ``fold`` removes it from typed text.
SEPARATOR = "\x1f"

# Letters that are not a base letter plus accent in Unicode, so decomposing leaves them as they
# are; written the way people type them without the accent ("lukasz" finds "Łukasz").
_UNACCENTED = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        SEPARATOR: None,
    }
)


def fold(text: str) -> str:
    """The text casefolded and without accents ("Özdemir" -> "ozdemir", "Straße" -> "strasse")."""
    if text.isascii():  # nearly every value: no Unicode work needed
        return text.lower().replace(SEPARATOR, "")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Again after decomposing: compatibility forms such as "ℌ" decompose to capitals.
    return bare.casefold().translate(_UNACCENTED)


def search_key(name: str, client_number: str, city: str | None, email: str | None) -> str:
    """The ``clients.search_text`` value for a client with these values."""
    joined = SEPARATOR.join((name or "", client_number or "", city or "", email or ""))
    if joined.isascii() and joined.count(SEPARATOR) == 3:  # nearly every client: one lower()
        return joined.lower()
    return SEPARATOR.join(fold(value or "") for value in (name, client_number, city, email))


# The name order of clients (then their id, for a stable order).
NAME_ORDER = clients.c.search_text


def matches(typed: str, executor: Executor | None = None) -> ColumnElement[bool]:
    """Clients whose name, number, city or e-mail contains the text, ignoring case and accents.

    With the executor's database's trigram index (desktop/core/db/search_index.py) a text of
    three characters or more is looked up there: the same clients, in milliseconds instead of
    a scan of every row. PostgreSQL's index serves the LIKE itself.
    """
    folded = fold(typed)
    if executor is not None and uses_index(folded, executor):
        return clients.c.id.in_(indexed_matches(folded))
    return like_matches(folded)


def uses_index(folded: str, executor: Executor) -> bool:
    """Whether ``matches`` looks the folded text up in SQLite's trigram table."""
    return len(folded) >= search_index.MIN_LENGTH and search_index.has_sqlite_index(executor)


def like_matches(
    folded: str, column: ColumnElement[str] = clients.c.search_text
) -> ColumnElement[bool]:
    """The scan of ``matches``: a LIKE on the folded text (of ``column``, an alias's).

    The pattern is built here, not with contains(): SQLite would evaluate a '%' || ? || '%'
    concatenation for every row.
    """
    escaped = folded.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return column.like(f"%{escaped}%", escape="/")


def scanned_matches(folded: str) -> Select[int]:
    """The ids of the clients whose folded text contains ``folded``, read off the name index
    (which holds the text: one pass, no client row read), for a text without trigrams."""
    found = clients.alias("found")
    return select(found.c.id).where(like_matches(folded, found.c.search_text))


def indexed_matches(folded: str) -> Select[int]:
    """The ids of the clients whose folded text contains ``folded`` (three characters or
    more), from SQLite's trigram table: a phrase of trigrams matches only where they follow
    each other, which is where the text occurs."""
    phrase = '"' + folded.replace('"', '""') + '"'
    table: ColumnElement[str] = literal_column(search_index.SQLITE_TABLE)
    return (
        select(literal_column("rowid", Integer))
        .select_from(text(search_index.SQLITE_TABLE))
        .where(table.op("MATCH")(phrase))
    )
