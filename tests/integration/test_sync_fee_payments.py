"""Part payments across sync, through a real server process on 127.0.0.1 and real desk
databases: the amount travels with the operation, the server's replay and every other desk
reach the same balance, and money taken twice for one fee reaches a person as an exception."""

from __future__ import annotations

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

PAID_SQL = "SELECT uuid, amount_cents, paid_cents, CASE WHEN paid_at IS NULL THEN 0 ELSE 1 END FROM fees ORDER BY uuid"


def _fee(rows: list[tuple], fee_uuid: str) -> tuple:
    return next(tuple(r[1:]) for r in rows if r[0] == fee_uuid)


def _exceptions(server, desk) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r[0], r[1]) for r in server.query("SELECT code, message FROM sync_exceptions WHERE client_id = :c",
                                               c=desk.sync.status().client_id)]


@BOTH_BACKENDS
def test_a_part_payment_reaches_the_server_and_the_other_desk_with_its_amount(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    fee = a.services.fees.charge(a.admin, kit.cards[0], 500, "Lost card")
    a.services.fees.pay(a.admin, fee.id, 200)
    pushed = a.sync.sync_now()
    assert set(pushed.statuses) == {"applied"}, pushed.messages
    assert _fee(server.query(PAID_SQL), fee.uuid) == (500, 200, 0)
    result = server.query("SELECT o.result FROM sync_applied_ops o WHERE o.kind = 'pay_fee' AND o.client_id = :c",
                          c=a.sync.status().client_id)
    assert len(result) == 1 and '"amount_cents": 200' in str(result[0][0]).replace("'", '"')
    b.sync.sync_now()
    on_b = next(f for f in b.services.fees.for_member(b.admin, kit.cards[0]) if f.uuid == fee.uuid)
    assert (on_b.open, on_b.paid_cents, on_b.balance_cents) == (True, 200, 300)
    b.services.fees.pay(b.admin, on_b.id, 300)  # the rest, at the other desk
    sync_all([b, a])
    for rows in (server.query(PAID_SQL), desk_rows(a, PAID_SQL), desk_rows(b, PAID_SQL)):
        assert _fee(rows, fee.uuid) == (500, 500, 1)
    assert_converged(server, [a, b])


def test_two_desks_taking_parts_offline_add_up_on_the_server(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    fee = a.services.fees.charge(a.admin, kit.cards[1], 900, "Printing")
    sync_all([a, b])
    on_b = next(f for f in b.services.fees.for_member(b.admin, kit.cards[1]) if f.uuid == fee.uuid)
    a.services.fees.pay(a.admin, fee.id, 200)  # both desks offline
    b.services.fees.pay(b.admin, on_b.id, 300)
    sync_all([a, b])
    for rows in (server.query(PAID_SQL), desk_rows(a, PAID_SQL), desk_rows(b, PAID_SQL)):
        assert _fee(rows, fee.uuid) == (900, 500, 0)
    assert _exceptions(server, a) == [] and _exceptions(server, b) == []
    assert_converged(server, [a, b])


def test_money_taken_twice_for_one_fee_is_an_exception_and_never_a_credit(server, new_desk, kit):
    a, b = new_desk("A"), new_desk("B")
    fee = a.services.fees.charge(a.admin, kit.cards[2], 500, "Damaged item")
    other = a.services.fees.charge(a.admin, kit.cards[2], 400, "Lost card")
    sync_all([a, b])
    b_fees = {f.uuid: f.id for f in b.services.fees.for_member(b.admin, kit.cards[2])}
    a.services.fees.pay(a.admin, fee.id, 400)  # offline: 4.00 at A, then 3.00 more at B
    b.services.fees.pay(b.admin, b_fees[fee.uuid], 300)
    a.services.fees.pay(a.admin, other.id)  # paid in full at A, and part of it again at B
    b.services.fees.pay(b.admin, b_fees[other.uuid], 100)
    a.sync.sync_now()
    report = b.sync.sync_now()
    assert report.statuses.get("rejected") == 2
    codes = dict(_exceptions(server, b))
    assert "payment_over_balance" in codes and "has 1.00 left to pay; a payment of 3.00 is more" in \
        codes["payment_over_balance"]
    assert "fee_closed" in codes and "took 1.00" in codes["fee_closed"] and "give the member the money back" in \
        codes["fee_closed"]
    sync_all([a, b])
    for rows in (server.query(PAID_SQL), desk_rows(a, PAID_SQL), desk_rows(b, PAID_SQL)):
        assert _fee(rows, fee.uuid) == (500, 400, 0)  # what the server took stands; B's 3.00 is for a person
        assert _fee(rows, other.uuid) == (400, 400, 1)
    assert_converged(server, [a, b])
