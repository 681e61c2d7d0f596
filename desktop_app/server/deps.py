"""What endpoints receive: the server's shared state, the person behind the bearer token,
and a search helper of their own (a ``Searcher`` holds one connection, so each request gets
its own instead of queuing behind others)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..domain.errors import AuthenticationFailed
from ..services import Actor, Services
from ..services.search import Searcher
from .auth_store import AuthStore
from .auth_tokens import decode_access
from .ratelimit import RateLimiter
from .settings import ServerSettings


@dataclass
class ServerState:
    settings: ServerSettings
    services: Services
    store: AuthStore
    limiter: RateLimiter


def state(request: Request) -> ServerState:
    return request.app.state.server  # type: ignore[no-any-return]


_bearer = HTTPBearer(auto_error=False, description="An access token from POST /auth/login")


def current_actor(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Actor:
    """The person making the request. 401 without a valid, unrevoked access token."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise AuthenticationFailed("Log in first: this needs an access token (Authorization: Bearer ...)")
    st = state(request)
    claims = decode_access(st.settings, credentials.credentials)
    actor = st.store.actor(claims.sid, claims.sub)
    request.state.session_id = claims.sid
    return actor


def searcher(request: Request) -> Iterator[Searcher]:
    found = Searcher(state(request).services.library)
    try:
        yield found
    finally:
        found.close()


StateDep = Annotated[ServerState, Depends(state)]
ActorDep = Annotated[Actor, Depends(current_actor)]
SearcherDep = Annotated[Searcher, Depends(searcher)]
