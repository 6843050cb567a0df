"""The tables package defines an area's tables when they are first asked for."""

from __future__ import annotations

import subprocess
import sys

from desktop.core.db import tables


def _fresh_interpreter(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def test_asking_for_a_table_defines_its_area_and_what_it_refers_to_only() -> None:
    loaded = _fresh_interpreter(
        "import sys\n"
        "from desktop.core.db.tables import enrollments\n"
        "print(' '.join(sorted(m.rsplit('.', 1)[1] for m in sys.modules"
        " if m.startswith('desktop.core.db.tables.'))))"
    )
    # enrollments refer to clients, projects (pipelines) and staff (office); no rewards etc.
    assert loaded.split() == ["base", "clients", "office", "pipelines"]


def test_a_foreign_key_takes_the_type_of_the_column_it_refers_to() -> None:
    type_name = _fresh_interpreter(
        "from desktop.core.db.tables import audit_log\n"
        "print(type(audit_log.c.by_staff_id.type).__name__)"
    )
    assert type_name == "Integer"


def test_metadata_holds_every_table_of_every_module() -> None:
    count = _fresh_interpreter(
        "from desktop.core.db.tables import metadata\nprint(len(metadata.tables))"
    )
    listed = {name for names in tables._TABLES.values() for name in names}
    assert int(count) == len(tables.metadata.tables) == len(listed)
    assert {table.name for table in tables.metadata.tables.values()} == {
        getattr(tables, name).name for name in listed
    }


def test_each_listed_table_is_defined_in_its_module() -> None:
    from importlib import import_module

    for module, names in tables._TABLES.items():
        defined = import_module(f"desktop.core.db.tables.{module}")
        for name in names:
            assert getattr(tables, name) is getattr(defined, name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError):
        tables.no_such_table  # noqa: B018
    with pytest.raises(ImportError):
        exec("from desktop.core.db.tables import no_such_table", {})
