"""Importing catalogue records (books with their copies) inside one import transaction.

Each :class:`BookRecord` is validated by the catalog's own rules (``clean_book`` /
``clean_copy``); a value that fails on an optional field (year, language, ISBN, a too-long
subtitle...) is dropped with a warning, a failure on the title, an author or a copy makes the
record bad. Records are then written in batches:

- no book with the same ISBN-13 (in the library or earlier in the file) or, for a record
  without ISBN, with the same MARC control number ("003 001", of its kept record) or the same
  key (sort title, first author, year): a new book;
- a match and mode "skip": the book is left as it is (a duplicate), but copies whose barcodes
  are not yet in the library are added to it;
- a match and mode "update": the book's fields and authors are replaced and its copies in the
  file updated through the catalog's transitions (``edit_book``, ``edit_copy``, ``set_status``),
  new copies added.

A record read from a MARC file is kept whole beside the new book (``catalog.records``); an
update replaces the kept record. The journal row of the book carries it (``record_args``).

A barcode already used by a copy of another title is never moved: the copy is skipped with a
warning. New rows go in with Core inserts (see :mod:`.bulk`), a hundred times faster than one transition
per row, with the same journal rows the transitions write (``snapshots``); every new or
changed book and copy gets its journal row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select

from ...db.models import Book, BookAuthor, BookMarc, Copy
from ...domain.errors import InvalidInput
from ...domain.text import fold, search_extra, sort_title
from ...domain.values import CopyStatus
from ...formats.records import BookRecord, Problem, Severity
from ..catalog.books import edit_book
from ..catalog.copies import edit_copy, set_status
from ..catalog.input import BookInput, CleanBook, CopyInput, clean_book, clean_copy
from ..catalog.records import books_by_control_number, keep_record, kept_record, record_args
from ..identifiers import COPY_KIND, next_identifier
from ..transaction import Tx
from .bulk import BulkWriter, book_args, chunks, copy_args, new_uuid
from .report import ImportReport

BATCH = 2000
# clean_book's field names -> the BookInput attribute dropped when that field is refused
OPTIONAL = {"year": "year", "language": "language", "isbn": "isbn", "subtitle": "subtitle",
            "publisher": "publisher", "edition": "edition", "series": "series", "subject": "subjects",
            "description": "description", "item type": "item_type", "call number": "call_number",
            "series_number": "series_number", "extent": "extent", "links": "links"}
_STATUSES = {s.value for s in CopyStatus} - {CopyStatus.ON_LOAN.value, CopyStatus.ON_HOLD_SHELF.value}


class Match(NamedTuple):
    id: int
    uuid: str
    title: str


class FoundCopy(NamedTuple):
    id: int
    book_id: int


@dataclass
class Checked:
    record: BookRecord
    clean: CleanBook
    copies: list[dict[str, Any]] = field(default_factory=list)


def book_summary(record: BookRecord) -> str:
    """The record in one line, for the problem report."""
    parts = [record.title]
    if record.authors:
        parts.append("; ".join(a.name for a in record.authors))
    if record.isbn13:
        parts.append(f"ISBN {record.isbn13}")
    if record.copies:
        parts.append("copies " + ", ".join(c.barcode for c in record.copies))
    return " / ".join(parts)


def book_key(clean: CleanBook) -> tuple[str, str, object]:
    """What finds a title without ISBN again: its sort title (folded, article dropped), its
    first author (folded) and its year."""
    first = clean.authors[0][0] if clean.authors else ""
    return sort_title(str(clean.values["title"])), fold(first) if first else "", clean.values["year"]


class BookImporter:
    """Feeds records into the transaction of ``tx``; call :meth:`finish` at the end."""

    def __init__(self, tx: Tx, report: ImportReport, *, mode: str, source: str) -> None:
        self.tx = tx
        self.s = tx.s
        self.report = report
        self.update = mode == "update"
        self.today = tx.today
        self.source = source
        self.bulk = BulkWriter(tx.s, tx.now, actor=tx.actor.username, actor_uuid=tx.actor.staff_uuid)
        self.file_isbns: dict[str, Match] = {}
        self.file_controls: dict[str, Match] = {}  # MARC control number -> the book made of it
        self.file_keys: dict[tuple[str, str, object], Match] = {}
        self.file_barcodes: dict[str, str] = {}  # barcode -> where it was first seen
        self.pending: list[Checked] = []
        self.new_books: set[int] = set()  # ids of the books this import made

    # -- checking ------------------------------------------------------------------------
    def _problem(self, where: str, field_name: str | None, reason: str, severity: Severity = "warning") -> None:
        self.report.add_problem(Problem(self.source, where, field_name, reason, severity))

    def add(self, record: BookRecord) -> bool:
        """Check ``record`` and queue it; False (and a bad outcome) when it cannot be imported."""
        checked = self._check(record)
        if checked is None:
            return False
        self.pending.append(checked)
        if len(self.pending) >= BATCH:
            self.flush()
        return True

    def _bad(self, record: BookRecord, field_name: str | None, reason: str) -> None:
        self._problem(record.source_ref, field_name, reason, "error")
        self.report.add(record.source_ref, "bad", record.title, book_summary(record))

    def _check(self, record: BookRecord) -> Checked | None:
        data = BookInput(
            title=record.title, subtitle=record.subtitle, isbn=record.isbn13 or record.isbn10,
            publisher=record.publisher, year=record.year, edition=record.edition, language=record.language,
            series=record.series, series_number=record.series_number, extent=record.extent,
            subjects=list(record.subjects), description=record.description,
            item_type=record.item_type, call_number=record.call_number, links=list(record.links),
            authors=[(a.name, a.role) for a in record.authors])
        for _ in range(len(OPTIONAL) + 1):
            try:
                clean = clean_book(data, today=self.today)
                break
            except InvalidInput as exc:
                attr = OPTIONAL.get(exc.field or "")
                if attr is None or not getattr(data, attr):
                    self._bad(record, exc.field, exc.message)
                    return None
                self._problem(record.source_ref, exc.field, f"{exc.message}; the field was left empty")
                setattr(data, attr, [] if attr in ("subjects", "links") else None)
        checked = Checked(record, clean)
        seen: set[str] = set()
        for copy in record.copies:
            status = copy.status or CopyStatus.AVAILABLE.value
            if status not in _STATUSES:
                self._problem(record.source_ref, "copy", f"copy {copy.barcode}: status {status!r} is not "
                              "kept by Library Desk; the copy was imported as available")
                status = CopyStatus.AVAILABLE.value
            shelf_mark = copy.call_number or clean.values["call_number"]
            try:
                values = clean_copy(CopyInput(
                    barcode=copy.barcode, call_number=shelf_mark if isinstance(shelf_mark, str) else None,
                    location=copy.location, status=status, acquired=copy.acquired,
                    price_cents=copy.price_cents, notes=copy.notes))
            except InvalidInput as exc:
                self._bad(record, "copy", f"copy {copy.barcode!r}: {exc.message}")
                return None
            if values["barcode"] is None and not copy.barcode:
                checked.copies.append(values)  # a counted copy: a barcode is generated for it
                continue
            if values["barcode"] is None or values["barcode"] in seen:
                continue
            seen.add(str(values["barcode"]))
            checked.copies.append(values)
        return checked

    # -- writing -------------------------------------------------------------------------
    def flush(self) -> None:
        """Write the queued records (lookups of ISBNs, barcodes and authors in batches)."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        isbns = sorted({str(c.clean.values["isbn13"]) for c in batch if c.clean.values["isbn13"]})
        books: dict[str, Match] = {}
        for part in chunks(isbns):
            rows = self.s.execute(select(Book.id, Book.uuid, Book.title, Book.isbn13)
                                  .where(Book.isbn13.in_(part)).order_by(Book.id))
            for book_id, book_uuid, title, isbn in rows:
                if isbn is not None:
                    books.setdefault(isbn, Match(book_id, book_uuid, title))
        controls, keys = self._without_isbn(batch)
        barcodes = sorted({str(v["barcode"]) for c in batch for v in c.copies if v["barcode"] is not None})
        copies: dict[str, FoundCopy] = {}
        for part in chunks(barcodes):
            for copy_id, book_id, barcode in self.s.execute(
                    select(Copy.id, Copy.book_id, Copy.barcode).where(Copy.barcode.in_(part))):
                copies[barcode] = FoundCopy(copy_id, book_id)
        self.bulk.load_authors(name for c in batch for name, _ in c.clean.authors)
        for checked in batch:
            found = checked.clean.values["isbn13"]
            isbn = found if isinstance(found, str) else None
            if isbn:
                match = self.file_isbns.get(isbn) or books.get(isbn)
            else:
                control, key = checked.record.control_number, book_key(checked.clean)
                match = ((self.file_controls.get(control) or controls.get(control)) if control else None) \
                    or self.file_keys.get(key) or keys.get(key)
            if match is None:
                self._insert(checked, copies)
            elif self.update:
                self._update(checked, match, copies)
            else:
                self._copies(checked, match, copies)
                self.report.add(checked.record.source_ref, "duplicate", checked.record.title)
        self.bulk.write_pending()
        self.s.expunge_all()

    def finish(self) -> None:
        self.flush()

    def _without_isbn(self, batch: list[Checked]) -> tuple[dict[str, Match], dict[tuple[str, str, object], Match]]:
        """Books of the library that records without ISBN match: by the control number of
        their kept record, and by their key (``book_key``)."""
        lone = [c for c in batch if not c.clean.values["isbn13"]]
        if not lone:
            return {}, {}
        numbers = sorted({c.record.control_number for c in lone if c.record.control_number})
        found = books_by_control_number(self.s, numbers)
        controls: dict[str, Match] = {}
        ids = sorted(set(found.values()))
        for part in chunks(ids):
            rows = {i: Match(i, u, t) for i, u, t in self.s.execute(
                select(Book.id, Book.uuid, Book.title).where(Book.id.in_(part)))}
            controls.update({n: rows[i] for n, i in found.items() if i in rows})
        titles = sorted({sort_title(str(c.clean.values["title"])) for c in lone})
        keys: dict[tuple[str, str, object], Match] = {}
        for part in chunks(titles):
            for book_id, book_uuid, title, t_sort, a_sort, year in self.s.execute(
                    select(Book.id, Book.uuid, Book.title, Book.title_sort, Book.author_sort, Book.year)
                    .where(Book.title_sort.in_(part)).order_by(Book.id)):
                keys.setdefault((t_sort, a_sort, year), Match(book_id, book_uuid, title))
        return controls, keys

    def _insert(self, checked: Checked, copies: dict[str, FoundCopy]) -> None:
        bulk, values = self.bulk, checked.clean.values
        book_id, book_uuid = bulk.new_id(Book), new_uuid()
        names = [name for name, _ in checked.clean.authors]
        credits = []
        for position, (name, role) in enumerate(checked.clean.authors):
            author_id, author_uuid = bulk.author(name)
            credits.append((author_uuid, name, role))
            bulk.queue(BookAuthor, {"book_id": book_id, "position": position, "author_id": author_id,
                                    "role": role})
        # The denormalised columns, computed as catalog.apply_book_values computes them.
        bulk.queue(Book, {
            **values, "id": book_id, "uuid": book_uuid, "version": 1, "updated_at": bulk.now_text,
            "created_at": bulk.now_text, "author_names": "; ".join(names),
            "author_sort": fold(names[0]) if names else "", "title_sort": sort_title(str(values["title"])),
            "isbn_search": " ".join(str(x) for x in (values["isbn13"], values["isbn10"]) if x),
            "search_extra": search_extra(
                title=values["title"], subtitle=values.get("subtitle"), author_names="; ".join(names),
                series=values.get("series"), series_number=values.get("series_number"),
                subjects=values.get("subjects"), publisher=values.get("publisher"),
                call_number=values.get("call_number")),
        })
        args = book_args(values, book_uuid, 1, credits)
        marc = checked.record.marc
        if marc is not None:
            bulk.queue(BookMarc, {"book_id": book_id, "format": "marc21", "data": marc,
                                  "control_number": checked.record.control_number, "source": self.source[:200],
                                  "updated_at": bulk.now_text})
            args.update(record_args(marc, self.source[:200]))
        bulk.journal("book_upsert", args, book_uuid, 0)
        match = Match(book_id, book_uuid, str(values["title"]))
        self.new_books.add(book_id)
        if values["isbn13"]:
            self.file_isbns[str(values["isbn13"])] = match
        else:
            if checked.record.control_number:
                self.file_controls[checked.record.control_number] = match
            self.file_keys.setdefault(book_key(checked.clean), match)
        self._copies(checked, match, copies)
        self.report.add(checked.record.source_ref, "new", checked.record.title)

    def _update(self, checked: Checked, match: Match, copies: dict[str, FoundCopy]) -> None:
        self.bulk.write_pending()
        book = self.s.get(Book, match.id)
        assert book is not None
        edit_book(self.tx, book, checked.clean)
        marc = checked.record.marc
        if marc is not None:
            kept = kept_record(self.s, book.id)
            if kept is None or kept.data != marc:
                keep_record(self.tx, book, marc, self.source)
        self.bulk.resync()
        self._copies(checked, match, copies)
        self.report.add(checked.record.source_ref, "updated", checked.record.title)

    def _copies(self, checked: Checked, match: Match, copies: dict[str, FoundCopy]) -> None:
        where = checked.record.source_ref
        counted = [v for v in checked.copies if v["barcode"] is None]
        if counted and match.id in self.new_books:
            for values in counted:
                self._new_copy({**values, "barcode": self._generated_barcode()}, match)
        elif counted:
            self._problem(where, "copies", f"{len(counted)} copies without barcodes were not added: the title "
                          "is already in the library (a re-import does not double its copies)")
        for values in checked.copies:
            if values["barcode"] is None:
                continue
            barcode = str(values["barcode"])
            found = copies.get(barcode)
            if barcode in self.file_barcodes:
                self._problem(where, "barcode", f"barcode {barcode} was already used in this file "
                              f"({self.file_barcodes[barcode]}); this copy was skipped")
                self.report.copies_duplicate += 1
            elif found is not None and found.book_id != match.id:
                self._problem(where, "barcode", f"barcode {barcode} already belongs to a copy of another "
                              "title in the library; this copy was skipped")
                self.report.copies_duplicate += 1
            elif found is not None and self.update:
                self._update_copy(found, values, match)
            elif found is not None:
                self.report.copies_duplicate += 1
            else:
                self._new_copy(values, match)
                self.file_barcodes[barcode] = where

    def _generated_barcode(self) -> str:
        """The desk's next copy barcode, not used in the library nor earlier in this file."""
        def taken(code: str) -> bool:
            return code in self.file_barcodes or self.s.scalar(select(Copy.id).where(Copy.barcode == code)) is not None
        code = next_identifier(self.tx.lib, self.s, COPY_KIND, exists=taken)
        self.file_barcodes[code] = "generated"
        return code

    def _new_copy(self, values: dict[str, Any], match: Match) -> None:
        copy_id, copy_uuid = self.bulk.new_id(Copy), new_uuid()
        self.bulk.queue(Copy, {**values, "id": copy_id, "uuid": copy_uuid, "version": 1, "book_id": match.id,
                               "updated_at": self.bulk.now_text, "created_at": self.bulk.now_text})
        self.bulk.journal("copy_upsert", copy_args(values, copy_uuid, 1, match.uuid), copy_uuid, 0)
        self.report.copies_new += 1

    def _update_copy(self, found: FoundCopy, values: dict[str, Any], match: Match) -> None:
        self.bulk.write_pending()
        copy = self.s.get(Copy, found.id)
        assert copy is not None
        edit_copy(self.tx, copy, {k: values[k] for k in ("call_number", "location", "acquired", "price_cents",
                                                           "notes")})
        if copy.status in _STATUSES and copy.status != values["status"]:
            set_status(self.tx, copy, str(values["status"]))  # never takes a copy off a loan or the hold shelf
        self.s.flush()
        self.bulk.resync()
        self.report.copies_updated += 1
