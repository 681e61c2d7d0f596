"""What endpoints receive: the server's shared state, the person behind the bearer token,
and a search helper of their own (a ``Searcher`` holds one connection, so each request gets
its own instead of queuing behind others).

Three kinds of caller: a person (``ActorDep``: a staff or member session; every REST route),
a registered desk (``DeskDep``: its credential's token; push and pull of its own sequence),
and the sync routes a desk uses on behalf of a person at it (``OperatorDep``: a staff
session, or a desk's token naming the staff account in ``X-Acting-Staff``, whose rights are
then at most the desk's role).

The lists of loans, holds and fees take the member they are limited to from
``MemberScopeDep``: a member sees only their own rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select

from ..db.models import StaffUser
from ..domain.errors import AuthenticationFailed, NotFound, PermissionDenied
from ..domain.text import normalize_scan
from ..domain.values import ROLE_RANK, Role
from ..services import Actor, Services, require
from ..services.catalog.search import Searcher
from ..services.people.accounts import staff_actor
from .auth.ratelimit import RateLimiter
from .auth.store import AuthStore
from .auth.tokens import decode_access
from .settings import ServerSettings


@dataclass
class ServerState:
    settings: ServerSettings
    services: Services
    store: AuthStore
    limiter: RateLimiter


def state(request: Request) -> ServerState:
    return request.app.state.server


_bearer = HTTPBearer(auto_error=False, description="An access token from POST /auth/login")


def client_address(request: Request) -> str:
    """The TCP peer (behind a reverse proxy: the proxy; ``X-Forwarded-For`` is not trusted)."""
    return request.client.host if request.client else "unknown"


def _bearer_actor(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Actor:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise AuthenticationFailed("Log in first: this needs an access token (Authorization: Bearer ...)")
    st = state(request)
    claims = decode_access(st.settings, credentials.credentials)
    actor = st.store.actor(claims.sid, claims.sub)
    request.state.session_id = claims.sid
    return actor


def current_actor(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Actor:
    """The person making the request. 401 without a valid, unrevoked access token; 403 for a
    desk's sync token (it opens the sync routes only)."""
    actor = _bearer_actor(request, credentials)
    if actor.device is not None:
        raise PermissionDenied("A desk's sync credential only opens its sync; log in as a person for this")
    return actor


def desk_actor(request: Request,
               credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Actor:
    """A registered desk, by its credential's token (``/auth/device``)."""
    actor = _bearer_actor(request, credentials)
    if actor.device is None:
        raise PermissionDenied("Only a registered desk pushes and pulls, with its own credential (sync setup)")
    return actor


def operator(request: Request,
             credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Actor:
    """A person: a staff session, or a desk acting for the staff account it names in
    ``X-Acting-Staff`` (rights: the account's, at most the desk's role). A desk naming nobody
    acts as itself (it may read, not decide)."""
    actor = _bearer_actor(request, credentials)
    if actor.role == Role.MEMBER:
        raise PermissionDenied("Members cannot use the sync routes")
    name = request.headers.get("X-Acting-Staff")
    if actor.device is None or not name:
        return actor
    st = state(request)
    with st.services.library.read() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == name.strip().lower()[:64]))
    if user is None or not user.active:
        raise AuthenticationFailed(f"The staff account {name[:64]!r} is unknown on the server or deactivated")
    person = staff_actor(user, actor.desk)
    role = min((person.role, actor.role), key=lambda r: ROLE_RANK[r])
    return Actor(username=person.username, role=role, staff_id=person.staff_id, staff_uuid=person.staff_uuid,
                 display_name=person.display_name, desk=actor.desk, device=actor.device)


def searcher(request: Request) -> Iterator[Searcher]:
    found = Searcher(state(request).services.library)
    try:
        yield found
    finally:
        found.close()


StateDep = Annotated[ServerState, Depends(state)]
ActorDep = Annotated[Actor, Depends(current_actor)]
DeskDep = Annotated[Actor, Depends(desk_actor)]
OperatorDep = Annotated[Actor, Depends(operator)]
SearcherDep = Annotated[Searcher, Depends(searcher)]


def member_scope(
    st: StateDep, actor: ActorDep,
    member: Annotated[str | None, Query(max_length=64, description="Card number (members: only their own)")] = None,
) -> int | None:
    """The member a list of loans, holds or fees is limited to (the ``member`` card number):
    always the member themself for a member's login (another card is a 403); for desk staff
    the member of that card (404 when no member has it), or None for everyone's rows."""
    if actor.role == Role.MEMBER:
        if member is not None and normalize_scan(member) != actor.username:
            raise PermissionDenied("You can only see your own loans")
        return actor.member_id
    require(actor, Role.DESK, "list loans")
    if member is None:
        return None
    found = st.services.queries.find_member_id(member)
    if found is None:
        raise NotFound(f"No member has the card number {member!r}")
    return int(found)


MemberScopeDep = Annotated[int | None, Depends(member_scope)]
