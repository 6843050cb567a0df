"""Logging to a file in the data folder; unexpected errors land there with their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.core.common.paths import log_file_path, make_private

_configured = False


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """The log and its rotated copies are readable by the user only (POSIX)."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def configure_logging() -> Path:
    global _configured
    path = log_file_path()
    if not _configured:
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("draagvlak")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path


def log_exception(error: BaseException) -> Path:
    path = configure_logging()
    logging.getLogger("draagvlak").error(
        "Unexpected error", exc_info=(type(error), error, error.__traceback__)
    )
    return path
