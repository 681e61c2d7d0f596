"""``/auth``: log in (staff or member), rotate the refresh token, log out.

Login goes through ``services.accounts.login`` / ``member_login`` so the lock-out after
wrong passwords is the same as at the desk, behind the per-account and per-address rate
limits of ``ratelimit``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from ..domain.errors import AuthenticationFailed, InvalidInput
from .auth_store import Issued
from .auth_tokens import issue_access
from .deps import ActorDep, StateDep
from .schemas import ErrorBody, LoginIn, LogoutIn, RefreshIn, TokenOut

router = APIRouter(prefix="/auth", tags=["auth"])
ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 422, 429)}


def _tokens(st: StateDep, issued: Issued) -> TokenOut:
    access, ttl = issue_access(st.settings, subject=issued.subject, role=issued.actor.role.value,
                               session_id=issued.session_id)
    return TokenOut(access_token=access, expires_in=ttl, refresh_token=issued.refresh_token,
                    role=issued.actor.role.value, subject=issued.subject, display_name=issued.actor.display_name)


@router.post("/login", response_model=TokenOut, responses=ERRORS)
def login(body: LoginIn, request: Request, st: StateDep) -> TokenOut:
    """Staff: ``username`` + ``password``. Members: ``card_number`` + ``pin``."""
    staff = body.username is not None or body.password is not None
    member = body.card_number is not None or body.pin is not None
    if staff == member:
        raise InvalidInput("Give either username and password, or card_number and pin", field="username")
    if staff and not (body.username and body.password):
        raise InvalidInput("Give both username and password", field="password" if body.username else "username")
    if member and not (body.card_number and body.pin):
        raise InvalidInput("Give both card_number and pin", field="pin" if body.card_number else "card_number")
    account = (body.username or "").strip().lower() if staff else "card:" + (body.card_number or "").strip().upper()
    address = request.client.host if request.client else "unknown"
    st.limiter.hit([(f"account:{account}", st.settings.login_limit_account),
                    (f"address:{address}", st.settings.login_limit_address)])
    accounts = st.services.accounts
    if staff:
        actor = accounts.login(body.username or "", body.password or "", desk=body.device)
    else:
        actor = accounts.member_login(body.card_number or "", body.pin or "")
    return _tokens(st, st.store.open(actor, device=body.device))


@router.post("/refresh", response_model=TokenOut, responses=ERRORS)
def refresh(body: RefreshIn, st: StateDep) -> TokenOut:
    """Exchange a refresh token for new tokens. A token can be used once: reusing an old one
    ends the whole session (except a retry within a few seconds from the same device)."""
    return _tokens(st, st.store.rotate(body.refresh_token, device=body.device))


@router.post("/logout", status_code=204, responses=ERRORS)
def logout(request: Request, actor: ActorDep, st: StateDep, body: LogoutIn | None = None) -> Response:
    """End the session of the access token (and of ``refresh_token`` if given)."""
    st.store.revoke_session(request.state.session_id)
    if body is not None and body.refresh_token and not st.store.revoke_token(body.refresh_token):
        raise AuthenticationFailed("Unknown refresh token")
    return Response(status_code=204)
