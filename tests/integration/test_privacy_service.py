"""Privacy through the services, on a real migrated SQLite library: returned loans lose their
member after the set number of days (statistics kept, idempotent, versions bumped, journaled),
a member's data export (JSON and PDF, audited, own data only for a member), and deleting a
member (refused with reasons while loans or unpaid fees remain; history kept anonymised)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import NotFound, PermissionDenied, Refused
from desktop_app.domain.values import Role
from desktop_app.services import SYSTEM, Actor, Services
from desktop_app.services.people.member_export import to_json, write_json, write_pdf
from desktop_app.services.people.privacy import Privacy


def q(services: Services, sql: str, **params: object) -> list[tuple]:
    with services.library.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params).all()]


def one(services: Services, sql: str, **params: object) -> object:
    return q(services, sql, **params)[0][0]


def member_actor(services: Services, card: str) -> Actor:
    member = services.members.get(card)
    return Actor(username=card, role=Role.MEMBER, member_id=member.id, display_name=member.full_name)


@pytest.fixture
def privacy(services: Services) -> Privacy:
    return Privacy(services.library)


def _lend_and_return(services, actor, card, barcode, clock, *, out_days: int) -> None:  # type: ignore[no-untyped-def]
    services.circulation.checkout(actor, card, barcode)
    clock.advance(out_days)
    services.circulation.checkin(actor, barcode)


def test_returned_loans_lose_their_member_after_the_set_days(services, privacy, admin, clock, make_book,
                                                             make_member) -> None:  # type: ignore[no-untyped-def]
    _, codes = make_book("Dune", copies=3)
    ana, ben = make_member("Ana", "Ruiz"), make_member("Ben", "Okafor")
    _lend_and_return(services, admin, ana, codes[0], clock, out_days=2)  # returned on day 2
    clock.advance(5)
    _lend_and_return(services, admin, ben, codes[1], clock, out_days=1)  # returned on day 8
    services.circulation.checkout(admin, ana, codes[2])  # still out
    assert privacy.anonymise_old_loans(SYSTEM) == 0  # the setting is 0: off
    services.setup.update_settings(admin, anonymise_after_days=3)
    per_day_before = services.reports.loans_per_day(admin, days=30)
    versions = dict(q(services, "SELECT uuid, version FROM loans"))
    assert privacy.anonymise_old_loans(SYSTEM) == 1  # only Ana's loan returned 6 days ago
    rows = q(services, "SELECT m.card_number, l.returned_at IS NULL, l.version, l.uuid FROM loans l "
                       "LEFT JOIN members m ON m.id = l.member_id ORDER BY l.id")
    assert [(r[0], r[1]) for r in rows] == [(None, 0), (ben, 0), (ana, 1)]
    assert rows[0][2] == versions[rows[0][3]] + 1 and rows[1][2] == versions[rows[1][3]]
    assert services.reports.loans_per_day(admin, days=30) == per_day_before
    assert services.reports.most_borrowed(admin)[0][2] == 3
    kinds = q(services, "SELECT kind, args FROM journal WHERE kind = 'anonymise_loans'")
    assert len(kinds) == 1 and json.loads(kinds[0][1])["loan_uuids"] == [rows[0][3]]
    assert q(services, "SELECT actor, details FROM audit_events WHERE action = 'anonymise_loans'")[0][0] == "system"
    assert privacy.anonymise_old_loans(SYSTEM) == 0  # idempotent: nothing more, no new journal row
    assert one(services, "SELECT count(*) FROM journal WHERE kind = 'anonymise_loans'") == 1
    clock.advance(3)  # Ben's loan was returned exactly 3 days ago: not yet
    assert privacy.anonymise_old_loans(admin) == 0
    clock.advance(1)
    assert privacy.anonymise_old_loans(admin) == 1
    with pytest.raises(PermissionDenied):
        privacy.anonymise_old_loans(services.accounts.login("dirk", "desk password"))


def test_a_loan_with_an_open_fee_keeps_its_member_and_a_settled_fee_goes_with_its_loan(
        services, privacy, admin, clock, make_book, make_member) -> None:  # type: ignore[no-untyped-def]
    _, codes = make_book("Emma", copies=2)
    ana = make_member("Ana", "Ruiz")
    services.circulation.checkout(admin, ana, codes[0])
    services.circulation.checkout(admin, ana, codes[1])
    clock.advance(40)  # both late: overdue fees at the return
    services.circulation.checkin(admin, codes[0])
    services.circulation.checkin(admin, codes[1])
    fees = services.fees.for_member(admin, ana)
    assert len(fees) == 2
    services.fees.pay(admin, fees[0].id)
    services.setup.update_settings(admin, anonymise_after_days=1)
    clock.advance(2)
    assert privacy.anonymise_old_loans(SYSTEM) == 1
    assert q(services, "SELECT member_id IS NULL, paid_at IS NOT NULL FROM fees ORDER BY id") == [(1, 1), (0, 0)]
    assert [f.uuid for f in services.fees.for_member(admin, ana)] == [fees[1].uuid]


def test_closed_holds_are_anonymised_and_waiting_ones_kept(services, privacy, admin, clock, make_book,
                                                           make_member) -> None:  # type: ignore[no-untyped-def]
    book_a, _ = make_book("Ulysses")
    book_b, _ = make_book("Beloved")
    ana = make_member("Ana", "Ruiz")
    first = services.holds.place(admin, ana, book_a)
    services.holds.place(admin, ana, book_b)
    services.holds.cancel(admin, first.id, reason="changed her mind")
    services.setup.update_settings(admin, anonymise_after_days=5)
    clock.advance(6)
    privacy.anonymise_old_loans(SYSTEM)
    assert q(services, "SELECT status, member_id IS NULL FROM holds ORDER BY id") == [("cancelled", 1),
                                                                                      ("waiting", 0)]


def test_a_member_exports_their_data_as_json_and_pdf(services, privacy, admin, librarian, desk, clock, make_book,
                                                     make_member, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, codes = make_book("Solaris", copies=2, authors=["Stanisław Lem"])
    ana = make_member("Ana", "Ruiz", email="ana@example.org", notes="prefers email")
    ben = make_member("Ben", "Okafor")
    _lend_and_return(services, admin, ana, codes[0], clock, out_days=3)
    services.circulation.checkout(admin, ana, codes[1])
    services.fees.charge(admin, ana, 250, "Lost card")
    data = privacy.export_member(librarian, ana)
    assert data.record["card_number"] == ana and data.record["notes"] == "prefers email"
    assert "pin_hash" not in data.record and len(data.loans) == 2 and data.loans[0]["returned_at"]
    assert data.loans[0]["authors"] == "Stanisław Lem" and data.fees[0]["amount_cents"] == 250
    parsed = json.loads(to_json(data))
    assert parsed["format"] == "library-desk member data 1" and parsed["record"]["email"] == "ana@example.org"
    write_json(data, tmp_path / "ana.json")
    write_pdf(data, tmp_path / "ana.pdf")
    assert json.loads((tmp_path / "ana.json").read_text(encoding="utf-8")) == parsed
    assert (tmp_path / "ana.pdf").read_bytes().startswith(b"%PDF")
    audit = q(services, "SELECT actor, entity_uuid FROM audit_events WHERE action = 'member_export'")
    assert audit == [("lena", services.members.get(ana).uuid)]
    with pytest.raises(PermissionDenied):
        privacy.export_member(desk, ana)
    own = privacy.export_member(member_actor(services, ana), ana)
    assert "notes" not in own.record and len(own.loans) == 2
    with pytest.raises(PermissionDenied):
        privacy.export_member(member_actor(services, ben), ana)


def test_delete_a_member_is_refused_while_loans_or_fees_remain_then_anonymises(
        services, privacy, admin, librarian, desk, clock, make_book, make_member) -> None:  # type: ignore[no-untyped-def]
    book, codes = make_book("Middlemarch", copies=2)
    other_book, _ = make_book("Emma")
    ana = make_member("Ana", "Ruiz")
    services.circulation.checkout(admin, ana, codes[0])
    fee = services.fees.charge(admin, ana, 350, "Damaged cover")
    services.holds.place(admin, ana, other_book)
    with pytest.raises(Refused) as refused:
        privacy.delete_member(librarian, ana)
    assert refused.value.codes == ["member_has_loans", "member_owes"]
    assert "Ana Ruiz" in refused.value.message and "1 loan out" in refused.value.message
    assert "owes 3.50" in refused.value.message
    with pytest.raises(PermissionDenied):
        privacy.delete_member(desk, ana)
    services.circulation.checkin(admin, codes[0])
    left, why = privacy.before_delete(librarian, ana)
    assert (left.loans_out, left.owed_cents, left.holds_active) == (0, 350, 1) and why is not None
    services.fees.pay(admin, fee.id)
    left, why = privacy.before_delete(librarian, ana)
    assert why is None and left.holds_active == 1
    member_uuid = services.members.get(ana).uuid
    done = privacy.delete_member(librarian, ana)
    assert (done.loans, done.holds, done.fees) == (1, 1, 1)
    with pytest.raises(NotFound):
        services.members.get(ana)
    assert q(services, "SELECT member_id, returned_at IS NOT NULL FROM loans") == [(None, 1)]
    assert q(services, "SELECT member_id, status FROM holds") == [(None, "cancelled")]
    assert q(services, "SELECT member_id, amount_cents FROM fees") == [(None, 350)]
    assert q(services, "SELECT entity, uuid FROM tombstones") == [("member", member_uuid)]
    assert one(services, "SELECT count(*) FROM journal WHERE kind = 'delete_member'") == 1
    details = json.loads(str(one(services, "SELECT details FROM audit_events WHERE action = 'member_delete'")))
    assert details["card"] == ana and details["loans"] == 1
    assert services.reports.most_borrowed(admin)[0][2] == 1  # the loan still counts
    assert services.reports.counts().members == 0
