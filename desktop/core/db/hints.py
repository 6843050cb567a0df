"""Planner hints that SQL itself can say."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from desktop.core.db.engine import dialect_name

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

T = TypeVar("T")


def no_index(executor: Executor, column: ColumnElement[T]) -> ColumnElement[T]:
    """``+column`` on SQLite: the same value, but the planner will not drive the query by an
    index on it (SQLite's documented hint; other databases plan with statistics instead)."""
    if dialect_name(executor) != "sqlite":
        return column
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)
