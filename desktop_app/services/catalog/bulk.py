"""Bulk edit of copies (issue 11, part 7): the copies a scanned list or a catalog search selects
get a new location, a call-number prefix replaced ("FIC" -> "F"), a status, or their titles a new
item type.

``plan`` reads and says what would change, copy by copy, and what is refused and why (a copy on
loan cannot change its status; an unknown barcode). ``apply`` does it through the catalogue's own
transitions (``edit_copy``, ``set_status``, ``edit_book``), so each change is one audit row and
one journal operation that sync carries, exactly as if it had been made by hand. Copies are
applied in batches of ``BATCH`` per transaction, each copy in a savepoint: a copy that is refused
at the moment of applying (lent meanwhile) is reported and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...db.models import Book, Copy
from ...domain.errors import InvalidInput, LibraryError
from ...domain.settings import location_names
from ...domain.text import normalize_scan
from ...domain.values import CopyStatus, Role
from ..library import Actor, Library, require
from ..transaction import Tx, action
from .books import edit_book
from .copies import edit_copy, set_status
from .input import CleanBook, item_type

#: Copies written per transaction (each in its own savepoint).
BATCH = 200
#: At most this many copies in one bulk edit (a whole catalog is an import's job).
MAX_COPIES = 50_000
#: The book fields ``CleanBook`` carries (see ``input.clean_book``).
BOOK_VALUES = ("title", "subtitle", "isbn13", "isbn10", "publisher", "year", "edition", "language", "series",
               "series_number", "extent", "subjects", "description", "item_type", "call_number", "links")
#: Statuses a bulk edit may set (on loan and on the hold shelf come from the desk).
STATUSES = tuple(s.value for s in CopyStatus if s not in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF))

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BulkChange:
    """What to change; None leaves a field as it is. ``location`` "" clears the location."""

    location: str | None = None
    call_prefix: tuple[str, str] | None = None  # (old prefix, new prefix)
    status: str | None = None
    item_type: str | None = None

    def empty(self) -> bool:
        return self.location is None and self.call_prefix is None and self.status is None and self.item_type is None


@dataclass(frozen=True)
class BulkLine:
    """One field of one copy (or of its title, for the item type) that changes."""

    barcode: str
    title: str
    field: str  # location | call_number | status | item_type
    before: str | None
    after: str | None


@dataclass(frozen=True)
class BulkRefusal:
    barcode: str
    title: str
    reason: str


@dataclass
class BulkPlan:
    lines: list[BulkLine] = field(default_factory=list)
    refusals: list[BulkRefusal] = field(default_factory=list)
    copies: int = 0  # copies selected (known barcodes)
    unchanged: int = 0  # selected copies nothing would change

    @property
    def changing(self) -> int:
        return len({line.barcode for line in self.lines})


@dataclass
class BulkResult:
    changed: int = 0  # fields changed
    copies: int = 0  # copies (or titles) touched
    refusals: list[BulkRefusal] = field(default_factory=list)


def _prefixed(call_number: str | None, prefix: tuple[str, str]) -> str | None:
    """``call_number`` with its prefix replaced, or None when it does not start with it (the
    comparison ignores case, the rest is kept as written)."""
    old, new = prefix
    if not call_number or not call_number.casefold().startswith(old.casefold()):
        return None
    return (new + call_number[len(old):]).strip() or None


class Bulk:
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- what is selected --------------------------------------------------------------
    def barcodes_of_books(self, book_ids: Iterable[int], *, limit: int = MAX_COPIES) -> list[str]:
        """The copies of these titles (a catalog search's result), in the titles' order."""
        ids = list(book_ids)
        found: list[str] = []
        with self.lib.read() as s:
            for start in range(0, len(ids), 900):
                part = ids[start:start + 900]
                rows = s.execute(select(Copy.book_id, Copy.barcode).where(Copy.book_id.in_(part))
                                 .order_by(Copy.book_id, Copy.barcode)).all()
                by_book: dict[int, list[str]] = {}
                for book_id, code in rows:
                    by_book.setdefault(book_id, []).append(code)
                for book_id in part:
                    found.extend(by_book.get(book_id, []))
                if len(found) > limit:
                    raise InvalidInput(f"The search selects more than {limit:,} copies; narrow it first",
                                       field="selection")
        return found

    # -- checking ----------------------------------------------------------------------
    def _checked(self, s: Session, change: BulkChange) -> BulkChange:
        if change.empty():
            raise InvalidInput("Choose what to change: location, call number prefix, status or item type",
                               field="change")
        location = change.location
        if location is not None:
            location = " ".join(location.split())
            if len(location) > 100:
                raise InvalidInput("A location has at most 100 characters", field="location")
            known = location_names(str(self.lib.setting(s, "locations") or ""))
            if location and known and location not in known:
                used = s.scalar(select(Copy.id).where(Copy.location == location).limit(1))
                if used is None:
                    raise InvalidInput(f"Location {location!r} is not one of the library's: {', '.join(known)}",
                                       field="location")
        prefix = change.call_prefix
        if prefix is not None:
            old, new = prefix[0].strip(), prefix[1].strip()
            if not old:
                raise InvalidInput("Say which call number prefix to replace", field="call_prefix")
            if len(new) > 100:
                raise InvalidInput("A call number has at most 100 characters", field="call_prefix")
            prefix = (old, new)
        status = change.status
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"A bulk edit sets one of these statuses: {', '.join(STATUSES)}", field="status")
        kind = item_type(change.item_type) if change.item_type is not None else None
        return BulkChange(location, prefix, status, kind)

    # -- the plan ----------------------------------------------------------------------
    def plan(self, actor: Actor, barcodes: Iterable[str], change: BulkChange) -> BulkPlan:
        """What ``apply`` would change (read only)."""
        require(actor, Role.LIBRARIAN, "edit copies in bulk")
        codes = self._codes(barcodes)
        plan = BulkPlan()
        with self.lib.read() as s:
            change = self._checked(s, change)
            titles_done: set[int] = set()
            for start in range(0, len(codes), 900):
                part = codes[start:start + 900]
                rows = {c.barcode: c for c in s.scalars(select(Copy).where(Copy.barcode.in_(part))
                                                        .options(selectinload(Copy.book)))}
                for code in part:
                    copy = rows.get(code)
                    if copy is None:
                        plan.refusals.append(BulkRefusal(code, "", "No copy has this barcode"))
                        continue
                    plan.copies += 1
                    lines, refusal = self._lines(copy, change, titles_done)
                    if refusal:
                        plan.refusals.append(BulkRefusal(code, copy.book.title, refusal))
                    plan.lines.extend(lines)
                    if not lines and not refusal:
                        plan.unchanged += 1
        return plan

    @staticmethod
    def _lines(copy: Copy, change: BulkChange, titles_done: set[int]) -> tuple[list[BulkLine], str | None]:
        title = copy.book.title
        lines: list[BulkLine] = []
        refusal: str | None = None
        if change.location is not None and (copy.location or "") != change.location:
            lines.append(BulkLine(copy.barcode, title, "location", copy.location, change.location or None))
        if change.call_prefix is not None:
            after = _prefixed(copy.call_number, change.call_prefix)
            if after is not None and after != copy.call_number:
                lines.append(BulkLine(copy.barcode, title, "call_number", copy.call_number, after))
        if change.status is not None and copy.status != change.status:
            if copy.status in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF) and change.status != CopyStatus.LOST:
                refusal = ("On loan: check it in first" if copy.status == CopyStatus.ON_LOAN
                           else "On the hold shelf: cancel or check in the hold first")
            else:
                lines.append(BulkLine(copy.barcode, title, "status", copy.status, change.status))
        if change.item_type is not None and copy.book_id not in titles_done:
            titles_done.add(copy.book_id)
            if copy.book.item_type != change.item_type:
                lines.append(BulkLine(copy.barcode, title, "item_type", copy.book.item_type, change.item_type))
        return lines, refusal

    @staticmethod
    def _codes(barcodes: Iterable[str]) -> list[str]:
        seen: dict[str, None] = {}
        for raw in barcodes:
            code = normalize_scan(raw) if raw and raw.strip() else ""
            if code:
                seen.setdefault(code, None)
        if not seen:
            raise InvalidInput("Scan or choose the copies to change first", field="selection")
        if len(seen) > MAX_COPIES:
            raise InvalidInput(f"At most {MAX_COPIES:,} copies in one bulk edit", field="selection")
        return list(seen)

    # -- applying ----------------------------------------------------------------------
    def apply(self, actor: Actor, barcodes: Iterable[str], change: BulkChange, *,
              progress: Progress | None = None) -> BulkResult:
        """Make the change to each copy through the catalogue's transitions (one audit row and
        one synced operation per change). Each copy is judged again as it is written."""
        require(actor, Role.LIBRARIAN, "edit copies in bulk")
        codes = self._codes(barcodes)
        with self.lib.read() as s:
            change = self._checked(s, change)
        result = BulkResult()
        titles_done: set[int] = set()
        for start in range(0, len(codes), BATCH):
            part = codes[start:start + BATCH]
            with action(self.lib, actor) as tx:
                rows = {c.barcode: c for c in tx.s.scalars(select(Copy).where(Copy.barcode.in_(part))
                                                           .options(selectinload(Copy.book)))}
                for code in part:
                    copy = rows.get(code)
                    if copy is None:
                        result.refusals.append(BulkRefusal(code, "", "No copy has this barcode"))
                        continue
                    lines, refusal = self._lines(copy, change, titles_done)
                    if refusal:
                        result.refusals.append(BulkRefusal(code, copy.book.title, refusal))
                    if not lines:
                        continue
                    point = tx.s.begin_nested()
                    try:
                        self._write(tx, copy, lines)
                    except LibraryError as exc:
                        point.rollback()
                        result.refusals.append(BulkRefusal(code, copy.book.title, exc.message))
                        continue
                    point.commit()
                    result.changed += len(lines)
                    result.copies += 1
                if start + BATCH >= len(codes):
                    tx.audit("bulk_edit", "copy", None, copies=len(codes), changed=result.changed,
                             refused=len(result.refusals), location=change.location,
                             call_prefix=list(change.call_prefix) if change.call_prefix else None,
                             status=change.status, item_type=change.item_type)
            if progress is not None:
                progress(min(start + BATCH, len(codes)), len(codes))
        return result

    @staticmethod
    def _write(tx: Tx, copy: Copy, lines: list[BulkLine]) -> None:
        values: dict[str, object] = {}
        for line in lines:
            if line.field in ("location", "call_number"):
                values[line.field] = line.after
        if values:
            edit_copy(tx, copy, values)
        for line in lines:
            if line.field == "status" and line.after is not None:
                set_status(tx, copy, line.after, note="bulk edit")
            elif line.field == "item_type" and line.after is not None:
                book: Book = copy.book
                authors = [(credit.author.name, credit.role) for credit in
                           sorted(book.credits, key=lambda c: c.position)]
                values_of_book = {name: getattr(book, name) for name in BOOK_VALUES}
                values_of_book["item_type"] = line.after
                edit_book(tx, book, CleanBook(values=values_of_book, authors=authors))


__all__ = ["BATCH", "MAX_COPIES", "STATUSES", "Bulk", "BulkChange", "BulkLine", "BulkPlan", "BulkRefusal",
           "BulkResult"]
