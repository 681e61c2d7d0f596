"""GET /audit (admins; 403 for a librarian, a desk clerk, a member), its filters and pages over
SQLite and PostgreSQL; and the server's own security events: failed REST logins of staff and
members, a lockout, the first refusal of the login rate limit, a reused refresh token."""

from __future__ import annotations

from helpers import error
from server_seed import ANA, DESK

from desktop_app.services.audit import AuditFilter, AuditLog


def walk(api, path, as_who, *, limit=7, **params):
    """Every page of ``path`` as ``as_who`` (helpers.walk takes ``who`` itself); items and total."""
    items, cursor, total = [], None, None
    while True:
        r = api.client.get(path, params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})},
                           headers=api.token(as_who))
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["items"]) <= limit and (total is None) == (body["total"] is not None)
        total = body["total"] if total is None else total
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items, total


def _events(api, **filters):
    admin = api.actor("admin")
    return AuditLog(api.services.library).find(admin, AuditFilter(**filters), limit=500).items


def test_admins_only(api) -> None:
    assert api.client.get("/audit", headers=api.token("admin")).status_code == 200
    for who in ("libby", "desky", ANA[0]):
        error(api.client.get("/audit", headers=api.token(who)), 403, "permission_denied")
    error(api.client.get("/audit"), 401)


def test_filters_pages_and_bad_input(api) -> None:
    assert api.login("desky", "wrong password").status_code == 401
    assert api.client.post("/auth/login", json={"card_number": ANA[0], "pin": "0000"}).status_code == 401
    everything = [e.id for e in _events(api)]
    items, total = walk(api, "/audit", "admin", limit=7)
    assert [i["id"] for i in items] == everything[:len(items)] and total == len(everything)
    assert set(items[0]) == {"id", "at", "actor", "action", "entity", "entity_uuid", "details"}
    items, _ = walk(api, "/audit", "admin", who="desky", action="login_failed")
    assert len(items) == 1 and items[0]["details"]["reason"] == "wrong password"
    assert items[0]["details"]["address"] == "testclient"
    items, _ = walk(api, "/audit", "admin", action="member_login_failed")
    assert [(i["actor"], i["details"]["reason"]) for i in items] == [(ANA[0], "wrong PIN")]
    items, _ = walk(api, "/audit", "admin", text="wrong PIN")
    assert len(items) == 1
    assert walk(api, "/audit", "admin", since="2000-01-01", until="2000-01-02")[1] == 0
    assert walk(api, "/audit", "admin", since="2000-01-01T00:00:00Z")[1] == len(everything)
    headers = api.token("admin")
    assert error(api.client.get("/audit", params={"since": "yesterday"}, headers=headers), 422,
                 "invalid_input")["field"] == "since"
    assert error(api.client.get("/audit", params={"since": "2026-03-05", "until": "2026-03-04"}, headers=headers),
                 422)["field"] == "until"
    error(api.client.get("/audit", params={"limit": 501}, headers=headers), 422)
    first = api.client.get("/audit", params={"limit": 2}, headers=headers).json()
    error(api.client.get("/audit", params={"limit": 2, "who": "desky", "cursor": first["next_cursor"]},
                         headers=headers), 400, "bad_cursor")


def test_lockout_over_rest(api) -> None:
    for _ in range(5):
        assert api.login("libby", "wrong password").status_code in (401, 423, 403)
    [lockout] = _events(api, action="login_lockout")
    assert lockout.actor == "libby" and "until" in lockout.details
    items, _ = walk(api, "/audit", "admin", action="login_lockout")
    assert [i["details"]["until"] for i in items] == [lockout.details["until"]]


def test_rate_limit_refusal_is_recorded_once(limited_api) -> None:
    api = limited_api
    codes = [api.login(DESK[0], "wrong password").status_code for _ in range(5)]
    assert codes[:3] != [429] * 3 and codes[3:] == [429, 429]
    [event] = _events(api, action="login_rate_limited")  # the window's first refusal only
    assert event.details["key"] == f"account:{DESK[0]}" and event.details["limit"] == 3


def test_refresh_token_reuse_is_recorded(api) -> None:
    first = api.login().json()
    second = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    # the old token again from another device: reuse (no grace), the session ends
    again = api.client.post("/auth/refresh", json={"refresh_token": first["refresh_token"], "device": "elsewhere"})
    assert again.status_code == 401
    [event] = _events(api, action="refresh_token_reused")
    assert event.actor == "admin" and event.details["device"] == "elsewhere"
