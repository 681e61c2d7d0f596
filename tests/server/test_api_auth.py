"""Logging in (staff and members), refresh-token rotation and reuse, logout, rate limits."""

from __future__ import annotations

from datetime import timedelta

import jwt
from server_env import SECRET
from server_seed import ANA, DESK, LIBRARIAN
from sqlalchemy import select

from desktop_app.db.models import AuthSession, RefreshToken
from desktop_app.server.auth.store import token_hash


def _bearer(body):
    return {"Authorization": f"Bearer {body['access_token']}"}


def test_staff_login_returns_pinned_short_lived_jwt(api):
    r = api.login(*LIBRARIAN)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer" and body["role"] == "librarian" and body["expires_in"] == 300
    assert jwt.get_unverified_header(body["access_token"])["alg"] == "HS256"
    claims = jwt.decode(body["access_token"], SECRET, algorithms=["HS256"], audience="library-desk-api",
                        issuer="library-desk")
    assert claims["exp"] - claims["iat"] == 300 and claims["sub"].startswith("staff:") and claims["jti"]
    with api.services.library.read() as s:  # the refresh token is stored only as a hash
        stored = s.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(body["refresh_token"])))
        assert stored is not None and body["refresh_token"] not in stored.token_hash
    assert api.client.get("/copies", headers=_bearer(body)).status_code == 200


def test_member_login_and_wrong_credentials(api):
    r = api.client.post("/auth/login", json={"card_number": ANA[0], "pin": ANA[1]})
    assert r.status_code == 200 and r.json()["role"] == "member"
    wrong = api.client.post("/auth/login", json={"card_number": ANA[0], "pin": "0000"})
    assert wrong.status_code == 401 and wrong.json()["error"]["message"] == "Wrong card number or PIN"
    r = api.login("admin", "wrong password")
    assert r.status_code == 401 and r.json()["error"]["code"] == "authentication_failed"
    r = api.login("nobody", "whatever123")
    assert r.status_code == 401 and r.json()["error"]["message"] == "Wrong username or password"


def test_login_validation(api):
    both = api.client.post("/auth/login", json={"username": "a", "password": "b", "card_number": "1", "pin": "1"})
    assert both.status_code == 422 and both.json()["error"]["field"] == "username"
    half = api.client.post("/auth/login", json={"username": "admin"})
    assert half.status_code == 422 and half.json()["error"]["field"] == "password"
    extra = api.client.post("/auth/login", json={"username": "a", "password": "b", "role": "admin"})
    assert extra.status_code == 422 and extra.json()["error"]["field"] == "role"


def test_lockout_is_shared_with_the_desk(api):
    for _ in range(5):
        assert api.login(DESK[0], "wrong wrong").status_code == 401
    r = api.login(*DESK)  # the right password no longer helps: locked like at the desk
    assert r.status_code == 401 and r.json()["error"]["code"] == "account_locked"


def test_refresh_rotates_and_old_token_reuse_revokes_family(api):
    first = api.login(*LIBRARIAN).json()
    second = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200, second.text
    second = second.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert api.client.get("/copies", headers=_bearer(second)).status_code == 200
    # The old token again, from another device: theft assumed, the whole family ends.
    reuse = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"], "device": "attacker"})
    assert reuse.status_code == 401 and "already used" in reuse.json()["error"]["message"]
    assert api.client.post("/auth/refresh", json={"refresh_token": second["refresh_token"]}).status_code == 401
    assert api.client.get("/copies", headers=_bearer(second)).status_code == 401
    assert api.client.get("/copies", headers=_bearer(first)).status_code == 401
    with api.services.library.read() as s:
        session = s.scalar(select(AuthSession).where(AuthSession.subject == second["subject"],
                                                     AuthSession.revoked_reason == "refresh token reused"))
        assert session is not None


def test_refresh_grace_for_a_lost_reply_from_the_same_device(api):
    first = api.login(*DESK, device="desk-1").json()
    lost = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"], "device": "desk-1"})
    assert lost.status_code == 200  # ... but the reply never reached the desk
    retry = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"], "device": "desk-1"})
    assert retry.status_code == 200, retry.text
    # The successor the desk never received is retired; the retry's token works.
    assert api.client.post("/auth/refresh", json={"refresh_token": lost.json()["refresh_token"],
                                                  "device": "desk-1"}).status_code == 401
    # ... and presenting it ended the family (it was used after the grace chain moved on).
    assert api.client.post("/auth/refresh", json={"refresh_token": retry.json()["refresh_token"],
                                                  "device": "desk-1"}).status_code == 401


def test_grace_expires(api):
    first = api.login(*DESK, device="desk-1").json()
    assert api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"],
                                                  "device": "desk-1"}).status_code == 200
    lib = api.services.library
    real = lib._clock
    lib.set_clock(lambda: real() + timedelta(seconds=api.settings.refresh_grace_s + 5))
    try:
        late = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"], "device": "desk-1"})
    finally:
        lib.set_clock(real)
    assert late.status_code == 401


def test_unknown_and_expired_refresh_tokens(api):
    r = api.client.post("/auth/refresh", json={"refresh_token": "x" * 43})
    assert r.status_code == 401 and "Unknown refresh token" in r.json()["error"]["message"]
    assert api.client.post("/auth/refresh", json={"refresh_token": "short"}).status_code == 422
    body = api.login(*DESK).json()
    lib = api.services.library
    real = lib._clock
    lib.set_clock(lambda: real() + timedelta(seconds=api.settings.refresh_ttl_s + 1))
    try:
        r = api.client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
    finally:
        lib.set_clock(real)
    assert r.status_code == 401 and "expired" in r.json()["error"]["message"]


def test_logout_revokes_access_and_refresh(api):
    body = api.login(*LIBRARIAN).json()
    assert api.client.post("/auth/logout").status_code == 401
    r = api.client.post("/auth/logout", headers=_bearer(body), json={"refresh_token": body["refresh_token"]})
    assert r.status_code == 204 and r.content == b""
    assert api.client.get("/copies", headers=_bearer(body)).status_code == 401
    assert api.client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]}).status_code == 401


def test_deactivated_staff_lose_access_at_once(api):
    body = api.login(*DESK).json()
    api.services.accounts.set_active(api.actor("admin"), DESK[0], False)
    r = api.client.get("/copies", headers=_bearer(body))
    assert r.status_code == 401 and "deactivated" in r.json()["error"]["message"]


def test_rate_limit_per_account(limited_api):
    api = limited_api
    for _ in range(3):
        assert api.login("admin", "wrong guess").status_code == 401
    r = api.login("admin", "wrong guess")
    assert r.status_code == 429, r.text
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert r.json()["error"]["code"] == "rate_limited"
    assert api.login(*LIBRARIAN).status_code == 200  # another account still may


def test_rate_limit_per_address(limited_api):
    api = limited_api
    names = ["u1", "u2", "u3", "u4", "u5"]
    for name in names:
        assert api.login(name, "wrong guess").status_code == 401
    r = api.login(*LIBRARIAN)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    lib = api.services.library
    real = lib._clock
    lib.set_clock(lambda: real() + timedelta(seconds=61))
    try:
        assert api.login(*LIBRARIAN).status_code == 200  # a new window
    finally:
        lib.set_clock(real)


def test_a_password_change_ends_existing_sessions(api):
    body = api.login(*DESK).json()
    api.services.accounts.change_password(api.actor("admin"), DESK[0], "a brand new password")
    r = api.client.get("/copies", headers=_bearer(body))
    assert r.status_code == 401 and "password changed" in r.json()["error"]["message"]
    assert api.client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]}).status_code == 401
    assert api.login(DESK[0], "a brand new password").status_code == 200
