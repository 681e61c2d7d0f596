"""``/auth``: log in (staff or member), rotate the refresh token, log out; a registered desk
exchanges its credential for an access token (``/auth/device``).

Login goes through ``services.people.accounts.login`` / ``member_login`` so the lock-out after
wrong passwords is the same as at the desk (counted per account and client address), behind
the per-account and per-address rate limits of ``ratelimit``. Token answers are never cached
(``Cache-Control: no-store``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from ...domain.errors import AuthenticationFailed, InvalidInput
from ..deps import ActorDep, StateDep, client_address
from ..schemas import DeviceLoginIn, DeviceTokenOut, ErrorBody, LoginIn, LogoutIn, RefreshIn, TokenOut
from ..sync import devices as sync_devices
from .store import Issued
from .tokens import issue_access

router = APIRouter(prefix="/auth", tags=["auth"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (400, 401, 422, 429)}


def _tokens(st: StateDep, issued: Issued) -> TokenOut:
    access, ttl = issue_access(st.settings, subject=issued.subject, role=issued.actor.role.value,
                               session_id=issued.session_id)
    return TokenOut(access_token=access, expires_in=ttl, refresh_token=issued.refresh_token,
                    role=issued.actor.role.value, subject=issued.subject, display_name=issued.actor.display_name)


NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _no_store(response: Response) -> None:
    response.headers.update(NO_STORE)


@router.post("/login", response_model=TokenOut, responses=ERRORS)
def login(body: LoginIn, request: Request, response: Response, st: StateDep) -> TokenOut:
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
    address = client_address(request)
    st.limiter.hit([(f"account:{account}", st.settings.login_limit),
                    (f"address:{address}", st.settings.address_limit)])
    accounts = st.services.accounts
    _no_store(response)
    if staff:
        actor = accounts.login(body.username or "", body.password or "", desk=body.device, address=address)
    else:
        actor = accounts.member_login(body.card_number or "", body.pin or "", address=address)
    return _tokens(st, st.store.open(actor, device=body.device))


@router.post("/device", response_model=DeviceTokenOut, responses=ERRORS)
def device_login(body: DeviceLoginIn, request: Request, response: Response, st: StateDep) -> DeviceTokenOut:
    """A registered desk's credential -> an access token that opens its own push and pull
    (and nothing of the REST API)."""
    st.limiter.hit([(f"device:{body.client_id}", st.settings.login_limit),
                    (f"address:{client_address(request)}", st.settings.address_limit)])
    _no_store(response)
    device, session_id = sync_devices.exchange(st.services.library, body.client_id, body.secret)
    access, ttl = issue_access(st.settings, subject=f"device:{device.client_id}", role=device.role,
                               session_id=session_id)
    return DeviceTokenOut(access_token=access, expires_in=ttl, role=device.role, client_id=device.client_id,
                          desk_code=device.desk_code, desk_name=device.desk_name)


@router.post("/refresh", response_model=TokenOut, responses=ERRORS)
def refresh(body: RefreshIn, response: Response, st: StateDep) -> TokenOut:
    """Exchange a refresh token for new tokens. A token can be used once: reusing an old one
    ends the whole session (except a retry within a few seconds from the same device)."""
    _no_store(response)
    return _tokens(st, st.store.rotate(body.refresh_token, device=body.device))


@router.post("/logout", status_code=204, responses=ERRORS)
def logout(request: Request, actor: ActorDep, st: StateDep, body: LogoutIn | None = None) -> Response:
    """End the session of the access token (and of ``refresh_token`` if given)."""
    st.store.revoke_session(request.state.session_id)
    if body is not None and body.refresh_token and not st.store.revoke_token(body.refresh_token):
        raise AuthenticationFailed("Unknown refresh token")
    return Response(status_code=204)
