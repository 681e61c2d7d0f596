"""Books: add, edit and delete a title with its authors. Transitions (``tx`` first), run by
the desk, the REST API and the server's replay of a desk's catalog edits."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db import journal
from ...db.models import Author, Book, BookAuthor, Copy, Hold, Loan
from ...domain.errors import Reason, Refused
from ...domain.text import fold, search_extra, sort_title
from ...domain.values import ACTIVE_HOLD, Role
from ..library import require
from ..snapshots import book_data
from ..transaction import Tx
from .input import CleanBook


def author_for(tx: Tx, name: str, *, author_uuid: str | None = None) -> Author:
    """The author with exactly this name, created if new (with ``author_uuid`` when a desk
    named one, so the desk's row and the server's are the same)."""
    author = tx.s.scalar(select(Author).where(Author.name == name).order_by(Author.id).limit(1))
    if author is None:
        author = Author(name=name, name_sort=fold(name))
        if author_uuid and tx.s.scalar(select(Author.id).where(Author.uuid == author_uuid)) is None:
            author.uuid = author_uuid
        tx.add(author)
    return author


def apply_book_values(tx: Tx, book: Book, clean: CleanBook, author_uuids: dict[str, str] | None = None) -> None:
    """Set a book's fields and credits, and the denormalised search and sort columns."""
    for key, value in clean.values.items():
        setattr(book, key, value)
    uuids = author_uuids or {}
    book.credits = [BookAuthor(position=i, author=author_for(tx, name, author_uuid=uuids.get(name)), role=role)
                    for i, (name, role) in enumerate(clean.authors)]
    book.author_names = "; ".join(name for name, _ in clean.authors)
    book.author_sort = fold(clean.authors[0][0]) if clean.authors else ""
    book.title_sort = sort_title(str(clean.values["title"]))
    book.isbn_search = " ".join(x for x in (book.isbn13, book.isbn10) if x)
    book.search_extra = search_extra(title=book.title, subtitle=book.subtitle, author_names=book.author_names,
                                     series=book.series, series_number=book.series_number, subjects=book.subjects,
                                     publisher=book.publisher, call_number=book.call_number)


def add_book(tx: Tx, clean: CleanBook, *, book_uuid: str | None = None,
             author_uuids: dict[str, str] | None = None) -> Book:
    require(tx.actor, Role.LIBRARIAN, "add books to the catalog")
    book = Book()
    if book_uuid:
        book.uuid = book_uuid
    apply_book_values(tx, book, clean, author_uuids)
    tx.add(book)
    tx.record("book_upsert", book_data(book), row_uuid=book.uuid, base_version=0, audit="book_add", entity="book",
              title=book.title)
    return book


def edit_book(tx: Tx, book: Book, clean: CleanBook, *, author_uuids: dict[str, str] | None = None) -> dict[str, list]:
    """Change a book's fields and authors; returns {field: [before, after]} of what changed."""
    require(tx.actor, Role.LIBRARIAN, "edit books")
    before, base = book_data(book), book.version
    apply_book_values(tx, book, clean, author_uuids)
    tx.touch(book)
    tx.s.flush()
    after = book_data(book)
    changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v and k != "version"}
    tx.record("book_upsert", after, row_uuid=book.uuid, base_version=base, audit="book_edit", entity="book",
              changed=changed)
    return changed


def deletion_refusal(s: Session, book: Book) -> Refused | None:
    """Why ``book`` may not be deleted (a copy on loan, loan history, holds), or None."""
    on_loan = s.scalar(select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id)
                       .where(Copy.book_id == book.id, Loan.returned_at.is_(None)))
    if on_loan:
        return Refused("delete book", [Reason(
            "copies_on_loan", f"'{book.title}' cannot be deleted: {on_loan} of its copies are on loan",
            overridable=False)])
    if s.scalar(select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id)
                .where(Copy.book_id == book.id)):
        return Refused("delete book", [Reason(
            "has_history", f"'{book.title}' has loan history; withdraw its copies instead of deleting it",
            overridable=False)])
    holds = s.scalar(select(func.count()).select_from(Hold)
                     .where(Hold.book_id == book.id, Hold.status.in_(ACTIVE_HOLD)))
    if holds:
        return Refused("delete book", [Reason(
            "holds_waiting", f"'{book.title}' cannot be deleted: "
            f"{'a member has a hold' if holds == 1 else f'{holds} members have holds'} on it",
            overridable=False)])
    return None


def delete_book(tx: Tx, book: Book) -> None:
    """Delete a book and its copies. Refused while a copy is on loan, the book has loan
    history or members wait for it."""
    require(tx.actor, Role.LIBRARIAN, "delete books")
    refusal = deletion_refusal(tx.s, book)
    if refusal is not None:
        raise refusal
    # Closed holds go with the book (the database cascades them too), but one that once
    # set a copy aside still points at it: remove them first or the copy cannot go.
    tx.s.execute(delete(Hold).where(Hold.book_id == book.id))
    barcodes = []
    for copy in list(book.copies):
        journal.tombstone(tx.s, "copy", copy.uuid, copy.version)
        barcodes.append(copy.barcode)
        tx.note(copy)
    journal.tombstone(tx.s, "book", book.uuid, book.version)
    tx.record("book_delete", {"uuid": book.uuid}, row_uuid=book.uuid, base_version=book.version, entity="book",
              title=book.title, copies=barcodes)
    tx.deleted(book)
