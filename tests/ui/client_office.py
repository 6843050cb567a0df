"""A small office for the client and staff widget tests: segments, two champions, clients."""

from __future__ import annotations

from sqlalchemy import insert

from desktop.core.clients.editing import ClientData, create_client
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType
from desktop.core.db.engine import Database
from desktop.core.db.models import Client
from desktop.core.office.settings import initialise_office
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.shell import settings

CLIENTS = [
    # number, name, type, city
    ("K001", "Bakkerij Jansen", ClientType.SOLE_TRADER, "Amersfoort"),
    ("K002", "Melkveebedrijf Mulder", ClientType.AGRICULTURAL, "Zwolle"),
    ("K003", "Zeeman Bouw B.V.", ClientType.BV, "Utrecht"),
    ("K004", "Stichting Het Anker", ClientType.ASSOCIATION_FOUNDATION, "Amersfoort"),
    ("K005", "Autobedrijf De Wit", ClientType.BV, "Zwolle"),
]


def make_office(database: Database, extra_clients: int = 0) -> dict[str, int]:
    """The office above (plus ``extra_clients`` numbered ones); returns ids by key."""
    # Column widths and sort order from an earlier test must not leak into this one.
    settings.settings().remove("tables")
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        anna = create_staff(session, StaffData(name="Anna Bakker", initials="AB", is_champion=True))
        kees = create_staff(session, StaffData(name="Kees de Vries", initials="KV"))
        ids = {"anna": anna, "kees": kees}
        for index, (number, name, client_type, city) in enumerate(CLIENTS):
            ids[number] = create_client(
                session,
                ClientData(
                    client_number=number,
                    name=name,
                    client_type=client_type,
                    city=city,
                    champion_id=anna if index % 2 == 0 else None,
                ),
            )
        if extra_clients:
            extra = [
                {
                    "client_number": f"X{index:05d}",
                    "name": f"Extra {index:05d}",
                    "search_text": search_key(f"Extra {index:05d}", f"X{index:05d}", None, None),
                }
                for index in range(extra_clients)
            ]
            session.execute(insert(Client), extra)
        session.commit()
    return ids


def wait_loaded(qtbot, model) -> None:  # noqa: ANN001
    """Wait until the client model's background queries (rows and count) have landed."""
    qtbot.waitUntil(lambda: not model.loading and not model.counting, timeout=5000)
