"""The library server's configuration: each setting declared once in ``ServerSettings`` with
its default and help; its environment variable is derived from its name (``LIBRARY_DESK_``
and the name in capitals, without a ``_s`` unit suffix: ``access_ttl_s`` is
``LIBRARY_DESK_ACCESS_TTL``). ``from_env`` reads them, ``check`` refuses to start with a
missing, default or short token secret, or nonsense limits; ``environment_help()`` lists them
(``library-desk serve --help`` prints it).

The first start of a new server database also reads ``FIRST_START`` (the first admin and the
library's name; see run.py).
"""

from __future__ import annotations

import math
import os
import zlib
from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields
from typing import Any

MIN_SECRET_BYTES = 32
# Values seen in examples and templates: never accepted whatever their length.
KNOWN_DEFAULTS = frozenset({
    "changeme", "change-me", "secret", "your-secret-key", "please-change-me",
    "library-desk-development-secret-do-not-use-in-production",
})


MIN_SECRET_BITS = 128


def entropy_bits(secret: str) -> float:
    """An estimate of the randomness in ``secret``, in bits: the smaller of its Shannon
    entropy over characters (times its length) and what zlib cannot compress away (repeats).
    A run of consecutive characters (``abcdef...``, ``0123...``) over most of it counts as none."""
    data = secret.encode()
    if not data:
        return 0.0
    counts: dict[int, int] = {}
    for byte in data:
        counts[byte] = counts.get(byte, 0) + 1
    shannon = -sum(n / len(data) * math.log2(n / len(data)) for n in counts.values()) * len(data)
    compressed = max(0, len(zlib.compress(data, 9)) - 8) * 8
    steps = sum(1 for a, b in zip(data, data[1:], strict=False) if abs(b - a) == 1)
    if steps > 0.75 * (len(data) - 1):
        return 0.0
    return min(shannon, float(compressed))


class ConfigError(Exception):
    """The configuration is unusable; the message says which setting and why."""


ENV_PREFIX = "LIBRARY_DESK_"


def setting(default: Any, about: str, **more: Any) -> Any:
    """A declared server setting: its default and what it is for."""
    return field(default=default, metadata={"help": about}, **more)


@dataclass(frozen=True)
class ServerSettings:
    database_url: str = setting("", "database URL (default: server/library.sqlite3 in the data folder)")
    jwt_secret: str = setting("", "HMAC key for access tokens, >= 32 bytes, random (required)", repr=False)
    jwt_issuer: str = setting("library-desk", "the tokens' ``iss`` claim")
    jwt_audience: str = setting("library-desk-api", "the tokens' ``aud`` claim")
    access_ttl_s: int = setting(300, "access token lifetime in seconds (at most 3600)")
    refresh_ttl_s: int = setting(30 * 24 * 3600, "refresh session lifetime in seconds")
    refresh_grace_s: int = setting(30, "seconds a used refresh token still answers its own device (a lost reply)")
    cors_origins: tuple[str, ...] = setting((), "comma-separated allowed origins (default none: CORS off)")
    login_limit: int = setting(10, "logins per account per window")
    address_limit: int = setting(30, "logins per client address per window")
    login_window_s: int = setting(60, "rate-limit window in seconds")
    page_size_default: int = setting(50, "items in a page of a list when the request names no limit")
    page_size_max: int = setting(200, "the most items a page of a list may have")
    schedule_interval_s: int = setting(300, "seconds between checks of the scheduled jobs (hold expiry, purges, "
                                            "backups...); 0: this server runs none")
    backup_dir: str = setting("", "folder of the daily backups of the server's database (default: backups/ beside "
                                  "a SQLite database; required for PostgreSQL)")
    backup_keep_days: int = setting(14, "days the server's backups are kept (older ones are removed)")
    pg_bin_dir: str = setting("", "folder of pg_dump and pg_restore for PostgreSQL backups (default: the PATH)")
    send_notices: bool = setting(False, "whether this server sends the notices to members (the desks' "
                                        "'notices are sent by' is then 'server')")
    smtp_url: str = setting("", "the mail server of notices: smtp://user@host:587 (STARTTLS) or smtps://host:465; "
                                "its password in LIBRARY_DESK_SMTP_PASSWORD or in the URL", repr=False)
    notice_from: str = setting("", "the sender address of notices (or ?from= in the SMTP URL)")
    letters_dir: str = setting("", "folder of the PDF letters for members without email (default: letters/ beside "
                                   "the backups folder)")

    def check(self) -> None:
        """Raise ``ConfigError`` unless the settings are safe to serve with."""
        secret = self.jwt_secret or ""
        if not secret:
            raise ConfigError("LIBRARY_DESK_JWT_SECRET is not set: generate one with "
                              "`python -c \"import secrets; print(secrets.token_urlsafe(48))\"`")
        if secret.strip().lower() in KNOWN_DEFAULTS or len(set(secret)) < 8:
            raise ConfigError("LIBRARY_DESK_JWT_SECRET is a default or trivial value; generate a random one")
        if len(secret.encode()) < MIN_SECRET_BYTES:
            raise ConfigError(f"LIBRARY_DESK_JWT_SECRET is too short ({len(secret.encode())} bytes; "
                              f"at least {MIN_SECRET_BYTES})")
        bits = entropy_bits(secret)
        if bits < MIN_SECRET_BITS:
            raise ConfigError(f"LIBRARY_DESK_JWT_SECRET is too predictable (about {bits:.0f} bits of randomness; "
                              f"at least {MIN_SECRET_BITS}): generate a random one")
        if not self.database_url:
            raise ConfigError("No database URL: set LIBRARY_DESK_DATABASE_URL or pass --database-url")
        if not self.database_url.startswith(("sqlite:///", "postgresql")):
            raise ConfigError(f"Unsupported database URL {self.database_url.split(':', 1)[0]!r}: "
                              "use sqlite:///path or postgresql+psycopg://...")
        for name in ("access_ttl_s", "refresh_ttl_s", "login_limit", "address_limit",
                     "login_window_s", "page_size_max", "page_size_default", "backup_keep_days"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        if self.access_ttl_s > 3600:
            raise ConfigError("Access tokens may live at most one hour (LIBRARY_DESK_ACCESS_TTL)")
        if self.schedule_interval_s < 0:
            raise ConfigError("LIBRARY_DESK_SCHEDULE_INTERVAL must be 0 (no scheduled jobs) or more seconds")
        if "*" in self.cors_origins:
            raise ConfigError("LIBRARY_DESK_CORS_ORIGINS must list origins; '*' is not allowed")


def env_name(name: str) -> str:
    """The environment variable of the setting ``name``."""
    return ENV_PREFIX + name.removesuffix("_s").upper()


def environment_help() -> str:
    """One line per setting: its variable, its default and what it is for."""
    lines = []
    for f in fields(ServerSettings):
        default = f" (default {f.default!r})" if f.default else ""
        lines.append(f"  {env_name(f.name):<32} {f.metadata['help']}{default}")
    lines += [f"  {env_name(name):<32} {about}" for name, (_default, about) in FIRST_START.items()]
    return "\n".join(lines)


#: Read at the first start of an empty server database only (run.py): the first admin.
FIRST_START: dict[str, tuple[str, str]] = {
    "admin_password": ("", "creates the first admin of a new, empty database; remove it afterwards"),
    "admin_username": ("admin", "that first admin's username"),
    "library_name": ("Library", "the new library's name"),
}


def first_start(env: Mapping[str, str], name: str) -> str:
    return env.get(env_name(name)) or FIRST_START[name][0]


def _value(f: Field[Any], raw: str) -> Any:
    name = env_name(f.name)
    if f.type in ("int", int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if f.type in ("bool", bool):
        if raw.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if raw.strip().lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name} must be true or false, not {raw!r}")
    if f.name == "cors_origins":
        return tuple(o.strip() for o in raw.split(",") if o.strip())
    return raw


def default_database_url(data_dir: str | None = None) -> str:
    """The server's own SQLite file, ``server/library.sqlite3`` inside the data folder, so a
    server and a desk on the same computer never share a database."""
    from ..config import resolve_paths

    folder = resolve_paths(data_dir).data_dir / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'library.sqlite3'}"


def from_env(env: Mapping[str, str] | None = None, *, database_url: str | None = None) -> ServerSettings:
    """Settings from environment variables; ``database_url`` (the command line) wins. A
    variable that is unset or empty leaves the setting's default."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for f in fields(ServerSettings):
        raw = env.get(env_name(f.name))
        if raw is not None and raw.strip() != "":
            values[f.name] = _value(f, raw)
    values["database_url"] = database_url or values.get("database_url") or default_database_url()
    return ServerSettings(**values)
