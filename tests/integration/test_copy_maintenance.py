"""Copy maintenance through the services on a real library file: copies added with scanned
(pre-printed) or generated barcodes, a copy edited with the version check, the statuses
not-for-loan, damaged, in repair and withdrawn with their refusals at checkout, a lost copy put
back (refund or keep), and deleting a withdrawn copy. Each role where permissions matter."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text

from desktop_app.db.models import Copy, Hold, JournalEntry, Tombstone
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied, Refused
from desktop_app.services.catalog.input import CopyInput


def _audit(services, action: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return [json.loads(r[0]) for r in s.execute(text(
            "SELECT details FROM audit_events WHERE action = :a ORDER BY id"), {"a": action})]


def _status(services, code: str) -> str:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return s.scalar(select(Copy.status).where(Copy.barcode == code))


def test_copies_with_scanned_and_generated_barcodes(services, librarian, desk, make_book) -> None:
    book_id, [first] = make_book("Dune")
    codes = services.catalog.add_copies(librarian, book_id, [
        CopyInput(barcode=" lbl-0001 ", location="Main", call_number="FIC HER", price_cents=1299,
                  acquired=date(2026, 2, 1)),
        CopyInput(barcode="LBL-0002", location="Main"), CopyInput(location="Annex")])
    assert codes[:2] == ["LBL-0001", "LBL-0002"] and codes[2] not in (first, *codes[:2])
    view = {c.barcode: c for c in services.catalog.book(book_id).copies}
    assert (view["LBL-0001"].location, view["LBL-0001"].call_number) == ("Main", "FIC HER")
    detail = services.catalog.copy_detail(librarian, "LBL-0001")
    assert (detail.values["price_cents"], detail.values["acquired"]) == (1299, date(2026, 2, 1))
    # a label used already, or twice in one scanned list: nothing is added
    with pytest.raises(Conflict, match="LBL-0001 is already used"):
        services.catalog.add_copies(librarian, book_id, [CopyInput(barcode="LBL-0003"), CopyInput(barcode="lbl-0001")])
    with pytest.raises(InvalidInput, match="LBL-0004 is in the list twice"):
        services.catalog.add_copies(librarian, book_id, [CopyInput(barcode="LBL-0004"), CopyInput(barcode="LBL-0004")])
    assert len(services.catalog.book(book_id).copies) == 4
    assert services.catalog.barcode_owner("lbl-0002") == "Dune" and services.catalog.barcode_owner("LBL-9") is None
    with pytest.raises(PermissionDenied):
        services.catalog.add_copies(desk, book_id, [CopyInput()])
    assert [a["barcode"] for a in _audit(services, "copy_add")][-3:] == codes


def test_edit_copy_with_the_version_check(services, librarian, desk, make_book) -> None:
    _, [code] = make_book("Dune")
    before = services.catalog.copy_detail(librarian, code)
    changed = services.catalog.edit_copy(librarian, code, CopyInput(
        barcode="NEW-1", call_number="FIC HER", location="Annex", price_cents=999, notes="signed"),
        expected_version=before.version)
    assert set(changed) == {"barcode", "call_number", "location", "price_cents", "notes"}
    with pytest.raises(NotFound):
        services.catalog.copy_detail(librarian, code)
    after = services.catalog.copy_detail(librarian, "NEW-1")
    assert after.values["location"] == "Annex" and after.version == before.version + 1
    with pytest.raises(Conflict, match="changed by someone else"):  # the dialog opened before the edit
        services.catalog.edit_copy(librarian, "NEW-1", CopyInput(location="Main"), expected_version=before.version)
    with pytest.raises(PermissionDenied):
        services.catalog.edit_copy(desk, "NEW-1", CopyInput(location="Main"))
    [edit] = _audit(services, "copy_edit")
    assert edit["changed"]["barcode"] == [code, "NEW-1"] and edit["changed"]["location"] == [None, "Annex"]


@pytest.mark.parametrize(("status", "code", "overridable"), [
    ("not_for_loan", "copy_not_for_loan", False),
    ("in_repair", "copy_in_repair", True),
    ("damaged", "copy_damaged", True),
    ("withdrawn", "copy_withdrawn", True),
])
def test_statuses_refused_at_checkout(services, librarian, desk, clock, make_book, make_member, status, code,
                                      overridable) -> None:
    _, [barcode] = make_book("Dune")
    card = make_member()
    with pytest.raises(PermissionDenied):
        services.catalog.set_copy_status(desk, barcode, status)
    services.catalog.set_copy_status(librarian, barcode, status, note="shelf 3")
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, card, barcode)
    assert info.value.codes == [code] and info.value.overridable is overridable
    if overridable:  # a librarian with a reason may lend it
        services.circulation.checkout(librarian, card, barcode, override_reason="for the class")
        assert _status(services, barcode) == "on_loan"
    else:
        assert "for reference only" in str(info.value)
        with pytest.raises(Refused):
            services.circulation.checkout(librarian, card, barcode, override_reason="please")
        services.catalog.set_copy_status(librarian, barcode, "available")  # put back: now it may go
        services.circulation.checkout(desk, card, barcode)
    assert _audit(services, "copy_status")[0]["after"] == status


def test_a_returned_reference_copy_stays_for_reference(services, librarian, desk, clock, make_book) -> None:
    _, [barcode] = make_book("Atlas")
    services.catalog.set_copy_status(librarian, barcode, "not_for_loan")
    back = services.circulation.checkin(desk, barcode)  # scanned at the return by habit
    assert not back.was_on_loan and _status(services, barcode) == "not_for_loan"


def test_status_changes_refused_while_on_loan(services, librarian, desk, clock, make_book, make_member) -> None:
    _, [barcode] = make_book("Dune")
    services.circulation.checkout(desk, make_member(), barcode)
    for status in ("not_for_loan", "in_repair", "damaged", "withdrawn", "available"):
        with pytest.raises(Refused) as info:
            services.catalog.set_copy_status(librarian, barcode, status)
        assert info.value.codes == ["on_loan"]


@pytest.mark.parametrize("setting", ["refund", "keep"])
def test_a_lost_copy_put_back_settles_its_fee_per_the_setting(services, admin, librarian, desk, clock, make_book,
                                                              make_member, setting) -> None:
    services.setup.update_settings(admin, lost_found=setting)
    card = make_member()
    _, [barcode] = make_book("Dune")  # price 15.00
    services.circulation.checkout(desk, card, barcode)
    services.catalog.set_copy_status(librarian, barcode, "lost")
    lost = next(f for f in services.fees.for_member(desk, card) if f.kind == "lost")
    services.fees.pay(desk, lost.id, 400)
    result = services.catalog.set_copy_status(librarian, barcode, "available")  # it turned up on a trolley
    fee = next(f for f in services.fees.for_member(desk, card) if f.id == lost.id)
    assert _status(services, barcode) == "available"
    [event] = [e for e in _audit(services, "copy_status") if e["before"] == "lost"]
    if setting == "refund":
        assert (result.waived_cents, result.refund_cents) == (1100, 400)
        assert fee.waived and fee.balance_cents == 0
        assert (_audit(services, "cancel_fee")[0]["cents"], _audit(services, "refund_fee")[0]["cents"]) == (1100, 400)
        assert (event["lost_fee_waived"], event["refund_cents"]) == (1100, 400)
    else:
        assert (result.waived_cents, result.refund_cents) == (0, 0)
        assert fee.open and fee.balance_cents == 1100
        assert _audit(services, "cancel_fee") == [] and "lost_fee_waived" not in event


def test_delete_a_withdrawn_copy(services, librarian, desk, make_book) -> None:
    book_id, [keep, gone] = make_book("Dune", copies=2)
    with pytest.raises(Refused) as info:
        services.catalog.delete_copy(librarian, gone)
    assert info.value.codes == ["not_withdrawn"]
    services.catalog.set_copy_status(librarian, gone, "withdrawn")
    with pytest.raises(PermissionDenied):
        services.catalog.delete_copy(desk, gone)
    with services.library.read() as s:
        version, copy_uuid = s.execute(select(Copy.version, Copy.uuid).where(Copy.barcode == gone)).one()
    services.catalog.delete_copy(librarian, gone)
    assert [c.barcode for c in services.catalog.book(book_id).copies] == [keep]
    with services.library.read() as s:
        assert s.scalar(select(Tombstone.version).where(Tombstone.uuid == copy_uuid)) == version + 1
        op = s.scalar(select(JournalEntry).where(JournalEntry.kind == "copy_delete"))
        assert op is not None and op.entity_uuid == copy_uuid and op.args["barcode"] == gone
    assert _audit(services, "copy_delete")[0]["barcode"] == gone


def test_a_copy_with_loans_or_a_hold_is_not_deleted(services, librarian, desk, clock, make_book,
                                                    make_member) -> None:
    _, [lent, held] = make_book("Dune", copies=2)
    card = make_member()
    services.circulation.checkout(desk, card, lent)
    services.circulation.checkin(desk, lent)
    services.catalog.set_copy_status(librarian, lent, "withdrawn")
    with pytest.raises(Refused) as info:
        services.catalog.delete_copy(librarian, lent)
    assert info.value.codes == ["has_history"] and "lent 1 times" in str(info.value)
    # a hold that once set the other copy aside (then cancelled) does not keep it; the hold stays
    book_id = services.catalog.copy_detail(librarian, held).book_id
    hold = services.holds.place(desk, card, book_id)
    assert services.circulation.checkin(desk, held).hold_for == "Ana Ruiz"
    services.holds.cancel(desk, hold.id)
    with services.library.read() as s:
        assert s.get(Hold, hold.id).copy_id is not None
    services.catalog.set_copy_status(librarian, held, "withdrawn")
    services.catalog.delete_copy(librarian, held)
    with services.library.read() as s:
        assert s.scalar(select(Copy.id).where(Copy.barcode == held)) is None
        assert s.get(Hold, hold.id).copy_id is None
