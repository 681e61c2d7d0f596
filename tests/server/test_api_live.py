"""The core of the API against a real ``uvicorn`` process on 127.0.0.1, over SQLite and over
PostgreSQL: login, refresh, search, check out and in, member scope, errors, docs, CORS off,
and the JSON request log."""

from __future__ import annotations

import json

from server_seed import BEN, DESK


def _login(c, body):
    r = c.post("/auth/login", json=body)
    assert r.status_code == 200, r.text
    return r.json()


def test_core_flow(live_server):
    with live_server.client() as c:
        desk = _login(c, {"username": DESK[0], "password": DESK[1], "device": "desk-live"})
        h = {"Authorization": f"Bearer {desk['access_token']}"}
        found = c.get("/books", params={"q": "kindred", "limit": 2}, headers=h).json()
        assert found["total"] == 6 and len(found["items"]) == 2 and found["next_cursor"]
        rest = c.get("/books", params={"q": "kindred", "limit": 2, "cursor": found["next_cursor"]},
                     headers=h).json()
        assert not {b["id"] for b in rest["items"]} & {b["id"] for b in found["items"]}
        copy = c.get("/copies", params={"available": True, "limit": 1, "location": "Main"},
                     headers=h).json()["items"][0]
        r = c.post("/loans", json={"card_number": BEN[0], "barcode": copy["barcode"]}, headers=h)
        assert r.status_code == 201, r.text
        loan = r.json()
        r = c.post("/loans", json={"card_number": BEN[0], "barcode": copy["barcode"]}, headers=h)
        assert r.status_code == 409 and r.json()["error"]["reasons"][0]["code"] == "copy_on_loan"
        member = _login(c, {"card_number": BEN[0], "pin": BEN[1]})
        mh = {"Authorization": f"Bearer {member['access_token']}"}
        mine = c.get("/loans", headers=mh).json()
        assert loan["id"] in {item["id"] for item in mine["items"]}
        assert all(item["card_number"] == BEN[0] for item in mine["items"])
        assert c.get("/members", headers=mh).status_code == 403
        back = c.post("/loans/checkin", json={"barcode": copy["barcode"]}, headers=h)
        assert back.status_code == 200 and back.json()["was_on_loan"] is True
        renewed = c.post("/auth/refresh", json={"refresh_token": desk["refresh_token"], "device": "desk-live"})
        assert renewed.status_code == 200
        reuse = c.post("/auth/refresh", json={"refresh_token": desk["refresh_token"], "device": "elsewhere"})
        assert reuse.status_code == 401
        renewed_h = {"Authorization": f"Bearer {renewed.json()['access_token']}"}
        assert c.get("/copies", headers=renewed_h).status_code == 401
        assert c.post("/auth/logout", headers=mh).status_code == 204
        assert c.get("/loans", headers=mh).status_code == 401


def test_errors_docs_cors_and_logs(live_server):
    with live_server.client() as c:
        r = c.get("/books", headers={"X-Request-ID": "live-check-1", "Origin": "https://evil.example"})
        assert r.status_code == 401 and r.headers["X-Request-ID"] == "live-check-1"
        assert r.json()["error"]["request_id"] == "live-check-1"
        assert "access-control-allow-origin" not in r.headers
        pre = c.options("/books", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
        assert "access-control-allow-origin" not in pre.headers
        assert c.get("/docs").status_code == 200
        spec = c.get("/openapi.json").json()
        assert {"/auth/login", "/books", "/loans", "/reports/overdue", "/health"} <= set(spec["paths"])
        health = c.get("/health").json()
        assert health["status"] == "ok" and health["database"] in ("sqlite", "postgresql")
    lines = [json.loads(x) for x in live_server.log.read_text().splitlines() if x.startswith("{")]
    ours = [x for x in lines if x.get("request_id") == "live-check-1" and x.get("message") == "request"]
    assert ours and ours[0]["status"] == 401 and ours[0]["path"] == "/books" and "duration_ms" in ours[0]
