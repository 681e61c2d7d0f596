"""One program per library: an operating-system lock on ``paths.lock_file``.

The lock is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows. Both belong to the open
file, so the operating system releases them when the process ends for any reason (a crash, a
kill, a power cut): there is never a stale lock to clean up by hand. The file itself stays; its
content (who holds it) is only a courtesy for the message shown to a second start.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..domain.errors import LibraryError


class LibraryAlreadyOpen(LibraryError):
    """Another Library Desk (or a command that writes) has this library open."""

    code = "library_already_open"


class LockHandle:
    """The held lock. ``release()`` (or leaving the ``with`` block) lets the next program in."""

    def __init__(self, path: Path, fh: IO[str]) -> None:
        self.path = path
        self._fh: IO[str] | None = fh

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        """Release the lock; safe to call more than once."""
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            _unlock(fh)
        finally:
            fh.close()

    def __enter__(self) -> LockHandle:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - best effort at interpreter exit
        try:
            self.release()
        except Exception:  # noqa: BLE001 - at interpreter exit modules may be half torn down; the OS frees the lock
            pass


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[str]) -> bool:
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fh: IO[str]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _holder(path: Path) -> dict[str, Any]:
    """Who wrote the lock file last (empty if unreadable: Windows forbids reading a locked byte)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def acquire(paths: Any, *, purpose: str = "Library Desk") -> LockHandle:
    """Take the library's lock or raise ``LibraryAlreadyOpen`` naming who holds it.

    ``paths`` is a ``desktop_app.config.Paths``; ``purpose`` is recorded in the lock file (for
    example "the desk window" or "library-desk import") so the refusal can say what is running.
    """
    lock_file: Path = paths.lock_file
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    # Append mode: opening never truncates what the current holder wrote.
    fh = open(lock_file, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
    if not _try_lock(fh):
        fh.close()
        who = _holder(lock_file)
        detail = ""
        if who:
            detail = (f" ({who.get('purpose', 'Library Desk')}, process {who.get('pid', '?')} on "
                      f"{who.get('host', '?')}, since {who.get('since', '?')})")
        raise LibraryAlreadyOpen(
            f"The library in {paths.data_dir} is already open{detail}. Use the window that is already "
            "open, or close it first: two programs must never write to the same library.")
    info = {"pid": os.getpid(), "host": socket.gethostname(), "purpose": purpose,
            "since": datetime.now().strftime("%Y-%m-%d %H:%M:%S")}
    try:
        fh.seek(0)
        fh.truncate()
        if sys.platform == "win32":  # pragma: no cover - byte 0 is locked; write after it
            fh.write(" ")
        fh.write(json.dumps(info))
        fh.flush()
    except OSError:
        pass  # the lock is what matters; the note is a courtesy
    return LockHandle(lock_file, fh)
