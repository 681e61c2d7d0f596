"""Privacy across sync, through a real server process on 127.0.0.1 and two real desk
databases: an anonymisation and a member's deletion made at one desk are replayed by the
server through the same transitions and reach the other desk (loans kept, member gone); a
deletion the server refuses (a loan made at another desk) is an exception and the member
comes back to the desk that deleted it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text
from sync_fixtures import (  # noqa: F401  (fixtures)
    BOTH_BACKENDS,
    assert_converged,
    desk_rows,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.services.people.privacy import Privacy

LOANS = ("SELECT l.uuid, m.card_number, l.version, l.returned_at IS NOT NULL FROM loans l "
         "LEFT JOIN members m ON m.id = l.member_id ORDER BY l.uuid")


def _in_the_past(desk, days: int):  # type: ignore[no-untyped-def]
    """Move the desk's clock ``days`` back; returns the function that puts it right."""
    real = desk.services.library.clock
    desk.services.library.set_clock(lambda: real() - timedelta(days=days))
    return lambda: desk.services.library.set_clock(real)


def _loans_of(rows: list[tuple], uuids: set[str]) -> list[tuple]:
    return [tuple(r) for r in rows if r[0] in uuids]


@BOTH_BACKENDS
def test_an_anonymisation_at_one_desk_reaches_the_server_and_the_other_desk(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    restore = _in_the_past(a, 10)
    a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[0])
    a.services.circulation.checkout(a.admin, kit.cards[1], kit.barcodes[1])
    a.services.circulation.checkin(a.admin, kit.barcodes[0])  # returned 10 days ago
    restore()
    a.services.circulation.checkin(a.admin, kit.barcodes[1])  # returned today
    sync_all([a, b])
    mine = {r[0] for r in desk_rows(a, LOANS)}
    assert {r[1] for r in _loans_of(desk_rows(b, LOANS), mine)} == {kit.cards[0], kit.cards[1]}
    a.services.setup.update_settings(a.admin, anonymise_after_days=7)
    assert Privacy(a.services.library).anonymise_old_loans(a.admin) == 1
    report = a.sync.sync_now()
    assert report.statuses.get("applied") == 1, report.messages
    b.sync.sync_now()
    truth = _loans_of([tuple(r) for r in server.query(LOANS)], mine)
    assert sorted(r[1] or "" for r in truth) == ["", kit.cards[1]]
    assert _loans_of(desk_rows(a, LOANS), mine) == truth == _loans_of(desk_rows(b, LOANS), mine)
    assert_converged(server, [a, b])


@BOTH_BACKENDS
def test_a_member_deleted_at_one_desk_is_gone_everywhere_and_their_loans_stay(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    card = kit.cards[2]
    a.services.circulation.checkout(a.admin, card, kit.barcodes[2])
    a.services.circulation.checkin(a.admin, kit.barcodes[2])
    sync_all([a, b])
    loan = a.scalar("SELECT l.uuid FROM loans l JOIN members m ON m.id = l.member_id WHERE m.card_number = :c",
                    c=card)
    assert b.scalar("SELECT count(*) FROM members WHERE card_number = :c", c=card) == 1
    Privacy(a.services.library).delete_member(a.admin, card)
    report = a.sync.sync_now()
    assert report.statuses == {"applied": 1}, report.messages
    b.sync.sync_now()
    for where in (server.query, ):
        assert where("SELECT count(*) FROM members WHERE card_number = :c", c=card)[0][0] == 0
    assert server.query("SELECT member_id FROM loans WHERE uuid = :u", u=loan) == [(None,)]
    for desk in (a, b):
        assert desk.scalar("SELECT count(*) FROM members WHERE card_number = :c", c=card) == 0
        assert desk.scalar("SELECT count(*) FROM loans WHERE uuid = :u AND member_id IS NULL", u=loan) == 1
    assert _loans_of(desk_rows(b, LOANS), {loan}) == _loans_of([tuple(r) for r in server.query(LOANS)], {loan})
    assert_converged(server, [a, b])


def test_a_deletion_the_server_refuses_is_an_exception_and_the_member_comes_back(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    card = kit.cards[0]
    b.services.circulation.checkout(b.admin, card, kit.barcodes[3])  # at B, not yet known at A
    Privacy(a.services.library).delete_member(a.admin, card)  # A sees no loan: allowed there
    b.sync.sync_now()
    report = a.sync.sync_now()
    assert report.statuses == {"rejected": 1}
    codes = [r[0] for r in server.query("SELECT code FROM sync_exceptions WHERE client_id = :c",
                                        c=a.sync.status().client_id)]
    assert codes == ["member_has_loans"]
    sync_all([a, b])
    assert a.scalar("SELECT count(*) FROM members WHERE card_number = :c", c=card) == 1
    assert a.scalar("SELECT count(*) FROM loans l JOIN members m ON m.id = l.member_id "
                    "WHERE m.card_number = :c AND l.returned_at IS NULL", c=card) == 1
    assert_converged(server, [a, b])


def test_an_anonymisation_run_by_the_server_itself_reaches_the_desks(server, new_desk, kit):
    """The server's own scheduled run changes rows with set-based UPDATEs: its change feed
    still announces each of them."""
    from desktop_app.db.engine import make_engine
    from desktop_app.server.sync.feed import install
    from desktop_app.services import SYSTEM, Services
    from desktop_app.services.library import Library
    from desktop_app.services.people.accounts import staff_actor

    a = new_desk("A")
    engine = make_engine(server.url)
    install(engine)
    svc = Services(Library(engine, outbox=False))
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        real = svc.library.clock
        svc.library.set_clock(lambda: real() - timedelta(days=30))
        svc.circulation.checkout(admin, kit.cards[1], kit.barcodes[0])
        svc.circulation.checkin(admin, kit.barcodes[0])
        svc.library.set_clock(real)
        with svc.library.read() as s:
            loan = s.execute(text("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")).scalar()
        a.sync.sync_now()
        assert a.scalar("SELECT member_id IS NOT NULL FROM loans WHERE uuid = :u", u=loan) == 1
        svc.setup.update_settings(admin, anonymise_after_days=20)
        assert Privacy(svc.library).anonymise_old_loans(SYSTEM) >= 1
    finally:
        svc.close()
    a.sync.sync_now()
    assert a.scalar("SELECT member_id IS NULL FROM loans WHERE uuid = :u", u=loan) == 1
    assert a.scalar("SELECT version FROM loans WHERE uuid = :u", u=loan) == \
        server.query("SELECT version FROM loans WHERE uuid = :u", u=loan)[0][0]
    assert_converged(server, [a])
