"""The catalog's lists as the REST API pages them: authors, books (searched as at the desk,
filtered, sorted) and copies, with the detail of an author and the line of one copy.

Everything here only reads; rows leave as plain dataclasses, a page as ``Listed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.sql import ColumnElement

from ...db.models import Author, Book, BookAuthor, Copy, Loan
from ...domain.errors import NotFound
from ...domain.text import fold, normalize_scan
from ...domain.values import Role
from ..library import Actor, Library, require
from ..listing import Listed, SortKey, keyset_page, offset_page
from .search import Searcher

MAX_BOOK_IDS = 1000  # an author's detail lists at most this many book ids (the book list filters by author)

BOOK_SORTS = {
    "title": SortKey(Book.title_sort),
    "author": SortKey(Book.author_sort),
    "year": SortKey(func.coalesce(Book.year, 0), "int"),
    "added": SortKey(Book.created_at, "datetime"),
}
_BOOKS = (select(func.count(func.distinct(BookAuthor.book_id))).where(BookAuthor.author_id == Author.id)
          .correlate(Author).scalar_subquery())
_COPIES = select(func.count()).where(Copy.book_id == Book.id).correlate(Book).scalar_subquery()
_AVAILABLE = (select(func.count()).where(Copy.book_id == Book.id, Copy.status == "available")
              .correlate(Book).scalar_subquery())
_BOOK_LINE = select(Book.id, Book.title, Book.author_names, Book.year, Book.language, Book.item_type, Book.isbn13,
                    Book.call_number, _COPIES.label("copies"), _AVAILABLE.label("available"))
_COPY_LINE = (select(Copy.id, Copy.barcode, Copy.book_id, Book.title, Copy.status, Copy.call_number, Copy.location,
                     Loan.due_date)
              .join(Book, Book.id == Copy.book_id)
              .outerjoin(Loan, and_(Loan.copy_id == Copy.id, Loan.returned_at.is_(None))))


@dataclass(frozen=True)
class AuthorLine:
    id: int
    name: str
    books: int


@dataclass(frozen=True)
class AuthorRecord:
    """An author with the ids of their books (the first ``MAX_BOOK_IDS``, by id)."""

    id: int
    name: str
    books: int
    book_ids: list[int]


@dataclass(frozen=True)
class BookLine:
    id: int
    title: str
    authors: str
    year: int | None
    language: str | None
    item_type: str
    isbn13: str | None
    call_number: str | None
    copies: int
    available: int


@dataclass(frozen=True)
class CopyLine:
    """A copy with its book's title and, when it is on loan, the due date."""

    id: int
    barcode: str
    book_id: int
    title: str
    status: str
    call_number: str | None
    location: str | None
    due_date: date | None = None


def _book_line(r: Any) -> BookLine:
    return BookLine(r.id, r.title, r.author_names, r.year, r.language, r.item_type, r.isbn13, r.call_number,
                    r.copies, r.available)


def _copy_line(r: Any) -> CopyLine:
    return CopyLine(r.id, r.barcode, r.book_id, r.title, r.status, r.call_number, r.location, r.due_date)


def book_conditions(*, author: str | None, year: int | None, year_from: int | None, year_to: int | None,
                    language: str | None, available: bool | None, item_type: str | None) -> list[ColumnElement[bool]]:
    """SQL conditions for the book list's filters (the same on SQLite and PostgreSQL)."""
    out: list[ColumnElement[bool]] = []
    if author:
        out.append(func.lower(Book.author_names).contains(author.strip().lower(), autoescape=True))
    if year is not None:
        out.append(Book.year == year)
    if year_from is not None:
        out.append(Book.year >= year_from)
    if year_to is not None:
        out.append(Book.year <= year_to)
    if language:
        out.append(Book.language == language.strip().lower())
    if item_type:
        out.append(Book.item_type == item_type)
    if available is not None:
        has = exists().where(Copy.book_id == Book.id, Copy.status == "available")
        out.append(has if available else ~has)
    return out


class CatalogLists:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def authors(self, q: str | None, *, cursor: str | None, limit: int) -> Listed[AuthorLine]:
        """Authors in name order; ``q`` is part of the name (case and accents ignored)."""
        stmt = select(Author.id, Author.name, _BOOKS.label("books"))
        if q and q.strip():
            stmt = stmt.where(Author.name_sort.contains(fold(q.strip()), autoescape=True))
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Author.id, sort=SortKey(Author.name_sort), descending=False,
                               cursor=cursor, limit=limit, filters={"q": q}, sort_name="name")
        return Listed([AuthorLine(r.id, r.name, r.books) for r in page.rows], page.next_cursor, page.total)

    def author(self, author_id: int) -> AuthorRecord:
        with self.lib.read() as s:
            author = s.get(Author, author_id)
            if author is None:
                raise NotFound(f"There is no author with id {author_id}")
            count = s.scalar(select(func.count(func.distinct(BookAuthor.book_id)))
                             .where(BookAuthor.author_id == author_id))
            books = list(s.scalars(select(BookAuthor.book_id).where(BookAuthor.author_id == author_id).distinct()
                                   .order_by(BookAuthor.book_id).limit(MAX_BOOK_IDS)))
            return AuthorRecord(author.id, author.name, count or 0, books)

    def books(self, search: Searcher, *, q: str | None = None, author: str | None = None, year: int | None = None,
              year_from: int | None = None, year_to: int | None = None, language: str | None = None,
              item_type: str | None = None, available: bool | None = None, sort: str | None = None,
              descending: bool = False, cursor: str | None = None, limit: int) -> Listed[BookLine]:
        """Books. With ``q`` (searched by ``search``, as at the desk) the order is relevance
        unless ``sort`` is given; without it, ``sort`` (default title)."""
        where = book_conditions(author=author, year=year, year_from=year_from, year_to=year_to, language=language,
                                available=available, item_type=item_type)
        filters = {"q": q, "author": author, "year": year, "year_from": year_from, "year_to": year_to,
                   "language": language, "item_type": item_type, "available": available}
        if q and q.strip() and sort in (None, "relevance"):
            ids = list(search.books(q).ids)
            with self.lib.read() as s:
                if where and ids:
                    keep = set(s.scalars(select(Book.id).where(Book.id.in_(ids), *where)))
                    ids = [i for i in ids if i in keep]
                chunk, next_cursor, total = offset_page(ids, cursor=cursor, limit=limit, filters=filters)
                rows = {r.id: r for r in s.execute(_BOOK_LINE.where(Book.id.in_(chunk)))} if chunk else {}
            return Listed([_book_line(rows[i]) for i in chunk if i in rows], next_cursor, total)
        if sort == "relevance":
            sort = None
        stmt = _BOOK_LINE.where(*where)
        if q and q.strip():
            ids = list(search.books(q).ids)
            stmt = stmt.where(Book.id.in_(ids or [-1]))
        name = sort or "title"
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Book.id, sort=BOOK_SORTS[name], descending=descending,
                               cursor=cursor, limit=limit, filters=filters, sort_name=name)
        return Listed([_book_line(r) for r in page.rows], page.next_cursor, page.total)

    def copies(self, actor: Actor, *, book_id: int | None = None, status: str | None = None,
               available: bool | None = None, location: str | None = None, sort: str = "barcode",
               descending: bool = False, cursor: str | None = None, limit: int) -> Listed[CopyLine]:
        """Copies (desk staff), by barcode or by when they were added ("added")."""
        require(actor, Role.DESK, "list copies")
        stmt = _COPY_LINE
        if book_id is not None:
            stmt = stmt.where(Copy.book_id == book_id)
        if status is not None:
            stmt = stmt.where(Copy.status == status)
        if available is not None:
            stmt = stmt.where(Copy.status == "available" if available else Copy.status != "available")
        if location:
            stmt = stmt.where(Copy.location == location)
        key = SortKey(Copy.barcode) if sort == "barcode" else SortKey(Copy.created_at, "datetime")
        filters = {"book_id": book_id, "status": status, "available": available, "location": location}
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Copy.id, sort=key, descending=descending, cursor=cursor,
                               limit=limit, filters=filters, sort_name=sort)
        return Listed([_copy_line(r) for r in page.rows], page.next_cursor, page.total)

    def copy(self, actor: Actor, barcode: str) -> CopyLine:
        """The copy with this barcode as scanned (desk staff)."""
        require(actor, Role.DESK, "look up copies")
        with self.lib.read() as s:
            row = s.execute(_COPY_LINE.where(Copy.barcode == normalize_scan(barcode))).first()
        if row is None:
            raise NotFound(f"No copy has the barcode {barcode!r}")
        return _copy_line(row)
