"""The translation catalogue read from a .ts file is kept, and read again when the file changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.common import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Demo</name>
    <message>
        <source>Client</source>
        <translation>{word}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Concept</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ts_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "draagvlak_nl.ts"
    path.write_text(TS.format(word="Klant"), encoding="utf-8")
    monkeypatch.setenv("DRAAGVLAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "translation_file", lambda language: path)
    i18n.catalogue.cache_clear()
    yield path
    i18n.catalogue.cache_clear()


def _fresh_catalogue() -> i18n.Catalogue:
    i18n.catalogue.cache_clear()  # as a new start of the program
    return i18n.catalogue("nl")


def test_the_next_start_reads_the_kept_catalogue(ts_file: Path, monkeypatch) -> None:  # noqa: ANN001
    first = _fresh_catalogue()
    assert first == {("Demo", "Client"): "Klant"}
    monkeypatch.setattr(i18n, "_read_catalogue", lambda path: pytest.fail("read the .ts again"))
    assert _fresh_catalogue() == first


def test_a_changed_ts_file_is_read_again(ts_file: Path) -> None:
    assert _fresh_catalogue() == {("Demo", "Client"): "Klant"}
    ts_file.write_text(TS.format(word="Cliënt"), encoding="utf-8")  # another size
    assert _fresh_catalogue() == {("Demo", "Client"): "Cliënt"}


def test_a_damaged_or_unwritable_cache_only_costs_a_read(ts_file: Path, monkeypatch) -> None:  # noqa: ANN001
    _fresh_catalogue()
    i18n._cache_file("nl").write_bytes(b"not a catalogue")
    assert _fresh_catalogue() == {("Demo", "Client"): "Klant"}
    blocked = ts_file.parent / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("DRAAGVLAK_DATA_DIR", str(blocked))
    assert _fresh_catalogue() == {("Demo", "Client"): "Klant"}


def test_the_shipped_catalogue_is_the_same_kept_or_read(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    monkeypatch.setenv("DRAAGVLAK_DATA_DIR", str(tmp_path))
    read = i18n._read_catalogue(i18n.translation_file("nl"))
    try:
        assert _fresh_catalogue() == read  # written
        assert _fresh_catalogue() == read  # kept
    finally:
        i18n.catalogue.cache_clear()
