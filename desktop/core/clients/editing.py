"""Clients: adding, editing and archiving one client, with validation (ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, ValidationError
from desktop.core.common.i18n import sentence, translate
from desktop.core.common.validation import (
    FieldChecks,
    check_length,
    clean_text,
    column_text,
    normalise_email,
    normalise_kvk,
    normalise_phone,
    normalise_postcode,
    parse_date,
)
from desktop.core.common.vocab import ClientType
from desktop.core.db.models import Client, Segment, Staff
from desktop.core.db.records import (
    form_values,
    get_or_not_found,
    lock_for_edit,
    read_form,
)
from desktop.core.db.tables import clients, utcnow
from desktop.core.privacy.audit import CLIENT, CREATED, log_changes, log_event, logged_edit


@dataclass(frozen=True)
class ClientData:
    """The editable fields of a client, as entered; ``validated()`` normalises them."""

    client_number: str = ""
    name: str = ""
    client_type: ClientType | str = ClientType.OTHER
    segment_id: int | None = None
    champion_id: int | None = None
    contact_person: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    kvk_number: str | None = None
    client_since: date | None = None
    notes: str = ""

    def validated(self, stored: ClientData | None = None) -> ClientData:
        """A normalised copy; raises ValidationError, or ValidationErrors naming every bad
        field (in form order).

        A phone number that cannot be read is refused, unless it is the one ``stored`` (the
        form as loaded) already holds: the importer keeps such numbers as written.
        """
        check = FieldChecks()
        number = check(
            column_text,
            self.client_number,
            clients.c.client_number,
            translate("Clients", "Client number"),
        )
        name = check(column_text, self.name, clients.c.name, translate("Clients", "Name"))
        client_type = check(_client_type, self.client_type)
        contact_person = check(column_text, self.contact_person, clients.c.contact_person)
        email = check(normalise_email, self.email)
        check(check_length, email, clients.c.email)
        phone = check(_phone, self.phone, "phone", stored)
        mobile = check(_phone, self.mobile, "mobile", stored)
        address = check(column_text, self.address, clients.c.address)
        postcode = check(normalise_postcode, self.postcode)
        check(check_length, postcode, clients.c.postcode)
        city = check(column_text, self.city, clients.c.city)
        country = check(column_text, self.country, clients.c.country)
        kvk_number = check(normalise_kvk, self.kvk_number)
        client_since = check(parse_date, self.client_since, "client_since")
        check.raise_errors()
        return ClientData(
            client_number=number or "",
            name=name or "",
            client_type=client_type or ClientType.OTHER,
            segment_id=self.segment_id,
            champion_id=self.champion_id,
            contact_person=contact_person,
            email=email,
            phone=phone,
            mobile=mobile,
            address=address,
            postcode=postcode,
            city=city,
            country=country,
            kvk_number=kvk_number,
            client_since=client_since,
            notes=clean_text(self.notes) or "",
        )


@dataclass(frozen=True)
class ClientDetails:
    """One client as the edit dialog shows it."""

    id: int
    data: ClientData
    archived: bool
    created_at: datetime
    updated_at: datetime
    anonymised: bool = False


def _client_type(value: ClientType | str) -> ClientType:
    try:
        return ClientType(value)
    except ValueError:
        raise ValidationError(
            translate("Clients", "'{value}' is not a client type.").format(value=value),
            "client_type",
        ) from None


def _phone(value: str | None, field: str, stored: ClientData | None) -> str | None:
    """The number normalised like the importer does (``normalise_phone``); ValidationError for
    ``field`` when it is not a phone number and not the one stored."""
    text = clean_text(value)
    try:
        phone = normalise_phone(text)
    except ValidationError as error:
        if stored is not None and text is not None and text == getattr(stored, field):
            phone = text  # imported as written; an edit of another field keeps it
        else:
            raise ValidationError(error.message, field) from None
    check_length(phone, clients.c[field])
    return phone


def _check_references(session: Session, data: ClientData) -> None:
    if data.segment_id is not None and session.get(Segment, data.segment_id) is None:
        raise ValidationError(
            translate("Clients", "The chosen segment does not exist."), "segment_id"
        )
    if data.champion_id is not None and session.get(Staff, data.champion_id) is None:
        raise ValidationError(
            translate("Clients", "The chosen champion does not exist."), "champion_id"
        )


def _check_unique_number(session: Session, number: str, own_id: int | None) -> None:
    statement = select(Client.id, Client.name).where(Client.client_number == number)
    if own_id is not None:
        statement = statement.where(Client.id != own_id)
    clash = session.execute(statement.limit(1)).first()
    if clash is not None:
        raise ConflictError(
            sentence(
                translate("Clients", "Client number {number} is already used by {name}.").format(
                    number=number, name=clash.name
                )
            )
        )


def create_client(session: Session, data: ClientData, *, by: int | None = None) -> int:
    """Validate and add a client; returns its id. ConflictError when the number is taken."""
    clean = data.validated()
    _check_references(session, clean)
    _check_unique_number(session, clean.client_number, None)
    client = Client(**form_values(clean))
    session.add(client)
    session.flush()
    log_event(session, CLIENT, client.id, CREATED, by)
    return client.id


def _missing(client_id: int) -> str:
    return translate("Clients", "Client {id} no longer exists.").format(id=client_id)


def _get(session: Session, client_id: int) -> Client:
    return get_or_not_found(session, Client, client_id, _missing(client_id))


def get_client(session: Session, client_id: int) -> ClientDetails:
    """The client's current values (NotFoundError when it was removed meanwhile)."""
    client = _get(session, client_id)
    data = read_form(ClientData, client)
    return ClientDetails(
        client.id,
        data,
        client.archived,
        client.created_at,
        client.updated_at,
        client.anonymised_at is not None,
    )


def update_client(
    session: Session, client_id: int, data: ClientData, *, read: ClientData, by: int | None = None
) -> list[str]:
    """Store the fields changed from ``read`` (the form as loaded); returns their names.

    StaleEditError when one of them was changed by someone else since; ``by`` is the staff id
    of the person editing, when known.
    """
    client = lock_for_edit(session, Client, client_id, _missing(client_id))
    clean = data.validated(read)
    _check_references(session, clean)
    _check_unique_number(session, clean.client_number, client_id)
    return logged_edit(session, CLIENT, client, read, clean, client_field_labels(), by)


def client_field_labels() -> dict[str, str]:
    """The translated name of each editable client field, as conflict messages name it."""
    return {
        "client_number": translate("Clients", "Client number"),
        "name": translate("Clients", "Name"),
        "client_type": translate("Clients", "Type"),
        "segment_id": translate("Clients", "Segment"),
        "champion_id": translate("Clients", "Champion"),
        "contact_person": translate("Clients", "Contact person"),
        "email": translate("Clients", "E-mail"),
        "phone": translate("Clients", "Phone"),
        "mobile": translate("Clients", "Mobile"),
        "address": translate("Clients", "Street address"),
        "postcode": translate("Clients", "Postcode"),
        "city": translate("Clients", "City"),
        "country": translate("Clients", "Country"),
        "kvk_number": translate("Clients", "KvK number"),
        "client_since": translate("Clients", "Client since"),
        "notes": translate("Clients", "Notes"),
    }


def set_archived(
    session: Session, client_id: int, archived: bool, *, by: int | None = None
) -> None:
    """Archive (hide from active lists, keep all history) or restore a client."""
    client = _get(session, client_id)
    if client.archived != archived:
        client.archived = archived
        client.archived_at = utcnow() if archived else None
        session.flush()
        log_changes(session, CLIENT, client_id, {"archived": (not archived, archived)}, by)


def archive_client(session: Session, client_id: int, *, by: int | None = None) -> None:
    """Archive instead of delete: the client and its history stay."""
    set_archived(session, client_id, True, by=by)


def restore_client(session: Session, client_id: int, *, by: int | None = None) -> None:
    set_archived(session, client_id, False, by=by)
