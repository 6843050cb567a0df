"""A SQLite database on a network share is refused; one in a synced folder is warned about."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desktop.core.backups import location
from desktop.core.backups.location import (
    DRIVE_REMOTE,
    is_network_filesystem,
    is_windows_network_path,
    mount_filesystem,
    sync_service_folder,
)
from desktop.core.common.errors import DatabaseError
from desktop.core.db.engine import open_database

MOUNTS = [
    "/dev/sda1 / ext4 rw,relatime 0 0",
    "server:/export /mnt/office nfs4 rw 0 0",
    "//nas/share /mnt/nas\\040share cifs rw 0 0",
    "/dev/sdb1 /mnt/office/local ext4 rw 0 0",
    "user@host:/ /home/me/remote fuse.sshfs rw 0 0",
]


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/me/draagvlak.sqlite3", False),
        ("/mnt/office/draagvlak.sqlite3", True),
        ("/mnt/nas share/kantoor/draagvlak.sqlite3", True),
        ("/mnt/office/local/draagvlak.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/officers/draagvlak.sqlite3", False),
        ("/home/me/remote/db.sqlite3", True),
    ],
)
def test_linux_network_filesystems_from_the_mount_table(path: str, network: bool) -> None:
    assert is_network_filesystem(mount_filesystem(PurePosixPath(path), MOUNTS)) is network


@pytest.mark.parametrize(
    ("path", "drive_type", "network"),
    [
        (r"\\server\share\draagvlak.sqlite3", None, True),
        ("//server/share/draagvlak.sqlite3", None, True),
        (r"N:\kantoor\draagvlak.sqlite3", DRIVE_REMOTE, True),
        (r"C:\Users\anna\draagvlak.sqlite3", 3, False),  # DRIVE_FIXED
        (r"E:\draagvlak.sqlite3", 2, False),  # DRIVE_REMOVABLE
    ],
)
def test_windows_unc_paths_and_mapped_network_drives(
    path: str, drive_type: int | None, network: bool
) -> None:
    assert is_windows_network_path(path, drive_type) is network


@pytest.mark.parametrize(
    ("path", "environment", "folder"),
    [
        (r"C:\Users\anna\OneDrive\Kantoor\d.sqlite3", {}, r"C:\Users\anna\OneDrive"),
        (
            r"C:\Users\anna\OneDrive - Bakker Accountants\d.sqlite3",
            {},
            r"C:\Users\anna\OneDrive - Bakker Accountants",
        ),
        (r"D:\Sync\Werk\d.sqlite3", {"OneDrive": r"D:\Sync"}, r"D:\Sync"),
        (r"C:\Users\anna\Dropbox\d.sqlite3", {}, r"C:\Users\anna\Dropbox"),
        (r"G:\My Drive\d.sqlite3", {}, r"G:\My Drive"),
        (r"C:\Users\anna\AppData\Local\Draagvlak\d.sqlite3", {"OneDrive": r"C:\O"}, None),
    ],
)
def test_folders_of_sync_services(path: str, environment: dict, folder: str | None) -> None:
    found = sync_service_folder(PureWindowsPath(path), environment)
    assert (str(PureWindowsPath(found)) if found else None) == folder


def test_open_database_refuses_a_network_share_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(location, "on_network", lambda path: True)
    target = tmp_path / "share" / "draagvlak.sqlite3"
    with pytest.raises(DatabaseError, match="network drive.*PostgreSQL"):
        open_database(target)
    assert not target.exists()


def test_open_database_warns_about_a_synced_folder(tmp_path: Path) -> None:
    database = open_database(tmp_path / "Dropbox" / "draagvlak.sqlite3")
    try:
        assert database.location_warning is not None
        assert "sync" in database.location_warning
    finally:
        database.dispose()
    plain = open_database(tmp_path / "draagvlak.sqlite3")
    assert plain.location_warning is None
    plain.dispose()


def test_sqlite_uris_of_local_and_unc_paths() -> None:
    from desktop.core.backups.sqlite_copy import file_uri

    assert file_uri(PurePosixPath("/home/a b/x.sqlite3")) == "file:///home/a%20b/x.sqlite3"
    assert file_uri(PureWindowsPath(r"C:\Data\x.sqlite3")) == "file:///C:/Data/x.sqlite3"
    assert file_uri(PureWindowsPath(r"\\nas\backups\x.sqlite3")) == (
        "file:////nas/backups/x.sqlite3"
    )
