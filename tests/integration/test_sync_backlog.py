"""SYNC.md case 12: a multi-day backlog of 10,000 operations is pushed in bounded batches,
each operation applied exactly once."""

from __future__ import annotations

import json

import pytest
from sync_fixtures import (  # noqa: F401  (fixtures)
    assert_converged,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.db import journal
from desktop_app.sync import engine

BACKLOG = 10_000


@pytest.mark.slow
def test_a_backlog_of_10000_operations_is_pushed_in_bounded_batches(server, new_desk, kit):
    desk = new_desk("A")
    member = desk.services.members.get(kit.cards[0])
    with desk.services.library.write() as s:  # days of offline charges and payments, as the desk journals them
        for i in range(BACKLOG // 2):
            fee_uuid = f"00000000-0000-4000-8000-{i:012d}"
            journal.append(s, "add_fee", {"fee_uuid": fee_uuid, "member_uuid": member.uuid, "kind": "manual",
                                          "amount_cents": 10, "note": f"photocopies {i}"}, entity_uuid=fee_uuid)
            journal.append(s, "pay_fee", {"fee_uuid": fee_uuid, "at": "2026-03-02T12:00:00+00:00"},
                           entity_uuid=fee_uuid)
    sizes: list[int] = []
    real = desk.transport.handle_request

    def spy(request):
        if request.url.path == "/sync/push":
            sizes.append(len(json.loads(request.content)["ops"]))
        return real(request)

    desk.transport.handle_request = spy  # type: ignore[method-assign]
    report = desk.sync.sync_now()
    assert report.statuses == {"applied": BACKLOG}
    assert sum(sizes) == BACKLOG and max(sizes) <= engine.BATCH and len(sizes) == -(-BACKLOG // engine.BATCH)
    client_id = desk.sync.status().client_id
    assert server.query("SELECT count(*), count(DISTINCT op_id) FROM sync_applied_ops WHERE client_id = :c "
                        "AND kind IN ('add_fee', 'pay_fee')", c=client_id) == [(BACKLOG, BACKLOG)]
    assert server.query("SELECT count(*) FROM fees WHERE member_id = (SELECT id FROM members WHERE card_number = :c) "
                        "AND paid_at IS NOT NULL", c=kit.cards[0]) == [(BACKLOG // 2,)]
    assert desk.sync.status().pending == 0
    assert_converged(server, [desk])
