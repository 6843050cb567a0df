"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Draagvlak"
APP_AUTHOR = "Draagvlak"
DB_FILE_NAME = "draagvlak.sqlite3"
LOG_FILE_NAME = "draagvlak.log"
DATA_DIR_ENV = "DRAAGVLAK_DATA_DIR"


def resources_dir() -> Path:
    """The resources folder, both in a source checkout and in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def data_dir() -> Path:
    """The per-user data folder (created on demand); tests override it with DRAAGVLAK_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def log_file_path() -> Path:
    return data_dir() / LOG_FILE_NAME
