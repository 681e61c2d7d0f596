"""Where the desk keeps its credential with the server, and its access token.

Registering a desk gives it a credential (its client id and a 32-byte secret). The desk
keeps it:

- in the operating system's keyring when one is usable (Windows Credential Manager, the
  macOS keychain, the Secret Service), keyed by the server's address and the data folder;
- otherwise in ``sync-credential.json`` in the data folder, readable only by the account
  that runs the desk (mode 0600 where the platform has modes).

Either way it is outside the library file: a backup or a copy of ``library.sqlite3`` alone
cannot sync as this desk. An admin who suspects the credential leaked retires the desk (or
issues a new credential); the old one stops working at once. The access token obtained with
it lives in memory only.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
from keyring.errors import KeyringError

LOG = logging.getLogger("library_desk.sync.tokens")
SERVICE = "library-desk-desk-credential"
FILE_NAME = "sync-credential.json"


def keyring_usable(backend: Any = None) -> bool:
    """True when the keyring can really store secrets (not the 'fail' or null backend)."""
    ring = backend or keyring.get_keyring()
    try:
        return float(getattr(ring, "priority", 0)) > 0 and "fail" not in type(ring).__module__
    except Exception:  # noqa: BLE001 - a broken backend is an unusable one
        return False


@dataclass(frozen=True)
class Credential:
    client_id: str
    secret: str


class CredentialStore:
    """The credential of one desk database with one server (``account``: server address and
    data folder), and the access token of this process."""

    def __init__(self, account: str, data_dir: Path, *, backend: Any = None) -> None:
        self.account = account
        self.data_dir = Path(data_dir)
        self._ring = backend
        self.access_token: str | None = None

    @property
    def file(self) -> Path:
        return self.data_dir / FILE_NAME

    def _backend(self) -> Any:
        return self._ring or keyring.get_keyring()

    @property
    def in_keyring(self) -> bool:
        return keyring_usable(self._backend())

    def load(self) -> Credential | None:
        raw: str | None = None
        if self.in_keyring:
            try:
                raw = self._backend().get_password(SERVICE, self.account)
            except KeyringError as exc:
                LOG.warning("keyring read failed: %s", exc)
        if raw is None and self.file.exists():
            try:
                stored = json.loads(self.file.read_text(encoding="utf-8"))
                raw = json.dumps(stored) if stored.get("account") == self.account else None
            except (OSError, ValueError) as exc:
                LOG.warning("the desk credential file %s cannot be read: %s", self.file, exc)
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return Credential(str(data["client_id"]), str(data["secret"]))
        except (ValueError, KeyError, TypeError):
            return None

    def save(self, credential: Credential) -> str:
        """Keep the credential; returns where ("keyring" or the file's path)."""
        self.access_token = None
        text = json.dumps({"account": self.account, "client_id": credential.client_id, "secret": credential.secret})
        if self.in_keyring:
            try:
                self._backend().set_password(SERVICE, self.account, text)
                self.file.unlink(missing_ok=True)
                return "keyring"
            except KeyringError as exc:
                LOG.warning("keyring write failed, the credential goes to a file: %s", exc)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, self.file)
        return str(self.file)

    def clear(self) -> None:
        self.access_token = None
        if self.in_keyring:
            try:
                self._backend().delete_password(SERVICE, self.account)
            except KeyringError:
                pass
        self.file.unlink(missing_ok=True)
