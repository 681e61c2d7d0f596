"""Catalog use cases: add, edit and delete books with their authors; add copies; change a
copy's status. One transaction per action, audited and journaled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db import journal
from ..db.models import Author, Book, BookAuthor, Copy, Fee, Hold, Loan, Member
from ..domain.errors import Conflict, InvalidInput, NotFound, Refused, Reason
from ..domain.text import fold, normalize_scan, sort_title
from ..domain.values import ACTIVE_HOLD, CopyStatus, FeeKind, Role
from .catalog_input import BookInput, CopyInput, clean_book, clean_copy
from .identifiers import COPY_KIND, next_identifier
from .library import Actor, Library, require
from .snapshots import book_data, copy_data


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
    id: int
    uuid: str
    version: int
    values: dict[str, object]
    authors: list[tuple[str, str]]
    copies: list[CopyView]
    holds_waiting: int


def author_for(s: Session, name: str) -> Author:
    """The author with exactly this name, created if new."""
    author = s.scalar(select(Author).where(Author.name == name).limit(1))
    if author is None:
        author = Author(name=name, name_sort=fold(name))
        s.add(author)
        s.flush()
    return author


def apply_book_values(s: Session, book: Book, values: dict[str, object], authors: list[tuple[str, str]]) -> None:
    """Set a book's fields and credits, and the denormalised search and sort columns."""
    for key, value in values.items():
        setattr(book, key, value)
    book.credits = [
        BookAuthor(position=i, author=author_for(s, name), role=role) for i, (name, role) in enumerate(authors)
    ]
    book.author_names = "; ".join(name for name, _ in authors)
    book.author_sort = fold(authors[0][0]) if authors else ""
    book.title_sort = sort_title(str(values["title"]))
    book.isbn_search = " ".join(x for x in (book.isbn13, book.isbn10) if x)


class Catalog:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def add_book(self, actor: Actor, data: BookInput, *, copies: list[CopyInput] | None = None) -> int:
        require(actor, Role.LIBRARIAN, "add books to the catalog")
        clean = clean_book(data, today=self.lib.today())
        with self.lib.write() as s:
            now = self.lib.now()
            book = Book(created_at=now, updated_at=now, version=1)
            apply_book_values(s, book, clean.values, clean.authors)
            s.add(book)
            s.flush()
            journal.append(s, "book_upsert", book_data(book), entity_uuid=book.uuid, base_version=0)
            self.lib.audit(s, actor, "book_add", "book", book.uuid, title=book.title)
            for copy_input in copies or []:
                self._add_copy(s, actor, book, copy_input)
            return book.id

    def edit_book(self, actor: Actor, book_id: int, data: BookInput, *, expected_version: int | None = None) -> None:
        require(actor, Role.LIBRARIAN, "edit books")
        clean = clean_book(data, today=self.lib.today())
        with self.lib.write() as s:
            book = self._book(s, book_id)
            if expected_version is not None and book.version != expected_version:
                raise Conflict(f"'{book.title}' was changed by someone else meanwhile; reopen it and try again")
            before = book_data(book)
            base = book.version
            apply_book_values(s, book, clean.values, clean.authors)
            book.version += 1
            book.updated_at = self.lib.now()
            s.flush()
            after = book_data(book)
            changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v and k != "version"}
            journal.append(s, "book_upsert", after, entity_uuid=book.uuid, base_version=base)
            self.lib.audit(s, actor, "book_edit", "book", book.uuid, changed=changed)

    def delete_book(self, actor: Actor, book_id: int) -> None:
        """Delete a book and its copies. Refused while any copy is on loan."""
        require(actor, Role.LIBRARIAN, "delete books")
        with self.lib.write() as s:
            book = self._book(s, book_id)
            on_loan = s.scalar(select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id)
                               .where(Copy.book_id == book.id, Loan.returned_at.is_(None)))
            if on_loan:
                raise Refused("delete book", [Reason(
                    "copies_on_loan", f"'{book.title}' cannot be deleted: {on_loan} of its copies are on loan",
                    overridable=False)])
            copy_ids = list(s.scalars(select(Copy.id).where(Copy.book_id == book.id)))
            if copy_ids and s.scalar(select(func.count()).select_from(Loan).where(Loan.copy_id.in_(copy_ids))):
                raise Refused("delete book", [Reason(
                    "has_history", f"'{book.title}' has loan history; withdraw its copies instead of deleting it",
                    overridable=False)])
            holds = s.scalar(select(func.count()).select_from(Hold)
                             .where(Hold.book_id == book.id, Hold.status.in_(ACTIVE_HOLD)))
            if holds:
                raise Refused("delete book", [Reason(
                    "holds_waiting", f"'{book.title}' cannot be deleted: "
                    f"{'a member has a hold' if holds == 1 else f'{holds} members have holds'} on it",
                    overridable=False)])
            # Closed holds go with the book (the database cascades them too), but one that once
            # set a copy aside still points at it: remove them first or the copy cannot go.
            s.execute(delete(Hold).where(Hold.book_id == book.id))
            for copy in list(book.copies):
                journal.tombstone(s, "copy", copy.uuid, copy.version)
            journal.tombstone(s, "book", book.uuid, book.version)
            journal.append(s, "book_delete", {"uuid": book.uuid}, entity_uuid=book.uuid, base_version=book.version)
            self.lib.audit(s, actor, "book_delete", "book", book.uuid, title=book.title,
                           copies=[c.barcode for c in book.copies])
            s.delete(book)

    def add_copies(self, actor: Actor, book_id: int, copies: list[CopyInput]) -> list[str]:
        """Add copies to a book; barcodes are generated where none is given. Returns barcodes."""
        require(actor, Role.LIBRARIAN, "add copies")
        with self.lib.write() as s:
            book = self._book(s, book_id)
            return [self._add_copy(s, actor, book, c).barcode for c in copies]

    def _add_copy(self, s: Session, actor: Actor, book: Book, data: CopyInput) -> Copy:
        values = clean_copy(data)
        barcode = values.pop("barcode")

        def taken(code: str) -> bool:
            return s.scalar(select(Copy.id).where(Copy.barcode == code)) is not None

        if barcode is None:
            barcode = next_identifier(self.lib, s, COPY_KIND, exists=taken)
        elif taken(str(barcode)):
            raise Conflict(f"Barcode {barcode} is already used by another copy")
        now = self.lib.now()
        copy = Copy(barcode=barcode, book=book, created_at=now, updated_at=now, version=1, **values)
        if copy.call_number is None:
            copy.call_number = book.call_number
        s.add(copy)
        s.flush()
        journal.append(s, "copy_upsert", copy_data(copy, book.uuid), entity_uuid=copy.uuid, base_version=0)
        self.lib.audit(s, actor, "copy_add", "copy", copy.uuid, barcode=copy.barcode, book=book.title)
        return copy

    def set_copy_status(self, actor: Actor, barcode: str, status: str, *, note: str | None = None) -> None:
        """Withdraw, mark lost or damaged, or put back. A copy on loan marked lost closes the
        loan and charges the member the copy's price."""
        require(actor, Role.LIBRARIAN, "change a copy's status")
        new = CopyStatus(status)
        with self.lib.write() as s:
            copy = s.scalar(select(Copy).where(Copy.barcode == normalize_scan(barcode)))
            if copy is None:
                raise NotFound(f"No copy has the barcode {barcode!r}")
            barcode = copy.barcode  # messages and the audit name the copy, not what was typed
            if copy.status == CopyStatus.ON_HOLD_SHELF:
                raise Refused("change status", [Reason(
                    "on_hold_shelf", f"Copy {barcode} is on the hold shelf; cancel or check in the hold first",
                    overridable=False)])
            loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))
            fee: Fee | None = None
            if loan is not None:
                if new != CopyStatus.LOST:
                    raise Refused("change status", [Reason(
                        "on_loan", f"Copy {barcode} is on loan; check it in first", overridable=False)])
                loan.returned_at = self.lib.now()
                loan.returned_by_id = actor.staff_id
                loan.version += 1
                if copy.price_cents:
                    member = s.get(Member, loan.member_id)
                    assert member is not None
                    fee = Fee(member_id=member.id, loan_id=loan.id, kind=FeeKind.LOST.value,
                              amount_cents=copy.price_cents, created_at=self.lib.now(),
                              note=f"Lost: {barcode} '{copy.book.title}'")
                    s.add(fee)
                    s.flush()
            if new in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF):
                raise InvalidInput("A copy goes on loan or on the hold shelf through the desk", field="status")
            old = copy.status
            copy.status = new.value
            if note:
                copy.notes = f"{copy.notes}\n{note}" if copy.notes else note
            copy.version += 1
            copy.updated_at = self.lib.now()
            # The closed loan and the fee it caused travel with the status change.
            journal.append(s, "copy_status", {"copy_uuid": copy.uuid, "status": new.value, "note": note,
                                              "loan_uuid": loan.uuid if loan else None,
                                              "fee_uuid": fee.uuid if fee else None,
                                              "fee_cents": fee.amount_cents if fee else 0},
                           entity_uuid=copy.uuid, base_version=copy.version - 1)
            self.lib.audit(s, actor, "copy_status", "copy", copy.uuid, barcode=barcode, before=old,
                           after=new.value, note=note)

    def book(self, book_id: int) -> BookView:
        with self.lib.read() as s:
            book = self._book(s, book_id)
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
            values = {k: getattr(book, k) for k in (
                "title", "subtitle", "isbn13", "isbn10", "publisher", "year", "edition", "language", "series",
                "subjects", "description", "item_type", "call_number", "author_names", "created_at")}
            return BookView(book.id, book.uuid, book.version, values,
                            [(c.author.name, c.role) for c in book.credits], copies, waiting)

    def _book(self, s: Session, book_id: int) -> Book:
        book = s.get(Book, book_id)
        if book is None:
            raise NotFound(f"There is no book with id {book_id}")
        return book
