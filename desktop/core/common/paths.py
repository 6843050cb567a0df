"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import contextlib
import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "Draagvlak"
APP_AUTHOR = "Draagvlak"
DB_FILE_NAME = "draagvlak.sqlite3"
LOG_FILE_NAME = "draagvlak.log"
DATA_DIR_ENV = "DRAAGVLAK_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@cache  # asked for every icon; resolving the path costs system calls each time
def resources_dir() -> Path:
    """The resources folder, both in a source checkout and in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def data_dir() -> Path:
    """The per-user data folder (created on demand); tests override it with DRAAGVLAK_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR, roaming=False)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def cache_dir() -> Path:
    """Per-user files the program can make again (not created here): beside the data folder
    when DRAAGVLAK_DATA_DIR overrides it, else the system's cache folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def log_file_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def make_private(*paths: Path) -> None:
    """Only the owner may read or write these files (folders: also enter) on POSIX; a no-op on
    Windows, where the per-user profile is private already. Missing paths are skipped."""
    if os.name == "nt":
        return
    for path in paths:
        with contextlib.suppress(OSError):  # missing, or another user's file: leave it
            mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
            if path.stat().st_mode & 0o777 != mode:
                path.chmod(mode)
