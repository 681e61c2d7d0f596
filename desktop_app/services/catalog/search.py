"""Finding things: catalog search as you type, browsing a million titles in windows, exact
barcode and card lookups, member search.

A ``Searcher`` owns one read connection so that a newer search can ``interrupt()`` an older
one still running on another thread.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import OperationalError

from ...db import search as fts
from ...db import search_pg
from ...domain.text import normalize_scan
from ..library import Library


@dataclass(frozen=True)
class Filters:
    available_only: bool = False
    item_type: str | None = None
    language: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.available_only or self.item_type or self.language or self.year_from or self.year_to)

    def sql(self) -> tuple[str, dict[str, object]]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        if self.available_only:
            clauses.append("EXISTS (SELECT 1 FROM copies c WHERE c.book_id = books.id AND c.status = 'available')")
        if self.item_type:
            clauses.append("item_type = :f_type")
            params["f_type"] = self.item_type
        if self.language:
            clauses.append("language = :f_lang")
            params["f_lang"] = self.language
        if self.year_from is not None:
            clauses.append("year >= :f_y0")
            params["f_y0"] = self.year_from
        if self.year_to is not None:
            clauses.append("year <= :f_y1")
            params["f_y1"] = self.year_to
        return " AND ".join(clauses) or "1", params


@dataclass(frozen=True)
class BookRow:
    id: int
    title: str
    authors: str
    year: int | None
    item_type: str
    isbn13: str | None
    call_number: str | None
    copies: int
    available: int


@dataclass(frozen=True)
class Result:
    ids: array
    total: int
    ranked: bool
    capped: bool


@dataclass(frozen=True)
class MemberRow:
    id: int
    card_number: str
    name: str
    category: str
    expires: date | None
    blocked: bool
    email: str | None


class SearchCancelled(Exception):
    """A newer search interrupted this one."""


class Searcher:
    """Search and row fetching on one dedicated read connection."""

    def __init__(self, library: Library) -> None:
        self.lib = library
        self._lock = threading.Lock()
        self._conn: Connection | None = None

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self.lib.engine.connect().execution_options(sqlite_begin="DEFERRED")
        return self._conn

    def interrupt(self) -> None:
        """Stop whatever query runs on this searcher's connection (any thread may call)."""
        conn = self._conn
        if conn is not None:
            try:
                conn.connection.dbapi_connection.interrupt()  # type: ignore[union-attr]  # sqlite3's, not in the DB-API
            except Exception:  # noqa: BLE001 - a connection closing under us has nothing left to stop
                pass

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _run(self, fn, *args, **kwargs):
        with self._lock:
            conn = self._connection()
            try:
                with conn.begin():
                    return fn(conn, *args, **kwargs)
            except OperationalError as exc:
                if "interrupted" in str(exc):
                    raise SearchCancelled() from exc
                raise

    # -- books -------------------------------------------------------------------------
    def books(self, query: str = "", *, filters: Filters | None = None, sort: str = "title",
              descending: bool = False) -> Result:
        """Ids of the books matching ``query`` (all books when empty), filtered and ordered."""
        return self._run(self._books, query, filters or Filters(), sort, descending)

    @staticmethod
    def _books(conn: Connection, query: str, filters: Filters, sort: str, descending: bool) -> Result:
        if not query.strip():
            if not filters.active:
                ids = fts.browse_ids(conn, sort=sort, descending=descending)
                return Result(ids, len(ids), False, False)
            where, params = filters.sql()
            column = fts.SORTS[sort]
            direction = "DESC" if descending else "ASC"
            rows = conn.execute(text(f"SELECT id FROM books WHERE {where} ORDER BY {column} {direction}, id"), params)
            ids = array("q", rows.scalars())
            return Result(ids, len(ids), False, False)
        postgres = conn.dialect.name == "postgresql"
        hits = search_pg.search_books(conn, query) if postgres else fts.search_books(conn, query)
        ids = hits.ids
        if filters.active and ids and postgres:
            where, params = filters.sql()
            keep = search_pg.filter_ids(conn, ids, where, params)
            ids = array("q", (i for i in ids if i in keep))
            return Result(ids, len(ids) if not hits.capped else hits.total, hits.ranked, hits.capped)
        if filters.active and ids:
            where, params = filters.sql()
            sql = f"SELECT id FROM books WHERE {where} AND id IN (SELECT value FROM json_each(:ids))"
            keep = set(conn.execute(text(sql), {**params, "ids": "[" + ",".join(map(str, ids)) + "]"}).scalars())
            ids = array("q", (i for i in ids if i in keep))
            return Result(ids, len(ids) if not hits.capped else hits.total, hits.ranked, hits.capped)
        return Result(ids, hits.total, hits.ranked, hits.capped)

    def book_rows(self, ids: Sequence[int]) -> list[BookRow]:
        """The rows for ``ids``, in the same order (missing ids are skipped)."""
        if not ids:
            return []
        return self._run(self._book_rows, list(ids))

    @staticmethod
    def _book_rows(conn: Connection, ids: list[int]) -> list[BookRow]:
        # Hot path (every window of the catalog table): plain driver SQL, no statement compile.
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        sql = (
            "SELECT b.id, b.title, b.author_names, b.year, b.item_type, b.isbn13, b.call_number, "
            "(SELECT count(*) FROM copies c WHERE c.book_id = b.id), "
            "(SELECT count(*) FROM copies c WHERE c.book_id = b.id AND c.status = 'available') "
            f"FROM books b WHERE b.id IN ({', '.join([mark] * len(ids))})")
        found = {r[0]: BookRow(*r) for r in conn.exec_driver_sql(sql, tuple(ids))}
        return [found[i] for i in ids if i in found]

    def page(self, *, sort: str = "title", after: tuple[object, int] | None = None, limit: int = 50) -> list[BookRow]:
        """A keyset page of the sorted catalog (constant cost at any depth)."""
        keys = self._run(lambda c: fts.browse_page(c, sort=sort, after=after, limit=limit))
        return self.book_rows([k[1] for k in keys])

    # -- exact lookups -------------------------------------------------------------------
    def copy_by_barcode(self, barcode: str) -> tuple[int, int, str] | None:
        """(copy id, book id, status) of the copy with exactly this barcode, or None."""
        code = normalize_scan(barcode)
        row = self._run(lambda c: c.exec_driver_sql(
            "SELECT id, book_id, status FROM copies WHERE barcode = "
            + ("?" if c.dialect.paramstyle == "qmark" else "%s"),
            (code,)).first())
        return tuple(row) if row else None

    def member_by_card(self, card_number: str) -> int | None:
        card = normalize_scan(card_number)
        return self._run(lambda c: c.execute(text("SELECT id FROM members WHERE card_number = :c"),
                                             {"c": card}).scalar())

    # -- members -------------------------------------------------------------------------
    def members(self, query: str = "", *, limit: int = 500) -> list[MemberRow]:
        def run(conn: Connection) -> list[MemberRow]:
            if query.strip():
                search = search_pg.search_members if conn.dialect.name == "postgresql" else fts.search_members
                ids = search(conn, query, limit=limit)
            else:
                ids = list(conn.execute(text("SELECT id FROM members ORDER BY name_sort, id LIMIT :n"),
                                        {"n": limit}).scalars())
            if not ids:
                return []
            stmt = text("SELECT m.id, m.card_number, m.first_name || ' ' || m.last_name, c.name, m.expires, m.blocked, "
                        "m.email FROM members m JOIN member_categories c ON c.id = m.category_id WHERE m.id IN :ids"
                        ).bindparams(bindparam("ids", expanding=True))
            found = {}
            for r in conn.execute(stmt, {"ids": ids}):
                expires = date.fromisoformat(r[4]) if isinstance(r[4], str) else r[4]
                found[r[0]] = MemberRow(r[0], r[1], r[2], r[3], expires, bool(r[5]), r[6])
            return [found[i] for i in ids if i in found]

        return self._run(run)
