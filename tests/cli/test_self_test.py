"""`draagvlak --self-test`: the installed program checks its own pieces and says which failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import self_test
from desktop.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["--lang", "en", *argv])
    return code, capsys.readouterr().out


def test_self_test_passes_every_step_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test.tempfile, "tempdir", str(tmp_path))
    code, out = _run(capsys, "--self-test")
    assert code == 0, out
    for step in ("database", "xlsx", "pdf", "translation"):
        assert f"  {step}: ok (" in out
    assert out.rstrip().endswith("Self-test passed.")
    assert list(tmp_path.iterdir()) == []


def test_self_test_reports_the_failed_step_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.core.common.i18n.catalogue", lambda language: {})
    code, out = _run(capsys, "--self-test")
    assert code == 1
    assert "  translation: FAILED (RuntimeError: no Dutch translations found)" in out
    assert "  pdf: ok (" in out
    assert out.rstrip().endswith("Self-test failed.")
