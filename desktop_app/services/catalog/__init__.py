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
from ...domain.errors import Conflict, InvalidInput, NotFound
from ...domain.fields import BOOK, COPY
from ...domain.text import normalize_scan
from ...domain.values import ACTIVE_HOLD, Role
from ..library import Actor, Library, require
from ..transaction import action
from .books import add_book, delete_book, edit_book
from .copies import add_copy, delete_copy, edit_copy, set_status
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
class CopyDetail:
    """One copy as the edit dialog shows it: its editable fields (``COPY.editable``), its
    status and the version an edit starts from."""

    barcode: str
    book_id: int
    title: str
    status: str
    version: int
    values: dict[str, object]


@dataclass(frozen=True)
class StatusResult:
    """What a status change did beside the status: a lost copy put back cancels its lost fee
    (``waived_cents``) or hands back what was paid for it (``refund_cents``)."""

    barcode: str
    status: str
    waived_cents: int = 0
    refund_cents: int = 0


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
        """Add copies to a book; barcodes are generated where none is given (a scanned list of
        pre-printed labels: each used once). Returns barcodes. All or none."""
        require(actor, Role.LIBRARIAN, "add copies")
        checked = [clean_copy(c) for c in copies]
        seen: set[object] = set()
        for values in checked:
            code = values["barcode"]
            if code is not None and code in seen:
                raise InvalidInput(f"Barcode {code} is in the list twice", field="barcode")
            seen.add(code)
        with action(self.lib, actor) as tx:
            book = find_book(tx.s, book_id)
            return [add_copy(tx, book, values).barcode for values in checked]

    def edit_copy(self, actor: Actor, barcode: str, data: CopyInput, *,
                  expected_version: int | None = None) -> dict[str, list[object]]:
        """Change a copy's barcode, call number, location, acquisition date, price and notes
        (all of them: an empty one is cleared; an empty barcode keeps the barcode). With
        ``expected_version``, refused when someone changed the copy meanwhile. Returns
        {field: [before, after]} of what changed."""
        require(actor, Role.LIBRARIAN, "edit copies")
        values = clean_copy(data)
        values.pop("status")
        if values["barcode"] is None:
            values.pop("barcode")
        with action(self.lib, actor) as tx:
            copy = find_copy(tx.s, barcode)
            if expected_version is not None and copy.version != expected_version:
                raise Conflict(f"Copy {copy.barcode} '{copy.book.title}' was changed by someone else meanwhile; "
                               "reopen it and try again")
            return edit_copy(tx, copy, values)

    def set_copy_status(self, actor: Actor, barcode: str, status: str, *, note: str | None = None) -> StatusResult:
        """Withdraw; mark lost, damaged, in repair or not for loan; or put back. A copy on
        loan marked lost closes the loan and charges the member the copy's price; a lost copy
        put back settles its lost fee per the ``lost_found`` setting."""
        require(actor, Role.LIBRARIAN, "change a copy's status")
        with action(self.lib, actor) as tx:
            copy = find_copy(tx.s, barcode)
            waived, refund = set_status(tx, copy, status, note=note)
            return StatusResult(copy.barcode, copy.status, waived, refund)

    def delete_copy(self, actor: Actor, barcode: str) -> None:
        """Delete a withdrawn copy that was never lent and no hold waits with (librarians)."""
        require(actor, Role.LIBRARIAN, "delete copies")
        with action(self.lib, actor) as tx:
            delete_copy(tx, find_copy(tx.s, barcode))

    def copy_detail(self, actor: Actor, barcode: str) -> CopyDetail:
        require(actor, Role.DESK, "see a copy's details")
        with self.lib.read() as s:
            copy = find_copy(s, barcode)
            return CopyDetail(copy.barcode, copy.book_id, copy.book.title, copy.status, copy.version,
                              {name: getattr(copy, name) for name in COPY.editable})

    def barcode_owner(self, barcode: str) -> str | None:
        """Who has ``barcode`` already ("'Dune' (copy)"), or None when it is free: the Add copies
        dialog refuses a used pre-printed label on the spot."""
        code = normalize_scan(barcode)
        with self.lib.read() as s:
            row = s.execute(select(Book.title).join(Copy, Copy.book_id == Book.id).where(Copy.barcode == code)).first()
            return str(row[0]) if row else None

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


__all__ = ["BookInput", "BookView", "Catalog", "CopyDetail", "CopyInput", "CopyView", "StatusResult", "find_book",
           "find_copy"]
