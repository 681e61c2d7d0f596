"""Stock-take: count a shelf range or a location by scanning the copies standing there.

A librarian starts a count for a location (one of the ``locations`` setting, or one the copies
use), a shelf range of call numbers (``domain.call_numbers``: shelf order, both ends included,
the upper one with everything filed under it), or both. Clerks scan; each scan is one indexed
look-up of the barcode and one row written, and says at once what the copy is:

- ``expected``: it belongs here;
- ``misplaced``: it belongs elsewhere (another location or outside the range, the hold shelf);
- ``on_loan``: the library thinks it is lent: check it in;
- ``found``: it was lost or withdrawn and stands on the shelf;
- ``unknown``: no copy has the barcode.

A second scan of a barcode answers the same and writes nothing. A librarian finishes the
count; the report (any time) lists what is missing (in the counted place, available or
reference, and not scanned), misplaced, on loan but on the shelf, found and unknown, each
judged by the copy's state now (a copy checked in since its scan is simply here). "Mark
missing lost" is one action of a librarian after the count is finished: each missing copy
goes through the catalogue's ``set_status`` (audit, journal, sync), and a copy lent or
changed since is left alone.

The count and its scans belong to the desk (tables ``stocktakes``, ``stocktake_scans``, never
synced); only what they change in the catalogue travels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, NamedTuple

from sqlalchemy import Integer, and_, cast, func, insert, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ...db.models import Book, Copy
from ...db.record_models import Stocktake, StocktakeScan
from ...domain.call_numbers import Key, first_part, shelf_key, upper_bound
from ...domain.errors import Conflict, InvalidInput, NotFound
from ...domain.settings import location_names
from ...domain.text import normalize_scan
from ...domain.values import CopyStatus, Role
from ..library import Actor, Library, require
from ..transaction import action
from .copies import set_status


class Outcome(StrEnum):
    EXPECTED = "expected"
    MISPLACED = "misplaced"
    ON_LOAN = "on_loan"
    FOUND = "found"
    UNKNOWN = "unknown"


#: The statuses of a copy that should stand on its shelf: missing when not scanned.
ON_SHELF = (CopyStatus.AVAILABLE.value, CopyStatus.NOT_FOR_LOAN.value)
_GONE = (CopyStatus.LOST.value, CopyStatus.WITHDRAWN.value)
_ODD = "*[^ -z]*"  # GLOB: a character SQLite's lower() may not fold like Python (accents, {|}~)


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


@dataclass(frozen=True)
class Scope:
    """What a count covers: a location, a shelf range of call numbers, or both."""

    location: str | None = None
    call_from: str | None = None
    call_to: str | None = None

    def holds(self, location: str | None, call_number: str | None) -> bool:
        if self.location is not None and _fold(location) != _fold(self.location):
            return False
        if self.call_from is None and self.call_to is None:
            return True
        if not call_number:
            return False
        key = shelf_key(call_number)
        return not (self._low and key < self._low) and not (self._high and key > self._high)

    @cached_property
    def _low(self) -> Key | None:
        return shelf_key(self.call_from) if self.call_from else None

    @cached_property
    def _high(self) -> Key | None:
        return upper_bound(self.call_to) if self.call_to else None

    def text(self) -> str:
        """The scope as a person reads it: "Children, 500 to 599"."""
        shelf = ""
        if self.call_from and self.call_to:
            shelf = f"{self.call_from} to {self.call_to}"
        elif self.call_from:
            shelf = f"from {self.call_from}"
        elif self.call_to:
            shelf = f"up to {self.call_to}"
        return ", ".join(p for p in (self.location, shelf) if p)

    def prefilter(self) -> ColumnElement[bool]:
        """A condition in SQL that every copy the scope holds meets (and few others): the
        exact test (``holds``) runs in Python on what it lets through."""
        conditions: list[ColumnElement[bool]] = []
        if self.location is not None:
            conditions.append(or_(func.lower(Copy.location) == self.location.lower(),
                                  _glob(Copy.location, _ODD)))
        if self.call_from is not None or self.call_to is not None:
            cn = Copy.call_number
            shelf = and_(cn.is_not(None), _bound(cn, first_part(self.call_from), low=True),
                         _bound(cn, first_part(self.call_to), low=False))
            # Only the first part is judged in SQL: let through those whose first letters SQLite's
            # lower() may read otherwise than Python, and those not starting with a letter or digit.
            conditions.append(or_(shelf, _glob(cn, "[A-Za-z]" + _ODD), ~_glob(cn, "[A-Za-z0-9]*")))
        return and_(true(), *conditions)


def _glob(column: Any, pattern: str) -> ColumnElement[bool]:
    return column.op("GLOB", is_comparison=True)(pattern)


def _bound(cn: Any, part: Any, *, low: bool) -> ColumnElement[bool]:
    """SQL for one end of a shelf range, judged on the first part of the call number: its
    letters compare as text (lower-case ASCII: the rest is let through by ``_ODD``), a whole
    number by its value (SQLite's CAST reads the leading digits)."""
    if part is None:
        return true()
    kind, value = part
    if kind == 0:
        whole = cast(cn, Integer)
        number = and_(_glob(cn, "[0-9]*"), whole >= value if low else whole <= value)
        return or_(number, _glob(cn, "[A-Za-z]*")) if low else number
    text = str(value)
    if not text.isascii():
        return true()
    return func.lower(cn) >= text if low else func.lower(cn) < text + "\x7f"


@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    uuid: str
    name: str
    scope: Scope
    started_at: datetime
    started_by: str | None
    finished_at: datetime | None
    scanned: int = 0

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class ScanResult:
    """What one scan found; ``again``: the barcode was scanned before in this count."""

    barcode: str
    outcome: Outcome
    again: bool = False
    title: str | None = None
    call_number: str | None = None
    location: str | None = None
    status: str | None = None
    belongs: str | None = None  # a misplaced copy's place: "Children, 823 ROW", "the hold shelf"


@dataclass(frozen=True)
class Line:
    """One copy (or unknown barcode) in a report section."""

    barcode: str
    title: str = ""
    call_number: str | None = None
    location: str | None = None
    status: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class StocktakeReport:
    info: StocktakeInfo
    expected: int  # copies in the counted place that should stand on the shelf
    here: int  # scans of copies that belong here
    missing: list[Line] = field(default_factory=list)
    misplaced: list[Line] = field(default_factory=list)
    on_loan: list[Line] = field(default_factory=list)
    found: list[Line] = field(default_factory=list)
    unknown: list[Line] = field(default_factory=list)

    def sections(self) -> list[tuple[str, list[Line]]]:
        return [("missing", self.missing), ("misplaced", self.misplaced), ("on_loan", self.on_loan),
                ("found", self.found), ("unknown", self.unknown)]


class _Shelved(NamedTuple):
    id: int
    barcode: str
    status: str
    location: str | None
    call_number: str | None
    title: str


def judge(scope: Scope, status: str, location: str | None, call_number: str | None) -> tuple[Outcome, str | None]:
    """What a copy scanned on the counted shelf is, and where it belongs when elsewhere."""
    if status == CopyStatus.ON_LOAN:
        return Outcome.ON_LOAN, None
    if status in _GONE:
        return Outcome.FOUND, None
    if status == CopyStatus.ON_HOLD_SHELF:
        return Outcome.MISPLACED, "the hold shelf"
    if not scope.holds(location, call_number):
        return Outcome.MISPLACED, ", ".join(p for p in (location, call_number) if p) or "no location or call number"
    return Outcome.EXPECTED, None


def _shelf_order(line: Line) -> tuple[Key, str]:
    return shelf_key(line.call_number), line.barcode


class Stocktakes:
    """The door to stock-takes (``services.stocktake``)."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- a count ------------------------------------------------------------------------
    def start(self, actor: Actor, *, location: str | None = None, call_from: str | None = None,
              call_to: str | None = None, name: str | None = None) -> StocktakeInfo:
        """Open a count of ``location``, the shelf range ``call_from``..``call_to``, or both."""
        require(actor, Role.LIBRARIAN, "start a stock-take")
        location, call_from, call_to, name = (_clean(v, label, 200 if label == "The name" else 100) for v, label in (
            (location, "The location"), (call_from, "The first call number"), (call_to, "The last call number"),
            (name, "The name")))
        if location is None and call_from is None and call_to is None:
            raise InvalidInput("Choose a location or a range of call numbers to count", field="location")
        if call_from and call_to and shelf_key(call_from) > shelf_key(call_to):
            raise InvalidInput(f"The range is backwards: {call_from} comes after {call_to} on the shelf",
                               field="call_from")
        with action(self.lib, actor) as tx:
            if location is not None:
                location = self._known_location(tx.s, location)
            scope = Scope(location, call_from, call_to)
            row = Stocktake(name=name or scope.text(), location=location, call_from=call_from, call_to=call_to,
                            started_at=tx.now, started_by=actor.username)
            tx.s.add(row)
            tx.s.flush()
            tx.audit("stocktake_start", "stocktake", row.uuid, name=row.name, location=location,
                     call_from=call_from, call_to=call_to)
            return _info(row, 0)

    def _known_location(self, s: Session, location: str) -> str:
        """The location as the library spells it: one of the setting's, else one a copy has."""
        names = location_names(str(self.lib.setting(s, "locations") or ""))
        for known in names:
            if _fold(known) == _fold(location):
                return known
        used = s.scalar(select(Copy.location).where(func.lower(Copy.location) == location.lower()).limit(1))
        if used is not None:
            return used
        raise InvalidInput(f"There is no location {location!r}; the library's locations are: "
                           f"{', '.join(names) or 'none yet (Settings, Catalog)'}", field="location")

    def finish(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        require(actor, Role.LIBRARIAN, "finish a stock-take")
        with action(self.lib, actor) as tx:
            row = _find(tx.s, stocktake_id)
            if row.finished_at is None:
                row.finished_at = tx.now
                tx.audit("stocktake_finish", "stocktake", row.uuid, name=row.name, scanned=_scanned(tx.s, row.id))
            return _info(row, _scanned(tx.s, row.id))

    def get(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        require(actor, Role.DESK, "see stock-takes")
        with self.lib.read() as s:
            row = _find(s, stocktake_id)
            return _info(row, _scanned(s, row.id))

    def listing(self, actor: Actor, *, open_only: bool = False) -> list[StocktakeInfo]:
        """The counts, newest first."""
        require(actor, Role.DESK, "see stock-takes")
        with self.lib.read() as s:
            counts = dict(s.execute(select(StocktakeScan.stocktake_id, func.count())
                                    .group_by(StocktakeScan.stocktake_id)).all())
            stmt = select(Stocktake).order_by(Stocktake.id.desc())
            if open_only:
                stmt = stmt.where(Stocktake.finished_at.is_(None))
            return [_info(row, counts.get(row.id, 0)) for row in s.scalars(stmt)]

    # -- scanning -----------------------------------------------------------------------
    def scan(self, actor: Actor, stocktake_id: int, barcode: str) -> ScanResult:
        """One barcode scanned on the counted shelf (see the module doc)."""
        require(actor, Role.DESK, "scan for a stock-take")
        code = normalize_scan(barcode or "")
        if not code:
            raise InvalidInput("Scan a barcode (it was empty)", field="barcode")
        if len(code) > 64:
            raise InvalidInput(f"{code[:20]}… is not a barcode (longer than 64 characters)", field="barcode")
        with self.lib.write() as s:
            st = s.execute(select(Stocktake.location, Stocktake.call_from, Stocktake.call_to, Stocktake.finished_at,
                                  Stocktake.name).where(Stocktake.id == stocktake_id)).first()
            if st is None:
                raise NotFound(f"There is no stock-take number {stocktake_id}")
            if st.finished_at is not None:
                raise Conflict(f"The stock-take '{st.name}' is finished: start a new one to scan more")
            copy = s.execute(select(Copy.id, Copy.status, Copy.location, Copy.call_number, Book.title)
                             .join(Book, Book.id == Copy.book_id).where(Copy.barcode == code)).first()
            again = s.scalar(select(StocktakeScan.id).where(StocktakeScan.stocktake_id == stocktake_id,
                                                            StocktakeScan.barcode == code)) is not None
            if copy is None:
                result = ScanResult(code, Outcome.UNKNOWN, again)
            else:
                outcome, belongs = judge(Scope(st.location, st.call_from, st.call_to), copy.status,
                                         copy.location, copy.call_number)
                result = ScanResult(code, outcome, again, copy.title, copy.call_number, copy.location, copy.status,
                                    belongs)
            if not again:
                s.execute(insert(StocktakeScan).values(stocktake_id=stocktake_id, barcode=code,
                                                       copy_id=copy.id if copy else None, scanned_at=self.lib.now(),
                                                       note=result.outcome.value))
            return result

    def counts(self, actor: Actor, stocktake_id: int) -> dict[str, int]:
        """How many scans had each outcome when they were scanned (the running counts)."""
        require(actor, Role.DESK, "see stock-takes")
        with self.lib.read() as s:
            _find(s, stocktake_id)
            rows = s.execute(select(StocktakeScan.note, func.count()).where(StocktakeScan.stocktake_id == stocktake_id)
                             .group_by(StocktakeScan.note)).all()
        found = {o.value: 0 for o in Outcome}
        found.update({str(note): n for note, n in rows if note})
        return found

    # -- the report -----------------------------------------------------------------------
    def report(self, actor: Actor, stocktake_id: int) -> StocktakeReport:
        require(actor, Role.DESK, "see stock-takes")
        with self.lib.read() as s:
            row = _find(s, stocktake_id)
            info = _info(row, _scanned(s, row.id))
            scope = info.scope
            sections: dict[Outcome, list[Line]] = {o: [] for o in Outcome}
            scanned: set[int] = set()
            here = 0
            for scan_code, copy_id, barcode, status, location, call_number, title in s.execute(
                    select(StocktakeScan.barcode, Copy.id, Copy.barcode, Copy.status, Copy.location, Copy.call_number,
                           Book.title)
                    .outerjoin(Copy, Copy.id == StocktakeScan.copy_id).outerjoin(Book, Book.id == Copy.book_id)
                    .where(StocktakeScan.stocktake_id == row.id).order_by(StocktakeScan.id)):
                if copy_id is None:  # unknown when scanned: perhaps catalogued since
                    later = s.execute(select(Copy.id, Copy.barcode, Copy.status, Copy.location, Copy.call_number,
                                             Book.title).join(Book, Book.id == Copy.book_id)
                                      .where(Copy.barcode == scan_code)).first()
                    if later is None:
                        sections[Outcome.UNKNOWN].append(Line(scan_code))
                        continue
                    copy_id, barcode, status, location, call_number, title = later
                scanned.add(copy_id)
                outcome, belongs = judge(scope, status, location, call_number)
                if outcome == Outcome.EXPECTED:
                    here += 1
                    continue
                sections[outcome].append(Line(barcode, title, call_number, location, status, belongs))
            expected = 0
            missing: list[Line] = []
            for copy_id, barcode, status, location, call_number, title in self._on_shelf(s, scope):
                expected += 1
                if copy_id not in scanned:
                    missing.append(Line(barcode, title, call_number, location, status))
            for lines in (missing, *sections.values()):
                lines.sort(key=_shelf_order)
            return StocktakeReport(info, expected, here, missing=missing,
                                   misplaced=sections[Outcome.MISPLACED], on_loan=sections[Outcome.ON_LOAN],
                                   found=sections[Outcome.FOUND], unknown=sections[Outcome.UNKNOWN])

    @staticmethod
    def _on_shelf(s: Session, scope: Scope) -> list[_Shelved]:
        """Copies the scope holds that should stand on the shelf."""
        # The copies alone first: joined to books, SQLite's planner may walk the books instead
        # (seconds at a million titles); the titles of the few that remain come by id after.
        rows = [r for r in s.execute(select(Copy.id, Copy.barcode, Copy.status, Copy.location, Copy.call_number,
                                            Copy.book_id).where(Copy.status.in_(ON_SHELF), scope.prefilter()))
                if scope.holds(r.location, r.call_number)]
        wanted = sorted({r.book_id for r in rows})
        titles: dict[int, str] = {}
        for i in range(0, len(wanted), 500):
            titles.update(s.execute(select(Book.id, Book.title).where(Book.id.in_(wanted[i:i + 500]))).all())
        return [_Shelved(r.id, r.barcode, r.status, r.location, r.call_number, titles.get(r.book_id, ""))
                for r in rows]

    def mark_missing_lost(self, actor: Actor, stocktake_id: int) -> list[str]:
        """Mark every copy still missing lost (one action: audit, journal and sync per copy).
        The count must be finished. Returns the barcodes marked."""
        require(actor, Role.LIBRARIAN, "mark missing copies lost")
        with action(self.lib, actor) as tx:
            row = _find(tx.s, stocktake_id)
            if row.finished_at is None:
                raise Conflict(f"Finish the stock-take '{row.name}' first: copies are marked lost after the count")
            scope = _info(row, 0).scope
            scanned = set(tx.s.scalars(select(StocktakeScan.copy_id).where(StocktakeScan.stocktake_id == row.id,
                                                                           StocktakeScan.copy_id.is_not(None))))
            note = f"Missing at stock-take '{row.name}' ({row.finished_at.astimezone().date().isoformat()})"
            marked: list[str] = []
            for found in self._on_shelf(tx.s, scope):
                if found.id in scanned:
                    continue
                copy = tx.s.get(Copy, found.id)
                assert copy is not None
                set_status(tx, copy, CopyStatus.LOST.value, note=note)
                marked.append(copy.barcode)
            tx.audit("stocktake_mark_lost", "stocktake", row.uuid, name=row.name, copies=len(marked))
            return marked


def _clean(value: str | None, label: str, limit: int) -> str | None:
    text = " ".join((value or "").split()) or None
    if text is not None and len(text) > limit:
        raise InvalidInput(f"{label} is too long (at most {limit} characters)")
    return text


def _find(s: Session, stocktake_id: int) -> Stocktake:
    row = s.get(Stocktake, stocktake_id)
    if row is None:
        raise NotFound(f"There is no stock-take number {stocktake_id}")
    return row


def _scanned(s: Session, stocktake_id: int) -> int:
    return s.scalar(select(func.count()).select_from(StocktakeScan)
                    .where(StocktakeScan.stocktake_id == stocktake_id)) or 0


def _info(row: Stocktake, scanned: int) -> StocktakeInfo:
    return StocktakeInfo(row.id, row.uuid, row.name, Scope(row.location, row.call_from, row.call_to), row.started_at,
                         row.started_by, row.finished_at, scanned)


__all__ = ["ON_SHELF", "Line", "Outcome", "ScanResult", "Scope", "StocktakeInfo", "StocktakeReport", "Stocktakes",
           "judge"]
