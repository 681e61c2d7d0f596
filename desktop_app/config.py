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


class LocalSettings:
    """Small per-installation settings kept as JSON beside the database.

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

    def get(self, key: str, default: object = None) -> object:
        return self._data.get(key, default)

    def set(self, key: str, value: object) -> None:
        lowered = key.lower()
        if any(word in lowered for word in self.FORBIDDEN_KEYS):
            raise ValueError(f"refusing to store {key!r} in plain settings")
        self._data[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
