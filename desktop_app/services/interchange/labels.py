"""Choosing copies and members, and printing their spine labels and member cards as PDF.

Copies can be chosen as: explicit barcodes, a barcode range (inclusive, compared as text of
equal length, so "300000000010"-"300000000099" works for generated barcodes), the copies of
the books a catalogue search finds, or the copies added since a date/time (default: today).
Members: explicit card numbers, a category (code or name), or everyone. Every chooser returns
items in a stable order (barcode / name order) and raises ``InvalidInput`` or ``NotFound``
with a clear message when nothing can be printed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, func, or_, select

from ...db.models import Book, Copy, Member, MemberCategory
from ...domain.errors import InvalidInput, NotFound
from ...domain.text import normalize_scan
from ...domain.values import Role
from ...formats.labels import (
    CARD_SHEETS,
    SHEETS,
    MemberCard,
    SpineLabel,
    code128_values,
    draw_labels,
    draw_member_cards,
)
from ..library import Actor, HasLibrary, Library, library_of, require
from .bulk import chunks

SHORT_TITLE = 40
MAX_ITEMS = 20_000


@dataclass(frozen=True)
class PrintResult:
    """What was printed: the PDF ``path``, how many labels/cards and pages."""

    path: str
    items: int
    pages: int


def _lib(target: Library | HasLibrary) -> Library:
    return library_of(target)


def _short(title: str) -> str:
    return title if len(title) <= SHORT_TITLE else title[: SHORT_TITLE - 1].rstrip() + "…"


def _since_utc(lib: Library, since: date | datetime | None) -> datetime:
    if since is None:
        since = lib.today()
    if isinstance(since, datetime):
        return since if since.tzinfo else since.astimezone()
    return datetime.combine(since, time.min).astimezone().astimezone(UTC)


def choose_copies(target: Library | HasLibrary, *, barcodes: list[str] | None = None,
                  barcode_range: tuple[str, str] | None = None, search: str | None = None,
                  since: date | datetime | None = None, new: bool = False) -> list[SpineLabel]:
    """The labels of the chosen copies (exactly one way of choosing must be given).

    ``new=True`` (or ``since`` alone): copies added since ``since`` (a date means its local
    midnight; default today). ``search``: every copy of the books ``services.search.books``
    finds (``target`` must then be ``Services``). Missing explicit barcodes raise NotFound."""
    lib = _lib(target)
    ways = [barcodes is not None, barcode_range is not None, search is not None, new or since is not None]
    if sum(ways) != 1:
        raise InvalidInput("Choose the copies one way: barcodes, a range, a search, or new copies")
    stmt = (select(Copy.barcode, Book.title, Copy.call_number, Book.call_number, Copy.book_id)
            .join(Book, Book.id == Copy.book_id))
    rows: list[Any] = []
    with lib.read() as s:
        if barcodes is not None:
            wanted = list(dict.fromkeys(normalize_scan(b) for b in barcodes if b.strip()))
            found: dict[str, Any] = {}
            for part in chunks(wanted):
                found.update((r[0], r) for r in s.execute(stmt.where(Copy.barcode.in_(part))))
            missing = [b for b in wanted if b not in found]
            if missing:
                raise NotFound(f"No copy has the barcode {', '.join(missing[:10])}")
            rows = [found[b] for b in wanted]
        elif barcode_range is not None:
            low, high = (normalize_scan(x) for x in barcode_range)
            if not low or not high or low > high:
                raise InvalidInput(f"The barcode range {barcode_range[0]}-{barcode_range[1]} is empty; "
                                   "give the lower barcode first", field="range")
            cond = (Copy.barcode >= low) & (Copy.barcode <= high)
            if len(low) == len(high):
                cond &= func.length(Copy.barcode) == len(low)
            rows = list(s.execute(_capped(stmt.where(cond).order_by(Copy.barcode))))
        elif search is not None:
            if not hasattr(target, "search"):
                raise InvalidInput("A search needs the services, not only the library")
            ids = list(target.search.books(search).ids)
            for part in chunks(ids):
                rows += s.execute(stmt.where(Copy.book_id.in_(part)).order_by(Copy.barcode)).all()
                if len(rows) > MAX_ITEMS:
                    break
            order = {book_id: i for i, book_id in enumerate(ids)}
            rows = sorted(rows, key=lambda r: (order[r[4]], r[0]))
        else:
            start = _since_utc(lib, since)
            rows = list(s.execute(_capped(stmt.where(Copy.created_at >= start).order_by(Copy.barcode))))
    if not rows:
        raise NotFound("No copies match; there is nothing to print")
    _at_most(rows, "copies")
    return [SpineLabel(barcode, _short(title), call or book_call) for barcode, title, call, book_call, _book in rows]


def _capped(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return stmt.limit(MAX_ITEMS + 1)


def _at_most(rows: list[Any], what: str) -> list[Any]:
    if len(rows) > MAX_ITEMS:
        raise InvalidInput(f"More than {MAX_ITEMS:,} {what} match; choose fewer at a time")
    return rows


def _printable(codes: list[str]) -> None:
    """Code 128 carries printable ASCII only: say which number cannot be printed."""
    for code in codes:
        try:
            code128_values(code)
        except ValueError as exc:
            raise InvalidInput(f"Cannot print a barcode for {code}: {exc}") from None


def choose_members(target: Library | HasLibrary, *, cards: list[str] | None = None, category: str | None = None,
                   everyone: bool = False) -> list[MemberCard]:
    """Cards for the chosen members (exactly one way); library name from the settings."""
    lib = _lib(target)
    if sum([cards is not None, category is not None, everyone]) != 1:
        raise InvalidInput("Choose the members one way: card numbers, a category, or everyone")
    stmt = select(Member.first_name, Member.last_name, Member.card_number, Member.expires)
    with lib.read() as s:
        library_name = str(lib.setting(s, "library_name"))
        if cards is not None:
            wanted = list(dict.fromkeys(normalize_scan(c) for c in cards if c.strip()))
            found: dict[str, Any] = {}
            for part in chunks(wanted):
                found.update((r[2], r) for r in s.execute(stmt.where(Member.card_number.in_(part))))
            missing = [c for c in wanted if c not in found]
            if missing:
                raise NotFound(f"No member has the card number {', '.join(missing[:10])}")
            rows = [found[c] for c in wanted]
        else:
            if category is not None:
                cat = s.scalar(select(MemberCategory.id).where(
                    or_(func.lower(MemberCategory.code) == category.lower(),
                        func.lower(MemberCategory.name) == category.lower())))
                if cat is None:
                    known = ", ".join(s.scalars(select(MemberCategory.code)))
                    raise InvalidInput(f"Unknown member category {category!r} (known: {known})", field="category")
                stmt = stmt.where(Member.category_id == cat)
            rows = list(s.execute(stmt.order_by(Member.name_sort, Member.id).limit(MAX_ITEMS + 1)))
    if not rows:
        raise NotFound("No members match; there is nothing to print")
    _at_most(rows, "members")
    return [MemberCard(f"{first} {last}".strip(), card, library_name, expires)
            for first, last, card, expires in rows]


def print_labels(target: Library | HasLibrary, actor: Actor, path: str | os.PathLike[str], labels: list[SpineLabel], *,
                 sheet: str = "A4-3x8", skip: int = 0) -> PrintResult:
    """Write the PDF of ``labels`` on label sheet ``sheet`` (a name of ``formats.labels.SHEETS``),
    leaving the first ``skip`` positions empty."""
    require(actor, Role.DESK, "print labels")
    if sheet not in SHEETS:
        raise InvalidInput(f"Unknown label sheet {sheet!r}; known: {', '.join(SHEETS)}", field="sheet")
    per_page = SHEETS[sheet].per_page
    if not 0 <= skip < per_page:
        raise InvalidInput(f"Skip must be between 0 and {per_page - 1} on a {sheet} sheet", field="skip")
    _printable([label.barcode for label in labels])
    pages = draw_labels(path, labels, sheet=SHEETS[sheet], skip=skip)
    return PrintResult(os.fspath(path), len(labels), pages)


def print_cards(target: Library | HasLibrary, actor: Actor, path: str | os.PathLike[str], cards: list[MemberCard], *,
                sheet: str = "A4-CR80-2x5", skip: int = 0) -> PrintResult:
    """Write the PDF of member ``cards`` (a name of ``formats.labels.CARD_SHEETS``)."""
    require(actor, Role.DESK, "print member cards")
    if sheet not in CARD_SHEETS:
        raise InvalidInput(f"Unknown card sheet {sheet!r}; known: {', '.join(CARD_SHEETS)}", field="sheet")
    per_page = CARD_SHEETS[sheet].per_page
    if not 0 <= skip < per_page:
        raise InvalidInput(f"Skip must be between 0 and {per_page - 1} on a {sheet} sheet", field="skip")
    _printable([card.card_number for card in cards])
    pages = draw_member_cards(path, cards, sheet=CARD_SHEETS[sheet], skip=skip)
    return PrintResult(os.fspath(path), len(cards), pages)
