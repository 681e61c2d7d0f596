"""Asking the targets for one ISBN, in order, and gathering their hits.

Contract of :func:`ask`: every target is asked (one that fails does not stop the others); the
result holds the hits in target order (an SRU target may give several), what each failed target
said, and whether any target was reached at all (``reached``: False means this desk is offline
or every catalogue is down, and the ISBN may be queued). Each hit carries the record as the
importer maps it (``formats.marc_map``), so a looked-up title and an imported one agree, its
``BookInput``, the MARC record as ISO 2709 bytes (SRU hits) and where its cover is (if known).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ...domain.errors import InvalidInput
from ...domain.targets import Target
from ...formats.isbn import InvalidIsbn, normalize_isbn
from ...formats.marc_map import raw_to_book
from ...formats.marc_raw import build_record
from ...formats.records import BookRecord
from ..catalog.input import BookInput
from . import openlibrary, sru
from .http import UNREACHED, TargetFailed

log = logging.getLogger(__name__)


def isbn_of(text: str) -> tuple[str, str | None]:
    """(isbn13, isbn10) of what was typed or scanned; ``InvalidInput`` (field "isbn") saying why not."""
    try:
        return normalize_isbn(text)
    except InvalidIsbn as exc:
        raise InvalidInput(str(exc), field="isbn") from None


@dataclass
class Hit:
    """One record a target found. ``marc`` is the whole record (ISO 2709) when the target sent
    MARC; ``cover_url`` where its cover may be fetched (None: the target offers none)."""

    source: str
    kind: str
    record: BookRecord
    marc: bytes | None = None
    cover_url: str | None = None

    @property
    def input(self) -> BookInput:
        r = self.record
        return BookInput(title=r.title, subtitle=r.subtitle, isbn=r.isbn13 or r.isbn10, publisher=r.publisher,
                         year=r.year, edition=r.edition, language=r.language, series=r.series,
                         series_number=r.series_number, extent=r.extent, subjects=list(r.subjects),
                         description=r.description, item_type=r.item_type, call_number=r.call_number,
                         links=list(r.links), authors=[(a.name, a.role) for a in r.authors])

    @property
    def summary(self) -> str:
        """ "Title / First Author, Publisher, Year (source)" for lists and messages."""
        r = self.record
        parts = [r.title] + ([r.authors[0].name] if r.authors else [])
        extra = ", ".join(str(x) for x in (r.publisher, r.year) if x)
        return " / ".join(parts) + (f", {extra}" if extra else "") + f" ({self.source})"


@dataclass
class LookupResult:
    isbn13: str
    isbn10: str | None
    hits: list[Hit] = field(default_factory=list)
    failures: list[TargetFailed] = field(default_factory=list)
    asked: int = 0

    @property
    def reached(self) -> bool:
        """True when at least one target answered (with or without a hit)."""
        return self.asked > 0 and sum(f.kind in UNREACHED for f in self.failures) < self.asked

    @property
    def message(self) -> str:
        """What a clerk reads when there is no hit (or beside the hits, what failed)."""
        if self.hits:
            found = f"{len(self.hits)} record{'s' if len(self.hits) != 1 else ''} found for ISBN {self.isbn13}"
            return found + "".join(f"; {f.message}" for f in self.failures)
        if not self.asked:
            return "No catalogue is set to look ISBNs up in (Settings, Cataloguing)"
        if not self.reached:
            said = "; ".join(f.message for f in self.failures)
            return f"No catalogue could be reached for ISBN {self.isbn13}: {said}"
        said = "".join(f"; {f.message}" for f in self.failures)
        return f"No catalogue asked knows ISBN {self.isbn13}{said}"


def _ask_sru(target: Target, isbn13: str, isbn10: str | None, timeout: float) -> list[Hit]:
    answer = sru.search(target, isbn13, isbn10, timeout=timeout)
    hits = []
    for n, raw in enumerate(answer.records, 1):
        book, problems = raw_to_book(raw, source=target.name, where=f"record {n}")
        for problem in problems:
            log.info("look-up %s: %s", isbn13, problem)
        if book is None:
            continue
        book.copies = []  # a catalogue's holdings are its own, not this library's copies
        try:
            marc: bytes | None = build_record(raw)
        except ValueError:
            marc = None
        hits.append(Hit(target.name, target.kind, book, marc))
    return hits


def ask(targets: list[Target], isbn13: str, isbn10: str | None, *, timeout: float) -> LookupResult:
    result = LookupResult(isbn13, isbn10)
    for target in targets:
        result.asked += 1
        try:
            if target.kind == "sru":
                result.hits.extend(_ask_sru(target, isbn13, isbn10, timeout))
            else:
                book, cover = openlibrary.search(target, isbn13, timeout=timeout)
                if book is not None:
                    result.hits.append(Hit(target.name, target.kind, book, cover_url=cover))
        except TargetFailed as exc:
            log.info("look-up %s at %s: %s", isbn13, target.name, exc.message)
            result.failures.append(exc)
    return result
