"""Failures of input, output and --report on the command line: one line on stderr, exit 1,
never a traceback, an "unexpected error" or an "Exception ignored" after the fact."""

from __future__ import annotations

import errno
import gc
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_import_cli import _count, _run
from tests.core.imports.samples import EXACT_CSV, fed_fifo, title_row_xlsx, write_csv
from tests.core.imports.test_bad_inputs import SHEET, _with_damaged_part

REPO = Path(__file__).resolve().parents[2]


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "unexpected error" not in err and "Traceback" not in err
    return lines[0]


# -- bad input files ----------------------------------------------------------------------------


def _long_value_csv(tmp_path: Path) -> Path:
    filler = [f"{n};Klant {n}" for n in range(20_000)]
    return write_csv(tmp_path / "quote.csv", ["Nr;Naam", '1;"Open quote', *filler])


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    with fed_fifo(tmp_path / "pijp.csv") as path:
        yield path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: _with_damaged_part(p, SHEET), "is damaged or not an Excel workbook"),
        (_long_value_csv, "Row 2 of quote.csv has a value longer than 131072 characters"),
    ],
    ids=["damaged-xlsx", "field-limit"],
)
def test_bad_input_is_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    message: str,
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert _run(db_path, str(path)) == 1
    assert message in _one_line(capsys)
    assert _count(db_path) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_pipe_as_input_is_one_line(db_path: Path, fifo: Path, capsys) -> None:
    assert _run(db_path, str(fifo)) == 1
    assert "pijp.csv is not an ordinary file" in _one_line(capsys)
    assert _count(db_path) == 0


def test_workbook_renamed_csv_imports(db_path: Path, tmp_path: Path, capsys) -> None:
    renamed = tmp_path / "klanten.csv"
    renamed.write_bytes(title_row_xlsx(tmp_path / "k.xlsx").read_bytes())
    assert _run(db_path, str(renamed)) == 0, capsys.readouterr().err
    assert _count(db_path) == 3


def test_deeply_nested_mapping_is_one_line(db_path: Path, tmp_path: Path, capsys) -> None:
    mapping = tmp_path / "diep.json"
    mapping.write_text('{"a": ' * 50_000 + "null" + "}" * 50_000)
    assert _run(db_path, str(EXACT_CSV), "--mapping", str(mapping)) == 1
    assert "diep.json is nested too deeply" in _one_line(capsys)


# -- a reader that stops early ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["check"], ["import", "clients", str(EXACT_CSV), "--dry-run"]], ids=str
)
def test_closed_pipe_ends_quietly(db_path: Path, command: list[str]) -> None:
    """`draagvlak check | head -0`: the pipe is closed before anything is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *command, "--db", str(db_path), "--lang", "en"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=REPO,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.stderr.decode() == ""
    assert result.returncode == 1


# -- --report -----------------------------------------------------------------------------------


def test_report_over_the_input_file_is_refused_before_importing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "relaties.csv"
    source.write_bytes(EXACT_CSV.read_bytes())
    assert _run(db_path, str(source), "--report", str(source)) == 1
    assert _one_line(capsys) == (
        "draagvlak: The report cannot be saved as relaties.csv: that is the file being imported"
    )
    assert _count(db_path) == 0
    assert source.read_bytes() == EXACT_CSV.read_bytes()


def test_report_in_a_missing_folder_is_refused_before_importing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bestaat-niet" / "verslag.xlsx"
    assert _run(db_path, str(EXACT_CSV), "--report", str(target)) == 1
    assert _one_line(capsys) == (
        f"draagvlak: The report cannot be saved as verslag.xlsx: the folder {target.parent} "
        "does not exist"
    )
    assert _count(db_path) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_report_never_replaces_something_that_is_not_a_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As root, `--report /dev/full` once renamed a regular file over the device node.
    target = tmp_path / "verslag.xlsx"
    os.mkfifo(target)
    assert _run(db_path, str(EXACT_CSV), "--report", str(target)) == 1
    assert _one_line(capsys) == (
        "draagvlak: The report cannot be saved as verslag.xlsx: that is not an ordinary file "
        "(it is a device or a pipe)"
    )
    assert _count(db_path) == 0
    assert not target.is_file() and target.exists()


def test_report_failing_after_the_commit_says_what_was_imported(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    target = tmp_path / "verslag.xlsx"
    assert _run(db_path, str(EXACT_CSV), "--report", str(target)) == 1
    assert _one_line(capsys) == (
        "draagvlak: Imported 4 clients; the report could not be written: No space left on device"
    )
    assert _count(db_path) == 4
    assert list(tmp_path.glob("*.xlsx")) == []  # no half-written report, no temporary file


def test_report_failing_inside_openpyxl_leaves_no_exception_ignored(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    written = zipfile.ZipFile.writestr

    def fail_after_two(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        if len(self.namelist()) >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", fail_after_two)
    assert _run(db_path, str(EXACT_CSV), "--report", str(tmp_path / "verslag.xlsx")) == 1
    gc.collect()
    assert unraisable == []
    assert "Imported 4 clients; the report could not be written" in _one_line(capsys)


def test_mapping_and_report_options_still_work_together(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "kolommen.json"
    mapping.write_text(json.dumps({"Relatiecode": "client_number", "Naam": "name"}))
    target = tmp_path / "verslag.xlsx"
    target.write_bytes(b"an older report")
    assert _run(db_path, str(EXACT_CSV), "--mapping", str(mapping), "--report", str(target)) == 0
    assert capsys.readouterr().err == ""
    assert zipfile.is_zipfile(target)
