"""The catalog: titles and their authors (``books``), copies (``copies``), what a person types
for them (``input``), search (``search``) and the catalog table's rows (``browse``).

``Catalog`` is the door the desk, the command line and the REST API use: one action, one
transaction, one transition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Book, Copy, Hold, Loan, Member
from ...domain.errors import Conflict, NotFound
from ...domain.fields import BOOK
from ...domain.text import normalize_scan
from ...domain.values import ACTIVE_HOLD, Role
from ..library import Actor, Library, require
from ..transaction import action
from .books import add_book, delete_book, edit_book
from .copies import add_copy, edit_copy, set_status
from .input import BookInput, CopyInput, clean_book, clean_copy


@dataclass(frozen=True)
class CopyView:
    id: int
    barcode: str
    status: str
    call_number: str | None
    location: str | None
    borrower: str | None
    borrower_card: str | None
    due_date: date | None


@dataclass(frozen=True)
class BookView:
    """A title as the detail view shows it: ``values`` holds its shown fields (``BOOK``)."""

    id: int
    uuid: str
    version: int
    values: dict[str, object]
    authors: list[tuple[str, str]]
    copies: list[CopyView]
    holds_waiting: int


def find_book(s: Session, book_id: int) -> Book:
    book = s.get(Book, book_id)
    if book is None:
        raise NotFound(f"There is no book with id {book_id}")
    return book


def find_copy(s: Session, barcode: str) -> Copy:
    copy = s.scalar(select(Copy).where(Copy.barcode == normalize_scan(barcode)))
    if copy is None:
        raise NotFound(f"No copy has the barcode {barcode!r}")
    return copy


class Catalog:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def add_book(self, actor: Actor, data: BookInput, *, copies: list[CopyInput] | None = None) -> int:
        require(actor, Role.LIBRARIAN, "add books to the catalog")
        clean = clean_book(data, today=self.lib.today())
        checked = [clean_copy(c) for c in copies or []]
        with action(self.lib, actor) as tx:
            book = add_book(tx, clean)
            for values in checked:
                add_copy(tx, book, values)
            return book.id

    def edit_book(self, actor: Actor, book_id: int, data: BookInput, *, expected_version: int | None = None) -> None:
        require(actor, Role.LIBRARIAN, "edit books")
        clean = clean_book(data, today=self.lib.today())
        with action(self.lib, actor) as tx:
            book = find_book(tx.s, book_id)
            if expected_version is not None and book.version != expected_version:
                raise Conflict(f"'{book.title}' was changed by someone else meanwhile; reopen it and try again")
            edit_book(tx, book, clean)

    def delete_book(self, actor: Actor, book_id: int) -> None:
        """Delete a book and its copies. Refused while any copy is on loan."""
        require(actor, Role.LIBRARIAN, "delete books")
        with action(self.lib, actor) as tx:
            delete_book(tx, find_book(tx.s, book_id))

    def add_copies(self, actor: Actor, book_id: int, copies: list[CopyInput]) -> list[str]:
        """Add copies to a book; barcodes are generated where none is given. Returns barcodes."""
        require(actor, Role.LIBRARIAN, "add copies")
        checked = [clean_copy(c) for c in copies]
        with action(self.lib, actor) as tx:
            book = find_book(tx.s, book_id)
            return [add_copy(tx, book, values).barcode for values in checked]

    def edit_copy(self, actor: Actor, barcode: str, data: CopyInput) -> None:
        """Change a copy's barcode, call number, location, acquisition date, price and notes."""
        require(actor, Role.LIBRARIAN, "edit copies")
        values = clean_copy(data)
        values.pop("status")
        if values["barcode"] is None:
            values.pop("barcode")
        with action(self.lib, actor) as tx:
            edit_copy(tx, find_copy(tx.s, barcode), values)

    def set_copy_status(self, actor: Actor, barcode: str, status: str, *, note: str | None = None) -> None:
        """Withdraw, mark lost or damaged, or put back. A copy on loan marked lost closes the
        loan and charges the member the copy's price."""
        require(actor, Role.LIBRARIAN, "change a copy's status")
        with action(self.lib, actor) as tx:
            set_status(tx, find_copy(tx.s, barcode), status, note=note)

    def book(self, book_id: int) -> BookView:
        with self.lib.read() as s:
            book = find_book(s, book_id)
            rows = s.execute(
                select(Copy, Loan.due_date, Member.first_name, Member.last_name, Member.card_number)
                .outerjoin(Loan, (Loan.copy_id == Copy.id) & Loan.returned_at.is_(None))
                .outerjoin(Member, Member.id == Loan.member_id)
                .where(Copy.book_id == book.id).order_by(Copy.barcode)
            ).all()
            copies = [CopyView(c.id, c.barcode, c.status, c.call_number, c.location,
                               f"{fn} {ln}" if fn is not None else None, card, due)
                      for c, due, fn, ln, card in rows]
            waiting = s.scalar(select(func.count()).select_from(Hold)
                               .where(Hold.book_id == book.id, Hold.status.in_(ACTIVE_HOLD))) or 0
            values = {k: getattr(book, k) for k in BOOK.names(shown=True)}
            return BookView(book.id, book.uuid, book.version, values,
                            [(c.author.name, c.role) for c in book.credits], copies, waiting)


__all__ = ["BookInput", "BookView", "Catalog", "CopyInput", "CopyView", "find_book", "find_copy"]
