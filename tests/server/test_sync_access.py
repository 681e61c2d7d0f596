"""Who may sync, and how a pushed operation is judged (issue: the sync path skipped the
permissions and rules of the REST API). Every route and every pushed operation as each role,
as a member and as another desk, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from helpers import error
from server_seed import ANA, BEN, DESK, LIBRARIAN
from sqlalchemy import select

from desktop_app.db.models import Loan, Member
from desktop_app.services.catalog.input import CopyInput


def register(api, who: str = "admin", **body: Any) -> dict[str, Any]:
    r = api.client.post("/sync/devices", json={"desk_name": f"Desk {uuid.uuid4().hex[:6]}", **body},
                        headers=api.token(who))
    assert r.status_code == 201, r.text
    assert r.headers["Cache-Control"] == "no-store"
    return r.json()


def device_headers(api, device: dict[str, Any]) -> dict[str, str]:
    r = api.client.post("/auth/device", json={"client_id": device["client_id"], "secret": device["device_secret"]})
    assert r.status_code == 200, r.text
    assert r.headers["Cache-Control"] == "no-store"
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def op(seq: int, kind: str, args: dict[str, Any], *, actor: str | None = None, at: datetime | None = None,
       **extra: Any) -> dict[str, Any]:
    return {"seq": seq, "op_id": str(uuid.uuid4()), "kind": kind, "args": args,
            "occurred_at": (at or datetime.now(UTC)).isoformat(), "actor": actor, **extra}


def push(api, device: dict[str, Any], headers: dict[str, str], ops: list[dict[str, Any]]) -> Any:
    return api.client.post("/sync/push", headers=headers, json={
        "client_id": device["client_id"], "sent_at": datetime.now(UTC).isoformat(), "ops": ops})


def test_only_librarians_and_admins_register_desks_and_never_above_their_own_role(api):
    error(api.client.post("/sync/devices", json={"desk_name": "x"}, headers=api.token(DESK[0])), 403)
    error(api.client.post("/sync/devices", json={"desk_name": "x"}, headers=api.token(ANA[0])), 403)
    error(api.client.post("/sync/devices", json={"desk_name": "x", "role": "admin"}, headers=api.token(LIBRARIAN[0])),
          403)
    mine = register(api, LIBRARIAN[0])
    assert mine["role"] == "librarian" and len(mine["device_secret"]) >= 40
    assert register(api, "admin", role="desk")["role"] == "desk"


def test_a_desk_credential_opens_its_own_sync_and_nothing_else(api):
    device = register(api, "admin")
    headers = device_headers(api, device)
    error(api.client.get("/members", headers=headers), 403)  # not the REST API
    error(api.client.post("/auth/device", json={"client_id": device["client_id"], "secret": "x" * 43}), 401)
    assert api.client.get("/sync/pull", headers=headers).status_code == 200
    assert push(api, device, headers, []).status_code == 200


def test_nobody_but_the_desk_pushes_into_its_sequence_and_errors_reveal_no_sequence(api):
    a, b = register(api, "admin"), register(api, "admin")
    ha, hb = device_headers(api, a), device_headers(api, b)
    assert push(api, a, ha, [op(1, "no_such_kind", {})]).status_code == 200
    for who in ("admin", LIBRARIAN[0], DESK[0], ANA[0]):  # people cannot push or pull at all
        error(push(api, a, api.token(who), [op(2, "no_such_kind", {})]), 403)
        error(api.client.get("/sync/pull", headers=api.token(who)), 403)
    stolen = error(push(api, a, hb, [op(5, "no_such_kind", {})]), 403)  # B's credential, A's sequence
    assert "expected" not in str(stolen) and "seq" not in stolen["message"]
    gap = error(push(api, a, ha, [op(5, "no_such_kind", {})]), 409, "seq_gap")  # A itself learns its own
    assert gap["expected_seq"] == 2


def test_a_retired_desk_stops_at_once_and_its_code_goes_to_the_next_desk(api):
    device = register(api, "admin")
    headers = device_headers(api, device)
    error(api.client.post(f"/sync/devices/{device['client_id']}/retire", headers=api.token(LIBRARIAN[0])), 403)
    r = api.client.post(f"/sync/devices/{device['client_id']}/retire", headers=api.token("admin"))
    assert r.status_code == 200 and r.json()["retired_at"] and r.json()["desk_code"] is None
    error(api.client.get("/sync/pull", headers=headers), 401)
    error(api.client.post("/auth/device", json={"client_id": device["client_id"],
                                                "secret": device["device_secret"]}), 401)
    listed = api.client.get("/sync/devices", headers=api.token(LIBRARIAN[0])).json()
    assert device["client_id"] not in {d["client_id"] for d in listed}
    assert register(api, "admin")["desk_code"] == device["desk_code"]  # the code is free again


def test_a_freed_code_goes_on_where_the_retired_desk_stopped(api):
    device = register(api, "admin")
    code = device["desk_code"]
    api.services.catalog.add_copies(api.actor("admin"), 1, [CopyInput(barcode=f"3{code}00004217")])
    api.client.post(f"/sync/devices/{device['client_id']}/retire", headers=api.token("admin"))
    again = register(api, "admin")
    assert again["desk_code"] == code and again["counters"]["id_3"] == 421


def test_staff_hashes_reach_a_desk_only_up_to_its_role(api):
    def hashes(device: dict[str, Any]) -> dict[str, Any]:
        headers, found, cursor = device_headers(api, device), {}, None
        while True:
            page = api.client.get("/sync/pull", headers=headers, params={"cursor": cursor} if cursor else {}).json()
            found.update({c["data"]["username"]: c["data"]["password_hash"] for c in page["changes"]
                          if c["entity"] == "staff" and c["data"]})
            cursor = page["cursor"]
            if not page["has_more"]:
                return found

    desk_level = hashes(register(api, "admin", role="desk"))
    assert desk_level[DESK[0]] and desk_level["admin"] is None and desk_level[LIBRARIAN[0]] is None
    librarian_level = hashes(register(api, LIBRARIAN[0]))
    assert librarian_level[LIBRARIAN[0]] and librarian_level["admin"] is None
    assert hashes(register(api, "admin"))["admin"]  # an admin chose so by registering it as admin


def _loan_of(api, barcode: str) -> Any:
    with api.services.library.read() as s:
        return s.execute(select(Loan).join(Loan.copy).where(Loan.returned_at.is_(None))
                         .where(Loan.copy.has(barcode=barcode))).scalar_one_or_none()


def test_what_a_desk_decided_offline_counts_only_within_the_rules_and_its_rights(api):
    desk = register(api, "admin", role="desk")  # a desk with desk rights (its clerks' accounts)
    headers = device_headers(api, desk)
    api.services.members.block(api.actor("admin"), "20000000003", "lost card")
    with api.services.library.read() as s:
        blocked = s.scalar(select(Member).where(Member.card_number == "20000000003"))
        ana = s.scalar(select(Member).where(Member.card_number == ANA[0]))
    loan_a, loan_b = str(uuid.uuid4()), str(uuid.uuid4())
    answer = push(api, desk, headers, [
        # a librarian's override from a desk that only has desk rights: refused
        op(1, "checkout", {"loan_uuid": loan_a, "barcode": "3100040", "card_number": "20000000003",
                           "member_uuid": blocked.uuid, "override_reason": "trust me"}, actor=LIBRARIAN[0]),
        # a desk clerk unblocking a member: a librarian's right
        op(2, "member_unblock", {"member_uuid": blocked.uuid, "card_number": "20000000003"}, actor=DESK[0]),
        # a due date far past the rules: the rules' date is kept
        op(3, "checkout", {"loan_uuid": loan_b, "barcode": "3100050", "card_number": BEN[0],
                           "due_date": "9999-12-31"}, actor=DESK[0]),
    ])
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert {r["result"]["exceptions"] != [] for r in results[:2]} == {True}
    with api.services.library.read() as s:
        assert s.scalar(select(Member.blocked).where(Member.id == blocked.id)) is True
        loan = s.scalar(select(Loan).where(Loan.uuid == loan_b))
        assert loan.due_date < datetime.now(UTC).date() + timedelta(days=40)
    assert results[2]["result"]["due_date_corrected"] is True
    codes = {e["code"] for e in api.client.get("/sync/exceptions", headers=api.token(LIBRARIAN[0])).json()}
    assert "not_allowed" in codes
    # A return dated long before the desk's previous operation (to dodge a fine) is not believed.
    before = api.client.get("/fees", params={"member": BEN[0]}, headers=api.token("admin")).json()["total"]
    answer = push(api, desk, headers, [op(4, "checkin", {"barcode": "3100050"}, actor=DESK[0],
                                          at=datetime.now(UTC) - timedelta(days=30))])
    result = answer.json()["results"][0]
    assert result["status"] == "applied" and "time_adjusted" in result["result"]
    with api.services.library.read() as s:
        back = s.scalar(select(Loan).where(Loan.uuid == loan_b))
        assert back.returned_at >= back.checked_out_at  # never returned before it was lent
    assert api.client.get("/fees", params={"member": BEN[0]}, headers=api.token("admin")).json()["total"] == before
    assert ana.uuid  # unchanged


def test_an_account_the_server_does_not_know_acts_with_desk_rights_only(api):
    desk = register(api, "admin")
    headers = device_headers(api, desk)
    answer = push(api, desk, headers, [
        op(1, "add_fee", {"fee_uuid": str(uuid.uuid4()), "card_number": ANA[0], "amount_cents": 500,
                          "note": "made up"}, actor="mallory")])
    [result] = answer.json()["results"]
    assert result["status"] == "rejected" and "librarian" in result["result"]["messages"][0]


def test_a_bad_operation_never_blocks_the_desk(api):
    desk = register(api, "admin")
    headers = device_headers(api, desk)
    answer = push(api, desk, headers, [
        op(1, "checkout", {"loan_uuid": 12, "barcode": ["not", "text"]}),
        op(2, "book_upsert", {"uuid": str(uuid.uuid4()), "title": "x" * 5000, "year": "soon"}),
        op(3, "copy_upsert", {"uuid": str(uuid.uuid4()), "book_uuid": None, "barcode": None}),
        op(4, "member_upsert", {"uuid": str(uuid.uuid4()), "card_number": "Z9", "first_name": 7}),
        op(5, "renew", {"loan_uuid": None}),
        op(6, "checkin", {"barcode": "3100030"}),
    ])
    assert answer.status_code == 200, answer.text
    statuses = [r["status"] for r in answer.json()["results"]]
    assert statuses == ["rejected"] * 5 + ["applied"]
    listed = {d["client_id"]: d for d in api.client.get("/sync/devices", headers=api.token("admin")).json()}
    assert listed[desk["client_id"]]["last_seq"] == 6  # the queue moved past every bad one


def test_crafted_cursors_and_huge_bodies_are_refused_clearly(api):
    desk = register(api, "admin")
    headers = device_headers(api, desk)
    for cursor in ("%%%", base64.urlsafe_b64encode(b"v1." + b"9" * 30).decode(), "djEu²",
                   base64.urlsafe_b64encode(b"v2.5").decode()):
        error(api.client.get("/sync/pull", headers=headers, params={"cursor": cursor}), 400, "bad_cursor")
    crafted = base64.urlsafe_b64encode(b'{"fp": "x", "k": [1, 99999999999999999999999]}').decode().rstrip("=")
    error(api.client.get("/loans", headers=api.token("admin"), params={"cursor": crafted}), 400, "bad_cursor")
    big = b"{" + b" " * (2 * 1024 * 1024) + b"}"
    r = api.client.post("/auth/login", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_credential_changes_end_sessions(api):
    body = api.login(*DESK).json()
    bearer = {"Authorization": f"Bearer {body['access_token']}"}
    api.services.accounts.set_active(api.actor("admin"), DESK[0], False)
    api.services.accounts.set_active(api.actor("admin"), DESK[0], True)  # switched on again: still logged out
    error(api.client.get("/copies", headers=bearer), 401)
    member = api.client.post("/auth/login", json={"card_number": BEN[0], "pin": BEN[1]}).json()
    mine = {"Authorization": f"Bearer {member['access_token']}"}
    assert api.client.get("/members/me", headers=mine).status_code == 200
    api.services.members.set_pin(api.actor("admin"), BEN[0], "9999")
    error(api.client.get("/members/me", headers=mine), 401)
    member = api.client.post("/auth/login", json={"card_number": BEN[0], "pin": "9999"}).json()
    mine = {"Authorization": f"Bearer {member['access_token']}"}
    api.services.members.block(api.actor("admin"), BEN[0], "lost card")
    error(api.client.get("/members/me", headers=mine), 401)


def test_locks_are_kept_per_address_and_say_the_same_for_unknown_accounts(api):
    for name in ("libby", "nobody"):
        for _ in range(5):
            api.login(name, "wrong guess")
    known, unknown = api.login("libby", "wrong guess").json(), api.login("nobody", "wrong guess").json()
    assert known["error"]["code"] == unknown["error"]["code"] == "account_locked"
    # the same words; the time until which the lock holds may fall either side of a minute

    def words(body: dict, name: str) -> str:
        return re.sub(r"\b\d{1,2}:\d{2}\b", "HH:MM", body["error"]["message"].replace(name, "X"))

    assert words(known, "libby") == words(unknown, "nobody")
    # The attacker's address is locked out; the person elsewhere (here: at the server's own desk) is not.
    assert api.services.accounts.login(*LIBRARIAN).role == "librarian"


def test_the_sync_routes_for_people_check_each_role(api):
    device = register(api, "admin")
    for who in (DESK[0], ANA[0]):
        error(api.client.get("/sync/devices", headers=api.token(who)), 403)
        error(api.client.post(f"/sync/devices/{device['client_id']}/retire", headers=api.token(who)), 403)
        error(api.client.put(f"/sync/devices/{device['client_id']}/role", json={"role": "desk"},
                             headers=api.token(who)), 403)
    error(api.client.get("/sync/exceptions", headers=api.token(ANA[0])), 403)
    assert api.client.get("/sync/exceptions", headers=api.token(DESK[0])).status_code == 200
    error(api.client.post("/sync/exceptions/1/resolve", json={"action": "dismiss"}, headers=api.token(DESK[0])), 403)
    error(api.client.post(f"/sync/devices/{device['client_id']}/credential", headers=api.token(DESK[0])), 403)
    renewed = api.client.post(f"/sync/devices/{device['client_id']}/credential", headers=api.token("admin"))
    assert renewed.status_code == 200 and renewed.headers["Cache-Control"] == "no-store"
    error(api.client.post("/auth/device", json={"client_id": device["client_id"],
                                                "secret": device["device_secret"]}), 401)  # the old one ended
    # A desk acting for a person gets that person's rights, at most its own role.
    low = register(api, "admin", role="desk")
    acting = {**device_headers(api, low), "X-Acting-Staff": "admin"}
    error(api.client.post(f"/sync/devices/{device['client_id']}/retire", headers=acting), 403)
    high = {**device_headers(api, register(api, "admin")), "X-Acting-Staff": "admin"}
    assert api.client.post(f"/sync/devices/{low['client_id']}/retire", headers=high).status_code == 200
    error(api.client.get("/sync/devices", headers={**high, "X-Acting-Staff": "nobody"}), 401)
