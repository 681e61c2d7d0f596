"""Demo members and circulation: bulk inserts for benchmark sizes, services for small demos."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from ...domain.text import fold
from ..library import Library
from . import words
from .rows import code, ts


def bulk_members(library: Library, n: int, *, seed: int = 11) -> int:
    """Insert ``n`` generated members across the categories. Returns how many."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous = OFF")
        cur.execute("BEGIN IMMEDIATE")
        weights = {"adult": 70, "child": 22, "staff": 8}
        found = list(cur.execute("SELECT id, code FROM member_categories ORDER BY id"))
        cats = [r[0] for r in found]
        cat_weights = [weights.get(r[1], 10) for r in found]
        row = cur.execute("SELECT value FROM counters WHERE name = 'id_2'").fetchone()
        counter = row[0] if row else 0
        rows = []
        for _ in range(n):
            counter += 1
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            joined = now.date() - timedelta(days=rng.randrange(2000))
            expires = joined + timedelta(days=365 * rng.randint(1, 6))
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1, ts(now), code("2", counter), first,
                         last, f"{fold(first)}.{fold(last).replace(' ', '')}{counter}@example.org",
                         f"+44 20 7946 {counter % 10000:04d}", f"{rng.randint(1, 200)} High Street",
                         rng.choices(cats, cat_weights)[0], joined.isoformat(), expires.isoformat(), 0, None, None,
                         None, 0, 0, None,
                         fold(f"{last} {first}"), ts(now)))
        cur.executemany(
            "INSERT INTO members (uuid, version, updated_at, card_number, first_name, last_name, email, phone, "
            "address, category_id, joined, expires, blocked, block_reason, notes, pin_hash, failed_logins, lockouts, "
            "locked_until, name_sort, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        cur.execute("INSERT INTO counters (name, value) VALUES ('id_2', ?) "
                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (counter,))
        cur.execute("COMMIT")
        return n
    except BaseException:  # Ctrl+C too: never leave the raw transaction open
        raw.rollback()
        raise
    finally:
        raw.close()


def bulk_loans(library: Library, n: int, *, seed: int = 13, overdue_share: float = 0.1) -> int:
    """Lend ``n`` random available copies to random members, checked out in the last weeks
    (about ``overdue_share`` of them overdue). Returns how many loans were made."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = now.date()
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous = OFF")
        cur.execute("BEGIN IMMEDIATE")
        max_copy = cur.execute("SELECT max(id) FROM copies").fetchone()[0] or 0
        members = [r[0] for r in cur.execute("SELECT id FROM members")]
        if not members or not max_copy:
            cur.execute("ROLLBACK")
            return 0
        staff = cur.execute("SELECT id FROM staff_users ORDER BY id LIMIT 1").fetchone()
        staff_id = staff[0] if staff else None
        chosen: set[int] = set()
        open_ids = {r[0] for r in cur.execute("SELECT copy_id FROM loans WHERE returned_at IS NULL")}
        target = min(n, max_copy - len(open_ids))
        while len(chosen) < target:
            cid = rng.randint(1, max_copy)
            if cid not in open_ids:
                chosen.add(cid)
        rows = []
        for cid in chosen:
            overdue = rng.random() < overdue_share
            days_ago = rng.randint(22, 60) if overdue else rng.randint(0, 20)
            out = now - timedelta(days=days_ago, seconds=rng.randrange(28800))
            due: date = out.date() + timedelta(days=21)
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1, ts(now), cid, rng.choice(members),
                         ts(out), due.isoformat(), 0, staff_id, "Front desk"))
        cur.executemany("INSERT INTO loans (uuid, version, updated_at, copy_id, member_id, checked_out_at, due_date, "
                        "renewals, lent_by_id, desk) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        cur.executemany("UPDATE copies SET status = 'on_loan' WHERE id = ?", [(c,) for c in chosen])
        cur.execute("COMMIT")
        del today
        return len(rows)
    except BaseException:  # Ctrl+C too: never leave the raw transaction open
        raw.rollback()
        raise
    finally:
        raw.close()
