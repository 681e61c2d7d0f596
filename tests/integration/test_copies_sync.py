"""Copy maintenance through a real server process on 127.0.0.1 and two real desk databases:
an edit, the new statuses, a lost copy put back and a deleted copy reach the server and the
second desk, and a delete the server refuses becomes an exception."""

from __future__ import annotations

from sync_fixtures import (  # noqa: F401  (fixtures)
    BOTH_BACKENDS,
    assert_converged,
    kit,
    make_kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.services.catalog.input import CopyInput


@BOTH_BACKENDS
def test_edit_status_and_delete_of_copies_reach_the_server_and_a_second_desk(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    book_id = a.services.catalog.copy_detail(a.admin, kit.barcodes[3]).book_id
    a.services.catalog.add_copies(a.admin, book_id, [CopyInput(barcode="PRE-1"), CopyInput(barcode="PRE-2")])
    a.services.catalog.edit_copy(a.admin, kit.barcodes[3], CopyInput(call_number="REF 001", location="Reading room",
                                                                     price_cents=2500, notes="atlas"))
    a.services.catalog.set_copy_status(a.admin, kit.barcodes[3], "not_for_loan")
    a.services.catalog.set_copy_status(a.admin, "PRE-1", "in_repair")
    a.services.catalog.set_copy_status(a.admin, "PRE-2", "withdrawn")
    a.services.catalog.delete_copy(a.admin, "PRE-2")
    pushed = a.sync.sync_now()
    assert set(pushed.statuses) == {"applied"}, pushed.messages
    assert server.query("SELECT status, location, call_number, price_cents FROM copies WHERE barcode = :b",
                        b=kit.barcodes[3]) == [("not_for_loan", "Reading room", "REF 001", 2500)]
    assert server.query("SELECT barcode, status FROM copies WHERE barcode LIKE 'PRE-%'") == [("PRE-1", "in_repair")]
    sync_all([a, b])
    assert b.scalar("SELECT status FROM copies WHERE barcode = :b", b=kit.barcodes[3]) == "not_for_loan"
    assert b.scalar("SELECT location FROM copies WHERE barcode = :b", b=kit.barcodes[3]) == "Reading room"
    assert b.scalar("SELECT count(*) FROM copies WHERE barcode = 'PRE-2'") == 0
    # the reference copy is refused at the second desk too
    try:
        b.services.circulation.checkout(b.admin, kit.cards[0], kit.barcodes[3], override_reason="please")
        raise AssertionError("a reference copy was lent")
    except Exception as exc:  # noqa: BLE001
        assert "not for loan" in str(exc)
    # the second desk edits back and deletes; the first desk follows
    b.services.catalog.set_copy_status(b.admin, "PRE-1", "withdrawn")
    b.services.catalog.delete_copy(b.admin, "PRE-1")
    b.services.catalog.edit_copy(b.admin, kit.barcodes[3], CopyInput(barcode="REF-9", location="Reading room"))
    sync_all([b, a])
    assert a.scalar("SELECT count(*) FROM copies WHERE barcode LIKE 'PRE-%'") == 0
    assert a.scalar("SELECT status FROM copies WHERE barcode = 'REF-9'") == "not_for_loan"
    assert server.query("SELECT count(*) FROM audit_events WHERE action = 'copy_delete'") == [(2,)]
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_a_lost_copy_put_back_at_another_desk_cancels_its_fee_everywhere(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    a.services.catalog.edit_copy(a.admin, kit.barcodes[1], CopyInput(price_cents=700))
    a.services.circulation.checkout(a.admin, kit.cards[1], kit.barcodes[1])
    a.services.catalog.set_copy_status(a.admin, kit.barcodes[1], "lost")
    sync_all([a, b])
    result = b.services.catalog.set_copy_status(b.admin, kit.barcodes[1], "available")  # found on the trolley
    assert result.waived_cents == 700
    sync_all([b, a])
    assert server.query("SELECT count(*) FROM fees WHERE kind = 'lost' AND waived_at IS NOT NULL") == [(1,)]
    assert a.scalar("SELECT count(*) FROM fees WHERE kind = 'lost' AND waived_at IS NULL") == 0
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_a_delete_the_server_refuses_is_an_exception(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    a.services.catalog.set_copy_status(a.admin, kit.barcodes[2], "withdrawn")
    sync_all([a, b])
    # B puts it back and lends it; A, not yet knowing, deletes the withdrawn copy
    b.services.catalog.set_copy_status(b.admin, kit.barcodes[2], "available")
    b.services.circulation.checkout(b.admin, kit.cards[2], kit.barcodes[2])
    b.sync.sync_now()
    a.services.catalog.delete_copy(a.admin, kit.barcodes[2])
    report = a.sync.sync_now()
    assert report.statuses.get("rejected") == 1, report.messages
    assert server.query("SELECT status FROM copies WHERE barcode = :b", b=kit.barcodes[2]) == [("on_loan",)]
    sync_all([a, b])
    assert a.scalar("SELECT status FROM copies WHERE barcode = :b", b=kit.barcodes[2]) == "on_loan"
    assert_converged(server, [a, b])
