"""Read books and members from CSV/TSV spreadsheet exports (Libib, LibraryThing, home-made).

Contract: :func:`read_books_csv` / :func:`read_members_csv` open the file at once and raise
:class:`FormatError` if it cannot be used at all (empty, no header row, no title column, no
name columns). Iterating the returned :class:`CsvReader` yields per data row either the
record (``source_ref`` "line N", N the first physical line of the row) followed by warning
problems for values that could not be read (year, ISBN, date, price, language: the field is
left empty), or a single error :class:`Problem` when the row cannot become a record (empty
title or name). Several authors are separated by ";" or "|"; several barcodes by ";" or "|"
(one :class:`CopyRecord` each). Book notes go to each copy's notes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from desktop_app.domain.values import ItemType
from desktop_app.formats.csv_sniff import CsvSource, match_columns
from desktop_app.formats.isbn import InvalidIsbn, normalize_isbn
from desktop_app.formats.records import (
    AUTHOR_ROLES,
    AuthorCredit,
    BookRecord,
    CopyRecord,
    FormatError,
    MemberRecord,
    Problem,
    role_for,
)
from desktop_app.formats.values import (
    parse_date,
    parse_language,
    parse_price_cents,
    parse_year,
    split_list,
)

BOOK_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "booktitle", "titel"),
    "subtitle": ("subtitle",),
    "authors": ("authors", "author", "creators", "creator", "primaryauthor", "writer",
                "authorlastfirst", "authorfirstlast"),
    "primary_roles": ("primaryauthorrole", "primaryauthorroles", "authorrole", "authorroles"),
    "secondary_authors": ("secondaryauthor", "secondaryauthors", "contributors", "additionalauthors"),
    "secondary_roles": ("secondaryauthorroles", "secondaryauthorrole"),
    "author_first_name": ("firstname",),
    "author_last_name": ("lastname",),
    "isbn": ("isbn", "isbns", "isbn13", "eanisbn13", "isbn10", "upcisbn10", "ean", "isbnissn"),
    "publisher": ("publisher", "publishers", "publication"),
    "year": ("year", "publicationyear", "yearpublished", "publishdate", "publicationdate",
             "published", "pubdate", "date", "copyrightyear"),
    "edition": ("edition",),
    "language": ("language", "languages", "lang", "originallanguage"),
    "series": ("series",),
    "series_number": ("seriesnumber", "numberinseries", "seriesindex", "seriesvolume"),
    "extent": ("extent", "physicaldescription"),
    "pages": ("numberofpages", "pagecount", "pages"),
    "links": ("links", "link", "url", "urls"),
    "copies_count": ("copies", "numberofcopies", "quantity"),
    "subjects": ("subjects", "subject", "genre", "genres", "keywords"),
    "tags": ("tags", "tag"),
    "description": ("description", "summary", "synopsis", "abstract"),
    "item_type": ("itemtype", "type", "mediatype", "media", "format", "materialtype"),
    "call_number": ("callnumber", "callno", "callnumberlccdewey", "dewey", "deweydecimal",
                    "lcc", "classification", "shelfmark"),
    "barcode": ("barcode", "barcodes", "itembarcode", "copybarcode", "accessionnumber"),
    "location": ("location", "shelvinglocation", "shelf", "branch"),
    "price": ("price", "purchaseprice", "cost"),
    "acquired": ("acquired", "dateacquired", "acquisitiondate", "dateadded", "added"),
    "notes": ("notes", "note", "comments", "comment", "privatecomment"),
    "copy_call_number": ("copycallnumber", "itemcallnumber"),
    "copy_status": ("copystatus", "itemstatus"),
    "copy_notes": ("copynotes", "itemnotes"),
}
#: Fields of one copy: consecutive rows that differ only in these are one title's copies.
COPY_FIELDS = frozenset({"barcode", "location", "price", "acquired", "copy_call_number", "copy_status",
                         "copy_notes", "copies_count"})
_COPY_STATUSES = {"lost", "withdrawn", "damaged", "not_for_loan", "in_repair"}
MEMBER_COLUMNS: dict[str, tuple[str, ...]] = {
    "card_number": ("cardnumber", "card", "cardno", "barcode", "librarycard",
                    "librarycardnumber", "membernumber", "memberid", "patronbarcode"),
    "first_name": ("firstname", "givenname", "givennames", "forename", "first"),
    "last_name": ("lastname", "surname", "familyname", "last"),
    "name": ("name", "fullname", "membername", "patronname", "patron", "member"),
    "email": ("email", "emailaddress", "mail"),
    "phone": ("phone", "telephone", "phonenumber", "mobile", "tel", "cellphone"),
    "address": ("address", "streetaddress", "street", "address1", "postaladdress"),
    "address2": ("address2",),
    "city": ("city", "town"),
    "postcode": ("postcode", "zip", "zipcode", "postalcode"),
    "category": ("category", "categorycode", "type", "membertype", "patrontype",
                 "borrowertype", "membership"),
    "joined": ("joined", "datejoined", "membersince", "registered", "dateenrolled",
               "enrolled", "registrationdate", "startdate"),
    "expires": ("expires", "expiry", "expirydate", "expiration", "expirationdate",
                "validuntil", "dateexpiry", "enddate"),
    "notes": ("notes", "note", "comments", "borrowernotes"),
}

R = TypeVar("R", BookRecord, MemberRecord)
T = TypeVar("T")


class Row:
    """One data row with the column matches; collects warnings while values are read."""

    def __init__(self, cells: list[str], columns: dict[str, list[int]], source: str, line: int):
        self.cells = cells
        self.columns = columns
        self.where = f"line {line}"
        self.source = source
        self.warnings: list[Problem] = []

    def get(self, field_name: str) -> str | None:
        """First non-blank value among the columns matched to ``field_name``. The apostrophe
        that spreadsheet exports (ours too) put before a leading = + - @ is removed, and so is
        the formula Goodreads wraps its ISBNs in (``="0316769177"``, ``=""`` when empty)."""
        for i in self.columns.get(field_name, ()):
            if i < len(self.cells) and self.cells[i].strip():
                value = self.cells[i].strip()
                if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
                    value = value[1:]
                elif len(value) >= 3 and value.startswith('="') and value.endswith('"'):
                    value = value[2:-1].strip()
                    if not value:
                        continue
                return value
        return None

    def parsed(self, field_name: str, parse: Callable[[str], T]) -> T | None:
        """``parse(value)`` or None; a ValueError becomes a warning naming the field."""
        text = self.get(field_name)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            self.warnings.append(Problem(self.source, self.where, field_name, str(exc), "warning"))
            return None


class CsvReader(Iterator["R | Problem"], Generic[R]):
    """Iterator over the rows of an opened CSV; ``position``/``size`` for progress."""

    def __init__(self, source: CsvSource, columns: dict[str, list[int]],
                 build: Callable[[Row], R | Problem]) -> None:
        self._source = source
        self._columns = columns
        self._build: Callable[[Row], R | Problem] = build
        self._rows = source.rows()
        self._pending: list[R | Problem] = []
        self._held: tuple[int, list[str]] | None = None  # a row read ahead
        # the columns of a book (not of a copy), when the file has copy columns
        copy_cols = {i for name, found in columns.items() if name in COPY_FIELDS for i in found}
        self._book_cells: tuple[int, ...] = tuple(sorted(
            i for name, found in columns.items() if name not in COPY_FIELDS for i in found)) \
            if copy_cols and build is _book else ()
        self.name = source.name
        self.size = source.size
        self.encoding = source.encoding
        self.delimiter = source.delimiter

    @property
    def position(self) -> int:
        """Bytes read from the file so far."""
        return self._source.position

    def __next__(self) -> R | Problem:
        if self._pending:
            return self._pending.pop(0)
        try:
            line, cells = next(self._rows) if self._held is None else self._held
        except StopIteration:
            self.close()
            raise
        self._held = None
        row = Row(cells, self._columns, self.name, line)
        result = self._build(row)
        self._pending = list(row.warnings) if not isinstance(result, Problem) else []
        if isinstance(result, BookRecord) and self._book_cells:
            self._join_copies(result, cells)
        return result

    def _key(self, cells: list[str]) -> tuple[str, ...]:
        return tuple(cells[i].strip() if i < len(cells) else "" for i in self._book_cells)

    def _join_copies(self, book: BookRecord, cells: list[str]) -> None:
        """The following rows that repeat this title (all but the copy columns the same) add
        their copies to it: a books CSV with one row per copy."""
        key = self._key(cells)
        while True:
            try:
                line, more = next(self._rows) if self._held is None else self._held
            except StopIteration:
                return
            self._held = None
            if self._key(more) != key:
                self._held = (line, more)
                return
            row = Row(more, self._columns, self.name, line)
            other = self._build(row)
            if isinstance(other, BookRecord):
                book.copies.extend(other.copies)
                self._pending.extend(row.warnings)

    def close(self) -> None:
        """Release the file."""
        self._source.close()


def _open(path: str | os.PathLike[str], aliases: Mapping[str, tuple[str, ...]],
          mapping: Mapping[str, str] | None, what: str,
          ) -> tuple[CsvSource, dict[str, list[int]], list[str], int]:
    source = CsvSource(os.fspath(path))
    try:
        try:
            line, headers = next(source.rows())
        except StopIteration:
            raise FormatError(Problem(source.name, "", None, "the file is empty")) from None
        columns = match_columns(headers, aliases, mapping, source=source.name)
        if not columns:
            shown = ", ".join(repr(h) for h in headers[:6])
            raise FormatError(Problem(
                source.name, f"line {line}", None,
                f"the first row is not a header row naming the columns (it holds {shown}); "
                f"add a header row such as {what}",
            ))
        return source, columns, headers, line
    except BaseException:  # the caller gets no handle to close, so close it on any way out
        source.close()
        raise


def _isbn(text: str) -> tuple[str, str | None]:
    """First valid ISBN among tokens ("0441013597, 9780441013593", "[0441013597]")."""
    tokens = text.replace("[", " ").replace("]", " ").replace(",", " ").split()
    first_error: InvalidIsbn | None = None
    for token in [text, *tokens]:
        try:
            return normalize_isbn(token)
        except InvalidIsbn as exc:
            first_error = first_error or exc
    raise first_error or InvalidIsbn(text, "nothing was typed")


def _role(row: Row, name: str, term: str) -> str:
    """The role of a credit from its term (LibraryThing's "Narrator", "Editor"...): an unknown
    term credits the name as contributor and is reported; no term means author."""
    if not term.strip():
        return "author"
    role = role_for(term)
    if role in AUTHOR_ROLES:
        return role
    row.warnings.append(Problem(row.source, row.where, "authors", f"{name}: the role {term.strip()!r} is not one "
                                "Library Desk knows; credited as contributor", "warning"))
    return "contributor"


_SERIES_NUMBER = re.compile(r"^(.*?)\s*(?:\((?:#\s*)?([0-9][0-9.]*[a-z]?)\)|[;,#]\s*#?\s*([0-9][0-9.]*[a-z]?))$",
                            re.IGNORECASE)


def _series(series: str | None, number: str | None) -> tuple[str | None, str | None]:
    """(series, number): LibraryThing's "Discworld (1)" and "Discworld ; 1" are split when the
    file has no column of its own for the number."""
    if series and not number:
        found = _SERIES_NUMBER.match(series)
        if found and found.group(1).strip():
            return found.group(1).strip(), found.group(2) or found.group(3)
    return series, number


def _book(row: Row) -> BookRecord | Problem:
    title = row.get("title")
    if not title:
        return Problem(row.source, row.where, "title", "the title is empty; the row was skipped")
    book = BookRecord(title=title, subtitle=row.get("subtitle"), source_ref=row.where)
    names = split_list(row.get("authors") or "")
    first, last = row.get("author_first_name"), row.get("author_last_name")
    if last:
        inverted = f"{last}, {first}" if first else last
        if not names or names[0] == f"{first} {last}".strip():
            names[:1] = [inverted]
    main_roles = split_list(row.get("primary_roles") or "")
    book.authors = [AuthorCredit(n, _role(row, n, main_roles[i] if i < len(main_roles) else ""))
                    for i, n in enumerate(names)]
    roles = split_list(row.get("secondary_roles") or "")
    for i, name in enumerate(split_list(row.get("secondary_authors") or "")):
        credit = AuthorCredit(name, _role(row, name, roles[i] if i < len(roles) else ""))
        if credit not in book.authors:
            book.authors.append(credit)
    isbn = row.parsed("isbn", _isbn)
    if isinstance(isbn, tuple):
        book.isbn13, book.isbn10 = isbn
    publisher = row.get("publisher")
    if publisher and row.columns.get("publisher") and "(" in publisher:
        publisher = publisher.split("(")[0].strip() or publisher  # LibraryThing "Ace (2005)"
    book.publisher = publisher
    book.year = row.parsed("year", parse_year)
    book.edition = row.get("edition")
    book.language = row.parsed("language", parse_language)
    book.series, book.series_number = _series(row.get("series"), row.get("series_number"))
    book.extent = row.get("extent")
    if not book.extent and (pages := row.get("pages")) and pages.isdigit() and int(pages) > 0:
        book.extent = f"{int(pages)} p."
    book.links = [x for x in split_list(row.get("links") or "", ";| ")
                  if x.lower().startswith(("http://", "https://", "ftp://"))]
    book.subjects = list(dict.fromkeys(
        split_list(row.get("subjects") or "") + split_list(row.get("tags") or "", ",;|")
    ))
    book.description = row.get("description")
    given = row.get("item_type")
    kind = ItemType.parse(given)
    if kind is None:
        row.warnings.append(Problem(row.source, row.where, "item_type", f"item type {given!r} is not one Library "
                                    "Desk knows; the title was imported as other", "warning"))
    book.item_type = (kind or ItemType.OTHER).value
    book.call_number = row.get("call_number")
    price = row.parsed("price", parse_price_cents)
    acquired = row.parsed("acquired", parse_date)
    status = row.get("copy_status")
    if status and status not in _COPY_STATUSES:
        status = None  # available, on loan, on the hold shelf: an imported copy is on the shelf
    for barcode in split_list(row.get("barcode") or ""):
        book.copies.append(CopyRecord(
            barcode, row.get("copy_call_number") or book.call_number, row.get("location"), status,
            price, acquired, row.get("copy_notes") or row.get("notes"),
        ))
    count = row.get("copies_count")
    if not book.copies and count:  # Libib counts copies ("copies": 3) instead of listing barcodes
        if count.isdigit() and int(count) <= 500:
            book.copies = [CopyRecord("", book.call_number, row.get("location"), None, price, acquired,
                                      row.get("notes")) for _ in range(int(count))]
        else:
            row.warnings.append(Problem(row.source, row.where, "copies", f"the number of copies {count!r} is not a "
                                        "whole number from 0 to 500; no copies were added", "warning"))
    return book


def _member(row: Row) -> MemberRecord | Problem:
    first, last = row.get("first_name") or "", row.get("last_name") or ""
    if not (first or last) and row.get("name"):
        full = row.get("name") or ""
        if "," in full:
            last, _, first = (p.strip() for p in full.partition(","))
        else:
            parts = full.split()
            first, last = (" ".join(parts[:1]), " ".join(parts[1:])) if len(parts) > 1 else ("", full)
    if not (first or last):
        return Problem(row.source, row.where, "name", "the member has no name; the row was skipped")
    address = ", ".join(v for v in (row.get(k) for k in ("address", "address2", "city", "postcode")) if v)
    return MemberRecord(
        card_number=row.get("card_number"), first_name=first, last_name=last,
        email=row.get("email"), phone=row.get("phone"), address=address or None,
        category=row.get("category"),
        joined=row.parsed("joined", parse_date),
        expires=row.parsed("expires", parse_date),
        notes=row.get("notes"), source_ref=row.where,
    )


def read_books_csv(path: str | os.PathLike[str], *,
                   mapping: Mapping[str, str] | None = None) -> CsvReader[BookRecord]:
    """Open a book spreadsheet; see the module docstring. ``mapping``: field -> header."""
    source, columns, headers, line = _open(path, BOOK_COLUMNS, mapping, "Title, Author, ISBN")
    if "title" not in columns:
        source.close()
        raise FormatError(Problem(
            source.name, f"line {line}", "title",
            f"there is no title column (columns found: {', '.join(headers)}); name one "
            "'Title' or choose it in the column mapping",
        ))
    return CsvReader(source, columns, _book)


def read_members_csv(path: str | os.PathLike[str], *,
                     mapping: Mapping[str, str] | None = None) -> CsvReader[MemberRecord]:
    """Open a member spreadsheet; see the module docstring. ``mapping``: field -> header."""
    source, columns, headers, line = _open(
        path, MEMBER_COLUMNS, mapping, "Card number, First name, Last name"
    )
    if not {"first_name", "last_name", "name"} & columns.keys():
        source.close()
        raise FormatError(Problem(
            source.name, f"line {line}", "name",
            f"there is no name column (columns found: {', '.join(headers)}); add 'First name' "
            "and 'Last name' or 'Name', or choose them in the column mapping",
        ))
    return CsvReader(source, columns, _member)
