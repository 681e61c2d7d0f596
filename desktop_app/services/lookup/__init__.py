"""Copy cataloguing: an ISBN looked up in the library's catalogues (SRU with MARCXML, the Open
Library Books API), the hit the clerk chose added as a title with its whole record and its
cover, and ISBNs queued while no catalogue could be reached (``queue``), looked up again by the
desk's scheduled work.

``Lookup`` is the door the desk, the command line and the scheduled work use. Asking a target is
network work: call it on the worker, never on the GUI thread, and never inside a transaction.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from sqlalchemy import select

from ...db.models import Book
from ...domain.errors import Conflict, InvalidInput, NotFound
from ...domain.targets import DEFAULT_INDEX, Target, parse_targets
from ...domain.values import Role
from ..catalog import find_book
from ..catalog.books import add_book
from ..catalog.copies import add_copy
from ..catalog.input import BookInput, CopyInput, clean_book, clean_copy
from ..catalog.records import keep_record
from ..library import Actor, Library, require
from ..transaction import action
from . import http, openlibrary
from .ask import Hit, LookupResult, ask, isbn_of
from .covers import CoverImage, Shrink, small_cover
from .queue import LookupQueue, RequestView
from .records import drop_cover, keep_cover

log = logging.getLogger(__name__)


def target_of(url: str) -> Target:
    """A target for one address given on the command line: Open Library when the address is
    openlibrary.org's or ends in /openlibrary, else an SRU service searched by bath.isbn."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{url!r} is not an http:// or https:// address", field="target")
    path = parts.path.rstrip("/")
    kind = "openlibrary" if (parts.hostname.endswith("openlibrary.org") or path.endswith("/openlibrary")) else "sru"
    return parse_targets(f"{kind} {url} {DEFAULT_INDEX[kind]} {parts.hostname}", field="target")[0]


class Lookup(LookupQueue):
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- the library's settings -----------------------------------------------------------
    def targets(self) -> list[Target]:
        with self.lib.read() as s:
            return parse_targets(str(self.lib.setting(s, "lookup_targets") or ""))

    def timeout(self) -> float:
        with self.lib.read() as s:
            return float(self.lib.setting(s, "lookup_timeout") or 5)

    def covers_wanted(self) -> bool:
        with self.lib.read() as s:
            return bool(self.lib.setting(s, "fetch_covers"))

    # -- asking ---------------------------------------------------------------------------
    def look_up(self, isbn: str, *, targets: list[Target] | None = None) -> LookupResult:
        """Ask ``targets`` (default: the library's, in order) for ``isbn``. Network work."""
        isbn13, isbn10 = isbn_of(isbn)
        return ask(self.targets() if targets is None else targets, isbn13, isbn10, timeout=self.timeout())

    def fetch_cover(self, hit: Hit, *, targets: list[Target] | None = None,
                    shrink: Shrink | None = None) -> CoverImage | None:
        """The hit's cover, small, or None (covers switched off, none offered, none there, or it
        could not be fetched: a missing cover never stops a title being added). A hit from a
        target without covers gets Open Library's by ISBN when an Open Library target is listed."""
        if not self.covers_wanted():
            return None
        url = hit.cover_url
        isbn13 = hit.record.isbn13
        if url is None and isbn13:
            library = next((t for t in (self.targets() if targets is None else targets)
                            if t.kind == "openlibrary"), None)
            url = openlibrary.cover_url(library, isbn13) if library else None
        if url is None:
            return None
        try:
            data = http.get(url, timeout=self.timeout(), target=f"the cover at {urlsplit(url).hostname}",
                            not_found_ok=True)
            if not data or len(data) < 100:  # Open Library's 1x1 "no cover" pixel
                return None
            return small_cover(data, what=f"the cover of {isbn13 or hit.record.title}", source=url, shrink=shrink)
        except (http.TargetFailed, InvalidInput) as exc:
            log.info("no cover for %s: %s", isbn13, exc.message)
            return None

    # -- adding ---------------------------------------------------------------------------
    def add_book(self, actor: Actor, data: BookInput, *, hit: Hit | None = None, cover: CoverImage | None = None,
                 copies: list[CopyInput] | None = None) -> int:
        """Add ``data`` (the hit's fields as the clerk checked them) as a new title, keeping the
        hit's whole MARC record and ``cover`` beside it, in one action. Needs a librarian."""
        require(actor, Role.LIBRARIAN, "add books to the catalog")
        clean = clean_book(data, today=self.lib.today())
        checked = [clean_copy(c) for c in copies or []]
        with action(self.lib, actor) as tx:
            book = add_book(tx, clean)
            for values in checked:
                add_copy(tx, book, values)
            if hit is not None and hit.marc:
                keep_record(tx, book, hit.marc, hit.source)
            if cover is not None:
                keep_cover(tx, book, cover, cover.source or (hit.source if hit else "look-up"))
            return book.id

    def same_isbn(self, isbn13: str | None) -> str | None:
        """The title of a book the catalogue already has with ``isbn13``, or None."""
        if not isbn13:
            return None
        with self.lib.read() as s:
            return s.scalar(select(Book.title).where(Book.isbn13 == isbn13).limit(1))

    def add_hit(self, actor: Actor, hit: Hit, *, copies: list[CopyInput] | None = None,
                targets: list[Target] | None = None, duplicate_ok: bool = False,
                shrink: Shrink | None = None) -> int:
        """Add ``hit`` as it is (the command line's --add, a queued ISBN's record), its cover
        fetched first. Refused when the catalogue has the ISBN already, unless ``duplicate_ok``
        (add a copy to that title instead). Network work."""
        require(actor, Role.LIBRARIAN, "add books to the catalog")
        title = None if duplicate_ok else self.same_isbn(hit.record.isbn13)
        if title is not None:
            raise Conflict(f"The catalogue already has '{title}' with ISBN {hit.record.isbn13}; add a copy "
                           "to it instead")
        cover = self.fetch_cover(hit, targets=targets, shrink=shrink)
        return self.add_book(actor, hit.input, hit=hit, cover=cover, copies=copies)

    # -- covers ---------------------------------------------------------------------------
    def cover(self, book_id: int) -> CoverImage | None:
        from ...db.record_models import BookCover

        with self.lib.read() as s:
            row = s.get(BookCover, book_id)
            return CoverImage(row.mime, row.image, row.width, row.height, row.source) if row else None

    def set_cover(self, actor: Actor, book_id: int, data: bytes, *, source: str,
                  shrink: Shrink | None = None) -> CoverImage:
        """Replace a title's cover by a picture a clerk picked (checked, shrunk). Needs a librarian."""
        require(actor, Role.LIBRARIAN, "change a book's cover")
        cover = small_cover(data, what=f"the file {source}", source=source, shrink=shrink)
        with action(self.lib, actor) as tx:
            keep_cover(tx, find_book(tx.s, book_id), cover, source)
        return cover

    def remove_cover(self, actor: Actor, book_id: int) -> None:
        require(actor, Role.LIBRARIAN, "change a book's cover")
        with action(self.lib, actor) as tx:
            book = find_book(tx.s, book_id)
            if not drop_cover(tx, book):
                raise NotFound(f"'{book.title}' has no cover")


__all__ = ["CoverImage", "Shrink", "Hit", "Lookup", "LookupResult", "RequestView", "isbn_of", "target_of"]
