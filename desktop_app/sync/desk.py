"""The desk's sync, as the GUI and the command line use it: ``setup`` (a person logs in once,
the desk registers and keeps its own credential; a library with data of its own joins an
empty server by uploading itself, and is refused by one that holds a library), ``sync_now``
(push then pull, with the desk's credential: no person, no keyring needed), ``status`` (no
network), ``exceptions``, ``resolve``, ``desks`` and ``retire`` (for the person at the desk).

Each call opens its own HTTP client; the access token lives in the credential store's memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import func, select

from ..config import Paths
from ..db.models import Counter, JournalEntry
from ..services import SYSTEM, Library
from ..services.setup import ensure_sync_state
from . import identity, join
from .client import NeedLogin, ServerRefused, SyncClient, SyncError, Unreachable
from .engine import Progress, SyncReport, pending_count, sync_once
from .tokens import CredentialStore


class JoinRefused(SyncError):
    """This desk has a library of its own: the server already holds one (``can_join`` false),
    or it is empty and the person has not yet chosen to bring this library into it."""

    def __init__(self, message: str, *, can_join: bool = False) -> None:
        super().__init__(message)
        self.can_join = can_join


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
    credential: str | None  # where the desk's credential is kept ("keyring", a file), None without one


@dataclass(frozen=True)
class ServerCheck:
    """Whether a library server answers at ``url``; ``text`` says it in English (the GUI says it
    in the desk's language from the other fields)."""

    url: str
    answered: bool
    protocol: object = None
    schema: object = None
    error: str = ""

    @property
    def text(self) -> str:
        if self.answered:
            return f"Connected: library server protocol {self.protocol}, schema {self.schema}"
        return f"No library server answers at {self.url}: {self.error}"


def test_connection(url: str, *, timeout: float = 5.0, transport: httpx.BaseTransport | None = None) -> ServerCheck:
    """Ask ``url`` whether it is a library server (for Settings)."""
    try:
        with httpx.Client(timeout=timeout, transport=transport) as http:
            meta = http.get(url.rstrip("/") + "/sync/meta").json()
        return ServerCheck(url, True, meta["protocol"], meta.get("schema_revision"))
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        return ServerCheck(url, False, error=type(exc).__name__)


class DeskSync:
    def __init__(self, lib: Library, paths: Paths, *, keyring_backend: Any = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.lib, self.paths = lib, paths
        self._keyring, self._transport = keyring_backend, transport
        self._stores: dict[str, CredentialStore] = {}
        self.copied = identity.check(lib, paths.database)
        self.acting: str | None = None  # the staff account of the person at the desk, for operator calls

    def _state(self) -> Any:
        with self.lib.read() as s:
            return ensure_sync_state(s)

    def store(self, server_url: str) -> CredentialStore:
        account = f"{server_url.rstrip('/')}|{self.paths.data_dir}"
        if account not in self._stores:
            self._stores[account] = CredentialStore(account, self.paths.data_dir, backend=self._keyring)
        return self._stores[account]

    def client(self, server_url: str | None = None) -> SyncClient:
        url = server_url or self._state().server_url
        if not url:
            raise NeedLogin("No library server is set up for this desk: run sync setup")
        client = SyncClient(url, self.store(url), transport=self._transport)
        client.acting = self.acting
        return client

    # -- setting up -------------------------------------------------------------------------
    def setup(self, server_url: str, desk_name: str, username: str, password: str, *, join_library: bool = False,
              role: str | None = None, progress: Progress | None = None) -> dict[str, Any]:
        """A person logs in to the server and this desk registers (again, if it was
        registered elsewhere or copied), keeping its own credential. A desk holding a library
        of its own may only join an empty server, and only when ``join_library`` is given
        (it is then uploaded); against a server that holds a library it is refused with what
        to do instead. Returns the registration and where the credential is kept."""
        url = server_url.rstrip("/")
        state = self._state()
        with self.client(url) as client:
            if state.client_id and state.server_url == url and self._credential_works(client):
                return {"client_id": state.client_id, "desk_code": None, "credential": self._where(url),
                        "joined": None}
            client.login_staff(username, password, device=str(self.paths.data_dir))
            try:
                mine = join.own_data(self.lib)
                first_time = state.server_url != url or not state.pull_cursor
                joining = False
                if first_time and any(mine.values()):
                    there = client.library()
                    if there["has_data"] and not (there.get("join") or {}).get("state") == "uploading":
                        raise JoinRefused(self._refusal(mine, there))
                    if not join_library:
                        raise JoinRefused(
                            f"This desk holds a library of its own ({join.describe(mine)}) and the server at {url} "
                            "is empty: bring this library into it with `sync setup --join` (or answer Yes when "
                            "the window asks). Nothing was changed.", can_join=True)
                    joining = True
                answer = self._reissue(client, state, url, desk_name) if state.client_id and \
                    state.server_url == url else None
                if answer is None:  # not registered here yet, or retired: a new registration
                    answer = self._register(client, url, desk_name, role=role, join=joining)
                    self._server_sends_notices()
                where = self._where(url)
            finally:
                client.logout_staff()
            # The upload goes with the desk's own credential, like every sync after it.
            joined = join.upload(self.lib, client, progress) if joining else None
        return {**{k: v for k, v in answer.items() if k != "device_secret"}, "credential": where, "joined": joined}

    def _server_sends_notices(self) -> None:
        """A library that syncs has one sender of notices: a desk that registers with a server
        leaves them to it (an admin can make one desk the sender again in Settings)."""
        with self.lib.write() as s:
            if self.lib.setting(s, "notice_sender") == "desk":
                self.lib.put_setting(s, "notice_sender", "server")
                self.lib.audit(s, SYSTEM, "settings", "library", None, notice_sender="server",
                               reason="this desk registered with a library server")

    @staticmethod
    def _credential_works(client: SyncClient) -> bool:
        try:
            client.store.access_token = None
            client.device_token()
            return True
        except NeedLogin:
            return False

    def _reissue(self, client: SyncClient, state: Any, url: str, desk_name: str) -> dict[str, Any] | None:
        """A new credential for this desk's registration (its keyring lost it), or None when
        the server no longer has it active (retired): then the desk registers anew."""
        try:
            answer = client.new_credential(str(state.client_id))
        except ServerRefused as exc:
            if exc.status == 404:
                return None
            raise
        client.keep(answer)
        self._adopt(answer, url, desk_name, same_server=True)
        return answer

    @staticmethod
    def _refusal(mine: dict[str, int], there: dict[str, Any]) -> str:
        theirs = ", ".join(f"{there[k]:,} {k}" for k in join.OWN_DATA if there.get(k))
        return (f"The server already holds a library ({theirs}), and this desk has one of its own "
                f"({join.describe(mine)}): it cannot join. Nothing was changed. To work with the server's library, "
                "set up this desk with an empty library (a new data folder: `library-desk --data-dir NEW sync "
                "setup ...`); to bring this library into a server, start a new, empty server and run sync setup "
                "--join from this desk first. To move only the catalog, export it here and import it at a synced desk.")

    def _where(self, url: str) -> str | None:
        store = self.store(url)
        if store.load() is None:
            return None
        return "keyring" if store.in_keyring else str(store.file)

    def _register(self, client: SyncClient, server_url: str, desk_name: str, *, role: str | None = None,
                  join: bool = False) -> dict[str, Any]:
        state = self._state()
        replaces = (state.details or {}).get("replaces")
        same_server = state.server_url == server_url.rstrip("/")
        start = state.last_acked_seq if same_server else 0
        answer = client.register(desk_name, start_seq=start, replaces=replaces, role=role, join=join)
        client.keep(answer)
        self._adopt(answer, server_url, desk_name, same_server=same_server)
        return answer

    def _adopt(self, answer: dict[str, Any], server_url: str, desk_name: str, *, same_server: bool) -> None:
        with self.lib.write() as s:
            st = ensure_sync_state(s)
            st.client_id, st.server_url, st.desk_name = answer["client_id"], server_url.rstrip("/"), desk_name
            if not same_server:  # a different server: everything is sent and fetched afresh
                st.pull_cursor, st.last_acked_seq = None, 0
            if answer.get("desk_code"):
                self.lib.put_setting(s, "desk_code", answer["desk_code"])
            self.lib.put_setting(s, "desk_name", desk_name)
            # A desk code freed by a retired desk goes on where that desk stopped.
            for name, top in (answer.get("counters") or {}).items():
                row = s.get(Counter, name)
                if row is None:
                    s.add(Counter(name=name, value=int(top)))
                elif row.value < int(top):
                    row.value = int(top)
            st.details = {k: v for k, v in (st.details or {}).items() if k != "replaces"}

    # -- syncing ----------------------------------------------------------------------------
    def sync_now(self, progress: Progress | None = None, *, apply_clock_offset: bool = False,
                 allow_deletes: bool = False) -> SyncReport:
        """Push then pull; a copied or restored database registers again first (with this
        desk's credential, which retires the old registration)."""
        state = self._state()
        with self.client() as client:
            if not state.client_id and state.server_url:
                self._register(client, state.server_url, state.desk_name or "desk")
            report = sync_once(self.lib, client, apply_clock_offset=apply_clock_offset, progress=progress,
                               allow_deletes=allow_deletes)
        identity.bump(self.lib, self.paths.database)
        return report

    def exceptions(self, *, status: str = "open", mine: bool = True) -> list[dict[str, Any]]:
        state = self._state()
        with self.client() as client:
            return client.exceptions(client_id=state.client_id if mine else None, status=status)

    def resolve(self, exception_id: int, action: str, note: str | None = None) -> dict[str, Any]:
        with self.client() as client:
            return client.resolve(exception_id, action, note)

    def desks(self, *, retired: bool = False) -> list[dict[str, Any]]:
        with self.client() as client:
            return client.devices(retired=retired)

    def retire(self, client_id: str) -> dict[str, Any]:
        with self.client() as client:
            return client.retire(client_id)

    def status(self) -> SyncStatus:
        """What the status bar shows; no network."""
        state = self._state()
        with self.lib.read() as s:
            rejected = int(s.scalar(select(func.count()).select_from(JournalEntry)
                                    .where(JournalEntry.status.in_(("rejected", "conflict")))) or 0)
            code = self.lib.setting(s, "desk_code")
        reason = None
        where = self._where(state.server_url) if state.server_url else None
        if not state.server_url:
            reason = "no server set up"
        elif not state.client_id:
            reason = "this database was copied or restored: it registers again at the next sync"
        elif where is None:
            reason = "this desk has no credential for the server: run sync setup again"
        return SyncStatus(bool(state.server_url), state.server_url, state.desk_name, code, state.client_id,
                          pending_count(self.lib), rejected, state.last_sync_at, state.clock_offset_s, reason, where)


__all__ = ["DeskSync", "JoinRefused", "NeedLogin", "ServerCheck", "ServerRefused", "SyncStatus", "Unreachable",
           "test_connection"]
