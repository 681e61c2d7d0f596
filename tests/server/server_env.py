"""Constants shared by the server tests (a module of its own: several test folders have a
``conftest`` and importing "from conftest" would pick whichever came first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.server.settings import ServerSettings

SECRET = "k7Qw9-test-secret-0123456789-abcdefghijklmnop"
ROOT = Path(__file__).resolve().parents[2]


def settings_for(url: str, **overrides: Any) -> ServerSettings:
    return ServerSettings(database_url=url, jwt_secret=SECRET, **overrides)
