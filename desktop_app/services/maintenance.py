"""Keeping the library safe: backups (daily and on demand, kept N days, to a folder the admin
chooses), restore, health checks, and the network-share guard.

Backups use the SQLite online backup API (``desktop_app.db.backup``), so they are consistent while
the desk keeps lending, and every backup is integrity-checked after it is written. Where backups
go and how long they are kept belongs to the workstation (a USB stick in this computer), so it is
stored in the local settings file, not in the database.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from ..config import BACKUP_FOLDER, BACKUP_KEEP_DAYS, LocalSettings, Paths
from ..db import backup as mech
from ..db import location
from ..db.instance_lock import LibraryAlreadyOpen, LockHandle
from ..db.instance_lock import acquire as _acquire_lock
from ..db.search import check_index
from ..domain.errors import LibraryError
from ..domain.values import Role
from .library import Actor, Library, require

log = logging.getLogger(__name__)

#: Pruning never removes the newest few backups, however old they are.
ALWAYS_KEEP = 3
_NAME = re.compile(r"^library-(\d{8})-(\d{6})(?:-[a-z0-9-]+)?\.sqlite3$")


class BackupFailed(LibraryError):
    code = "backup_failed"


class RestoreRefused(LibraryError):
    code = "restore_refused"


class LibraryOnNetworkShare(LibraryError):
    code = "network_share"


# -- where and how long -------------------------------------------------------------------
def _paths(library: Library) -> Paths:
    if library.paths is None:
        raise BackupFailed("This library has no data folder, so it has nowhere to keep backups")
    return library.paths


def backup_folder(paths: Paths) -> Path:
    """The admin-chosen folder from the local settings, else the library's ``backups`` folder."""
    chosen = LocalSettings(paths.settings_file).get(BACKUP_FOLDER)
    return Path(str(chosen)).expanduser() if chosen else paths.backups


def keep_days(paths: Paths) -> int:
    value = LocalSettings(paths.settings_file).get(BACKUP_KEEP_DAYS)
    return value if isinstance(value, int) and value >= 1 else BACKUP_KEEP_DAYS.default


def configure_backups(library: Library, actor: Actor, *, folder: Path | None, days: int) -> None:
    """Admin: keep backups in ``folder`` (None: the library's own folder) for ``days`` days.
    The folder must exist and be writable now (plug the USB stick in first)."""
    require(actor, Role.ADMIN, "choose where backups are kept")
    if not isinstance(days, int) or not 1 <= days <= 3650:
        raise BackupFailed("Keep backups for 1 to 3650 days")
    paths = _paths(library)
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise BackupFailed(f"The backup folder {folder} does not exist (is the USB stick plugged in?)")
        if not os.access(folder, os.W_OK):
            raise BackupFailed(f"Library Desk may not write to the backup folder {folder}")
    settings = LocalSettings(paths.settings_file)
    settings.set(BACKUP_FOLDER, str(folder) if folder is not None else None)
    settings.set(BACKUP_KEEP_DAYS, days)
    log.info("backups: folder %s, kept %d days (set by %s)", folder or paths.backups, days, actor.username)


# -- backups -----------------------------------------------------------------------------
def _clean_reason(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:30] or "manual"


def backup_now(library: Library, folder: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a dated, integrity-checked backup of ``library`` and return its path.

    The folder is ``folder``, else the admin-chosen one, else the library's ``backups`` folder.
    Raises ``BackupFailed`` (with what to do) if it cannot be written or fails its check; a
    backup that fails its check is deleted so it can never be mistaken for a good one.
    """
    paths = _paths(library)
    target_dir = Path(folder) if folder is not None else backup_folder(paths)
    if not target_dir.is_dir():
        try:
            if folder is None and target_dir == paths.backups:
                target_dir.mkdir(parents=True, exist_ok=True)
            else:
                raise FileNotFoundError(target_dir)
        except OSError:
            raise BackupFailed(f"The backup folder {target_dir} is not there (is the USB stick plugged in?). "
                               "Plug it in, or choose another folder in Settings.") from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"library-{stamp}-{_clean_reason(reason)}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"library-{stamp}-{_clean_reason(reason)}-{n}.sqlite3"
    try:
        mech.online_backup(paths.database, target)
    except mech.BackupMechanicsError as exc:
        raise BackupFailed(f"The backup could not be written: {exc}. Check that the folder has free space.") from exc
    problems = mech.integrity_problems(target, full=True)
    if problems:
        target.unlink(missing_ok=True)
        raise BackupFailed("The backup just written failed its check and was deleted "
                           f"({problems[0]}). Run 'library-desk check' on the library.")
    log.info("backup written: %s (%s, %d bytes)", target, reason, target.stat().st_size)
    return target


def _backup_date(path: Path) -> date | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def daily_backup_if_due(library: Library) -> Path | None:
    """On the first start of the day, back up and prune; return the new backup or None.

    If the chosen folder is missing (USB stick not plugged in) the backup goes to the library's
    own folder instead, and a warning is logged: a backup in the wrong place beats none.
    """
    paths = _paths(library)
    chosen, today = backup_folder(paths), date.today()
    for folder in {chosen, paths.backups}:
        if folder.is_dir() and any(_backup_date(p) == today for p in folder.glob("library-*.sqlite3")):
            return None
    target_dir = chosen if chosen.is_dir() else paths.backups
    if target_dir != chosen:
        log.warning("backup folder %s is missing; today's backup goes to %s", chosen, paths.backups)
    made = backup_now(library, target_dir, reason="daily")
    prune_backups(target_dir, keep_days(paths))
    return made


def prune_backups(folder: Path, keep_days: int) -> list[Path]:
    """Delete this program's dated backups in ``folder`` older than ``keep_days`` days, always
    keeping the newest ``ALWAYS_KEEP``. Other files are never touched. Returns what was deleted."""
    if keep_days < 1:
        raise BackupFailed("Backups must be kept at least one day")
    dated = sorted(((d, p) for p in Path(folder).glob("library-*.sqlite3") if (d := _backup_date(p))),
                   key=lambda item: item[1].name, reverse=True)
    cutoff = date.today() - timedelta(days=keep_days)
    removed = []
    for day, path in dated[ALWAYS_KEEP:]:
        if day < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("pruned %d backups older than %d days from %s", len(removed), keep_days, folder)
    return removed


def list_backups(library: Library) -> list[Path]:
    """Backups the program knows of (chosen folder and the library's own), newest first."""
    return backups_in(_paths(library))


def backups_in(paths: Paths) -> list[Path]:
    """``list_backups`` without opening the library (for restoring a damaged one)."""
    found: dict[Path, float] = {}
    for folder in {backup_folder(paths), paths.backups}:
        if folder.is_dir():
            for p in folder.glob("*.sqlite3"):
                if p.is_file() and mech.header_ok(p):
                    found[p.resolve()] = p.stat().st_mtime
    return sorted(found, key=lambda p: (found[p], p.name), reverse=True)


# -- restore and checks -------------------------------------------------------------------
def restore(paths: Paths, backup: Path) -> Path:
    """Replace the library's database with ``backup`` and return where the current file was
    kept aside (in the library's ``backups`` folder, with its ``-wal``).

    The caller must have closed the library and must hold the instance lock. Refuses
    (``RestoreRefused``) a file that is not a Library Desk database, fails the integrity check,
    or comes from a newer program; in that case nothing is changed.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise RestoreRefused(f"There is no backup file at {backup}")
    try:
        revision = mech.library_revision(backup)
    except mech.BackupMechanicsError as exc:
        raise RestoreRefused(f"{backup} cannot be restored: {exc}") from exc
    if revision not in mech.known_revisions():
        raise RestoreRefused(f"{backup.name} was made by a newer Library Desk (schema {revision}); "
                             "install the newer version to restore it")
    problems = mech.integrity_problems(backup, full=True)
    if problems:
        raise RestoreRefused(f"{backup.name} is damaged and cannot be restored ({problems[0]}). Choose another backup.")
    paths.ensure()
    incoming = paths.database.with_name(paths.database.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        mech.copy_database(backup, incoming)
    except mech.BackupMechanicsError as exc:
        raise RestoreRefused(f"{backup.name} could not be copied into the library: {exc}") from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.backups / f"before-restore-{stamp}.sqlite3"
    n = 1
    while aside.exists():
        n += 1
        aside = paths.backups / f"before-restore-{stamp}-{n}.sqlite3"
    if paths.database.exists():
        os.replace(paths.database, aside)
        for suffix in ("-wal", "-shm"):
            side = paths.database.with_name(paths.database.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(incoming, paths.database)
    log.warning("library restored from %s; the previous file is kept as %s", backup, aside)
    return aside


def check(library: Library) -> list[str]:
    """Everything wrong with the library's database: full integrity check, foreign keys, and the
    search indexes. An empty list means healthy."""
    db_file = library.paths.database if library.paths else Path(str(library.engine.url.database))
    problems = mech.integrity_problems(db_file, full=True)
    if not problems:
        with library.engine.begin() as conn:
            problems.extend(check_index(conn))
    return problems


def check_location(paths: Paths) -> str | None:
    """Refuse a library on a network share (SQLite locking there is unreliable) with
    ``LibraryOnNetworkShare``, unless the person allowed it with LIBRARY_DESK_ALLOW_NETWORK=1;
    then return the warning to show. None: the folder is local."""
    reason = location.is_network_path(paths.data_dir)
    if reason is None:
        return None
    if location.network_allowed():
        log.warning("library on a network share, allowed by %s: %s", location.ENV_ALLOW_NETWORK, reason)
        return (f"The library is on a network share ({reason}). Only one desk may use it at a time, "
                "and a broken network connection can damage it.")
    raise LibraryOnNetworkShare(
        f"The library cannot be opened from a network share: {reason}. SQLite cannot lock files "
        "safely there, and two desks could damage the library. Move the data folder to this "
        f"computer's own disk (or set {location.ENV_ALLOW_NETWORK}=1 to accept the risk for one desk).")


def lock_library(paths: Paths, *, purpose: str = "the Library Desk window") -> LockHandle:
    """Take the one-program-per-library lock (see ``db.instance_lock``) or raise
    ``LibraryAlreadyOpen``. Hold the handle for as long as the library is open."""
    return _acquire_lock(paths, purpose=purpose)


__all__ = ["BackupFailed", "LibraryAlreadyOpen", "LibraryOnNetworkShare", "LockHandle", "RestoreRefused",
           "backup_folder", "backup_now", "backups_in", "check", "check_location", "configure_backups",
           "daily_backup_if_due", "keep_days", "list_backups", "lock_library", "prune_backups", "restore"]


class Maintenance:
    """The care of an open library through ``Services``: backups (now, daily, where and how
    long), the list of backups and the health check. Restoring and the instance lock work on
    the files of a closed library and stay functions of this module (``restore``, ``lock_library``)."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    def backup_now(self, folder: Path | None = None, *, reason: str = "manual") -> Path:
        return backup_now(self.lib, folder, reason=reason)

    def daily_backup_if_due(self) -> Path | None:
        return daily_backup_if_due(self.lib)

    def configure_backups(self, actor: Actor, *, folder: Path | None, days: int) -> None:
        configure_backups(self.lib, actor, folder=folder, days=days)

    def list_backups(self) -> list[Path]:
        return list_backups(self.lib)

    def keep_days(self) -> int:
        return keep_days(_paths(self.lib))

    def check(self) -> list[str]:
        return check(self.lib)
