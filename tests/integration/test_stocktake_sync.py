"""Copies a stock-take marks lost reach the server and a second desk through a real server
process on 127.0.0.1; the count and its scans stay on the desk that made them."""

from __future__ import annotations

from sync_fixtures import (  # noqa: F401  (fixtures)
    COPY_SQL,
    assert_converged,
    desk_rows,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.services.catalog.input import CopyInput


def test_missing_copies_marked_lost_travel_and_the_count_stays_home(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    for code in kit.barcodes:
        a.services.catalog.edit_copy(a.admin, code, CopyInput(barcode=code, location="Children"))
    st = a.services.stocktake.start(a.admin, location="Children")
    for code in kit.barcodes[:2]:
        a.services.stocktake.scan(a.admin, st.id, code)
    a.services.stocktake.finish(a.admin, st.id)
    ours = set(kit.barcodes)
    assert set(a.services.stocktake.mark_missing_lost(a.admin, st.id)) == ours - set(kit.barcodes[:2])
    pushed = a.sync.sync_now()
    assert set(pushed.statuses) <= {"applied"}, pushed.messages
    sync_all([b, a])
    for rows in (server.query(COPY_SQL), desk_rows(b, COPY_SQL)):
        statuses = {barcode: status for _uuid, barcode, status in rows if barcode in ours}
        assert statuses == {c: "available" if c in kit.barcodes[:2] else "lost" for c in kit.barcodes}
    assert_converged(server, [a, b])
    assert b.scalar("SELECT count(*) FROM stocktakes") == 0 and b.scalar("SELECT count(*) FROM stocktake_scans") == 0
    assert a.scalar("SELECT count(*) FROM stocktake_scans") == 2
