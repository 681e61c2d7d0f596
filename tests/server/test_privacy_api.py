"""Privacy through the REST API, on SQLite and PostgreSQL: a member's data export (librarians
and admins; a member their own at /members/me/export and at their own card, never another's;
desk staff not at all), and deleting a member (librarians and admins; refused with the
reasons while loans are out or fees unpaid; the history kept anonymised)."""

from __future__ import annotations

from helpers import error
from server_seed import ANA, BEN
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, Hold, Loan, Member


def _db(api, stmt):  # type: ignore[no-untyped-def]
    with api.services.library.read() as s:
        return list(s.execute(stmt).all())


def test_export_as_each_role(api):  # type: ignore[no-untyped-def]
    r = api.client.get(f"/members/{ANA[0]}/export", headers=api.token("libby"))
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["format"] == "library-desk member data 1" and data["record"]["card_number"] == ANA[0]
    assert len(data["loans"]) == 2 and data["fees"][0]["amount_cents"] == 250 and "pin_hash" not in data["record"]
    assert api.client.get(f"/members/{BEN[0]}/export", headers=api.token("admin")).json()["holds"][0]["status"] \
        == "waiting"
    error(api.client.get(f"/members/{ANA[0]}/export", headers=api.token("desky")), 403, "permission_denied")
    own = api.client.get("/members/me/export", headers=api.token(ANA[0]))
    assert own.status_code == 200 and own.json()["record"]["card_number"] == ANA[0]
    assert "notes" not in own.json()["record"]
    assert api.client.get(f"/members/{ANA[0]}/export", headers=api.token(ANA[0])).status_code == 200
    error(api.client.get(f"/members/{ANA[0]}/export", headers=api.token(BEN[0])), 403)
    error(api.client.get("/members/me/export", headers=api.token("libby")), 404)
    error(api.client.get("/members/NOPE/export", headers=api.token("libby")), 404)
    audited = _db(api, select(AuditEvent.actor, func.count()).where(AuditEvent.action == "member_export")
                  .group_by(AuditEvent.actor).order_by(AuditEvent.actor))
    assert [tuple(r) for r in audited] == [(ANA[0], 2), ("admin", 1), ("libby", 1)]


def test_delete_as_each_role_refused_while_loans_and_fees_remain(api):  # type: ignore[no-untyped-def]
    for who in ("desky", ANA[0], BEN[0]):
        error(api.client.delete(f"/members/{BEN[0]}", headers=api.token(who)), 403)
    refused = error(api.client.delete(f"/members/{ANA[0]}", headers=api.token("libby")), 409)
    assert "Ana Ruiz" in refused["message"] and "2 loans out" in refused["message"]
    assert "owes 2.50" in refused["message"]
    ben_id = _db(api, select(Member.id).where(Member.card_number == BEN[0]))[0][0]
    api.services.circulation.checkin(api.actor("admin"), "3100020")
    r = api.client.delete(f"/members/{BEN[0]}", headers=api.token("libby"))
    assert r.status_code == 200, r.text
    assert r.json() == {"card_number": BEN[0], "loans": 1, "holds": 1, "fees": 0}
    error(api.client.get(f"/members/{BEN[0]}", headers=api.token("libby")), 404)
    assert _db(api, select(Loan.member_id).join(Loan.copy).where(Loan.copy.has(barcode="3100020"))) == [(None,)]
    assert _db(api, select(func.count()).select_from(Hold).where(Hold.member_id == ben_id)) == [(0,)]
    assert _db(api, select(Hold.status).where(Hold.member_id.is_(None))) == [("cancelled",)]
    error(api.client.delete(f"/members/{BEN[0]}", headers=api.token("libby")), 404)
    listed = api.client.get("/loans", params={"status": "all", "limit": 200}, headers=api.token("libby")).json()
    kept = [x for x in listed["items"] if x["barcode"] == "3100020"]
    assert [(x["card_number"], x["member_name"]) for x in kept] == [(None, "")]  # still listed, anonymised
    holds = api.client.get("/holds", params={"status": "all"}, headers=api.token("libby")).json()["items"]
    assert [(h["card_number"], h["status"]) for h in holds] == [(None, "cancelled")]
    mine = api.client.get("/loans", params={"status": "all"}, headers=api.token(ANA[0])).json()["items"]
    assert {x["card_number"] for x in mine} == {ANA[0]}  # a member never sees the anonymised rows
