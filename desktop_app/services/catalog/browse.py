"""Read queries the staff windows need beyond the core services (and ``desk_queries``): a
member's full record for editing, the values offered by catalog filters, an ISBN check as the clerk types, and a row
fetcher with its own connection so the catalog table never waits behind a running search.

Everything here only reads (Core selects, no ORM objects leave a function).
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select, text

from ...db import search as fts
from ...db.models import Book, Copy, Fee, Member, MemberCategory
from ...domain.errors import NotFound
from ...domain.text import normalize_scan
from ...domain.values import Role
from ...formats.isbn import InvalidIsbn, hyphenate, normalize_isbn
from ..library import Actor, Library, require
from .search import BookRow

#: The SQLite page cache of the connections here that read scattered pages or scan the whole
#: table (below the engine's default of 8 MiB): the operating system caches the file anyway.
FETCHER_CACHE_KIB = 4096  # windows of 64 rows need little; half the default


def check_isbn(value: str) -> str | None:
    """None when ``value`` is empty or a valid ISBN-10/13 (hyphens and spaces allowed);
    otherwise a sentence saying what is wrong with it."""
    if not value or not value.strip():
        return None
    try:
        normalize_isbn(value)
    except InvalidIsbn as exc:
        return str(exc)
    return None


def hyphenate_isbn(value: str | None) -> str:
    """``value`` as an ISBN-13 with hyphens by registration group ("978-0-441-01359-3") for
    display; an empty value gives "", and text that is not a valid ISBN is returned unchanged
    (a catalogue may hold bad numbers: they are shown as they are, never hidden)."""
    if not value or not value.strip():
        return ""
    try:
        return hyphenate(value)
    except InvalidIsbn:
        return value


@dataclass(frozen=True)
class MemberDetail:
    id: int
    card_number: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    address: str | None
    notes: str | None
    category_code: str
    category_name: str
    joined: date
    expires: date | None
    blocked: bool
    block_reason: str | None
    version: int
    owed_cents: int
    has_pin: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class IsbnMatch:
    """A book of the catalog that already carries an ISBN (see ``books_with_isbn``)."""

    book_id: int
    title: str
    isbn13: str
    copies: int


@dataclass(frozen=True)
class Facets:
    """The values the catalog filters offer."""

    item_types: list[str]
    languages: list[str]
    year_min: int | None
    year_max: int | None


class BrowseQueries:
    """Reads for the staff windows; each method is one short read transaction."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    def member_detail(self, actor: Actor, card_number: str) -> MemberDetail:
        require(actor, Role.DESK, "see member details")
        card = normalize_scan(card_number)
        with self.lib.read() as s:
            row = s.execute(
                select(Member.id, Member.card_number, Member.first_name, Member.last_name, Member.email,
                       Member.phone, Member.address, Member.notes, MemberCategory.code, MemberCategory.name,
                       Member.joined, Member.expires, Member.blocked, Member.block_reason, Member.version,
                       Member.pin_hash.is_not(None))
                .join(MemberCategory, MemberCategory.id == Member.category_id)
                .where(Member.card_number == card)).first()
            if row is None:
                raise NotFound(f"No member has the card number {card_number!r}")
            owed = s.scalar(select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0))
                            .where(Fee.member_id == row[0], Fee.paid_at.is_(None), Fee.waived_at.is_(None)))
            (member_id, card, first, last, email, phone, address, notes, code, category, joined, expires, blocked,
             block_reason, version, has_pin) = row
            return MemberDetail(member_id, card, first, last, email, phone, address, notes, code, category, joined,
                                expires, bool(blocked), block_reason, version, int(owed or 0), bool(has_pin))

    def facets(self) -> Facets:
        """Distinct item types and languages in the catalog, and its year range.

        One pass over the books (no index covers the two columns: seconds on a million titles),
        on a connection of its own with a small page cache that is closed afterwards, so the
        scan leaves no pooled connection holding 64 MiB of pages."""
        conn = self.lib.engine.connect().execution_options(sqlite_begin="DEFERRED")
        sqlite = conn.dialect.name == "sqlite"
        try:
            if sqlite:
                conn.exec_driver_sql(f"PRAGMA cache_size = -{FETCHER_CACHE_KIB}")
                conn.commit()
            with conn.begin():
                pairs = conn.execute(select(Book.item_type, Book.language)
                                     .group_by(Book.item_type, Book.language)).all()
                lo, hi = conn.execute(select(func.min(Book.year), func.max(Book.year))).one()
        finally:
            if sqlite:
                conn.invalidate()
            conn.close()
        types = sorted({t for t, _ in pairs if t})
        langs = sorted({x for _, x in pairs if x})
        return Facets(types, langs, lo, hi)

    def sorted_ids(self, ids: Sequence[int], *, sort: str, descending: bool = False) -> array:
        """``ids`` (a search result, at most a few thousand) re-ordered by a catalog sort key
        ("title", "author", "year", "added") in SQL, ties broken by id."""
        column = fts.SORTS[sort]
        direction = "DESC" if descending else "ASC"
        if not ids:
            return array("q")
        with self.lib.read() as s:
            rows = s.execute(text(
                f"SELECT id FROM books WHERE id IN (SELECT value FROM json_each(:ids)) "
                f"ORDER BY {column} {direction}, id {direction}"), {"ids": "[" + ",".join(map(str, ids)) + "]"})
            return array("q", rows.scalars())

    def books_with_isbn(self, isbn: str) -> list[IsbnMatch]:
        """The books that already carry ``isbn`` (typed in any form: ISBN-10 or -13, hyphens,
        spaces, a scanned EAN with its price add-on), oldest first, with their number of
        copies; [] when there is none or ``isbn`` is not a valid ISBN. One indexed lookup."""
        try:
            isbn13, _ = normalize_isbn(isbn)
        except InvalidIsbn:
            return []
        with self.lib.read() as s:
            rows = s.execute(select(Book.id, Book.title, Book.isbn13, func.count(Copy.id))
                             .outerjoin(Copy, Copy.book_id == Book.id)
                             .where(Book.isbn13 == isbn13).group_by(Book.id).order_by(Book.id)).all()
            return [IsbnMatch(book_id, title, code or isbn13, int(copies)) for book_id, title, code, copies in rows]

    def book_id_for_barcode(self, barcode: str) -> int | None:
        code = normalize_scan(barcode)
        with self.lib.read() as s:
            return s.scalar(select(Copy.book_id).where(Copy.barcode == code))


class BookRowFetcher:
    """Fetch catalog rows by id on a connection of its own.

    The catalog table calls this from the GUI thread while the ``Searcher`` may be busy on the
    worker; a separate connection means a fetch never waits for a search (WAL readers do not
    block each other). Each call is its own short read transaction, so it sees fresh data.
    Its page cache is kept small: windows after random jumps touch scattered pages that a
    large cache would only pile up (64 MiB of resident memory after a few hundred jumps on a
    million titles) while the operating system caches the file anyway.
    """

    def __init__(self, library: Library) -> None:
        self.lib = library
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def rows(self, ids: Sequence[int]) -> list[BookRow]:
        if not ids:
            return []
        with self._lock:
            if self._conn is None:
                self._conn = self.lib.engine.connect().execution_options(sqlite_begin="DEFERRED")
                if self._conn.dialect.name == "sqlite":  # scattered small reads: the OS caches pages
                    self._conn.exec_driver_sql(f"PRAGMA cache_size = -{FETCHER_CACHE_KIB}")
                    self._conn.commit()
            with self._conn.begin():
                return self._fetch(self._conn, list(ids))

    @staticmethod
    def _fetch(conn: Connection, ids: list[int]) -> list[BookRow]:
        """The rows for ``ids`` in that order. The copies are counted in one join on the
        covering (book_id, status) index: one index search per book instead of the two
        subqueries of ``Searcher.book_rows`` (about 0.5 ms for 64 scattered ids, 1M titles)."""
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        sql = ("SELECT b.id, b.title, b.author_names, b.year, b.item_type, b.isbn13, b.call_number, "
               "count(c.book_id), coalesce(sum(CASE WHEN c.status = 'available' THEN 1 ELSE 0 END), 0) "
               "FROM books b LEFT JOIN copies c ON c.book_id = b.id "
               f"WHERE b.id IN ({', '.join([mark] * len(ids))}) GROUP BY b.id")
        found = {r[0]: BookRow(*r) for r in conn.exec_driver_sql(sql, tuple(ids))}
        return [found[i] for i in ids if i in found]

    def close(self) -> None:
        """Close the connection for good (not back to the pool: it carries its own cache size)."""
        with self._lock:
            if self._conn is not None:
                self._conn.invalidate()
                self._conn.close()
                self._conn = None

