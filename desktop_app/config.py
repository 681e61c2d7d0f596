"""Every path the program uses, and the few settings that live outside the database.

Order of precedence for the data folder: the ``--data-dir`` option, then the
``LIBRARY_DESK_DATA_DIR`` environment variable, then the platform's user data folder
(platformdirs). Logs and backups default to folders beside the data unless the data folder
came from the platform, in which case the platform's log folder is used.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import platformdirs

APP_SLUG = "library-desk"
ENV_DATA_DIR = "LIBRARY_DESK_DATA_DIR"
DATABASE_FILENAME = "library.sqlite3"
SETTINGS_FILENAME = "settings.json"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one library installation."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILENAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "library.lock"

    def ensure(self) -> Paths:
        """Create the folders (not the database) and return self."""
        for folder in (self.data_dir, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Return the paths for ``data_dir``, the environment override or the platform default."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Paths(Path(env).expanduser().resolve())
    return Paths(default_data_dir())


T = TypeVar("T")


@dataclass(frozen=True)
class LocalKey(Generic[T]):
    """One setting of this workstation: its key in the JSON file, its type and default. A
    value of another type in the file (edited by hand, an older program) reads as the default."""

    name: str
    kind: type | tuple[type, ...]
    default: T
    help: str = ""
    per_user: bool = False  # the key is kept once per logged-in person ("ui.<user>.<name>")

    def key(self, user: str | None = None) -> str:
        if not self.per_user:
            return self.name
        if not user:
            raise ValueError(f"{self.name!r} is kept per user: say whose")
        return f"ui.{user}.{self.name}"


LAST_USERNAME = LocalKey[str]("last_username", str, "", "the staff account last logged in here")
LANGUAGE = LocalKey[str]("language", str, "", "the desk's language: en, de, fr, es ('' is the system's)")
DESK_SOUND = LocalKey[bool]("desk.sound", bool, True, "the desk's sounds: lent, returned, hold shelf, refused")
SLIP_PAPER = LocalKey[str]("desk.slip_paper", str, "receipt80", "the paper of the last slip printed")
SYNC_USERNAME = LocalKey[str]("sync.username", str, "", "the server account sync was set up with")
BACKUP_FOLDER = LocalKey[str | None]("backup_folder", (str, type(None)), None,
                                     "where daily backups go (None: beside the data)")
BACKUP_KEEP_DAYS = LocalKey[int]("backup_keep_days", int, 30, "days of daily backups kept")
WINDOW_GEOMETRY = LocalKey[str | None]("main.geometry", (str, type(None)), None, "the main window's place", True)
WINDOW_STATE = LocalKey[str | None]("main.state", (str, type(None)), None, "the main window's docks", True)

#: Every declared workstation setting (layouts of tables are ``table_layout(name)``).
LOCAL_SETTINGS: tuple[LocalKey[Any], ...] = (LAST_USERNAME, LANGUAGE, DESK_SOUND, SLIP_PAPER, SYNC_USERNAME,
                                             BACKUP_FOLDER, BACKUP_KEEP_DAYS, WINDOW_GEOMETRY, WINDOW_STATE)


def table_layout(table: str) -> LocalKey[str | None]:
    """The column layout of one of the program's tables, kept per user."""
    return LocalKey(f"{table}.columns", (str, type(None)), None, f"the columns of the {table} table", True)


class LocalSettings:
    """Small per-installation settings kept as JSON beside the database, each one a declared
    ``LocalKey`` (above) with its type and default.

    Only things that must be known before the database opens, or that belong to this
    workstation rather than the library, live here (last staff username, window layout, the
    backup folder). Passwords and tokens never do.
    """

    FORBIDDEN_KEYS = ("password", "token", "secret", "pin")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, object] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._data = loaded
            except (OSError, ValueError):
                self._data = {}

    def get(self, key: LocalKey[T], user: str | None = None) -> T:
        value = self._data.get(key.key(user), key.default)
        if isinstance(value, bool) and key.kind is int:
            return key.default  # JSON true is not a number of days
        return cast(T, value) if isinstance(value, key.kind) else key.default

    def set(self, key: LocalKey[T], value: T, user: str | None = None) -> None:
        name = key.key(user)
        lowered = name.lower()
        if any(word in lowered for word in self.FORBIDDEN_KEYS):
            raise ValueError(f"refusing to store {name!r} in plain settings")
        if not isinstance(value, key.kind):
            raise TypeError(f"{key.name} takes {key.kind}, not {type(value).__name__}")
        self._data[name] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
