"""A demo library with realistic data: books with several copies and authors, members of
several categories, current and overdue loans, holds and fees.

Small demos (the default few hundred books) run their circulation through the services, so
every loan is audited and journaled like a real one. The catalog, and for large sizes
(``bulk`` benchmarks at a million titles) everything, is written with fast batched inserts
straight into SQLite; such rows are not journaled (they are local demo data, not work).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from ...domain.errors import LibraryError
from ...domain.text import fold, search_extra, sort_title
from ..library import Actor, Library
from . import rows, words
from .people import bulk_loans, bulk_members
from .rows import code, ts

if TYPE_CHECKING:  # the services package builds on this one; the name is for the checker
    from .. import Services

BATCH = 20_000
SERVICE_LOANS_LIMIT = 5_000


@dataclass
class DemoSummary:
    books: int = 0
    copies: int = 0
    members: int = 0
    loans: int = 0
    overdue: int = 0
    holds: int = 0
    fees: int = 0


def bulk_catalog(library: Library, n_books: int, *, seed: int = 7, copies_per_book: float = 1.5,
                 progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Insert ``n_books`` generated books with authors and copies. Returns (books, copies)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous = OFF")
        cur.execute("BEGIN IMMEDIATE")
        first_book = (cur.execute("SELECT coalesce(max(id), 0) FROM books").fetchone()[0]) + 1
        first_copy = (cur.execute("SELECT coalesce(max(id), 0) FROM copies").fetchone()[0]) + 1
        first_author = (cur.execute("SELECT coalesce(max(id), 0) FROM authors").fetchone()[0]) + 1
        n_authors = max(20, min(n_books // 3, 50_000))
        authors = []
        for i in range(n_authors):
            name = f"{rng.choice(words.FIRST_NAMES)} {chr(65 + i % 26)}. {rng.choice(words.LAST_NAMES)}"
            authors.append((first_author + i, str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1, ts(now), name,
                            fold(name)))
        cur.executemany("INSERT INTO authors (id, uuid, version, updated_at, name, name_sort) VALUES (?,?,?,?,?,?)",
                        authors)
        copy_no = cur.execute("SELECT coalesce(value, 0) FROM counters WHERE name = 'id_3'").fetchone()
        copy_counter = copy_no[0] if copy_no else 0
        copy_id = first_copy
        done = 0
        while done < n_books:
            books, credits, copies = [], [], []
            for _ in range(min(BATCH, n_books - done)):
                book_id = first_book + done
                a, b = rng.choice(words.TITLE_WORDS), rng.choice(words.TITLE_WORDS)
                title = rng.choice(words.TITLE_PATTERNS).format(a=a, b=b)
                if rng.random() < 0.5:
                    title += f" {rng.choice(('II', 'Revisited', 'Stories', 'Tales', str(rng.randrange(2, 99))))}"
                picked = rng.sample(authors, 2 if rng.random() < 0.15 else 1)
                names = [p[4] for p in picked]
                isbn13 = rows.isbn13(rng)
                isbn10 = rows.isbn10(isbn13) if rng.random() < 0.6 else None
                subjects = "; ".join(rng.sample(words.SUBJECTS, rng.randint(1, 3)))
                created = now - timedelta(days=rng.randrange(3650), seconds=rng.randrange(86400))
                subtitle = rng.choice((None, None, "A novel", "Selected essays"))
                publisher = rng.choice(words.PUBLISHERS)
                series = rng.choice(words.SERIES) if rng.random() < 0.05 else None
                call_number = f"{rng.randrange(1000):03d} {names[0].split()[-1][:3].upper()}"
                extra = search_extra(title=title, subtitle=subtitle, author_names="; ".join(names), series=series,
                                     series_number=None, subjects=subjects, publisher=publisher,
                                     call_number=call_number)
                books.append((
                    book_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1, ts(now), title,
                    subtitle, isbn13, isbn10, publisher, rng.randint(1950, 2026), None, rng.choice(words.LANGUAGES),
                    series, subjects, None, rng.choice(words.ITEM_TYPES), call_number, "; ".join(names),
                    " ".join(x for x in (isbn13, isbn10) if x), extra, sort_title(title), fold(names[0]),
                    ts(created)))
                for pos, p in enumerate(picked):
                    credits.append((book_id, pos, p[0], "author" if pos == 0 else rng.choice(("author", "editor"))))
                n_copies = 1 + (rng.random() < copies_per_book - 1) + (rng.random() < 0.1)
                for _ in range(n_copies):
                    copy_counter += 1
                    copies.append((copy_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1, ts(now),
                                   code("3", copy_counter), book_id, call_number, rng.choice(words.LOCATIONS),
                                   "available", (created.date()).isoformat(), rng.randrange(500, 4000), None,
                                   ts(created)))
                    copy_id += 1
                done += 1
            cur.executemany(
                "INSERT INTO books (id, uuid, version, updated_at, title, subtitle, isbn13, isbn10, publisher, year, "
                "edition, language, series, subjects, description, item_type, call_number, author_names, isbn_search, "
                "search_extra, title_sort, author_sort, created_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", books)
            cur.executemany("INSERT INTO book_authors (book_id, position, author_id, role) VALUES (?,?,?,?)", credits)
            cur.executemany(
                "INSERT INTO copies (id, uuid, version, updated_at, barcode, book_id, call_number, location, status, "
                "acquired, price_cents, notes, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", copies)
            if progress:
                progress(done, n_books)
        cur.execute("INSERT INTO counters (name, value) VALUES ('id_3', ?) "
                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (copy_counter,))
        cur.execute("COMMIT")
        return n_books, copy_id - first_copy
    except BaseException:  # Ctrl+C too: never leave the raw transaction open
        raw.rollback()
        raise
    finally:
        raw.close()


def generate_demo(services: Services, actor: Actor, *, books: int = 300, members: int | None = None,
                  seed: int = 7, progress: Callable[[str], None] | None = None) -> DemoSummary:
    """Fill the library with demo data. Circulation runs through the services (audited and
    journaled) at demo sizes; above ``SERVICE_LOANS_LIMIT`` loans it is bulk-inserted."""

    lib = services.library
    if books < 1:
        raise LibraryError("The demo needs at least one book")
    say = progress or (lambda _msg: None)
    summary = DemoSummary()
    say(f"Adding {books:,} books")
    summary.books, summary.copies = bulk_catalog(lib, books, seed=seed)
    n_members = members if members is not None else max(30, min(books // 20, 50_000))
    say(f"Adding {n_members:,} members")
    summary.members = bulk_members(lib, n_members, seed=seed + 1)
    n_loans = max(20, books // 10)
    if n_loans > SERVICE_LOANS_LIMIT:
        say(f"Lending {n_loans:,} copies")
        summary.loans = bulk_loans(lib, n_loans, seed=seed + 2)
        return summary
    say("Lending, returning and holding through the desk's rules")
    _circulate(services, actor, summary, n_loans, random.Random(seed + 3))
    return summary


def _circulate(services: Services, actor: Actor, summary: DemoSummary, n_loans: int, rng: random.Random) -> None:
    lib = services.library
    with lib.read() as s:
        copies = [tuple(r) for r in s.execute(text("SELECT barcode, book_id FROM copies ORDER BY id"))]
        cards = [r[0] for r in s.execute(text(
            "SELECT card_number FROM members m JOIN member_categories c ON c.id = m.category_id "
            "WHERE c.code != 'staff' ORDER BY m.id"))]
    real_clock = lib.clock
    now = real_clock()
    rng.shuffle(copies)
    lent: list[tuple[str, int, str]] = []
    late: list[str] = []
    try:
        for i in range(min(n_loans, len(copies))):
            barcode, book_id = copies[i]
            days_ago = rng.choice((1, 2, 3, 5, 8, 12, 15, 19)) if i % 4 else rng.choice((25, 30, 35, 40))
            lib.set_clock(lambda d=days_ago: now - timedelta(days=d))
            for _ in range(5):
                card = rng.choice(cards)
                try:
                    services.circulation.checkout(actor, card, barcode)
                except LibraryError:
                    continue
                lent.append((barcode, book_id, card))
                if days_ago > 21:
                    late.append(barcode)
                summary.loans += 1
                break
        # some returns, a few late (fees), then holds on books that are out
        lib.set_clock(lambda: now - timedelta(hours=2))
        returning = late[: max(1, len(late) // 3)]
        returning += [b for b, _k, _c in lent[: len(lent) // 5] if b not in returning]
        for barcode in returning:
            result = services.circulation.checkin(actor, barcode)
            summary.loans -= 1
            summary.fees += bool(result.fee_cents)
        lib.set_clock(lambda: now - timedelta(hours=1))
        still_out = [x for x in lent if x[0] not in returning]
        for _barcode, book_id, card in still_out[: max(3, len(lent) // 10)]:
            for other in rng.sample(cards, min(3, len(cards))):
                if other == card:
                    continue
                try:
                    services.holds.place(actor, other, book_id)
                    summary.holds += 1
                    break
                except LibraryError:
                    continue
        # one hold ready on the shelf: return a held book
        for barcode, _book_id, _card in still_out[:2]:
            services.circulation.checkin(actor, barcode)
            summary.loans -= 1
    finally:
        lib.set_clock(real_clock)
    summary.overdue = services.reports.counts().overdue
