"""What an attacker's afternoon with issue 12 found, kept as tests: a renewal that charged the
same late days twice, a deleted member's name left in the notice log, absurd audit dates that
gave a 500."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from helpers import error
from server_seed import BEN
from sqlalchemy import select

from desktop_app.db.models import Copy, Fee
from desktop_app.services.circulation.lending import open_loan, renew
from desktop_app.services.transaction import action


def test_a_renewal_never_takes_a_due_date_already_past_so_no_late_day_is_charged_twice(api: Any) -> None:
    lib, libby = api.services.library, api.actor("libby")
    with action(lib, libby) as tx:
        copy = tx.s.scalar(select(Copy).where(Copy.barcode == "3100000"))
        loan = open_loan(tx.s, copy)
        assert loan is not None and loan.due_date < tx.today
        done = renew(tx, loan, override_reason="test", due_date=loan.due_date + timedelta(days=3))
        assert done.due_date > tx.today, "a due date before today is not a renewal"
        loan_id = loan.id
    with lib.read() as s:
        charged = [f.amount_cents for f in s.scalars(select(Fee).where(Fee.loan_id == loan_id))]
    assert len(charged) == 1, "the late days are charged once, and the loan is no longer late"


def test_a_deleted_members_name_leaves_the_notice_log(mail_api: Any, mail_box: Any) -> None:
    api = mail_api
    put = api.client.put("/notices/templates/hold_ready/en", headers=api.token("libby"),
                         json={"subject": "Hold for {member_name} ({card_number})", "body": "{items}"})
    assert put.status_code == 200
    for barcode in ("3100000", "3100020"):
        api.services.circulation.checkin(api.actor("admin"), barcode)  # the first goes to Ben's hold
    assert api.client.post("/notices/run", json={}, headers=api.token("libby")).status_code == 200
    assert any("Ben Okafor" in r.message["Subject"] for r in mail_box.received)
    api.services.circulation.checkout(api.actor("admin"), BEN[0], "3100000")  # picks the hold up
    api.services.circulation.checkin(api.actor("admin"), "3100000")
    assert api.client.delete(f"/members/{BEN[0]}", headers=api.token("libby")).status_code == 200
    log = api.client.get("/notices", headers=api.token("admin")).json()
    assert log and not any("Ben" in n["subject"] or BEN[0] in n["subject"] or "Ben" in n["body"] for n in log)


def test_absurd_audit_dates_are_refused_by_name(api: Any) -> None:
    for params in ({"since": "0001-01-01"}, {"until": "9999-12-31"}, {"since": "9999-12-31T23:59:59-12:00"},
                   {"since": "0001-01-01T00:00:00+14:00"}):
        body = error(api.client.get("/audit", params=params, headers=api.token("admin")), 422)
        assert next(iter(params)) in str(body)
