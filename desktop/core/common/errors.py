"""Typed domain errors. Each carries a message fit to show a user as it is."""

from __future__ import annotations


class DraagvlakError(Exception):
    """Base for every error a user may see; ``str(error)`` is the translated message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DraagvlakError):
    """A value a user entered is not acceptable; ``field`` names the offending field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several fields are wrong at once (a form shows them all); ``errors`` in form order.

    The message and ``field`` are the first error's, so whoever shows one error shows that.
    """

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(str(errors[0]), errors[0].field)
        self.errors = list(errors)


class NotFoundError(DraagvlakError):
    pass


class ConflictError(DraagvlakError):
    """The change clashes with existing data (a duplicate, or rows that still depend on it)."""


class StaleEditError(ConflictError):
    """Someone else changed a field of this edit since the form was read; nothing was saved.

    ``field`` names the field; the form should offer to read the record again.
    """

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class DatabaseError(DraagvlakError):
    """The database cannot be opened, is too new, or is damaged."""


class FileFormatError(DraagvlakError):
    """An input file cannot be read: wrong format, damaged, protected or empty."""


class OperationCancelled(DraagvlakError):
    """The user cancelled a long operation; nothing was written."""
