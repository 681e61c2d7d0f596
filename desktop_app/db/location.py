"""Is the library on a network share? SQLite's file locking is unreliable over NFS and SMB, so
two desks on one shared file can corrupt it.

Decision (see docs/guide.md): a library *database* on a network share is **refused** at start
unless the person explicitly accepts the risk (``LIBRARY_DESK_ALLOW_NETWORK=1``, for a single
desk on a share that nobody else opens). A *backup folder* on a network share is fine: a backup is
written once, by one program, and read back for the integrity check.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_ALLOW_NETWORK = "LIBRARY_DESK_ALLOW_NETWORK"

#: Linux file-system types (as /proc/mounts names them) that are network or remote shares.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs", "ncpfs",
    "9p", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre",
    "gpfs", "beegfs", "fuse.s3fs", "afpfs", "webdav",
})
#: macOS statfs f_fstypename values of network file systems.
MAC_NETWORK_FS_TYPES = frozenset({"nfs", "smbfs", "afpfs", "webdav", "cifs", "ftp", "macfuse", "osxfuse"})


def _unescape_mount(field: str) -> str:
    """/proc/mounts escapes spaces, tabs, newlines and backslashes as octal."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1:i + 4]) == 3 and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def linux_fs_type(path: Path, mounts_text: str | None = None) -> tuple[str, str] | None:
    """(mount point, fs type) of the longest mount point containing ``path``, from /proc/mounts
    (or ``mounts_text`` for tests). None if it cannot be read."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path)
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _windows_reason(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return f"{path} is a network path (UNC)"
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # ctypes.windll exists on Windows only
    if kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
        return f"drive {drive} is a network drive"
    return None


def _mac_reason(path: Path) -> str | None:  # pragma: no cover - macOS only
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buf = StatFs()
    if statfs(str(path).encode(), ctypes.byref(buf)) != 0:
        return None
    fstype = buf.f_fstypename.decode(errors="replace")
    if fstype in MAC_NETWORK_FS_TYPES:
        return f"{path} is on a network share ({fstype} at {buf.f_mntonname.decode(errors='replace')})"
    return None


def _existing(path: Path) -> Path:
    """The nearest existing folder at or above ``path`` (the database may not exist yet)."""
    path = path.expanduser().absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def is_network_path(path: Path) -> str | None:
    """A plain reason if ``path`` is on a network share, else None (local, or unknown)."""
    where = _existing(Path(path))
    if sys.platform == "win32":  # pragma: no cover
        return _windows_reason(where)
    if sys.platform == "darwin":  # pragma: no cover
        return _mac_reason(where)
    found = linux_fs_type(where)
    if found and found[1].lower() in NETWORK_FS_TYPES:
        return f"{where} is on a network share ({found[1]} mounted at {found[0]})"
    return None


def network_allowed() -> bool:
    """True when the person has accepted the risk of a database on a share."""
    return os.environ.get(ENV_ALLOW_NETWORK, "").strip().lower() in ("1", "yes", "true")
