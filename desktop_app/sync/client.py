"""The desk's HTTP client for the library server (httpx, timeouts always set).

A desk authenticates with its credential (``CredentialStore``): ``/auth/device`` turns it into
a short access token, kept in memory and renewed when the server answers 401. A person's
login (username and password) is only needed to register the desk (``login_staff``); calls a
desk makes for the person at it (resolving an exception, retiring a desk) name that person in
``X-Acting-Staff``.

Errors are typed for the sync loop: ``Unreachable`` (network error, timeout, 5xx: retry later
with backoff, nothing advanced), ``NeedLogin`` (no credential, or the server refused it: a
person must run sync setup; the journal is kept), ``ServerRefused`` (any other 4xx, with the
server's error body).
"""

from __future__ import annotations

from typing import Any

import httpx

from .tokens import Credential, CredentialStore

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class SyncError(Exception):
    """Base of the client's errors; ``message`` is for a person."""


class Unreachable(SyncError):
    pass


class NeedLogin(SyncError):
    pass


class ServerRefused(SyncError):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        error = body.get("error", {}) if isinstance(body, dict) else {}
        super().__init__(error.get("message") or f"the server answered {status}")
        self.status, self.code, self.body = status, error.get("code", ""), error


class SyncClient:
    def __init__(self, base_url: str, store: CredentialStore, *, transport: httpx.BaseTransport | None = None,
                 timeout: httpx.Timeout = TIMEOUT) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"the server address {base_url!r} must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.store = store
        self.staff_token: str | None = None  # a person's access token, only while registering
        self.acting: str | None = None  # the staff username named in X-Acting-Staff
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------
    def _send(self, method: str, path: str, *, auth: bool, **kwargs: Any) -> httpx.Response:
        headers: dict[str, str] = {}
        if auth:
            token = self.staff_token or self.store.access_token or self.device_token()
            headers["Authorization"] = f"Bearer {token}"
            if self.acting and not self.staff_token:
                headers["X-Acting-Staff"] = self.acting
        try:
            return self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise Unreachable(f"the server at {self.base_url} cannot be reached ({type(exc).__name__})") from exc

    def request(self, method: str, path: str, *, auth: bool = True, ok: tuple[int, ...] = (200, 201),
                **kwargs: Any) -> Any:
        response = self._send(method, path, auth=auth, **kwargs)
        if response.status_code == 401 and auth and not self.staff_token:
            self.store.access_token = None
            response = self._send(method, path, auth=auth, **kwargs)
        return self._result(response, ok)

    def _result(self, response: httpx.Response, ok: tuple[int, ...]) -> Any:
        if response.status_code in ok:
            return response.json() if response.content else None
        if response.status_code >= 500:
            raise Unreachable(f"the server is not available now ({response.status_code})")
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code == 401:
            error = body.get("error", {}) if isinstance(body, dict) else {}
            raise NeedLogin(error.get("message") or "the server asks to log in again")
        raise ServerRefused(response.status_code, body)

    # -- auth ---------------------------------------------------------------------------
    def device_token(self) -> str:
        """An access token for this desk's credential (from memory, or fetched)."""
        if self.store.access_token:
            return self.store.access_token
        credential = self.store.load()
        if credential is None:
            raise NeedLogin("This desk has no credential for the library server: run sync setup")
        response = self._send("POST", "/auth/device", auth=False,
                              json={"client_id": credential.client_id, "secret": credential.secret})
        if response.status_code in (401, 403, 422):
            body = response.json() if response.content else {}
            raise NeedLogin(body.get("error", {}).get("message") or "the server refused this desk's credential: "
                            "run sync setup again")
        data = self._result(response, (200,))
        self.store.access_token = data["access_token"]
        return str(data["access_token"])

    def login_staff(self, username: str, password: str, *, device: str) -> dict[str, Any]:
        """A person's login, to register this desk; their token is used until ``logout_staff``."""
        response = self._send("POST", "/auth/login", auth=False,
                              json={"username": username, "password": password, "device": device})
        if response.status_code == 401:
            raise ServerRefused(401, response.json())
        data = self._result(response, (200,))
        self.staff_token = data["access_token"]
        return data

    def logout_staff(self) -> None:
        if self.staff_token:
            try:
                self._send("POST", "/auth/logout", auth=True)
            except Unreachable:
                pass
            self.staff_token = None

    def keep(self, registration: dict[str, Any]) -> str:
        """Keep the credential of a registration; returns where it went."""
        return self.store.save(Credential(registration["client_id"], registration["device_secret"]))

    # -- sync ---------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        return self.request("GET", "/sync/meta", auth=False)

    def library(self) -> dict[str, Any]:
        return self.request("GET", "/sync/library")

    def register(self, desk_name: str, *, start_seq: int = 0, replaces: str | None = None,
                 role: str | None = None, join: bool = False) -> dict[str, Any]:
        return self.request("POST", "/sync/devices",
                            json={"desk_name": desk_name, "start_seq": start_seq, "replaces": replaces, "role": role,
                                  "join": join})

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/sync/push", json=body)

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.request("GET", "/sync/pull", params=params)

    def join_rows(self, entity: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
        return self.request("POST", "/sync/join/rows", json={"entity": entity, "rows": rows})

    def join_done(self, last_seq: int, counts: dict[str, int]) -> dict[str, Any]:
        return self.request("POST", "/sync/join/done",
                            json={"last_seq": last_seq, "counts": counts})

    def exceptions(self, *, client_id: str | None = None, status: str = "open") -> list[dict[str, Any]]:
        params = {"status": status, **({"client_id": client_id} if client_id else {})}
        return self.request("GET", "/sync/exceptions", params=params)

    def resolve(self, exception_id: int, action: str, note: str | None = None) -> dict[str, Any]:
        return self.request("POST", f"/sync/exceptions/{exception_id}/resolve",
                            json={"action": action, "note": note}, ok=(200, 409))

    def devices(self, *, retired: bool = False) -> list[dict[str, Any]]:
        return self.request("GET", "/sync/devices", params={"retired": retired})

    def retire(self, client_id: str) -> dict[str, Any]:
        return self.request("POST", f"/sync/devices/{client_id}/retire")

    def new_credential(self, client_id: str) -> dict[str, Any]:
        return self.request("POST", f"/sync/devices/{client_id}/credential")
