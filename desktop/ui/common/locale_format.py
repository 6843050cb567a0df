"""Dates, moments and numbers as the chosen locale writes them (Dutch: 07-03-2026, 1.234)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

from desktop.core.common import i18n


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def moment_text(value: datetime | None) -> str:
    """A stored (UTC) moment in local time, short date and time."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def number_text(value: int | None) -> str:
    """A count as the language writes it - the same digits as core's texts and charts."""
    return "" if value is None else i18n.number_text(value)
