"""Anonymising 100,000 returned loans (issue 12, part 4): a real migrated SQLite library with
100,000 returned loans (and a settled fee for every tenth), then one anonymisation run and a
second one (idempotent: nothing left to do). Prints figures; not a pass/fail test.

    .venv/bin/python -m bench.bench_privacy [--loans 100000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from desktop_app.config import Paths
from desktop_app.services import SYSTEM, Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor
from desktop_app.services.people.members import MemberInput
from desktop_app.services.people.privacy import Privacy


def build(folder: Path, loans: int) -> Services:
    svc = Services(open_library(Paths(folder)))
    svc.setup.initialise(library_name="Bench", admin_username="admin", admin_name="Admin", admin_password="bench pw 1")
    admin = staff_actor(svc.accounts.get_staff("admin"))
    svc.setup.update_settings(admin, anonymise_after_days=30)
    old = datetime.now(UTC) - timedelta(days=400)
    svc.catalog.add_book(admin, BookInput(title="Bench"), copies=[CopyInput() for _ in range(100)])
    for i in range(1000):
        svc.members.register(admin, MemberInput(first_name="M", last_name=f"N{i}"))
    with svc.library.write() as s:
        copies = [r[0] for r in s.execute(text("SELECT id FROM copies"))]
        members = [r[0] for r in s.execute(text("SELECT id FROM members"))]
        rows = [{"u": f"l{i}", "t": old, "c": copies[i % 100], "m": members[i % 1000],
                 "out": old + timedelta(minutes=i), "due": (old + timedelta(days=21)).date(),
                 "back": old + timedelta(days=7, minutes=i)} for i in range(loans)]
        s.execute(text("INSERT INTO loans (uuid, version, updated_at, copy_id, member_id, checked_out_at, due_date, "
                       "returned_at, renewals) VALUES (:u, 1, :t, :c, :m, :out, :due, :back, 0)"), rows)
        s.execute(text("INSERT INTO fees (uuid, version, updated_at, member_id, loan_id, kind, amount_cents, "
                       "paid_cents, created_at, paid_at) SELECT 'f' || id, 1, :t, member_id, id, 'overdue', 50, 50, "
                       ":t, :t FROM loans WHERE id % 10 = 0"), {"t": old})
    return svc


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        svc = build(Path(tmp), args.loans)
        print(f"built {args.loans:,} returned loans in {time.perf_counter() - started:.1f} s")
        privacy = Privacy(svc.library)
        started = time.perf_counter()
        count = privacy.anonymise_old_loans(SYSTEM)
        took = time.perf_counter() - started
        with svc.library.read() as s:
            ops = s.execute(text("SELECT count(*) FROM journal WHERE kind = 'anonymise_loans'")).scalar()
            left = s.execute(text("SELECT count(*) FROM loans WHERE member_id IS NOT NULL")).scalar()
            fees = s.execute(text("SELECT count(*) FROM fees WHERE member_id IS NULL")).scalar()
        print(f"anonymised {count:,} loans ({fees:,} fees) in {took:.1f} s ({count / took:,.0f} loans/s), "
              f"{ops} journal operations, {left} loans still linked")
        started = time.perf_counter()
        again = privacy.anonymise_old_loans(SYSTEM)
        print(f"second run: {again} loans in {time.perf_counter() - started:.2f} s")
        svc.close()


if __name__ == "__main__":
    main()
