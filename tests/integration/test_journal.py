"""The journal (outbox): every change writes its row in the same transaction, with the right
kind and arguments and a gapless increasing seq; a failing action leaves nothing at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, Fee, Hold, JournalEntry, Loan
from desktop_app.domain.errors import Refused
from desktop_app.services.people.members import MemberInput


def _journal(services) -> list[JournalEntry]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return list(s.scalars(select(JournalEntry).order_by(JournalEntry.seq)))


def _counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model))
                for model in (JournalEntry, AuditEvent, Loan, Hold, Fee)}


def test_every_change_writes_its_journal_row(services, admin, librarian, desk, clock, make_book) -> None:
    start = len(_journal(services))
    book_id, [code] = make_book("Dune")
    card = services.members.register(desk, MemberInput(first_name="Ana", last_name="Ruiz")).card_number
    bo = services.members.register(desk, MemberInput(first_name="Bo", last_name="Li")).card_number
    services.members.edit(desk, card, MemberInput(first_name="Ana", last_name="Ruiz", phone="555 1234"))
    loan = services.circulation.checkout(desk, card, code)
    clock.set(date(2026, 3, 20))
    services.circulation.renew(desk, code)
    hold = services.holds.place(desk, bo, book_id)
    clock.set(date(2026, 4, 20))
    services.circulation.checkin(desk, code)  # 10 days late after the renewal: a fee, a trap
    fee = services.fees.for_member(desk, card)[0]
    services.fees.pay(desk, fee.id)
    services.holds.cancel(desk, hold.id, reason="moved away")
    services.fees.waive(librarian, services.fees.charge(librarian, card, 100, "Lost card").id, "kind")
    services.catalog.set_copy_status(librarian, code, "withdrawn")
    entries = _journal(services)[start:]
    assert [e.kind for e in entries] == [
        "book_upsert", "copy_upsert", "member_upsert", "member_upsert", "member_upsert", "checkout", "renew",
        "place_hold", "checkin", "pay_fee", "cancel_hold", "add_fee", "waive_fee", "copy_status"]
    assert [e.seq for e in entries] == list(range(start + 1, start + 1 + len(entries)))
    assert len({e.op_id for e in entries}) == len(entries)
    assert {e.status for e in entries} == {"pending"}
    by_kind = {e.kind: e for e in entries}
    with services.library.read() as s:
        loan_row = s.get(Loan, loan.loan_id)
        loan_uuid = loan_row.uuid
    checkout = by_kind["checkout"]
    assert checkout.entity_uuid == loan_uuid
    assert checkout.args["loan_uuid"] == loan_uuid and checkout.args["card_number"] == card
    assert checkout.args["barcode"] == code and checkout.args["due_date"] == "2026-03-23"
    assert by_kind["renew"].args["due_date"] == "2026-04-10" and by_kind["renew"].args["renewals"] == 1
    checkin = by_kind["checkin"].args
    assert checkin["loan_uuid"] == loan_uuid and checkin["fee_cents"] == 80 and checkin["hold_uuid"] == hold.uuid
    assert by_kind["pay_fee"].args["fee_uuid"] == fee.uuid
    cancel = dict(by_kind["cancel_hold"].args)
    rows = cancel.pop("rows")
    assert cancel == {"hold_uuid": hold.uuid, "reason": "moved away"}
    assert ["hold", hold.uuid] in rows  # every row an action changed is named, for the server to re-announce
    assert sorted(e for e, _u in checkout.args["rows"]) == ["copy", "loan"]
    assert by_kind["copy_status"].args["status"] == "withdrawn"
    assert entries[4].args["phone"] == "555 1234" and entries[4].base_version == 1


def test_the_journal_is_written_in_the_action_transaction(services, desk, clock, make_book, make_member,
                                                          monkeypatch) -> None:
    """If anything fails after the journal row is added, the loan, the copy's status, the
    journal row and the audit event all vanish together."""
    _, [code] = make_book("Dune")
    card = make_member()
    before = _counts(services)

    def broken_audit(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(services.library, "audit", broken_audit)
    with pytest.raises(RuntimeError, match="disk on fire"):
        services.circulation.checkout(desk, card, code)
    assert _counts(services) == before
    assert services.search.copy_by_barcode(code)[2] == "available"
    monkeypatch.undo()
    services.library.set_clock(clock.now)
    services.circulation.checkout(desk, card, code)
    after = _counts(services)
    assert (after["JournalEntry"], after["AuditEvent"], after["Loan"]) == (
        before["JournalEntry"] + 1, before["AuditEvent"] + 1, before["Loan"] + 1)
    seqs = [e.seq for e in _journal(services)]
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_refused_action_writes_nothing(services, desk, clock, make_book, make_member) -> None:
    book_id, [code] = make_book("Dune")
    card = make_member()
    services.members.block(desk, card, "lost card")
    before = _counts(services)
    with pytest.raises(Refused):
        services.circulation.checkout(desk, card, code)
    with pytest.raises(Refused):
        services.circulation.renew(desk, code)
    with pytest.raises(Refused):
        services.holds.place(desk, card, book_id)
    assert _counts(services) == before


def test_a_lost_copy_journals_the_loan_it_closes_and_the_fee(services, librarian, desk, clock, make_book,
                                                             make_member) -> None:
    _, [code] = make_book("Dune")
    loan = services.circulation.checkout(desk, make_member(), code)
    services.catalog.set_copy_status(librarian, code, "lost")
    last = _journal(services)[-1]
    with services.library.read() as s:
        loan_uuid = s.get(Loan, loan.loan_id).uuid
        fee_uuid = s.scalar(select(Fee.uuid))
    assert last.kind == "copy_status"
    assert (last.args["status"], last.args["loan_uuid"], last.args["fee_uuid"], last.args["fee_cents"]) == (
        "lost", loan_uuid, fee_uuid, 1500)
