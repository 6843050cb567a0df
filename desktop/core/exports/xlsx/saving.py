"""Saving a workbook or document so that a failure never leaves a half-written file.

The file is written under a temporary name in the target's folder and then moved over the
target in one step. On Windows a file that is open in Excel cannot be replaced: that case gets
its own error, so the GUI can offer another name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from desktop.core.common.errors import DraagvlakError
from desktop.core.common.i18n import translate


class ExportSaveError(DraagvlakError):
    """The export could not be written (disk full, no permission, folder gone)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(
            translate("Exports", "The export cannot be saved as {name}: {reason}").format(
                name=path.name, reason=error.strerror or error
            )
        )
        self.path = path


class TargetInUseError(ExportSaveError):
    """The target exists and another program (Excel, a PDF viewer) holds it open."""

    def __init__(self, path: Path, error: OSError) -> None:
        message = (
            translate(
                "Exports",
                "{name} is open in another program (a PDF viewer?). Close it there, or save "
                "under another name.",
            )
            if path.suffix.lower() == ".pdf"
            else translate(
                "Exports",
                "{name} is open in another program (Excel?). Close it there, or save under "
                "another name.",
            )
        )
        DraagvlakError.__init__(self, message.format(name=path.name))
        self.path = path


def save_atomically(write: Callable[[Path], None], path: Path) -> Path:
    """Call ``write(temporary_path)``, then move the result over ``path``; returns ``path``."""
    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            suffix=path.suffix, prefix=".~export-", dir=path.parent
        )
    except OSError as error:
        raise ExportSaveError(path, error) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        temp.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, PermissionError) and path.exists():
            raise TargetInUseError(path, error) from None
        if isinstance(error, OSError):
            raise ExportSaveError(path, error) from None
        raise
    return path


def write_workbook(path: Path | str, fill: Callable[[Workbook], None]) -> Path:
    """A write-only workbook filled by ``fill`` and saved atomically at ``path``; on any failure
    (a cancel included) nothing is written and the half-built workbook is let go quietly."""
    workbook = Workbook(write_only=True)
    try:
        fill(workbook)
        return save_atomically(workbook.save, Path(path))
    except BaseException:
        discard_workbook(workbook)
        raise


def discard_workbook(workbook: Workbook) -> None:
    """Let go of a write-only workbook that will not be saved, without noise on stderr."""
    # A write-only sheet keeps a generator suspended inside an open XML element. Left to the
    # garbage collector it prints "Exception ignored" tracebacks; closed here, its complaint
    # about the unfinished file is swallowed.
    for sheet in workbook.worksheets:
        rows = getattr(sheet, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
