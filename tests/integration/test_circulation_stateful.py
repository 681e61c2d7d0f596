"""Hypothesis drives the desk at random: check-outs, check-ins, renewals, holds placed and
cancelled, expiries, fee payments, across three members and four copies of two books, with
time moving forward. After every step the library must still make sense."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select, text

from desktop_app.config import Paths
from desktop_app.db.models import AuditEvent, JournalEntry
from desktop_app.domain.errors import Refused
from desktop_app.services import Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor
from desktop_app.services.people.members import MemberInput

# journal kind -> audit action, for every operation the machine performs
AUDITED = {"checkout": "checkout", "checkin": "checkin", "renew": "renew", "place_hold": "hold_place",
           "cancel_hold": "hold_cancel", "expire_hold": "hold_expire", "pay_fee": "pay_fee"}
MEMBERS = [("Ana", "Ruiz", "adult"), ("Bo", "Li", "adult"), ("Kid", "Small", "child")]
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
FAST_DIR = "/dev/shm" if Path("/dev/shm").is_dir() else None


def build_circulation_template(template: Path, folder: Path) -> tuple[list[str], list[int], list[str]]:
    """A library with two books (three copies and one copy) and three members.
    Returns (barcodes, book ids, card numbers)."""
    shutil.copytree(template, folder)
    svc = Services(open_library(Paths(folder)))
    try:
        svc.library.set_clock(lambda: START)
        admin = staff_actor(svc.accounts.get_staff("admin"))
        dune = svc.catalog.add_book(admin, BookInput(title="Dune"),
                                    copies=[CopyInput(barcode=f"D{i}") for i in (1, 2, 3)])
        emma = svc.catalog.add_book(admin, BookInput(title="Emma"), copies=[CopyInput(barcode="E1")])
        cards = [svc.members.register(admin, MemberInput(first_name=first, last_name=last, category=kind)).card_number
                 for first, last, kind in MEMBERS]
    finally:
        svc.close()
    return ["D1", "D2", "D3", "E1"], [dune, emma], cards


class DeskMachine(RuleBasedStateMachine):
    template: Path
    barcodes: list[str]
    books: list[int]
    cards: list[str]

    def __init__(self) -> None:
        super().__init__()
        # tmpfs when there is one: durability is not under test here, and fsync on every
        # commit would make the run several times slower.
        self.folder = Path(tempfile.mkdtemp(prefix="desk-machine-", dir=FAST_DIR))
        shutil.copytree(self.template, self.folder / "library")
        self.svc = Services(open_library(Paths(self.folder / "library")))
        self.now = START
        self.svc.library.set_clock(lambda: self.now)
        self.desk = staff_actor(self.svc.accounts.get_staff("dirk"))
        self.placed: list[int] = []  # hold ids in the order they were placed

    def teardown(self) -> None:
        self.svc.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers ------------------------------------------------------------------------
    def _log(self) -> tuple[list[str], list[str]]:
        with self.svc.library.read() as s:
            kinds = list(s.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))
            actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
        return kinds, actions

    def _act(self, expected: str, action) -> object | None:  # type: ignore[no-untyped-def]
        """Run ``action``; a refusal must leave no trace, a success exactly one journal row
        of kind ``expected`` and its audit event."""
        kinds, actions = self._log()
        try:
            result = action()
        except Refused:
            assert self._log() == (kinds, actions)
            return None
        new_kinds, new_actions = self._log()
        assert new_kinds[len(kinds):] == [expected]
        assert new_actions[len(actions):] == [AUDITED[expected]]
        return result

    # -- rules --------------------------------------------------------------------------
    @rule(member=st.integers(0, 2), copy=st.integers(0, 3))
    def checkout(self, member: int, copy: int) -> None:
        self._act("checkout", lambda: self.svc.circulation.checkout(self.desk, self.cards[member],
                                                                   self.barcodes[copy]))

    @rule(copy=st.integers(0, 3))
    def checkin(self, copy: int) -> None:
        result = self._act("checkin", lambda: self.svc.circulation.checkin(self.desk, self.barcodes[copy]))
        assert result is not None  # known barcodes are always taken back

    @rule(copy=st.integers(0, 3))
    def renew(self, copy: int) -> None:
        self._act("renew", lambda: self.svc.circulation.renew(self.desk, self.barcodes[copy]))

    @rule(member=st.integers(0, 2), book=st.integers(0, 1))
    def place_hold(self, member: int, book: int) -> None:
        view = self._act("place_hold", lambda: self.svc.holds.place(self.desk, self.cards[member], self.books[book]))
        if view is not None:
            self.placed.append(view.id)  # type: ignore[attr-defined]

    @rule(book=st.integers(0, 1), first=st.integers(0, 2))
    def everyone_queues(self, book: int, first: int) -> None:
        """All three members ask for the same book, so queues longer than one are common."""
        for offset in range(3):
            self.place_hold((first + offset) % 3, book)

    @rule(member=st.integers(0, 2), which=st.integers(0, 3))
    def cancel_hold(self, member: int, which: int) -> None:
        holds = self.svc.holds.for_member(self.desk, self.cards[member])
        if holds:
            hold = holds[which % len(holds)]
            self._act("cancel_hold", lambda: self.svc.holds.cancel(self.desk, hold.id, reason="changed mind"))

    @rule()
    def expire_holds(self) -> None:
        kinds, _ = self._log()
        expired = self.svc.holds.expire(self.desk)
        new_kinds, _ = self._log()
        assert new_kinds[len(kinds):] == ["expire_hold"] * len(expired)

    @rule(which=st.integers(0, 5))
    def pay_fee(self, which: int) -> None:
        with self.svc.library.read() as s:
            open_fees = list(s.scalars(text("SELECT id FROM fees WHERE paid_at IS NULL AND waived_at IS NULL "
                                            "ORDER BY id")))
        if open_fees:
            fee_id = open_fees[which % len(open_fees)]
            self._act("pay_fee", lambda: self.svc.fees.pay(self.desk, fee_id))

    @rule(days=st.integers(0, 8), seconds=st.integers(1, 3600))
    def time_passes(self, days: int, seconds: int) -> None:
        self.now += timedelta(days=days, seconds=seconds)

    # -- invariants ---------------------------------------------------------------------
    def _rows(self, sql: str) -> list[tuple]:
        with self.svc.library.read() as s:
            return [tuple(r) for r in s.execute(text(sql))]

    @invariant()
    def at_most_one_open_loan_per_copy(self) -> None:
        assert self._rows("SELECT copy_id FROM loans WHERE returned_at IS NULL GROUP BY copy_id "
                          "HAVING count(*) > 1") == []

    @invariant()
    def copy_status_agrees_with_loans_and_holds(self) -> None:
        rows = self._rows(
            "SELECT c.barcode, c.status, "
            "(SELECT count(*) FROM loans l WHERE l.copy_id = c.id AND l.returned_at IS NULL), "
            "(SELECT count(*) FROM holds h WHERE h.copy_id = c.id AND h.status = 'ready') FROM copies c")
        for barcode, status, loans, ready in rows:
            expected = "on_loan" if loans else "on_hold_shelf" if ready else "available"
            assert (status, loans + ready <= 1) == (expected, True), (barcode, status, loans, ready)

    @invariant()
    def hold_queues_are_served_in_order(self) -> None:
        rows = self._rows("SELECT id, book_id, status, placed_at FROM holds WHERE status IN ('waiting', 'ready')")
        order = {hold_id: i for i, hold_id in enumerate(self.placed)}
        for book in self.books:
            ready = [order[r[0]] for r in rows if r[1] == book and r[2] == "ready"]
            waiting = [order[r[0]] for r in rows if r[1] == book and r[2] == "waiting"]
            if ready and waiting:
                assert max(ready) < min(waiting), "a later hold was served before an earlier one"
            # the queue the service shows is the order the holds were placed in
            queue = [h.id for h in self.svc.holds.queue(book)]
            assert queue == sorted(queue, key=order.__getitem__)

    @invariant()
    def nobody_waits_for_a_book_they_have(self) -> None:
        assert self._rows(
            "SELECT h.id FROM holds h JOIN copies c ON c.book_id = h.book_id JOIN loans l ON l.copy_id = c.id "
            "WHERE h.status IN ('waiting', 'ready') AND l.returned_at IS NULL AND l.member_id = h.member_id") == []

    @invariant()
    def no_negative_money(self) -> None:
        assert self._rows("SELECT id FROM fees WHERE amount_cents <= 0") == []
        for card in self.cards:
            assert sum(f.amount_cents for f in self.svc.fees.for_member(self.desk, card, open_only=True)) >= 0

    @invariant()
    def every_change_has_its_journal_row_and_audit_event(self) -> None:
        seqs = [r[0] for r in self._rows("SELECT seq FROM journal ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1))
        # every loan has its checkout row, every returned loan its checkin row
        assert self._rows(
            "SELECT l.uuid FROM loans l WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'checkout' "
            "AND json_extract(j.args, '$.loan_uuid') = l.uuid)") == []
        assert self._rows(
            "SELECT l.uuid FROM loans l WHERE l.returned_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journal j "
            "WHERE j.kind = 'checkin' AND json_extract(j.args, '$.loan_uuid') = l.uuid)") == []
        assert self._rows(
            "SELECT h.uuid FROM holds h WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'place_hold' "
            "AND j.entity_uuid = h.uuid)") == []
        assert self._rows(
            "SELECT f.uuid FROM fees f WHERE f.paid_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journal j "
            "WHERE j.kind = 'pay_fee' AND j.entity_uuid = f.uuid)") == []
        assert self._rows(
            "SELECT f.uuid FROM fees f WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'checkin' "
            "AND json_extract(j.args, '$.fee_uuid') = f.uuid)") == []
        kinds, actions = self._log()
        for kind, action in AUDITED.items():
            assert kinds.count(kind) == actions.count(action), kind


def test_random_desk_work_keeps_the_library_consistent(template_library: Path, tmp_path: Path) -> None:
    barcodes, books, cards = build_circulation_template(template_library, tmp_path / "circulation")

    class Machine(DeskMachine):
        pass

    Machine.template, Machine.barcodes, Machine.books, Machine.cards = tmp_path / "circulation", barcodes, books, cards
    # derandomize: the same 40 runs every time, so a failure in CI can be replayed here (one CI
    # run lost a worker in this test with a random seed nobody could recover; three runs with
    # new seeds passed). tests/faults.py now writes every thread's stack before a timeout.
    run_state_machine_as_test(Machine, settings=settings(
        max_examples=40, stateful_step_count=30, deadline=None, database=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
