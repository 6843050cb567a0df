"""Database health: integrity checks, schema revision and row counts (`draagvlak check`).

SQLite checks every page, index and constraint itself (``PRAGMA integrity_check``). PostgreSQL
keeps its tables consistent as it writes; what can still go wrong there is checked from the
catalogue: an index left invalid by an interrupted build (queries then ignore it and uniqueness
is not enforced), a constraint added ``NOT VALID`` that rows may break, and, where the amcheck
extension is installed, the structure of every B-tree index. Every table is read on both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.common.i18n import translate
from desktop.core.db.engine import Database
from desktop.core.db.migrate import current_revision
from desktop.core.db.tables import metadata


@dataclass(frozen=True)
class HealthReport:
    url: str
    revision: str | None
    problems: list[str] = field(default_factory=list)  # what integrity_check found
    checked: list[str] = field(default_factory=list)  # what was checked, for the user
    counts: dict[str, int | None] = field(default_factory=dict)  # None: the table is unreadable

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def integrity(self) -> str:
        return "ok" if self.ok else "; ".join(self.problems[:5])


def check_database(database: Database) -> HealthReport:
    """Run the database's integrity checks (see above) and count every table; damage is
    reported, not raised."""
    problems: list[str] = []
    checked: list[str] = []
    counts: dict[str, int | None] = {}
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "postgresql":
            checked, problems = _check_postgresql(connection)
        elif database.engine.dialect.name == "sqlite":
            checked.append(translate("Health", "every page, index and constraint (SQLite)"))
            try:
                rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            except DBAPIError as error:  # too damaged to check at all
                connection.rollback()
                rows = [str(error.orig).strip()]
            if rows != ["ok"]:
                problems = [
                    line.strip()
                    for row in rows
                    for line in str(row).splitlines()
                    if line.strip() and not line.startswith("***")
                ]
        checked.append(translate("Health", "every table readable"))
        balances_checked, ledger_problems = _check_balances(connection)
        checked += balances_checked
        stays_checked, stay_problems = _check_stays(connection)
        checked += stays_checked
        for table in metadata.sorted_tables:
            try:
                counts[table.name] = connection.execute(
                    select(func.count()).select_from(table)
                ).scalar_one()
            except DBAPIError as error:
                connection.rollback()
                counts[table.name] = None
                if not problems:
                    problems = [str(error.orig).strip()]
    problems += ledger_problems + stay_problems
    return HealthReport(
        url=database.engine.url.render_as_string(hide_password=True),
        revision=current_revision(database.engine),
        problems=problems,
        checked=checked,
        counts=counts,
    )


def _check_balances(connection: Connection) -> tuple[list[str], list[str]]:
    """Every points balance equals its ledger sum (skipped when the ledger is unreadable)."""
    from desktop.core.rewards.ledger import balance_problems

    try:
        problems = balance_problems(connection)
    except DBAPIError:
        connection.rollback()
        return [], []
    return [translate("Health", "every points balance equals its ledger sum")], problems


def _check_stays(connection: Connection) -> tuple[list[str], list[str]]:
    """The kept stays in stages agree with the history, and the copies of each client's
    champion and archived flag with the client (skipped when unreadable)."""
    from desktop.core.db.client_copies import copy_problems
    from desktop.core.pipelines.stays import stay_problems

    try:
        problems = stay_problems(connection) + copy_problems(connection)
    except DBAPIError:
        connection.rollback()
        return [], []
    checked = [
        translate("Health", "every kept stay in a stage matches a real move"),
        translate("Health", "every enrollment and stay holds its client's champion"),
    ]
    return checked, problems


_INVALID_INDEXES = text(
    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
    "WHERE c.relnamespace = current_schema()::regnamespace "
    "AND NOT (i.indisvalid AND i.indisready) ORDER BY c.relname"
)
_UNVALIDATED_CONSTRAINTS = text(
    "SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
    "AND NOT convalidated ORDER BY conname"
)
_HAS_AMCHECK = text("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'")
_BTREE_INDEXES = text(
    "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
    "JOIN pg_am a ON a.oid = c.relam WHERE c.relnamespace = current_schema()::regnamespace "
    "AND a.amname = 'btree' AND i.indisvalid ORDER BY c.relname"
)


def _check_postgresql(connection: Connection) -> tuple[list[str], list[str]]:
    """(what was checked, problems found) on PostgreSQL; see the module docstring."""
    checked = [
        translate("Health", "every index valid (PostgreSQL)"),
        translate("Health", "every constraint validated (PostgreSQL)"),
    ]
    problems = [
        translate("Health", "index {name} is invalid: rebuild it with REINDEX").format(name=name)
        for name in connection.execute(_INVALID_INDEXES).scalars()
    ]
    problems += [
        translate("Health", "constraint {name} is not validated").format(name=name)
        for name in connection.execute(_UNVALIDATED_CONSTRAINTS).scalars()
    ]
    if connection.execute(_HAS_AMCHECK).scalar_one():
        checked.append(translate("Health", "the structure of every B-tree index (amcheck)"))
        for oid, name in connection.execute(_BTREE_INDEXES).all():
            try:
                connection.execute(text("SELECT bt_index_check(:oid)"), {"oid": oid})
            except DBAPIError as error:
                connection.rollback()
                problems.append(f"{name}: {str(error.orig).strip()}")
    return checked, problems
