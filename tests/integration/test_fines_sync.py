"""Fines across sync, through a real server process on 127.0.0.1 and real desk databases: a
desk that renewed an overdue loan (its own setting charges) while the library's server refuses
overdue renewals gets an exception for a person, and nothing of the renewal or its fine stands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from sync_fixtures import (  # noqa: F401  (fixtures)
    ADMIN_PASSWORD,
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


def _patch_settings(server, **values: object) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=server.base_url, timeout=10) as http:
        token = http.post("/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD}).json()
        r = http.patch("/settings", json=values, headers={"Authorization": f"Bearer {token['access_token']}"})
        assert r.status_code == 200, r.text


@pytest.fixture
def server_refuses(server) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The server's library refuses to renew overdue loans for the test (the module shares it)."""
    _patch_settings(server, renew_overdue="refuse")
    try:
        yield
    finally:
        _patch_settings(server, renew_overdue="charge")


@BOTH_BACKENDS
def test_an_overdue_renewal_the_server_refuses_becomes_an_exception(server, new_desk, kit, server_refuses):
    a = new_desk("A")
    assert a.services.setup.settings()["renew_overdue"] == "charge"  # the desk's own setting renews and charges
    real = a.services.library.clock
    a.services.library.set_clock(lambda: real() - timedelta(days=30))
    lent = a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[0])  # due 9 days ago
    a.services.library.set_clock(real)
    assert set(a.sync.sync_now().statuses) == {"applied"}
    renewed = a.services.circulation.renew(a.admin, kit.barcodes[0])
    assert renewed.fee_cents > 0  # offline, by the desk's rules
    report = a.sync.sync_now()
    assert report.statuses.get("rejected") == 1, report.messages
    rows = server.query("SELECT code, message FROM sync_exceptions WHERE client_id = :c",
                        c=a.sync.status().client_id)
    assert [r[0] for r in rows] == ["renew_overdue"]
    assert "does not renew overdue loans" in rows[0][1]
    [(renewals, due)] = server.query("SELECT renewals, due_date FROM loans WHERE uuid = :u", u=lent.loan_uuid)
    assert (renewals, str(due)) == (0, lent.due_date.isoformat())
    assert server.query("SELECT count(*) FROM fees f JOIN members m ON m.id = f.member_id "
                        "WHERE m.card_number = :c AND f.kind = 'overdue'", c=kit.cards[0]) == [(0,)]
    sync_all([a])
    assert desk_rows(a, f"SELECT renewals FROM loans WHERE uuid = '{lent.loan_uuid}'") == [(0,)]
    assert_converged(server, [a])
