"""A bulk edit at one desk reaches the server and a second desk like edits made by hand (a real
server process on 127.0.0.1, two real desk databases)."""

from __future__ import annotations

from sync_fixtures import (  # noqa: F401  (fixtures)
    assert_converged,
    kit,
    make_kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.services.catalog.bulk import BulkChange


def test_a_bulk_edit_reaches_the_server_and_a_second_desk(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    codes = kit.barcodes[:3]
    a.services.circulation.checkout(a.admin, kit.cards[0], codes[2])
    result = a.services.bulk.apply(a.admin, codes, BulkChange(location="Children", status="in_repair"))
    assert result.copies == 3 and [r.barcode for r in result.refusals] == [codes[2]]
    pushed = a.sync.sync_now()
    assert set(pushed.statuses) == {"applied"}, pushed.messages
    assert server.query("SELECT barcode, location, status FROM copies WHERE barcode IN (:x, :y, :z) "
                        "ORDER BY barcode", x=codes[0], y=codes[1], z=codes[2]) == [
        (codes[0], "Children", "in_repair"), (codes[1], "Children", "in_repair"), (codes[2], "Children", "on_loan")]
    sync_all([a, b])
    assert b.scalar("SELECT count(*) FROM copies WHERE status = 'in_repair' AND location = 'Children'") == 2
    assert_converged(server, [a, b])
