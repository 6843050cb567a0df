"""Where a SQLite database may live: never on a network share (SQLite's locking does not work
over network file systems and the database gets corrupted, as sqlite.org documents), and
preferably not in a folder a sync service (OneDrive, Dropbox, Google Drive) copies around.

The decisions are pure functions of the path and what the system says about it (drive type,
mount table), so they are tested on every platform; ``database_location_check`` asks the system.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath, PureWindowsPath

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate

DRIVE_REMOTE = 4  # GetDriveTypeW
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "9p", "afs", "ceph", "coda", "ncpfs",
        "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs",
        "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    }
)  # fmt: skip
SYNC_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud")
SYNC_ENVIRONMENT = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def is_windows_network_path(path: str, drive_type: int | None) -> bool:
    """A UNC path (\\\\server\\share) or a drive letter Windows reports as remote."""
    if path.startswith(("\\\\", "//")):
        return True
    return drive_type == DRIVE_REMOTE


def mount_filesystem(path: PurePath, mounts: Sequence[str]) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/mounts lines."""
    best, best_type = "", None
    text = path.as_posix()
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ").replace("\\011", "\t")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_filesystem(filesystem: str | None) -> bool:
    if filesystem is None:
        return False
    return filesystem.lower() in NETWORK_FILESYSTEMS or filesystem.lower().startswith("nfs")


def sync_service_folder(path: PurePath, environment: Mapping[str, str]) -> str | None:
    """The synced folder that holds ``path`` (OneDrive, Dropbox, Google Drive), if any."""
    for name in SYNC_ENVIRONMENT:
        root = environment.get(name)
        if root:
            with contextlib.suppress(ValueError):
                path.relative_to(root)
                return root
    for index, part in enumerate(path.parts[:-1]):
        folded = part.casefold()
        if any(folded == name or folded.startswith(name + " - ") for name in SYNC_FOLDER_NAMES):
            return str(PurePath(*path.parts[: index + 1]))
    return None


def network_refusal(path: Path) -> str:
    return translate(
        "Database",
        "The database {path} is on a network drive. SQLite databases get damaged when they "
        "are shared over a network; keep the file on this PC's own disk, or use PostgreSQL "
        "when several PCs work with the same data.",
    ).format(path=path)


def sync_warning(path: Path, folder: str) -> str:
    return translate(
        "Database",
        "The database {path} is in a folder that a sync service copies ({folder}). Syncing "
        "a database that is in use can damage it or lose changes: move it out of that folder "
        "(backups may live there).",
    ).format(path=path, folder=folder)


def _windows_drive_type(path: Path) -> int | None:
    drive = PureWindowsPath(str(path)).drive
    if not drive or drive.startswith("\\\\"):
        return None
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    return int(windll.kernel32.GetDriveTypeW(drive + "\\"))


def _proc_mounts() -> list[str]:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def on_network(path: Path) -> bool:
    """Whether the system says ``path`` lives on a network share."""
    resolved = path.expanduser().absolute()
    if sys.platform == "win32":
        return is_windows_network_path(str(resolved), _windows_drive_type(resolved))
    if sys.platform.startswith("linux"):
        return is_network_filesystem(mount_filesystem(resolved, _proc_mounts()))
    return False


def database_location_check(path: Path) -> str | None:
    """DatabaseError for a database on a network share; the warning to show for one in a
    synced folder, else None."""
    if on_network(path):
        raise DatabaseError(network_refusal(path))
    folder = sync_service_folder(path.expanduser().absolute(), os.environ)
    return sync_warning(path, folder) if folder else None
