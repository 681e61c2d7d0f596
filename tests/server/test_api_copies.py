"""/copies/{barcode}: editing a copy (PUT replaces, PATCH changes what is sent, a stale
version is refused), the new statuses, a lost copy put back, and deleting a withdrawn copy;
each as a member, a desk clerk, a librarian and an admin."""

from __future__ import annotations

import pytest
from helpers import error
from server_seed import ANA
from sqlalchemy import select, text

from desktop_app.db.models import Copy


def _new_copy(api, **fields) -> str:  # type: ignore[no-untyped-def]
    book_id = api.client.get("/copies/3100000", headers=api.token("desky")).json()["book_id"]
    r = api.client.post("/copies", json={"book_id": book_id, **fields}, headers=api.token("libby"))
    assert r.status_code == 201, r.text
    return str(r.json()["barcodes"][0])


def _copy(api, barcode: str) -> Copy:  # type: ignore[no-untyped-def]
    with api.services.library.read() as s:
        copy = s.scalar(select(Copy).where(Copy.barcode == barcode))
        assert copy is not None
        s.expunge(copy)
        return copy


@pytest.mark.parametrize("who, status", [(ANA[0], 403), ("desky", 403), ("libby", 200), ("admin", 200)])
def test_edit_a_copy_by_role(api, who, status) -> None:
    barcode = _new_copy(api, location="Main", price_cents=1200, notes="gift")
    body = {"barcode": f"{barcode}-B", "call_number": "F HER", "location": "Annex", "price_cents": 1500,
            "acquired": "2026-02-01", "notes": None}
    r = api.client.put(f"/copies/{barcode}", json=body, headers=api.token(who))
    if status != 200:
        error(r, status, "permission_denied")
        assert _copy(api, barcode).location == "Main"
        return
    assert r.status_code == 200, r.text
    assert (r.json()["barcode"], r.json()["location"], r.json()["call_number"]) == (f"{barcode}-B", "Annex", "F HER")
    copy = _copy(api, f"{barcode}-B")
    assert (copy.price_cents, str(copy.acquired), copy.notes) == (1500, "2026-02-01", None)
    # PATCH changes only what is sent; a stale version is refused
    r = api.client.patch(f"/copies/{barcode}-B", json={"location": "Main", "expected_version": copy.version},
                         headers=api.token(who))
    assert r.status_code == 200, r.text
    assert (_copy(api, f"{barcode}-B").location, _copy(api, f"{barcode}-B").price_cents) == ("Main", 1500)
    stale = api.client.patch(f"/copies/{barcode}-B", json={"location": "Annex", "expected_version": copy.version},
                             headers=api.token(who))
    assert "changed by someone else" in error(stale, 409)["message"]
    taken = api.client.patch(f"/copies/{barcode}-B", json={"barcode": "3100000"}, headers=api.token(who))
    assert "already used" in error(taken, 409)["message"]
    error(api.client.patch(f"/copies/{barcode}-B", json={"status": "lost"}, headers=api.token(who)), 422)
    error(api.client.patch(f"/copies/{barcode}-B", json={"price_cents": -1}, headers=api.token(who)), 422)
    error(api.client.patch("/copies/NOPE", json={"location": "Main"}, headers=api.token(who)), 404)


def test_new_statuses_and_checkout(api) -> None:
    barcode = _new_copy(api)
    for status in ("in_repair", "not_for_loan"):
        error(api.client.put(f"/copies/{barcode}/status", json={"status": status}, headers=api.token("desky")), 403)
        r = api.client.put(f"/copies/{barcode}/status", json={"status": status, "note": "binder"},
                           headers=api.token("libby"))
        assert r.status_code == 200 and r.json()["status"] == status, r.text
    assert [c["barcode"] for c in api.client.get("/copies", params={"status": "not_for_loan"},
                                                 headers=api.token("desky")).json()["items"]] == [barcode]


@pytest.mark.parametrize("who, status", [(ANA[0], 403), ("desky", 403), ("libby", 204), ("admin", 204)])
def test_delete_a_withdrawn_copy_by_role(api, who, status) -> None:
    barcode = _new_copy(api)
    refused = api.client.delete(f"/copies/{barcode}", headers=api.token("libby"))
    assert error(refused, 409, "refused")["reasons"][0]["code"] == "not_withdrawn"
    api.client.put(f"/copies/{barcode}/status", json={"status": "withdrawn"}, headers=api.token("libby"))
    r = api.client.delete(f"/copies/{barcode}", headers=api.token(who))
    if status != 204:
        error(r, status, "permission_denied")
        return
    assert r.status_code == 204, r.text
    error(api.client.get(f"/copies/{barcode}", headers=api.token("desky")), 404)
    error(api.client.delete(f"/copies/{barcode}", headers=api.token(who)), 404)


def test_a_copy_with_loans_is_not_deleted(api) -> None:
    r = api.client.post("/loans/checkin", json={"barcode": "3100010"}, headers=api.token("desky"))
    assert r.status_code == 200, r.text
    r = api.client.put("/copies/3100010/status", json={"status": "withdrawn"}, headers=api.token("libby"))
    assert r.status_code == 200, r.text
    refused = api.client.delete("/copies/3100010", headers=api.token("libby"))
    err = error(refused, 409, "refused")
    assert err["reasons"][0]["code"] == "has_history" and "stays withdrawn" in err["message"]


def test_a_lost_copy_put_back_cancels_its_fee(api) -> None:
    barcode = _new_copy(api, price_cents=900)
    r = api.client.post("/loans", json={"card_number": "20000000002", "barcode": barcode}, headers=api.token("desky"))
    assert r.status_code == 201, r.text
    lost = api.client.put(f"/copies/{barcode}/status", json={"status": "lost"}, headers=api.token("libby"))
    assert lost.status_code == 200, lost.text
    back = api.client.put(f"/copies/{barcode}/status", json={"status": "available"}, headers=api.token("libby"))
    assert back.status_code == 200 and back.json()["status"] == "available"
    with api.services.library.read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_events WHERE action = 'cancel_fee'")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM fees WHERE kind = 'lost' AND waived_at IS NOT NULL")).scalar() == 1
