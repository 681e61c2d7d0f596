"""Fines through the REST API: ``accrued_fine_cents`` on listed and single loans (what the desk
shows), a renewal charging it, and a refused overdue renewal (setting ``renew_overdue``)."""

from __future__ import annotations

from helpers import error, walk
from server_seed import ANA, BEN


def _ana_fines(api) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    card = api.services.queries.member_card(api.actor("desky"), api.services.queries.member_id(ANA[0]))
    late = next(loan for loan in card.loans if loan.barcode == "3100000")
    return late.loan_id, late.accrued_fine_cents


def test_loans_carry_the_fine_run_up_so_far_and_a_renewal_charges_it(api):
    loan_id, accrued = _ana_fines(api)
    assert accrued > 0  # the seed lent 3100000 to Ana some 19 days overdue
    mine, _ = walk(api, "/loans", ANA[0])
    assert {i["barcode"]: i["accrued_fine_cents"] for i in mine} == {"3100000": accrued, "3100010": 0}
    everyone, _ = walk(api, "/loans", "desky", status="all", limit=2)
    assert {i["barcode"]: i["accrued_fine_cents"] for i in everyone if i["accrued_fine_cents"]} == {"3100000": accrued}
    one = api.client.get(f"/loans/{loan_id}", headers=api.token(ANA[0]))
    assert one.status_code == 200 and one.json()["accrued_fine_cents"] == accrued and one.json()["overdue"] is True
    error(api.client.get(f"/loans/{loan_id}", headers=api.token(BEN[0])), 404)

    # Ben waits for this book (the seed): a librarian renews over it.
    r = api.client.post(f"/loans/{loan_id}/renew", json={"override_reason": "Ben agreed"}, headers=api.token("libby"))
    assert r.status_code == 200, r.text
    assert r.json()["accrued_fine_cents"] == 0 and r.json()["overdue"] is False
    fees, _ = walk(api, "/fees", ANA[0], status="open")
    assert sorted(f["amount_cents"] for f in fees) == sorted([250, accrued])  # the seed's 2.50 and the fine


def test_an_overdue_renewal_is_refused_through_the_api_when_the_library_refuses(api):
    api.services.setup.update_settings(api.actor("admin"), renew_overdue="refuse")
    loan_id, accrued = _ana_fines(api)
    err = error(api.client.post(f"/loans/{loan_id}/renew", headers=api.token(ANA[0])), 409, "refused")
    assert "does not renew overdue loans" in err["message"]
    error(api.client.post(f"/loans/{loan_id}/renew", json={"override_reason": "ill"}, headers=api.token("desky")),
          403)
    r = api.client.post(f"/loans/{loan_id}/renew", json={"override_reason": "was ill"}, headers=api.token("libby"))
    assert r.status_code == 200, r.text
    fees, _ = walk(api, "/fees", "desky", status="open", member=ANA[0])
    assert accrued in [f["amount_cents"] for f in fees]
