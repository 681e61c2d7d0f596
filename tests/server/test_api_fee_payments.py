"""``POST /fees/{id}/pay`` with an amount: a part payment leaves the fee open with its balance,
two parts close it, more than the balance or nothing is refused, and a member cannot pay."""

from __future__ import annotations

from helpers import error
from server_seed import ANA, BEN
from sqlalchemy import select

from desktop_app.db.models import Fee


def _stored(api, fee_id: int) -> tuple[int, int, bool]:
    with api.services.library.read() as s:
        fee = s.get(Fee, fee_id)
        return fee.amount_cents, fee.paid_cents, fee.paid_at is not None


def test_part_payments_through_the_api(api):
    r = api.client.post("/fees", json={"card_number": BEN[0], "amount_cents": 500, "note": "Lost card"},
                        headers=api.token("libby"))
    assert r.status_code == 201, r.text
    fee_id = r.json()["id"]
    assert (r.json()["paid_cents"], r.json()["balance_cents"]) == (0, 500)
    r = api.client.post(f"/fees/{fee_id}/pay", json={"amount_cents": 200}, headers=api.token("libby"))
    assert r.status_code == 200, r.text
    assert (r.json()["paid"], r.json()["paid_cents"], r.json()["balance_cents"]) == (False, 200, 300)
    assert _stored(api, fee_id) == (500, 200, False)
    listed = api.client.get("/fees", params={"member": BEN[0]}, headers=api.token("desky")).json()["items"]
    assert [(f["id"], f["balance_cents"]) for f in listed] == [(fee_id, 300)]
    too_much = error(api.client.post(f"/fees/{fee_id}/pay", json={"amount_cents": 301}, headers=api.token("libby")),
                     409, "refused")
    assert "3.00 left to pay" in too_much["message"]
    for bad in ({"amount_cents": 0}, {"amount_cents": -5}, {"amount_cents": "2.50"}, {"amount": 100}):
        error(api.client.post(f"/fees/{fee_id}/pay", json=bad, headers=api.token("libby")), 422)
    assert _stored(api, fee_id) == (500, 200, False)
    r = api.client.post(f"/fees/{fee_id}/pay", json={"amount_cents": 300}, headers=api.token("desky"))
    assert (r.json()["paid"], r.json()["paid_cents"], r.json()["balance_cents"]) == (True, 500, 0)
    assert _stored(api, fee_id) == (500, 500, True)


def test_a_member_cannot_pay_even_part_of_a_fee(api):
    with api.services.library.read() as s:
        fee_id = s.scalar(select(Fee.id).where(Fee.note == "Damaged cover"))
    before = _stored(api, fee_id)
    error(api.client.post(f"/fees/{fee_id}/pay", json={"amount_cents": 100}, headers=api.token(ANA[0])), 403,
          "permission_denied")
    error(api.client.post(f"/fees/{fee_id}/pay", headers=api.token(ANA[0])), 403, "permission_denied")
    assert _stored(api, fee_id) == before
    mine = api.client.get(f"/fees/{fee_id}", headers=api.token(ANA[0])).json()
    assert (mine["paid_cents"], mine["balance_cents"]) == (0, 250)
