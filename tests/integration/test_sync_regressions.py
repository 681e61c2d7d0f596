"""One regression test per bug of the issue "One home for every change", through a real
server process on 127.0.0.1, real desk databases and the real command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sync_fixtures import (  # noqa: F401  (fixtures)
    ADMIN_PASSWORD,
    BOTH_BACKENDS,
    ROOT,
    assert_converged,
    desk_rows,
    kit,
    make_kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.db import journal
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.interchange import import_file

MARC = ROOT.parent / "shared" / "testdata" / "marc"
if not MARC.exists():
    MARC = ROOT / "tests" / "data" / "marc"


def loan_state(srv, loan_uuid: str) -> tuple:
    return tuple(srv.query("SELECT returned_at IS NULL, checked_out_at FROM loans WHERE uuid = :u", u=loan_uuid)[0])


@BOTH_BACKENDS
def test_a_desk_that_catalogues_books_with_copies_keeps_syncing(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    book = a.services.catalog.add_book(a.admin, BookInput(title="Catalogued here", authors=[("Kim Local", "author")]),
                                       copies=[CopyInput(), CopyInput(barcode="LOCAL-1")])
    a.services.catalog.add_copies(a.admin, book, [CopyInput(barcode="LOCAL-2")])
    report = import_file(a.services, a.admin, sorted(MARC.glob("*.dat"))[0] if list(MARC.glob("*.dat"))
                         else sorted(MARC.glob("*"))[0])
    assert report.status == "imported"
    a.services.circulation.checkout(a.admin, kit.cards[0], "LOCAL-2")  # work after the cataloguing
    pushed = a.sync.sync_now()
    assert set(pushed.statuses) == {"applied"}, pushed.messages
    assert server.query("SELECT count(*) FROM copies WHERE barcode IN ('LOCAL-1', 'LOCAL-2')") == [(2,)]
    assert server.query("SELECT status FROM copies WHERE barcode = 'LOCAL-2'") == [("on_loan",)]
    sync_all([a, b])
    assert b.scalar("SELECT count(*) FROM copies WHERE barcode LIKE 'LOCAL-%'") == 2
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_an_offline_return_never_closes_a_loan_made_after_it(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    copy = kit.barcodes[0]
    real = b.services.library.clock
    b.services.library.set_clock(lambda: real() - timedelta(hours=2))
    b.services.circulation.checkin(b.admin, copy)  # B took the copy back two hours ago, offline
    b.services.library.set_clock(real)
    lent = a.services.circulation.checkout(a.admin, kit.cards[0], copy)  # A lent it out again just now
    a.sync.sync_now()
    b.sync.sync_now()
    open_, _when = loan_state(server, lent.loan_uuid)
    assert open_ in (1, True)  # the later loan stands
    assert server.query("SELECT status FROM copies WHERE barcode = :b", b=copy) == [("on_loan",)]
    assert server.query("SELECT count(*) FROM loans WHERE returned_at < checked_out_at") == [(0,)]
    sync_all([a, b])
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_borrowing_another_copy_of_a_held_title_closes_the_hold_at_the_desk_and_on_the_server(server, new_desk):
    kit = make_kit(server, copies=2, members=2)
    a, b = new_desk("A"), new_desk("B")
    member, other = kit.cards
    book_id = a.scalar("SELECT id FROM books WHERE uuid = :u", u=kit.book_uuid)
    a.services.circulation.checkout(a.admin, other, kit.barcodes[0])
    a.services.holds.place(a.admin, member, book_id)
    back = a.services.circulation.checkin(a.admin, kit.barcodes[0])  # set aside for the member
    assert back.hold_card == member
    a.sync.sync_now()
    b.sync.sync_now()
    b.services.circulation.checkout(b.admin, member, kit.barcodes[1])  # the member takes the other copy at B
    b.sync.sync_now()
    a.sync.sync_now()
    hold = server.query("SELECT h.status FROM holds h JOIN members m ON m.id = h.member_id WHERE m.card_number = :c",
                        c=member)
    assert hold == [("fulfilled",)]
    assert server.query("SELECT status FROM copies WHERE barcode = :b", b=kit.barcodes[0]) == [("available",)]
    sync_all([a, b])
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_fines_are_right_across_sync_renewing_overdue_and_a_lost_copy_found(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    # Closed days do not count as days late: the desk keeps the server's calendar (open every day),
    # so both compute the fine over the same days.
    a.services.setup.update_settings(a.admin, closed_weekdays=[])
    real = a.services.library.clock
    a.services.library.set_clock(lambda: real() - timedelta(days=30))
    a.services.circulation.checkout(a.admin, kit.cards[1], kit.barcodes[1])  # due 9 days ago
    a.services.library.set_clock(real)
    renewed = a.services.circulation.renew(a.admin, kit.barcodes[1])
    assert renewed.fee_cents > 0
    a.sync.sync_now()
    on_server = server.query("SELECT sum(f.amount_cents) FROM fees f JOIN members m ON m.id = f.member_id "
                             "WHERE m.card_number = :c AND f.kind = 'overdue'", c=kit.cards[1])[0][0]
    assert on_server == renewed.fee_cents  # the desk's fine, computed once by the same rules
    a.services.catalog.edit_copy(a.admin, kit.barcodes[1], CopyInput(price_cents=900))  # its loss costs 9.00
    a.services.catalog.set_copy_status(a.admin, kit.barcodes[1], "lost")
    a.sync.sync_now()
    b.sync.sync_now()
    found = b.services.circulation.checkin(b.admin, kit.barcodes[1])  # it turns up at B
    assert found.lost_fee_waived_cents == 900
    b.sync.sync_now()
    assert server.query("SELECT count(*) FROM fees WHERE kind = 'lost' AND paid_at IS NULL AND waived_at IS NULL "
                        "AND note LIKE :n", n=f"%{kit.barcodes[1]}%") == [(0,)]
    sync_all([a, b])
    assert_converged(server, [a, b])


def test_a_renewal_that_gives_no_more_time_is_refused_on_the_server_too(server, new_desk, kit):
    desk = new_desk("A")
    lent = desk.services.circulation.checkout(desk.admin, kit.cards[2], kit.barcodes[2])
    desk.sync.sync_now()
    with desk.services.library.write() as s:  # an older desk program renewed it on the day of lending
        journal.append(s, "renew", {"loan_uuid": lent.loan_uuid, "barcode": kit.barcodes[2],
                                    "due_date": (lent.due_date + timedelta(days=0)).isoformat(), "renewals": 1},
                       entity_uuid=lent.loan_uuid, occurred_at=datetime.now(UTC), actor="admin")
    report = desk.sync.sync_now()
    assert report.statuses == {"rejected": 1}
    codes = [r[0] for r in server.query("SELECT code FROM sync_exceptions WHERE client_id = :c",
                                        c=desk.sync.status().client_id)]
    assert "renewal_no_change" in codes
    assert server.query("SELECT renewals FROM loans WHERE uuid = :u", u=lent.loan_uuid) == [(0,)]


def test_the_command_line_syncs_resolves_and_retires_without_a_keyring(server, kit, tmp_path, template_library):
    """Two desks set up by the command line (the credential in a file: no keyring), a double
    loan, `sync exceptions` and `sync resolve`, `sync desks` and `sync retire`."""
    import shutil

    def desk_dir(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(template_library, target)
        import sqlite3

        with sqlite3.connect(target / "library.sqlite3") as con:  # a library of its own, not a copy
            con.execute("DELETE FROM journal")
        return target

    def cli(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], input=stdin,
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)

    one, two = desk_dir("one"), desk_dir("two")
    for data, name in ((one, "One"), (two, "Two")):
        out = cli(data, "sync", "setup", "--server", server.base_url, "--desk", name, "--user", "admin",
                  "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
        assert out.returncode == 0, out.stderr
        assert cli(data, "sync", "now").returncode == 0
    assert cli(one, "checkout", kit.cards[0], kit.barcodes[3]).returncode == 0
    assert cli(two, "checkout", kit.cards[1], kit.barcodes[3]).returncode == 0
    assert cli(one, "sync", "now").returncode == 0
    second = cli(two, "sync", "now")
    assert second.returncode == 4 and "lent twice" in second.stdout
    listed = cli(two, "sync", "exceptions")
    assert listed.returncode == 4 and "replace_with_second" in listed.stdout
    exception_id = server.query("SELECT id FROM sync_exceptions WHERE code = 'double_loan' ORDER BY id DESC")[0][0]
    refused = cli(two, "--as", "dirk", "sync", "resolve", str(exception_id), "replace_with_second")
    assert refused.returncode in (1, 2)  # a desk clerk (unknown to the server here) may not decide
    resolved = cli(two, "--as", "admin", "sync", "resolve", str(exception_id), "replace_with_second")
    assert resolved.returncode == 0, resolved.stderr
    desks = cli(one, "sync", "desks")
    assert desks.returncode == 0 and "One" in desks.stdout and "Two" in desks.stdout
    code_two = cli(two, "sync", "status").stdout.split("desk code")[1].split()[0]
    assert cli(one, "sync", "retire", code_two).returncode == 0
    after = cli(two, "sync", "now")
    assert after.returncode == 2 and "retired" in after.stderr
