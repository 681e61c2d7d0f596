"""The desk's sync, as the GUI and the command line use it: ``setup`` (log in, register,
keep the refresh token), ``sync_now`` (push then pull), ``status`` (no network),
``test_connection`` and ``exceptions``.

Each call opens its own HTTP client; the access token lives in the ``DeskSync`` object only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import func, select

from ..config import Paths
from ..db.models import JournalEntry
from ..services import Library
from ..services.setup import ensure_sync_state
from . import identity
from .client import NeedLogin, SyncClient, Unreachable
from .engine import Progress, SyncReport, pending_count, sync_once
from .tokens import TokenStore


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    server_url: str | None
    desk_name: str | None
    desk_code: str | None
    client_id: str | None
    pending: int
    rejected: int
    last_sync_at: datetime | None
    clock_offset_s: float
    needs_setup_reason: str | None


def test_connection(url: str, *, timeout: float = 5.0, transport: httpx.BaseTransport | None = None) -> str:
    """A sentence saying whether a library server answers at ``url`` (for Settings)."""
    try:
        with httpx.Client(timeout=timeout, transport=transport) as http:
            meta = http.get(url.rstrip("/") + "/sync/meta").json()
        return f"Connected: library server protocol {meta['protocol']}, schema {meta.get('schema_revision')}"
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        return f"No library server answers at {url}: {type(exc).__name__}"


class DeskSync:
    def __init__(self, lib: Library, paths: Paths, *, keyring_backend: Any = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.lib, self.paths = lib, paths
        self._keyring, self._transport = keyring_backend, transport
        self._tokens: TokenStore | None = None
        self.copied = identity.check(lib, paths.database)

    def _state(self) -> Any:
        with self.lib.read() as s:
            return ensure_sync_state(s)

    def tokens(self, server_url: str) -> TokenStore:
        account = f"{server_url.rstrip('/')}|{self.paths.data_dir}"
        if self._tokens is None or self._tokens.account != account:
            self._tokens = TokenStore(account, backend=self._keyring)
        return self._tokens

    def client(self, server_url: str | None = None) -> SyncClient:
        url = server_url or self._state().server_url
        if not url:
            raise NeedLogin("No library server is set up for this desk: run sync setup")
        return SyncClient(url, self.tokens(url), device=str(self.paths.data_dir), transport=self._transport)

    def setup(self, server_url: str, desk_name: str, username: str, password: str) -> dict[str, Any]:
        """Log in and register this desk (again, if it was registered elsewhere or copied).
        Returns the registration and whether the login is kept in the keyring."""
        with self.client(server_url) as client:
            kept = client.login(username, password)
            state = self._state()
            same = state.client_id and state.server_url == server_url.rstrip("/")
            registration = {"client_id": state.client_id, "desk_code": None} if same else \
                self._register(client, server_url, desk_name)
        return {**registration, "keyring": kept}

    def _register(self, client: SyncClient, server_url: str, desk_name: str) -> dict[str, Any]:
        state = self._state()
        replaces = (state.details or {}).get("replaces")
        same_server = state.server_url == server_url.rstrip("/")
        start = state.last_acked_seq if same_server else 0
        answer = client.register(desk_name, start_seq=start, replaces=replaces)
        with self.lib.write() as s:
            st = ensure_sync_state(s)
            st.client_id, st.server_url, st.desk_name = answer["client_id"], server_url.rstrip("/"), desk_name
            if not same_server:  # a different server: everything is sent and fetched afresh
                st.pull_cursor, st.last_acked_seq = None, 0
            self.lib.put_setting(s, "desk_code", answer["desk_code"])
            self.lib.put_setting(s, "desk_name", desk_name)
            st.details = {k: v for k, v in (st.details or {}).items() if k != "replaces"}
        return answer

    def sync_now(self, progress: Progress | None = None, *, apply_clock_offset: bool = False) -> SyncReport:
        """Push then pull; a copied or restored database registers again first."""
        state = self._state()
        with self.client() as client:
            if not state.client_id and state.server_url:
                self._register(client, state.server_url, state.desk_name or "desk")
            report = sync_once(self.lib, client, apply_clock_offset=apply_clock_offset, progress=progress)
        identity.bump(self.lib, self.paths.database)
        return report

    def login(self, username: str, password: str) -> bool:
        with self.client() as client:
            return client.login(username, password)

    def exceptions(self, *, status: str = "open", mine: bool = True) -> list[dict[str, Any]]:
        state = self._state()
        with self.client() as client:
            return client.exceptions(client_id=state.client_id if mine else None, status=status)

    def resolve(self, exception_id: int, action: str, note: str | None = None) -> dict[str, Any]:
        with self.client() as client:
            return client.resolve(exception_id, action, note)

    def status(self) -> SyncStatus:
        """What the status bar shows; no network."""
        state = self._state()
        with self.lib.read() as s:
            rejected = int(s.scalar(select(func.count()).select_from(JournalEntry)
                                    .where(JournalEntry.status.in_(("rejected", "conflict")))) or 0)
            code = self.lib.setting(s, "desk_code", "00")
        reason = None
        if not state.server_url:
            reason = "no server set up"
        elif not state.client_id:
            reason = "this database was copied or restored: it registers again at the next sync"
        return SyncStatus(bool(state.server_url), state.server_url, state.desk_name, code, state.client_id,
                          pending_count(self.lib), rejected, state.last_sync_at, state.clock_offset_s, reason)


__all__ = ["DeskSync", "NeedLogin", "SyncStatus", "Unreachable", "test_connection"]
