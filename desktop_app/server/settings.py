"""The library server's configuration, read from the environment (``from_env``) and checked
before anything starts (``check``): the server refuses to start with a missing, default or
short token secret, or nonsense limits.

Environment variables (all optional except the secret):
  LIBRARY_DESK_DATABASE_URL     database URL (default: SQLite file in the data folder)
  LIBRARY_DESK_JWT_SECRET       HMAC key for access tokens, >= 32 bytes, random (required)
  LIBRARY_DESK_JWT_ISSUER       ``iss`` claim (default "library-desk")
  LIBRARY_DESK_JWT_AUDIENCE     ``aud`` claim (default "library-desk-api")
  LIBRARY_DESK_ACCESS_TTL       access token lifetime in seconds (default 300)
  LIBRARY_DESK_REFRESH_TTL      refresh session lifetime in seconds (default 30 days)
  LIBRARY_DESK_CORS_ORIGINS     comma-separated allowed origins (default none: CORS off)
  LIBRARY_DESK_LOGIN_LIMIT      logins per account per window (default 10)
  LIBRARY_DESK_ADDRESS_LIMIT    logins per client address per window (default 30)
  LIBRARY_DESK_LOGIN_WINDOW     rate-limit window in seconds (default 60)
  LIBRARY_DESK_ADMIN_PASSWORD   creates the first admin of a new, empty database (see run.py)
  LIBRARY_DESK_ADMIN_USERNAME   its username (default "admin")
  LIBRARY_DESK_LIBRARY_NAME     the new library's name (default "Library")
"""

from __future__ import annotations

import math
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class ServerSettings:
    database_url: str
    jwt_secret: str = field(repr=False)
    jwt_issuer: str = "library-desk"
    jwt_audience: str = "library-desk-api"
    access_ttl_s: int = 300
    refresh_ttl_s: int = 30 * 24 * 3600
    refresh_grace_s: int = 30
    cors_origins: tuple[str, ...] = ()
    login_limit_account: int = 10
    login_limit_address: int = 30
    login_window_s: int = 60
    page_size_default: int = 50
    page_size_max: int = 200

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
        for name in ("access_ttl_s", "refresh_ttl_s", "login_limit_account", "login_limit_address",
                     "login_window_s", "page_size_max", "page_size_default"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        if self.access_ttl_s > 3600:
            raise ConfigError("Access tokens may live at most one hour (LIBRARY_DESK_ACCESS_TTL)")
        if "*" in self.cors_origins:
            raise ConfigError("LIBRARY_DESK_CORS_ORIGINS must list origins; '*' is not allowed")


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def default_database_url(data_dir: str | None = None) -> str:
    """The server's own SQLite file, ``server/library.sqlite3`` inside the data folder, so a
    server and a desk on the same computer never share a database."""
    from ..config import resolve_paths

    folder = resolve_paths(data_dir).data_dir / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'library.sqlite3'}"


def from_env(env: Mapping[str, str] | None = None, *, database_url: str | None = None) -> ServerSettings:
    """Settings from environment variables; ``database_url`` (the command line) wins."""
    env = os.environ if env is None else env
    url = database_url or env.get("LIBRARY_DESK_DATABASE_URL") or ""
    if not url:
        url = default_database_url()
    origins = tuple(o.strip() for o in env.get("LIBRARY_DESK_CORS_ORIGINS", "").split(",") if o.strip())
    return ServerSettings(
        database_url=url,
        jwt_secret=env.get("LIBRARY_DESK_JWT_SECRET", ""),
        jwt_issuer=env.get("LIBRARY_DESK_JWT_ISSUER", "library-desk"),
        jwt_audience=env.get("LIBRARY_DESK_JWT_AUDIENCE", "library-desk-api"),
        access_ttl_s=_int(env, "LIBRARY_DESK_ACCESS_TTL", 300),
        refresh_ttl_s=_int(env, "LIBRARY_DESK_REFRESH_TTL", 30 * 24 * 3600),
        cors_origins=origins,
        login_limit_account=_int(env, "LIBRARY_DESK_LOGIN_LIMIT", 10),
        login_limit_address=_int(env, "LIBRARY_DESK_ADDRESS_LIMIT", 30),
        login_window_s=_int(env, "LIBRARY_DESK_LOGIN_WINDOW", 60),
    )
