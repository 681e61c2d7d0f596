"""SYNC.md case 13: a Hypothesis state machine over two desks and the server, lending and
returning the same copies offline and online with faults injected (lost requests, lost
replies, a network cut, a server restart). After quiescence: every desk equals the server,
at most one open loan per copy, every journal operation applied exactly once or reported."""

from __future__ import annotations

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test
from sync_fixtures import (  # noqa: F401  (fixtures)
    BOTH_BACKENDS,
    assert_converged,
    desk_rows,
    make_kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.domain.errors import LibraryError
from desktop_app.sync.client import SyncError

FAULTS = ("none", "none", "lose_push_request", "lose_push_reply", "lose_pull_reply", "network_down")


@BOTH_BACKENDS
def test_desks_and_server_converge_whatever_the_network_does(server, new_desk):
    made = {"n": 0}

    class DesksAndServer(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            made["n"] += 1
            self.restarted = False
            self.kit = make_kit(server, copies=3, members=2)
            self.desks = [new_desk(f"E{made['n']}{name}") for name in "AB"]

        @rule(d=st.integers(0, 1), c=st.integers(0, 2), m=st.integers(0, 1))
        def lend(self, d: int, c: int, m: int) -> None:
            desk = self.desks[d]
            try:
                desk.services.circulation.checkout(desk.admin, self.kit.cards[m], self.kit.barcodes[c])
            except LibraryError:
                pass  # refused locally (already on loan here, limits): nothing journaled

        @rule(d=st.integers(0, 1), c=st.integers(0, 2))
        def give_back(self, d: int, c: int) -> None:
            desk = self.desks[d]
            desk.services.circulation.checkin(desk.admin, self.kit.barcodes[c])

        @rule(d=st.integers(0, 1), fault=st.sampled_from(FAULTS))
        def sync(self, d: int, fault: str) -> None:
            desk = self.desks[d]
            transport = desk.transport
            if fault == "lose_push_request":
                transport.lose("request", "/sync/push")
            elif fault == "lose_push_reply":
                transport.lose("reply", "/sync/push")
            elif fault == "lose_pull_reply":
                transport.lose("reply", "/sync/pull")
            transport.down = fault == "network_down"
            try:
                desk.sync.sync_now()
            except SyncError:
                pass  # unreachable: the journal waits
            finally:
                transport.down = False
                transport.faults.clear()

        @precondition(lambda self: not self.restarted)
        @rule()
        def restart_server(self) -> None:
            """Kill the server and start it again (at most once per run: a start costs ~1 s)."""
            self.restarted = True
            server.stop(kill=True)
            server.start()

        def teardown(self) -> None:
            if not hasattr(self, "desks"):
                return
            for _ in range(2):
                for desk in self.desks:
                    desk.sync.sync_now()
            assert_converged(server, self.desks)
            for desk in self.desks:
                rows = desk_rows(desk, "SELECT op_id, status FROM journal")
                assert all(status != "pending" for _, status in rows)
                client = desk.sync.status().client_id
                applied = dict(server.query("SELECT op_id, status FROM sync_applied_ops WHERE client_id = :c",
                                            c=client))
                reported = {r[0] for r in server.query("SELECT op_id FROM sync_exceptions WHERE client_id = :c",
                                                       c=client)}
                for op_id, _status in rows:
                    assert applied.get(op_id) is not None or op_id in reported, op_id
                    if applied.get(op_id) == "rejected":
                        assert op_id in reported
                desk.close()

    run_state_machine_as_test(DesksAndServer, settings=settings(
        max_examples=8, stateful_step_count=12, deadline=None,
        suppress_health_check=list(HealthCheck)))
    assert httpx.get(f"{server.base_url}/health", timeout=5).status_code == 200
