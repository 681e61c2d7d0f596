"""Export the catalogue, copies, members, loans and the overdue list to files.

Contract of :func:`export`: ``kind`` is one of :data:`EXPORT_KINDS`; the file at ``path`` is
written whole or not at all (a ``.part`` file renamed at the end); rows stream from the
database in windows (``yield_per``), so a million titles need no more memory than a window.
CSV files are UTF-8 with a BOM (Excel opens them directly). "marc" and "marcxml" write each
title with its authors (100/700 with roles, in order) and its copies as Koha 952 fields;
importing such a file into an empty library gives the same catalogue. A title with a kept
MARC record (``catalog.records``) is written as that record with the desk's changes merged in
(``formats.marc_merge``): every field a cataloguer made survives, 005 and the 952s are new.
Roles: the catalogue, copies and overdue list need a desk account; members and loans
(personal data of many people) a librarian. Every export written is recorded in the audit log
(``export``: the kind, the file and the rows).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...db.models import Author, Book, BookAuthor, Copy, Loan, Member, MemberCategory
from ...domain.errors import InvalidInput
from ...domain.fields import BOOK, COPY, MEMBER, Field
from ...domain.values import Role
from ...formats.csv_write import CsvWriter
from ...formats.marc_raw import RecordError, parse_record
from ...formats.marc_write import open_marc_writer
from ...formats.records import AuthorCredit, BookRecord, CopyRecord, FormatError, MarcFormat
from ..catalog.records import kept_records
from ..library import Actor, HasLibrary, Library, library_of, require

#: The copy columns of the books CSV (one row per copy); ``csv_read`` reads them back.
COPY_COLUMNS = ["Barcode", "Copy call number", "Location", "Price", "Acquired", "Copy status", "Copy notes"]
EXPORT_KINDS = ("books", "copies", "members", "loans", "overdue", "marc", "marcxml")
WINDOW = 1000
ExportProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """``rows``: titles (marc), copies, members... written; ``skipped``: titles that MARC21
    cannot encode (a field over 9,999 bytes), named in ``problems``."""

    kind: str
    path: str
    rows: int
    skipped: int = 0
    problems: tuple[str, ...] = ()


def _money(cents: int | None) -> str | None:
    return None if cents is None else f"{cents // 100}.{cents % 100:02d}"


def _local(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone().isoformat(timespec="seconds")


def _stream(s: Session, stmt: Select[*tuple[Any, ...]]) -> Iterator[list[Any]]:
    result = s.execute(stmt.execution_options(yield_per=WINDOW))
    for part in result.partitions():
        yield list(part)


def _credits(s: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    rows = s.execute(select(BookAuthor.book_id, Author.name, BookAuthor.role)
                     .join(Author, Author.id == BookAuthor.author_id)
                     .where(BookAuthor.book_id.in_(ids)).order_by(BookAuthor.book_id, BookAuthor.position))
    for book_id, name, role in rows:
        out[book_id].append((name, role))
    return out


def _copies(s: Session, ids: list[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {i: [] for i in ids}
    rows = s.execute(select(Copy.book_id, Copy.barcode, Copy.call_number, Copy.location, Copy.status,
                            Copy.price_cents, Copy.acquired, Copy.notes)
                     .where(Copy.book_id.in_(ids)).order_by(Copy.book_id, Copy.id))
    for row in rows:
        out[row[0]].append(row[1:])
    return out


_BOOK_COLS = (Book.id, *(getattr(Book, name) for name in BOOK.picture))


def _book_windows(s: Session) -> Iterator[list[tuple[Any, list[tuple[str, str]], list[Any]]]]:
    for window in _stream(s, select(*_BOOK_COLS).order_by(Book.id)):
        ids = [row[0] for row in window]
        credits, copies = _credits(s, ids), _copies(s, ids)
        yield [(row, credits[row[0]], copies[row[0]]) for row in window]


def _book_record(row: Any, credits: list[tuple[str, str]], copies: list[Any]) -> BookRecord:
    status_kept = {"lost", "withdrawn", "damaged"}
    values = {name: getattr(row, name) for name in BOOK.picture}
    values["subjects"] = [x.strip() for x in (row.subjects or "").split(";") if x.strip()]
    values["links"] = [x.strip() for x in (row.links or "").split("; ") if x.strip()]
    return BookRecord(
        **values,
        authors=[AuthorCredit(name, role) for name, role in credits],
        copies=[CopyRecord(barcode, call, location, status if status in status_kept else None, price, acquired,
                           notes)
                for barcode, call, location, status, price, acquired, notes in copies],
        source_ref=f"book {row.id}")


class _Exporter:
    def __init__(self, lib: Library, path: Path, progress: ExportProgress | None) -> None:
        self.lib, self.path, self.progress = lib, path, progress
        self.total = 0

    def tick(self, done: int) -> None:
        if self.progress and (done % WINDOW == 0 or done == self.total):
            self.progress(done, self.total)

    def count(self, s: Session, stmt: Select[*tuple[Any, ...]]) -> None:
        self.total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def rows(self, s: Session, stmt: Select[*tuple[Any, ...]], columns: list[str],
             convert: Callable[[Any], dict[str, Any]]) -> int:
        self.count(s, stmt)
        with CsvWriter(self.path, columns) as writer:
            for window in _stream(s, stmt):
                for row in window:
                    writer.write(convert(row))
                self.tick(writer.count)
            return writer.count

    def books_csv(self, s: Session) -> int:
        """The exported fields of ``BOOK`` with the authors after the subtitle (LibraryThing's
        columns, which the import reads back), then ONE ROW PER COPY: its barcode, call number,
        location, price, acquired, status and notes (a title without copies has one row with
        those cells empty). The import joins consecutive rows of the same title again, so
        export -> import restores the titles and their copies."""
        fields = [f for f in BOOK if f.exported]
        columns = [f.label for f in fields]
        columns[2:2] = ["Authors", "Secondary Authors", "Secondary Author Roles"]
        columns += COPY_COLUMNS
        self.count(s, select(Book.id))
        done = 0
        with CsvWriter(self.path, columns) as writer:
            for window in _book_windows(s):
                for row, credits, copies in window:
                    main = [n for n, r in credits if r == "author"]
                    other = [(n, r) for n, r in credits if r != "author"]
                    values = [getattr(row, f.name) for f in fields]
                    values[2:2] = ["; ".join(main), "; ".join(n for n, _ in other), "; ".join(r for _, r in other)]
                    for barcode, call, location, status, price, acquired, notes in copies or [(None,) * 7]:
                        cells = [barcode, call, location, _money(price), acquired.isoformat() if acquired else None,
                                 status, notes]
                        writer.write(dict(zip(columns, values + cells, strict=True)))
                done += len(window)
                self.tick(done)
            return done

    def marc(self, s: Session, fmt: MarcFormat) -> tuple[int, list[str]]:
        self.count(s, select(Book.id))
        problems: list[str] = []
        done = 0
        now = self.lib.now().astimezone()
        with open_marc_writer(self.path, fmt=fmt, today=self.lib.today()) as writer:
            for window in _book_windows(s):
                records = kept_records(s, [row[0] for row, _c, _k in window])
                for row, credits, copies in window:
                    book = _book_record(row, credits, copies)
                    kept = None
                    if row[0] in records:
                        try:
                            kept = parse_record(records[row[0]])
                        except RecordError as exc:  # cannot happen to a record kept by keep_record
                            problems.append(f"book {row[0]}: its kept record is damaged ({exc.reason}); "
                                            "exported from its fields")
                    try:
                        writer.write(book, kept=kept, now=now)
                    except FormatError as exc:
                        problems.append(str(exc))
                done += len(window)
                self.tick(done)
            return writer.count, problems


def export(target: Library | HasLibrary, actor: Actor, kind: str, path: str | os.PathLike[str], *,
           progress: ExportProgress | None = None) -> ExportResult:
    """Write ``kind`` to ``path`` (see the module docstring); ``progress(done, total)``."""
    lib = library_of(target)
    if kind not in EXPORT_KINDS:
        raise InvalidInput(f"Unknown export {kind!r}; choose one of {', '.join(EXPORT_KINDS)}", field="kind")
    require(actor, Role.LIBRARIAN if kind in ("members", "loans") else Role.DESK, f"export {kind}")
    final = Path(path)
    part = final.with_name(final.name + ".part")
    job = _Exporter(lib, part, progress)
    problems: list[str] = []
    try:
        with lib.read() as s:
            if kind in ("marc", "marcxml"):
                rows, problems = job.marc(s, "marcxml" if kind == "marcxml" else "marc")
            elif kind == "books":
                rows = job.books_csv(s)
            else:
                stmt, columns, convert = _TABLES[kind](lib)
                rows = job.rows(s, stmt, columns, convert)
        # Recorded before the file is handed over: an export the log cannot hold is not made.
        with lib.write() as s:
            lib.audit(s, actor, "export", kind, None, kind=kind, file=os.fspath(final), rows=rows,
                      **({"skipped": len(problems)} if problems else {}))
        os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)
    return ExportResult(kind, os.fspath(final), rows, len(problems), tuple(problems))


def _as_text(field: Field, value: Any) -> Any:
    if field.name == "price_cents":
        return _money(value)
    return _local(value) if field.kind is datetime else value


def _copies_table(lib: Library) -> tuple[Select[*tuple[Any, ...]], list[str], Callable[[Any], dict[str, Any]]]:
    """Each copy: its barcode, its title's title, authors and ISBN, then its other exported fields."""
    fields = [f for f in COPY if f.exported and f.name != "barcode"]
    stmt = (select(Copy.barcode, Book.title, Book.author_names, Book.isbn13, *(getattr(Copy, f.name) for f in fields))
            .join(Book, Book.id == Copy.book_id).order_by(Copy.id))
    cols = [COPY["barcode"].label, BOOK["title"].label, BOOK["author_names"].label, BOOK["isbn13"].label,
            *(f.label for f in fields)]
    return stmt, cols, lambda r: dict(zip(cols, [*r[:4], *(_as_text(f, v) for f, v in zip(fields, r[4:],
                                                                                           strict=True))], strict=True))


def _members_table(lib: Library) -> tuple[Select[*tuple[Any, ...]], list[str], Callable[[Any], dict[str, Any]]]:
    fields = [f for f in MEMBER if f.exported]
    stmt = (select(*(MemberCategory.code if f.name == "category" else getattr(Member, f.name) for f in fields))
            .join(MemberCategory, MemberCategory.id == Member.category_id).order_by(Member.name_sort, Member.id))
    cols = [f.label for f in fields]
    return stmt, cols, lambda r: dict(zip(cols, r, strict=True))


def _loans_table(lib: Library) -> tuple[Select[*tuple[Any, ...]], list[str], Callable[[Any], dict[str, Any]]]:
    stmt = (select(Copy.barcode, Book.title, Member.card_number, Member.first_name, Member.last_name,
                   Loan.checked_out_at, Loan.due_date, Loan.returned_at, Loan.renewals, Loan.desk)
            .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
            .join(Member, Member.id == Loan.member_id).order_by(Loan.checked_out_at, Loan.id))
    cols = ["Barcode", "Title", "Card number", "Member", "Checked out", "Due", "Returned", "Renewals", "Desk"]
    return stmt, cols, lambda r: dict(zip(cols, [r[0], r[1], r[2], f"{r[3]} {r[4]}".strip(), _local(r[5]), r[6],
                                                 _local(r[7]), r[8], r[9]], strict=True))


def _overdue_table(lib: Library) -> tuple[Select[*tuple[Any, ...]], list[str], Callable[[Any], dict[str, Any]]]:
    today = lib.today()
    stmt = (select(Copy.barcode, Book.title, Member.first_name, Member.last_name, Member.card_number,
                   Member.email, Member.phone, Member.address, Loan.due_date)
            .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
            .join(Member, Member.id == Loan.member_id)
            .where(Loan.returned_at.is_(None), Loan.due_date < today)
            .order_by(Loan.due_date, Member.name_sort))
    cols = ["Barcode", "Title", "Member", "Card number", "Email", "Phone", "Address", "Due", "Days overdue"]
    return stmt, cols, lambda r: dict(zip(cols, [r[0], r[1], f"{r[2]} {r[3]}".strip(), *r[4:9],
                                                 (today - r[8]).days], strict=True))


_TABLES = {"copies": _copies_table, "members": _members_table, "loans": _loans_table,
           "overdue": _overdue_table}
