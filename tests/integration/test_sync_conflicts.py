"""SYNC.md cases 6-9: the same copy lent at two desks, a return synced before its checkout,
a desk clock hours off, a restored or copied desk database; and resolving exceptions."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sync_fixtures import (  # noqa: F401  (fixtures)
    BOTH_BACKENDS,
    Desk,
    assert_converged,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.sync import engine
from desktop_app.sync.engine import ClockSkew


def exceptions_of(server, desk: Desk) -> list[tuple]:
    """(id, code, details as JSON text) of the desk's exceptions (PostgreSQL decodes JSON)."""
    rows = server.query("SELECT id, code, details FROM sync_exceptions WHERE client_id = :c",
                        c=desk.sync.status().client_id)
    return [(i, code, d if isinstance(d, str) else json.dumps(d)) for i, code, d in rows]


@BOTH_BACKENDS
def test_the_same_copy_lent_at_two_desks_gives_one_loan_and_one_exception_naming_both(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    copy = kit.barcodes[0]
    a.services.circulation.checkout(a.admin, kit.cards[0], copy)
    b.services.circulation.checkout(b.admin, kit.cards[1], copy)
    first = a.scalar("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")
    second = b.scalar("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")
    assert a.sync.sync_now().statuses == {"applied": 1}
    assert b.sync.sync_now().statuses == {"rejected": 1}
    found = exceptions_of(server, b)
    assert len(found) == 1 and found[0][1] == "double_loan"
    assert first in found[0][2] and second in found[0][2]
    assert server.query("SELECT count(*) FROM loans l JOIN copies c ON c.id = l.copy_id "
                        "WHERE c.barcode = :b AND l.returned_at IS NULL", b=copy)[0][0] == 1
    sync_all([a, b])
    assert b.scalar("SELECT count(*) FROM loans WHERE uuid = :u", u=second) == 0
    assert_converged(server, [a, b])
    # A librarian decides the second loan is the true one.
    out = b.sync.resolve(found[0][0], "replace_with_second", "the first scan was wrong")
    assert out["status"] == "resolved"
    sync_all([a, b])
    rows = server.query("SELECT uuid, returned_at IS NULL FROM loans WHERE uuid IN (:f, :s) ORDER BY uuid",
                        f=first, s=second)
    assert dict(rows) == {first: 0, second: 1}
    assert_converged(server, [a, b])


def test_a_return_synced_before_its_checkout_closes_the_loan_instead_of_losing_it(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    copy = kit.barcodes[1]
    a.services.circulation.checkout(a.admin, kit.cards[0], copy)  # lent at A, offline
    loan = a.scalar("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")
    result = b.services.circulation.checkin(b.admin, copy)  # brought back to B, which never saw the loan
    assert not result.was_on_loan
    b.sync.sync_now()  # the return arrives first
    a.sync.sync_now()  # then the checkout
    rows = server.query("SELECT returned_at IS NOT NULL FROM loans WHERE uuid = :u", u=loan)
    assert rows == [(1,)]  # the loan exists (not lost) and is closed by the later return
    assert server.query("SELECT status FROM copies WHERE barcode = :b", b=copy) == [("available",)]
    sync_all([a, b])
    assert_converged(server, [a, b])


def test_a_desk_clock_hours_off_is_refused_until_the_offset_is_applied(server, new_desk, kit, monkeypatch):
    desk = new_desk("A")
    skew = 3 * 3600.0
    monkeypatch.setattr(engine, "wall_clock", lambda: __import__("time").time() + skew)
    desk.services.library.set_clock(lambda: datetime.now(UTC) + timedelta(seconds=skew))
    desk.services.circulation.checkout(desk.admin, kit.cards[0], kit.barcodes[2])
    loan = desk.scalar("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")
    with pytest.raises(ClockSkew) as caught:
        desk.sync.sync_now()
    assert 3 * 3600 - 60 < -caught.value.offset_s < 3 * 3600 + 60
    assert server.query("SELECT count(*) FROM loans WHERE uuid = :u", u=loan) == [(0,)]
    assert desk.sync.status().pending == 1
    # The server refuses a push whose clock is off, whatever the desk does.
    token = desk.sync.store(server.base_url).access_token
    assert token
    answer = httpx.post(f"{server.base_url}/sync/push", timeout=10, headers={
        "Authorization": f"Bearer {token}"}, json={
        "client_id": desk.sync.status().client_id, "sent_at": (datetime.now(UTC) + timedelta(hours=3)).isoformat(),
        "ops": []})
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "clock_skew"
    report = desk.sync.sync_now(apply_clock_offset=True)
    assert report.statuses == {"applied": 1}
    when = server.query("SELECT checked_out_at FROM loans WHERE uuid = :u", u=loan)[0][0]
    stored = datetime.fromisoformat(str(when)).replace(tzinfo=UTC)
    assert abs((stored - datetime.now(UTC)).total_seconds()) < 600  # corrected to the server's time


def test_a_copied_or_restored_desk_database_gets_a_new_client_id_and_applies_nothing_twice(
        server, new_desk, kit, tmp_path):
    a = new_desk("A")
    a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[3])
    a.sync.sync_now()
    a.services.circulation.checkin(a.admin, kit.barcodes[3])  # pending when the copy is made
    pending_loan_ops = a.sync.status().pending
    old_client = a.sync.status().client_id
    a.services.library.engine.dispose()
    copy_dir = tmp_path / "copied"
    shutil.copytree(a.paths.data_dir, copy_dir)
    backup = tmp_path / "backup"
    shutil.copytree(a.paths.data_dir, backup)
    a.sync.sync_now()  # the original sends the return

    # A copy elsewhere: new client id (after a new login, the keyring entry is per folder).
    from sync_fixtures import ADMIN_PASSWORD, FaultTransport
    from sync_fixtures import Desk as DeskT

    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.sync.desk import DeskSync

    svc = Services(open_library(Paths(copy_dir)))
    copy = DeskT("copy", Paths(copy_dir), svc, a.admin, DeskSync(svc.library, Paths(copy_dir),
                 keyring_backend=a.sync._keyring, transport=FaultTransport()))
    try:
        assert copy.sync.copied and copy.sync.status().client_id is None
        assert copy.sync.status().pending == pending_loan_ops
        out = copy.sync.setup(server.base_url, "copy", "admin", ADMIN_PASSWORD)
        assert out["client_id"] != old_client and out["desk_code"] != a.sync.status().desk_code
        assert copy.sync.sync_now().statuses == {"duplicate": 1}  # the return was not applied twice
        assert server.query("SELECT replaces FROM sync_devices WHERE client_id = :c", c=out["client_id"]) == \
            [(old_client,)]
    finally:
        svc.close()
    assert server.query("SELECT count(*) FROM sync_applied_ops WHERE op_id IN (SELECT op_id FROM sync_applied_ops "
                        "GROUP BY op_id HAVING count(*) > 1)") == [(0,)]

    # A backup restored in place: same folder (the login is kept), new file: registers again by itself.
    a.close()
    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm"):
        target = a.paths.data_dir / name
        target.unlink(missing_ok=True)
        if (backup / name).exists():
            shutil.copy2(backup / name, target)
    a.reopen()
    assert a.sync.copied
    report = a.sync.sync_now()
    assert report.statuses == {"duplicate": 1}
    assert a.sync.status().client_id not in (None, old_client)
    assert_converged(server, [a])


def test_an_edit_made_on_both_sides_keeps_the_servers_value_and_lists_the_conflict(server, new_desk, kit):
    from desktop_app.services.people.members import MemberInput

    a, b = new_desk("A"), new_desk("B")
    card = kit.cards[2]
    for desk, email, phone in ((a, "a@example.org", None), (b, "b@example.org", "555 1234")):
        m = desk.services.members.get(card)
        desk.services.members.edit(desk.admin, card, MemberInput(first_name=m.first_name, last_name=m.last_name,
                                                                 email=email, phone=phone))
    a.sync.sync_now()
    report = b.sync.sync_now()
    assert report.statuses == {"conflict": 1}
    row = server.query("SELECT email, phone FROM members WHERE card_number = :c", c=card)[0]
    assert tuple(row) == ("a@example.org", "555 1234")  # server's email kept, B's phone merged
    found = [e for e in exceptions_of(server, b) if e[1] == "edit_conflict"]
    assert found and "b@example.org" in found[0][2]
    b.sync.resolve(found[0][0], "take_desk_values")
    sync_all([a, b])
    assert server.query("SELECT email FROM members WHERE card_number = :c", c=card) == [("b@example.org",)]
    assert_converged(server, [a, b])
