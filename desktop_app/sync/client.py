"""The desk's HTTP client for the library server (httpx, timeouts always set).

Errors are typed for the sync loop: ``Unreachable`` (network error, timeout, 502-504: retry
later with backoff, nothing advanced), ``NeedLogin`` (the refresh token is gone or refused:
a person must log in; the journal is kept), ``ServerRefused`` (any other 4xx, with the
server's error body). A 401 refreshes the access token once and retries the request.
"""

from __future__ import annotations

from typing import Any

import httpx

from .tokens import TokenStore

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
    def __init__(self, base_url: str, tokens: TokenStore, *, device: str = "desk",
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout = TIMEOUT) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"the server address {base_url!r} must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.device = device
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "SyncClient":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------
    def _send(self, method: str, path: str, *, auth: bool, **kwargs: Any) -> httpx.Response:
        headers = {}
        if auth:
            if not self.tokens.access_token:
                self.refresh()
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        try:
            return self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise Unreachable(f"the server at {self.base_url} cannot be reached ({type(exc).__name__})") from exc

    def request(self, method: str, path: str, *, auth: bool = True, ok: tuple[int, ...] = (200, 201),
                **kwargs: Any) -> Any:
        response = self._send(method, path, auth=auth, **kwargs)
        if response.status_code == 401 and auth:
            self.tokens.access_token = None
            self.refresh()
            response = self._send(method, path, auth=auth, **kwargs)
        return self._result(response, ok)

    def _result(self, response: httpx.Response, ok: tuple[int, ...]) -> Any:
        if response.status_code in ok:
            return response.json() if response.content else None
        if response.status_code in (502, 503, 504) or response.status_code >= 500:
            raise Unreachable(f"the server is not available now ({response.status_code})")
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code == 401:
            raise NeedLogin("the server asks to log in again")
        raise ServerRefused(response.status_code, body)

    # -- auth ---------------------------------------------------------------------------
    def login(self, username: str, password: str) -> bool:
        """Log in; returns True when the refresh token went to the keyring."""
        response = self._send("POST", "/auth/login", auth=False,
                              json={"username": username, "password": password, "device": self.device})
        if response.status_code == 401:
            raise ServerRefused(401, response.json())
        data = self._result(response, (200,))
        return self.tokens.save(data["access_token"], data["refresh_token"])

    def refresh(self) -> None:
        token = self.tokens.refresh_token()
        if not token:
            raise NeedLogin("log in to the library server first (sync setup)")
        response = self._send("POST", "/auth/refresh", auth=False, json={"refresh_token": token, "device": self.device})
        if response.status_code in (400, 401, 403, 422):
            self.tokens.clear()
            raise NeedLogin("the login to the library server has ended; log in again")
        data = self._result(response, (200,))
        self.tokens.save(data["access_token"], data["refresh_token"])

    # -- sync ---------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        return self.request("GET", "/sync/meta", auth=False)  # type: ignore[no-any-return]

    def register(self, desk_name: str, *, start_seq: int = 0, replaces: str | None = None) -> dict[str, Any]:
        return self.request("POST", "/sync/devices",  # type: ignore[no-any-return]
                            json={"desk_name": desk_name, "start_seq": start_seq, "replaces": replaces})

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/sync/push", json=body)  # type: ignore[no-any-return]

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.request("GET", "/sync/pull", params=params)  # type: ignore[no-any-return]

    def exceptions(self, *, client_id: str | None = None, status: str = "open") -> list[dict[str, Any]]:
        params = {"status": status, **({"client_id": client_id} if client_id else {})}
        return self.request("GET", "/sync/exceptions", params=params)  # type: ignore[no-any-return]

    def resolve(self, exception_id: int, action: str, note: str | None = None) -> dict[str, Any]:
        return self.request("POST", f"/sync/exceptions/{exception_id}/resolve",  # type: ignore[no-any-return]
                            json={"action": action, "note": note}, ok=(200, 409))
