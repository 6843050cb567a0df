"""The command line contract: exit 0 / 1 (one line, no traceback) / 2, and what it prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli.main import main
from desktop.core.db.migrate import head_revision


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `draagvlak argv...` (English, for stable texts)."""
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as stop:  # argparse exits for --help, --version and usage errors
        code = stop.code if isinstance(stop.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_clear_error_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("draagvlak: ")
    assert "Traceback" not in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0 and __version__ in out
    code, out, _ = _run(capsys, "--help")
    assert code == 0 and "demo" in out and "check" in out
    code, out, _ = _run(capsys, "demo", "--help")
    assert code == 0 and "--clients" in out and "--force" in out


def test_demo_then_check(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = _run(capsys, "demo", "--db", str(db_path), "--clients", "60", "--staff", "9")
    assert code == 0, err
    assert err == ""  # no progress noise when stderr is not a terminal
    assert "9 staff" in out and "60 clients" in out and "stage moves" in out

    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 0, err
    assert "Integrity: ok" in out
    assert f"Schema revision: {head_revision()}" in out
    counts = {parts[0]: parts[1] for line in out.splitlines() if len(parts := line.split()) == 2}
    assert counts["clients"] == "60" and counts["staff"] == "9"


def test_global_db_option_before_the_command(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "demo", "--clients", "10")
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "Integrity: ok" in out


def test_demo_refuses_a_database_with_an_office(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert _run(capsys, "demo", "--db", str(db_path), "--clients", "10")[0] == 0
    code, out, err = _run(capsys, "demo", "--db", str(db_path), "--clients", "10")
    assert code == 1 and out == ""
    _assert_one_clear_error_line(err)
    assert "--force" in err

    code, out, err = _run(capsys, "demo", "--db", str(db_path), "--clients", "25", "--force")
    assert code == 0, err
    assert "25 clients" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--clients", "many"],
        ["demo", "--clients", "-5"],
        ["no-such-command"],
        ["check", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    code, _, err = _run(capsys, *argv, "--db", str(db_path))
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


def test_garbage_database_file_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    garbage = tmp_path / "not-a-database.sqlite3"
    garbage.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    for command in ("check", "demo"):
        code, out, err = _run(capsys, command, "--db", str(garbage))
        assert code == 1 and out == ""
        _assert_one_clear_error_line(err)
        assert "database" in err.lower()


def test_dutch_numbers_in_dutch(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code = main(["--lang", "nl", "demo", "--db", str(db_path), "--clients", "1200"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1.200" in out


def test_help_and_usage_errors_in_dutch(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "nl", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "gebruik:" in out and "opties:" in out and "deze hulp tonen" in out
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "nl", "demo", "--clients", "x"])
    assert caught.value.code == 2
    assert "fout:" in capsys.readouterr().err
