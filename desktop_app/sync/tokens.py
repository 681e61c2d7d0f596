"""Where the desk keeps its tokens: the refresh token in the operating system's keyring
(``keyring``), the access token in memory only. There is no plaintext fallback: without a
usable keyring the refresh token lives in this process's memory and the person logs in again
the next time the program starts.
"""

from __future__ import annotations

import logging
from typing import Any

import keyring
from keyring.errors import KeyringError

LOG = logging.getLogger("library_desk.sync.tokens")
SERVICE = "library-desk-sync"


def keyring_usable(backend: Any = None) -> bool:
    """True when the keyring can really store secrets (not the 'fail' or null backend)."""
    ring = backend or keyring.get_keyring()
    try:
        return float(getattr(ring, "priority", 0)) > 0 and "fail" not in type(ring).__module__
    except Exception:  # noqa: BLE001 - a broken backend is an unusable one
        return False


class TokenStore:
    """Tokens of one desk database with one server, keyed by ``account`` (server address and
    data folder: a copy of the database elsewhere does not inherit the login)."""

    def __init__(self, account: str, *, backend: Any = None) -> None:
        self.account = account
        self._ring = backend
        self.access_token: str | None = None
        self._memory_refresh: str | None = None

    def _backend(self) -> Any:
        return self._ring or keyring.get_keyring()

    @property
    def persistent(self) -> bool:
        return keyring_usable(self._backend())

    def refresh_token(self) -> str | None:
        if self._memory_refresh:
            return self._memory_refresh
        if not self.persistent:
            return None
        try:
            return self._backend().get_password(SERVICE, self.account)  # type: ignore[no-any-return]
        except KeyringError as exc:
            LOG.warning("keyring read failed: %s", exc)
            return None

    def save(self, access_token: str, refresh_token: str) -> bool:
        """Keep new tokens. Returns True when the refresh token is in the keyring, False when
        it is only in memory (no usable keyring)."""
        self.access_token = access_token
        if self.persistent:
            try:
                self._backend().set_password(SERVICE, self.account, refresh_token)
                self._memory_refresh = None
                return True
            except KeyringError as exc:
                LOG.warning("keyring write failed, the login lasts until the program closes: %s", exc)
        self._memory_refresh = refresh_token
        return False

    def clear(self) -> None:
        self.access_token = None
        self._memory_refresh = None
        if self.persistent:
            try:
                self._backend().delete_password(SERVICE, self.account)
            except KeyringError:
                pass
