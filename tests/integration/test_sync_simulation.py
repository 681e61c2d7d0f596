"""The proof of "one home for every change", model-based: a Hypothesis state machine over
three desks and a real server process, running every kind of operation the journal holds
(loans, returns, renewals, holds, fees, books, copies and their statuses, members, blocks,
PINs, member categories, staff accounts), with offline periods, lost requests and replies,
interrupted pulls, a server killed mid-sync, a desk restarted, desk clocks moving apart, and
hostile pushes from a desk with desk rights. After every run, once the network is quiet:

- every desk equals the server, row by row;
- no copy has two open loans, no loan was returned before it was lent;
- copy statuses agree with loans and holds;
- fines are what the rules give;
- every journal operation was applied, or refused and reported as an exception;
- the server never answered 5xx.

Size: ``SIM_EXAMPLES`` runs of ``SIM_STEPS`` steps (CI: 5 x 30 per backend; the long run in
the note used 150 x 50). Desk clocks start 60 days back and move forward at each desk's pace,
never past the server's now, so fines and due dates are real while the server's clock is not.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sync_fixtures import (  # noqa: F401  (fixtures)
    ADMIN_PASSWORD,
    BOTH_BACKENDS,
    COMPARED,
    assert_converged,
    desk_rows,
    make_kit,
    memory_keyring,
    new_desk,
    pg_admin,
    server,
    server_template,
    sync_pg,
)

from desktop_app.domain import circulation as rules
from desktop_app.domain.errors import LibraryError
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.categories import policy_of
from desktop_app.services.people.members import MemberInput
from desktop_app.sync.client import SyncError

EXAMPLES = int(os.environ.get("SIM_EXAMPLES", "5"))
STEPS = int(os.environ.get("SIM_STEPS", "30"))
DESKS = "ABC"
FAULTS = ("none", "none", "none", "lose_push_request", "lose_push_reply", "lose_pull_reply", "network_down",
          "offline")
STATUSES = ("damaged", "withdrawn", "lost", "available")
STAFF = "SELECT uuid, username, role, active FROM staff_users ORDER BY uuid"
EXTRA = {**COMPARED,
         "categories": "SELECT uuid, code, name, loan_days, max_holds FROM member_categories ORDER BY uuid",
         "credits": "SELECT b.uuid, a.name, ba.position, ba.role FROM book_authors ba JOIN books b "
                    "ON b.id = ba.book_id JOIN authors a ON a.id = ba.author_id ORDER BY b.uuid, ba.position",
         "loan_details": "SELECT uuid, due_date, renewals, returned_at IS NULL FROM loans ORDER BY uuid",
         "hold_details": "SELECT h.uuid, h.status, c.barcode FROM holds h LEFT JOIN copies c ON c.id = h.copy_id "
                         "ORDER BY h.uuid",
         "fee_details": "SELECT uuid, kind, amount_cents FROM fees ORDER BY uuid",
         "member_details": "SELECT uuid, email, expires, blocked, block_reason FROM members ORDER BY uuid",
         "copy_details": "SELECT uuid, barcode, call_number, price_cents, status FROM copies ORDER BY uuid"}


STATS: Counter[str] = Counter()


def _pick(options: list[Any], index: int) -> Any:
    return options[index % len(options)] if options else None


class Hostile:
    """A desk registered with desk rights, pushing by hand what a tampered desk could send."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)
        token = self.http.post("/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD}).json()
        staff = {"Authorization": f"Bearer {token['access_token']}"}
        self.device = self.http.post("/sync/devices", headers=staff,
                                     json={"desk_name": f"Tampered {uuid.uuid4().hex[:4]}", "role": "desk"}).json()
        self.http.post("/auth/logout", headers=staff)
        tok = self.http.post("/auth/device", json={"client_id": self.device["client_id"],
                                                   "secret": self.device["device_secret"]}).json()
        self.headers = {"Authorization": f"Bearer {tok['access_token']}"}
        self.seq = 0
        self.statuses: list[int] = []
        self.op_ids: list[str] = []

    def push(self, kind: str, args: dict[str, Any], *, at: datetime, actor: str = "admin") -> None:
        self.seq += 1
        op_id = str(uuid.uuid4())
        r = self.http.post("/sync/push", headers=self.headers, json={
            "client_id": self.device["client_id"], "sent_at": datetime.now(UTC).isoformat(),
            "ops": [{"seq": self.seq, "op_id": op_id, "kind": kind, "args": args, "occurred_at": at.isoformat(),
                     "actor": actor}]})
        self.statuses.append(r.status_code)
        if r.status_code == 200:
            self.op_ids.append(op_id)
        else:
            self.seq -= 1

    def close(self) -> None:
        self.http.close()


def _plain(row: Any) -> tuple[Any, ...]:
    """A row as both databases can compare it (PostgreSQL gives dates and booleans, SQLite text
    and integers)."""
    return tuple(v.isoformat() if isinstance(v, date) else int(v) if isinstance(v, bool) else v for v in row)


def check_invariants(server: Any, desks: list[Any], hostile: Hostile | None) -> None:
    for name, sql in EXTRA.items():
        truth = [_plain(r) for r in server.query(sql)]
        for desk in desks:
            assert [_plain(r) for r in desk_rows(desk, sql)] == truth, f"{desk.name} differs from the server in {name}"
    assert_converged(server, desks)
    staff = {_plain(r) for r in server.query(STAFF)}
    for desk in desks:  # a desk may keep local accounts of its own; it has every account of the server
        assert staff <= {_plain(r) for r in desk_rows(desk, STAFF)}, f"{desk.name} lacks staff accounts of the server"
    # No loan returned before it was lent.
    assert server.query("SELECT uuid FROM loans WHERE returned_at < checked_out_at") == []
    # Copy statuses agree with loans and holds.
    on_loan = server.query("SELECT c.barcode FROM copies c WHERE (c.status = 'on_loan') != EXISTS "
                           "(SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.returned_at IS NULL)")
    assert on_loan == [], f"copy status and open loans disagree: {on_loan}"
    shelf = server.query("SELECT c.barcode FROM copies c WHERE (c.status = 'on_hold_shelf') != EXISTS "
                         "(SELECT 1 FROM holds h WHERE h.copy_id = c.id AND h.status = 'ready')")
    assert shelf == [], f"hold shelf and ready holds disagree: {shelf}"
    assert server.query("SELECT copy_id FROM holds WHERE status = 'ready' GROUP BY copy_id HAVING count(*) > 1") == []
    check_fines(server)
    for desk in desks:
        rows = desk_rows(desk, "SELECT op_id, status FROM journal")
        assert all(status != "pending" for _, status in rows), f"{desk.name} still has pending work"
        client = desk.sync.status().client_id
        applied = dict(server.query("SELECT op_id, status FROM sync_applied_ops"))
        reported = {r[0] for r in server.query("SELECT op_id FROM sync_exceptions")}
        for op_id, status in rows:
            assert op_id in applied, f"{desk.name}: {op_id} never reached the server"
            if applied[op_id] == "rejected" or status == "rejected":
                assert op_id in reported, f"{desk.name}: refused {op_id} is no exception"
        assert client
    if hostile is not None:
        assert all(code < 500 for code in hostile.statuses), hostile.statuses
        applied = dict(server.query("SELECT op_id, status FROM sync_applied_ops WHERE client_id = :c",
                                    c=hostile.device["client_id"]))
        reported = {r[0] for r in server.query("SELECT op_id FROM sync_exceptions")}
        for op_id in hostile.op_ids:
            assert op_id in applied and (applied[op_id] != "rejected" or op_id in reported)


def fresh_server(server: Any, template: Any) -> None:
    """Start ``server`` again on a new copy of its first database: each run starts from the same
    library, so a failure found by a run can be shrunk and replayed on its own."""
    import shutil

    server.stop()
    if server.backend == "sqlite":
        path = server.url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            Path(path + suffix).unlink(missing_ok=True)
        shutil.copy2(template, path)
    else:
        name = server.url.rsplit("/", 1)[1]
        pg_admin(sync_pg(), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        pg_admin(sync_pg(), f"CREATE DATABASE {name} TEMPLATE sync_template")
    server.start()


def check_fines(server: Any) -> None:
    """Every returned loan's overdue fees are what the rules give: exactly, for a loan never
    renewed; within the cap and at least the fine of its last period, for a renewed one."""
    rows = server.query(
        "SELECT l.id, l.due_date, l.returned_at, l.renewals, k.loan_days, k.max_loans, k.max_renewals, k.max_holds, "
        "k.fines_enabled, k.fine_per_day_cents, k.fine_cap_cents, k.grace_days, k.max_overdue_days, "
        "k.max_owed_cents, k.membership_months, k.code, "
        "(SELECT coalesce(sum(f.amount_cents), 0) FROM fees f WHERE f.loan_id = l.id AND f.kind = 'overdue') "
        "FROM loans l JOIN members m ON m.id = l.member_id JOIN member_categories k ON k.id = m.category_id "
        "WHERE l.returned_at IS NOT NULL AND EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_uuid = l.uuid "
        "AND a.action = 'checkin')")  # returned, not closed by a copy marked lost
    for row in rows:
        _id, due, returned, renewals, *policy, code, charged = row
        cat = type("Cat", (), dict(zip(("loan_days", "max_loans", "max_renewals", "max_holds", "fines_enabled",
                                        "fine_per_day_cents", "fine_cap_cents", "grace_days", "max_overdue_days",
                                        "max_owed_cents", "membership_months"), policy, strict=True),
                                    item_type_loan_days={}))
        rule = policy_of(cat)  # type: ignore[arg-type]
        due = due if not isinstance(due, str) else datetime.fromisoformat(due).date()
        returned = returned if not isinstance(returned, str) else datetime.fromisoformat(returned)
        back_on = (returned if returned.tzinfo else returned.replace(tzinfo=UTC)).astimezone().date()
        last = rules.return_fine(rule, rules.LoanSnapshot(datetime.now(UTC), due, renewals), back_on)
        if renewals == 0:
            assert charged == last, f"loan {_id} ({code}): fined {charged}, the rules give {last}"
        else:
            assert charged <= (rule.fine_cap_cents if rule.fine_cap_cents is not None else charged)
            assert charged >= min(last, rule.fine_cap_cents or last)


@BOTH_BACKENDS
def test_desks_and_server_agree_whatever_happens(server, new_desk, server_template):
    made = {"n": 0}

    class Simulation(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            made["n"] += 1
            fresh_server(server, server_template)
            self.kit = make_kit(server, copies=4, members=3)
            self.desks = [new_desk(f"S{made['n']}{name}") for name in DESKS]
            real_now = datetime.now(UTC)
            self.offsets = {d.name: timedelta(days=-60) for d in self.desks}
            self.offline = {d.name: False for d in self.desks}
            for desk in self.desks:
                name = desk.name
                desk.services.library.set_clock(lambda n=name: datetime.now(UTC) + self.offsets[n])
            self.restarts = 0
            self.hostile: Hostile | None = None
            self.start_at = real_now

        def desk(self, d: int) -> Any:
            return self.desks[d % len(self.desks)]

        def rows(self, desk: Any, sql: str) -> list[Any]:
            return [r[0] for r in desk_rows(desk, sql)]

        def attempt(self, fn: Any) -> None:
            try:
                fn()
            except LibraryError as exc:  # refused at the desk by the same rules: nothing journaled
                STATS[f"refused at a desk: {getattr(exc, 'codes', None) or [exc.code]}"] += 1

        # -- circulation ------------------------------------------------------------------
        def quick_sync(self, desk: Any) -> None:
            if not self.offline[desk.name]:
                try:
                    report = desk.sync.sync_now(allow_deletes=True)
                    for status, n in report.statuses.items():
                        STATS[f"pushed {status}"] += n
                except SyncError as exc:
                    STATS[f"sync failed: {type(exc).__name__}"] += 1

        @rule(d=st.integers(0, 2), c=st.integers(0, 50), m=st.integers(0, 50), then_sync=st.booleans())
        def lend(self, d: int, c: int, m: int, then_sync: bool) -> None:
            desk = self.desk(d)
            copy = _pick(self.rows(desk, "SELECT barcode FROM copies WHERE status IN ('available', 'on_hold_shelf') "
                                         "ORDER BY barcode"), c)
            allowed = "" if m > 40 else "WHERE blocked = 0 "  # mostly members who may borrow
            card = _pick(self.rows(desk, f"SELECT card_number FROM members {allowed}ORDER BY card_number"), m)
            if copy and card:
                self.attempt(lambda: desk.services.circulation.checkout(desk.admin, card, copy))
            if then_sync:
                self.quick_sync(desk)

        @rule(d=st.integers(0, 2), c=st.integers(0, 50), then_sync=st.booleans())
        def give_back(self, d: int, c: int, then_sync: bool) -> None:
            desk = self.desk(d)
            copy = _pick(self.rows(desk, "SELECT barcode FROM copies ORDER BY status <> 'on_loan', barcode"), c)
            if copy:
                self.attempt(lambda: desk.services.circulation.checkin(desk.admin, copy))
            if then_sync:
                self.quick_sync(desk)

        @rule(d=st.integers(0, 2), c=st.integers(0, 50), days=st.integers(1, 30))
        def renew(self, d: int, c: int, days: int) -> None:
            desk = self.desk(d)  # some days later (a renewal the same day gives no more time)
            self.offsets[desk.name] = min(self.offsets[desk.name] + timedelta(days=days), timedelta(minutes=-10))
            copy = _pick(self.rows(desk, "SELECT c.barcode FROM copies c JOIN loans l ON l.copy_id = c.id "
                                         "WHERE l.returned_at IS NULL ORDER BY c.barcode"), c)
            if copy:
                self.attempt(lambda: desk.services.circulation.renew(desk.admin, copy))

        @rule(d=st.integers(0, 2), b=st.integers(0, 50), m=st.integers(0, 50))
        def place_hold(self, d: int, b: int, m: int) -> None:
            desk = self.desk(d)
            book = _pick(self.rows(desk, "SELECT id FROM books ORDER BY uuid"), b)
            card = _pick(self.rows(desk, "SELECT card_number FROM members ORDER BY card_number"), m)
            if book and card:
                self.attempt(lambda: desk.services.holds.place(desk.admin, card, book))

        @rule(d=st.integers(0, 2), h=st.integers(0, 50))
        def cancel_hold(self, d: int, h: int) -> None:
            desk = self.desk(d)
            hold = _pick(self.rows(desk, "SELECT id FROM holds WHERE status IN ('waiting', 'ready') ORDER BY uuid"), h)
            if hold:
                self.attempt(lambda: desk.services.holds.cancel(desk.admin, hold, reason="changed mind"))

        @rule(d=st.integers(0, 2))
        def expire_holds(self, d: int) -> None:
            desk = self.desk(d)
            self.attempt(lambda: desk.services.holds.expire(desk.admin))

        @rule(d=st.integers(0, 2), m=st.integers(0, 50), cents=st.integers(1, 900))
        def charge(self, d: int, m: int, cents: int) -> None:
            desk = self.desk(d)
            card = _pick(self.rows(desk, "SELECT card_number FROM members ORDER BY card_number"), m)
            if card:
                self.attempt(lambda: desk.services.fees.charge(desk.admin, card, cents, "photocopies"))

        @rule(d=st.integers(0, 2), f=st.integers(0, 50), waive=st.booleans())
        def settle(self, d: int, f: int, waive: bool) -> None:
            desk = self.desk(d)
            fee = _pick(self.rows(desk, "SELECT id FROM fees WHERE paid_at IS NULL AND waived_at IS NULL "
                                        "ORDER BY uuid"), f)
            if fee:
                self.attempt(lambda: desk.services.fees.waive(desk.admin, fee, "goodwill") if waive
                             else desk.services.fees.pay(desk.admin, fee))

        # -- catalog ------------------------------------------------------------------------
        @rule(d=st.integers(0, 2), n=st.integers(0, 999), copies=st.integers(0, 2))
        def add_book(self, d: int, n: int, copies: int) -> None:
            desk = self.desk(d)
            self.attempt(lambda: desk.services.catalog.add_book(
                desk.admin,
                BookInput(title=f"Sim title {n}", year=1990 + n % 30, authors=[(f"Writer {n % 7}", "author")]),
                copies=[CopyInput(price_cents=500 + n) for _ in range(copies)]))

        @rule(d=st.integers(0, 2), b=st.integers(0, 50), n=st.integers(0, 999))
        def edit_book(self, d: int, b: int, n: int) -> None:
            desk = self.desk(d)
            book = _pick(self.rows(desk, "SELECT id FROM books ORDER BY uuid"), b)
            if book:
                view = desk.services.catalog.book(book)
                self.attempt(lambda: desk.services.catalog.edit_book(desk.admin, book, BookInput(
                    title=str(view.values["title"]), year=1900 + n % 120,
                    authors=view.authors or [(f"Writer {n % 5}", "author")])))

        @rule(d=st.integers(0, 2), b=st.integers(0, 50))
        def delete_book(self, d: int, b: int) -> None:
            desk = self.desk(d)
            book = _pick(self.rows(desk, "SELECT id FROM books ORDER BY uuid"), b)
            if book:
                self.attempt(lambda: desk.services.catalog.delete_book(desk.admin, book))

        @rule(d=st.integers(0, 2), b=st.integers(0, 50))
        def add_copy(self, d: int, b: int) -> None:
            desk = self.desk(d)
            book = _pick(self.rows(desk, "SELECT id FROM books ORDER BY uuid"), b)
            if book:
                self.attempt(lambda: desk.services.catalog.add_copies(desk.admin, book, [CopyInput(price_cents=700)]))

        @rule(d=st.integers(0, 2), c=st.integers(0, 50), n=st.integers(0, 99))
        def edit_copy(self, d: int, c: int, n: int) -> None:
            desk = self.desk(d)
            copy = _pick(self.rows(desk, "SELECT barcode FROM copies ORDER BY barcode"), c)
            if copy:
                self.attempt(lambda: desk.services.catalog.edit_copy(
                    desk.admin, copy, CopyInput(call_number=f"SIM {n}", price_cents=100 * n)))

        @rule(d=st.integers(0, 2), c=st.integers(0, 50), s=st.sampled_from(STATUSES))
        def copy_status(self, d: int, c: int, s: str) -> None:
            desk = self.desk(d)
            copy = _pick(self.rows(desk, "SELECT barcode FROM copies ORDER BY barcode"), c)
            if copy:
                self.attempt(lambda: desk.services.catalog.set_copy_status(desk.admin, copy, s))

        # -- people -------------------------------------------------------------------------
        @rule(d=st.integers(0, 2), n=st.integers(0, 999))
        def register(self, d: int, n: int) -> None:
            desk = self.desk(d)
            self.attempt(lambda: desk.services.members.register(desk.admin, MemberInput(
                first_name=f"Sim{n}", last_name=desk.name)))

        @rule(d=st.integers(0, 2), m=st.integers(0, 50), n=st.integers(0, 999))
        def edit_member(self, d: int, m: int, n: int) -> None:
            desk = self.desk(d)
            card = _pick(self.rows(desk, "SELECT card_number FROM members ORDER BY card_number"), m)
            if card:
                found = desk.services.members.get(card)
                self.attempt(lambda: desk.services.members.edit(desk.admin, card, MemberInput(
                    first_name=found.first_name, last_name=found.last_name, email=f"m{n}@example.org")))

        @rule(d=st.integers(0, 2), m=st.integers(0, 50), on=st.booleans())
        def block(self, d: int, m: int, on: bool) -> None:
            desk = self.desk(d)
            card = _pick(self.rows(desk, "SELECT card_number FROM members ORDER BY card_number"), m)
            if card:
                self.attempt(lambda: desk.services.members.block(desk.admin, card, "lost card") if on
                             else desk.services.members.unblock(desk.admin, card, "found it"))

        @rule(d=st.integers(0, 2), m=st.integers(0, 50))
        def set_pin(self, d: int, m: int) -> None:
            desk = self.desk(d)
            card = _pick(self.rows(desk, "SELECT card_number FROM members ORDER BY card_number"), m)
            if card:
                self.attempt(lambda: desk.services.members.set_pin(desk.admin, card, "2468"))

        @rule(d=st.integers(0, 2), days=st.integers(0, 40))
        def category(self, d: int, days: int) -> None:
            desk = self.desk(d)  # a category no simulated member belongs to: the fines stay checkable
            self.attempt(lambda: desk.services.members.save_category(desk.admin, "visitor", name="Visitor",
                                                                     loan_days=days + 1, max_holds=days % 5))

        @rule(d=st.integers(0, 2), n=st.integers(0, 20), role=st.sampled_from(("desk", "librarian")))
        def staff(self, d: int, n: int, role: str) -> None:
            desk = self.desk(d)
            self.attempt(lambda: desk.services.accounts.create_staff(
                desk.admin, username=f"clerk{n}", display_name=f"Clerk {n}", password="long enough pw", role=role))

        # -- time, faults, hostility ------------------------------------------------------
        @rule(d=st.integers(0, 2), hours=st.integers(1, 24 * 12))
        def time_passes(self, d: int, hours: int) -> None:
            name = self.desk(d).name
            self.offsets[name] = min(self.offsets[name] + timedelta(hours=hours), timedelta(minutes=-10))

        @rule(d=st.integers(0, 2))
        def sync_quietly(self, d: int) -> None:
            self.quick_sync(self.desk(d))

        # Circulation and syncing are what a desk does most: they are drawn more often.
        lend_again, give_back_again, sync_again = lend, give_back, sync_quietly

        @rule(d=st.integers(0, 2), fault=st.sampled_from(FAULTS))
        def sync(self, d: int, fault: str) -> None:
            desk = self.desk(d)
            if fault == "offline":
                self.offline[desk.name] = not self.offline[desk.name]
                return
            if self.offline[desk.name]:
                return
            transport = desk.transport
            if fault in ("lose_push_request", "lose_push_reply", "lose_pull_reply"):
                _lose, where, mode = fault.split("_")
                transport.lose(mode, f"/sync/{where}")
            transport.down = fault == "network_down"
            try:
                report = desk.sync.sync_now(allow_deletes=True)
                for status, n in report.statuses.items():
                    STATS[f"pushed {status}"] += n
            except SyncError as exc:  # unreachable or refused: the journal waits
                STATS[f"sync failed: {type(exc).__name__}"] += 1
            finally:
                transport.down = False
                transport.faults.clear()

        @rule(d=st.integers(0, 2))
        def restart_desk(self, d: int) -> None:
            desk = self.desk(d)
            desk.reopen()
            name = desk.name
            desk.services.library.set_clock(lambda n=name: datetime.now(UTC) + self.offsets[n])

        @precondition(lambda self: self.restarts < 1)
        @rule()
        def kill_server(self) -> None:
            self.restarts += 1
            server.stop(kill=True)
            server.start()

        @rule(kind=st.sampled_from(("override", "unblock", "far_due", "backdated_return", "other_seq")),
              c=st.integers(0, 50), m=st.integers(0, 50))
        def hostile_push(self, kind: str, c: int, m: int) -> None:
            if self.hostile is None:
                self.hostile = Hostile(server.base_url)
            h = self.hostile
            copies = [r[0] for r in server.query("SELECT barcode FROM copies ORDER BY barcode")]
            cards = [r[0] for r in server.query("SELECT card_number FROM members ORDER BY card_number")]
            copy, card = _pick(copies, c), _pick(cards, m)
            now = datetime.now(UTC) - timedelta(minutes=5)
            if kind == "override" and copy and card:
                h.push("checkout", {"loan_uuid": str(uuid.uuid4()), "barcode": copy, "card_number": card,
                                    "override_reason": "trust me"}, at=now)
            elif kind == "unblock" and card:
                h.push("member_unblock", {"card_number": card, "member_uuid": server.query(
                    "SELECT uuid FROM members WHERE card_number = :c", c=card)[0][0]}, at=now)
            elif kind == "far_due" and copy and card:
                h.push("checkout", {"loan_uuid": str(uuid.uuid4()), "barcode": copy, "card_number": card,
                                    "due_date": "9999-12-31"}, at=now)
            elif kind == "backdated_return" and copy:
                h.push("checkin", {"barcode": copy}, at=now - timedelta(days=90))
            elif kind == "other_seq":  # another desk's sequence: refused without a word about it
                r = h.http.post("/sync/push", headers=h.headers, json={
                    "client_id": self.desks[0].sync.status().client_id or "x", "sent_at": now.isoformat(),
                    "ops": [{"seq": 1, "op_id": str(uuid.uuid4()), "kind": "checkin", "args": {},
                             "occurred_at": now.isoformat()}]})
                assert r.status_code == 403 and "expected" not in r.text
                h.statuses.append(r.status_code)

        def teardown(self) -> None:
            if not hasattr(self, "desks"):
                return
            try:
                for _ in range(3):
                    for desk in self.desks:
                        desk.sync.sync_now(allow_deletes=True)
                check_invariants(server, self.desks, self.hostile)
                STATS["runs"] += 1
                for code, n in server.query("SELECT code, count(*) FROM sync_exceptions GROUP BY code"):
                    STATS[f"exception {code}"] += n
                for desk in self.desks:
                    for kind, n in desk_rows(desk, "SELECT kind, count(*) FROM journal GROUP BY kind"):
                        STATS[f"op {kind}"] += n
            finally:
                if self.hostile is not None:
                    self.hostile.close()
                for desk in self.desks:
                    desk.close()

    from hypothesis.stateful import run_state_machine_as_test

    STATS.clear()
    started = time.monotonic()
    run_state_machine_as_test(Simulation, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, suppress_health_check=list(HealthCheck),
        # The same runs every time (a failure replays by itself), never a tiny one saved by another size.
        derandomize=True, database=None))
    summary = {"backend": server.backend, "examples": EXAMPLES, "steps": STEPS,
               "seconds": round(time.monotonic() - started, 1), "stats": dict(sorted(STATS.items()))}
    print("simulation:", json.dumps(summary))
    if os.environ.get("SIM_REPORT"):
        with open(os.environ["SIM_REPORT"], "a", encoding="utf-8") as out:
            out.write(json.dumps(summary) + "\n")
    kinds = {k for k in STATS if k.startswith("op ")}
    assert len(kinds) >= min(15, 2 * EXAMPLES), f"too few kinds of operation were exercised: {sorted(kinds)}"
    assert httpx.get(f"{server.base_url}/health", timeout=5).status_code == 200
    log = (server.folder / "server.log").read_text(errors="replace")
    assert '"status": 500' not in log and "Traceback" not in log
