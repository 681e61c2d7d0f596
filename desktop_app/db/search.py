"""Catalog and member search over SQLite FTS5, and keyset browsing.

Adaptive, as measured in PERFORMANCE.md: matches are counted with a cap; a small set is
ranked by bm25, a large one is listed without ranking (in title order, capped), because
ranking costs about 2 us per matching row and LIMIT does not cut it short.
Whatever a person types is reduced to word tokens, each quoted, so FTS syntax (quotes, `*`,
`-`, `NEAR(`, `OR`) is searched as text and never raises.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from stdnum import isbn as stdnum_isbn

from ..domain.text import MAX_SCAN_LENGTH, fold_letters, normalize_scan

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TOKENS = 12
MAX_TOKEN_LEN = 40
MIN_LAST_TOKEN = 2
RANK_LIMIT = 1000  # rank when at most this many match
LIST_CAP = 1000  # otherwise list this many, in title order
# title, subtitle, author_names, series, subjects, isbn_search, search_extra (publisher, number in
# series, call number, and the folded spelling of words with ø, æ, œ, ß: weighted as a title word)
BM25_WEIGHTS = "10.0, 4.0, 8.0, 3.0, 2.0, 1.0, 6.0"
CALL_NUMBER_CAP = 200  # titles found by the start of a copy's call number, listed first


@dataclass(frozen=True)
class BookHits:
    ids: array  # array('q') of book ids, in display order
    total: int  # number of matches, or LIST_CAP + 1 when there are more
    ranked: bool
    capped: bool


def _search_form(text: str) -> str:
    """Lower case without accents, ø, æ, œ, ß... spelled out (``fold_letters``): the index holds
    that spelling of such words in ``search_extra`` beside the words as written."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return fold_letters("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def tokens(query: str, *, form: Callable[[str], str] = _search_form) -> list[str]:
    """The words of ``query`` (letters and digits only) in ``form``, bounded in number and length."""
    found = TOKEN.findall(form(query[:2000]))
    return [t[:MAX_TOKEN_LEN] for t in found[:MAX_TOKENS]]


def search_words(query: str, *, min_last: int = MIN_LAST_TOKEN,
                 form: Callable[[str], str] = _search_form) -> list[str]:
    """The words to search for; the last one (a prefix) is dropped while shorter than
    ``min_last``. Empty: nothing to search yet. Shared by the SQLite and PostgreSQL searches."""
    return split_words(query, min_last=min_last, form=form)[0]


def split_words(query: str, *, min_last: int = MIN_LAST_TOKEN,
                form: Callable[[str], str] = _search_form) -> tuple[list[str], bool]:
    """``search_words`` and whether the last word is a prefix. A short number after other words
    ("discworld 8") is kept as a whole word: a series number, found without the slow path of a
    one-character prefix."""
    toks = tokens(query, form=form)
    prefix = True
    if toks and len(toks[-1]) < min_last:
        if len(toks) > 1 and toks[-1].isdigit():
            prefix = False
        else:
            toks = toks[:-1]
    # A single letter between other words is an initial or an elided article ("o'brien",
    # "l'amour", "j. k. rowling"): as a whole word it is in a large part of the catalog and
    # costs the longest reads of the index for nothing it narrows. It is left out; a query of
    # single letters only waits for more typing, like one letter alone (where one letter is
    # already a search, min_last 1 for members, letters stay).
    words = [t for t in toks if len(t) > 1 or t.isdigit() or min_last <= 1]
    if len(words) < len(toks):
        if not words:
            return [], True
        toks = words
    return toks, prefix


def fts_query(query: str, *, min_last: int = MIN_LAST_TOKEN) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when there is nothing to
    search yet (no tokens, or only one shorter than ``min_last`` characters)."""
    toks, prefix = split_words(query, min_last=min_last)
    if not toks:
        return None
    parts = [f'"{t}"' for t in toks[:-1]] + [f'"{toks[-1]}"' + ("*" if prefix else "")]
    return " ".join(parts)


def isbn_key(query: str) -> str | None:
    """ISBN-13 of the query if it is an ISBN in any form (hyphens, spaces, ISBN-10, EAN)."""
    compact = re.sub(r"[\s-]", "", query.strip())
    if not re.fullmatch(r"\d{9}[\dXx]|\d{13}", compact):
        return None
    if not stdnum_isbn.is_valid(compact):
        return None
    return stdnum_isbn.to_isbn13(compact).replace("-", "")


def books_by_isbn(conn: Connection, query: str) -> BookHits | None:
    """The books whose ISBN the query is (in any form), or None if it is not one of ours."""
    key = isbn_key(query)
    if key is None:
        return None
    ids = array("q", conn.execute(text("SELECT id FROM books WHERE isbn13 = :k ORDER BY id"), {"k": key}).scalars())
    return BookHits(ids, len(ids), True, False) if ids else None


def books_by_barcode(conn: Connection, query: str) -> BookHits | None:
    """The book of the copy whose barcode the query is exactly (as scanned), or None."""
    code = normalize_scan(query)
    if not code or len(code) > MAX_SCAN_LENGTH or not re.fullmatch(r"[A-Z0-9./-]+", code):
        return None
    ids = array("q", conn.execute(text("SELECT book_id FROM copies WHERE barcode = :c"), {"c": code}).scalars())
    return BookHits(ids, 1, True, False) if ids else None


def call_number_prefix(query: str) -> str | None:
    """The start of a call number the query may be ("823.91", "FIC ADA", "QA76"): it holds a digit
    or is a short word in capitals followed by more; None otherwise."""
    typed = " ".join(query.split()).upper()
    if len(typed) < 2 or len(typed) > 100 or not re.search(r"\d", typed):
        return None
    return typed


def books_by_call_number(conn: Connection, query: str) -> list[int]:
    """Titles with a copy whose call number starts with the query, in call number order."""
    prefix = call_number_prefix(query)
    if prefix is None:
        return []
    if conn.dialect.name == "postgresql":
        like = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = ("SELECT book_id FROM copies WHERE lower(call_number) LIKE :p "
               "ORDER BY lower(call_number), book_id LIMIT :n")
        params: dict[str, object] = {"p": like, "n": CALL_NUMBER_CAP * 4}
    else:
        sql = ("SELECT book_id FROM copies WHERE call_number COLLATE NOCASE >= :lo "
               "AND call_number COLLATE NOCASE < :hi ORDER BY call_number COLLATE NOCASE, book_id LIMIT :n")
        params = {"lo": prefix, "hi": prefix + "\U0010ffff", "n": CALL_NUMBER_CAP * 4}
    found: dict[int, None] = {}
    for book_id in conn.execute(text(sql), params).scalars():
        found.setdefault(book_id)
        if len(found) >= CALL_NUMBER_CAP:
            break
    return list(found)


def with_call_numbers(conn: Connection, query: str, hits: BookHits) -> BookHits:
    """``hits`` with the titles found by call number first (each title once)."""
    first = books_by_call_number(conn, query)
    if not first:
        return hits
    seen = set(first)
    ids = array("q", first)
    ids.extend(i for i in hits.ids if i not in seen)
    total = hits.total if hits.capped else len(ids)
    return BookHits(ids, total, hits.ranked, hits.capped)


def members_by_card(conn: Connection, query: str) -> list[int] | None:
    """The member whose card number the query is exactly, or None."""
    compact = query.strip().upper()
    if not compact or not re.fullmatch(r"[A-Z0-9-]{3,64}", compact):
        return None
    exact = conn.execute(text("SELECT id FROM members WHERE card_number = :c"), {"c": compact}).scalars().all()
    return list(exact) or None


def search_books(conn: Connection, query: str) -> BookHits:
    """Book ids matching ``query`` (see the module doc for the ordering): an ISBN or a copy's
    barcode finds its title alone; titles whose copies' call numbers start with the query come
    first, then the words' matches."""
    by_isbn = books_by_isbn(conn, query) or books_by_barcode(conn, query)
    if by_isbn is not None:
        return by_isbn
    return with_call_numbers(conn, query, _by_words(conn, query))


def _by_words(conn: Connection, query: str) -> BookHits:
    match = fts_query(query)
    if match is None:
        return BookHits(array("q"), 0, False, False)
    count = conn.execute(text(
        "SELECT count(*) FROM (SELECT 1 FROM book_fts WHERE book_fts MATCH :m LIMIT :cap)"),
        {"m": match, "cap": RANK_LIMIT + 1}).scalar_one()
    if count <= RANK_LIMIT:
        rows = conn.execute(text(
            f"SELECT rowid FROM book_fts WHERE book_fts MATCH :m ORDER BY bm25(book_fts, {BM25_WEIGHTS}), rowid"),
            {"m": match}).scalars()
        return BookHits(array("q", rows), count, True, False)
    rows = conn.execute(text(
        "SELECT b.id FROM (SELECT rowid AS id FROM book_fts WHERE book_fts MATCH :m LIMIT :cap) AS hit "
        "JOIN books b ON b.id = hit.id ORDER BY b.title_sort, b.id"), {"m": match, "cap": LIST_CAP}).scalars()
    return BookHits(array("q", rows), LIST_CAP + 1, False, True)


SORTS = {
    "title": "title_sort",
    "author": "author_sort",
    "year": "year",
    "added": "created_at",
}


def browse_ids(conn: Connection, *, sort: str = "title", descending: bool = False) -> array:
    """Every book id in the given order (about 8 MB for a million titles)."""
    column = SORTS[sort]
    direction = "DESC" if descending else "ASC"
    rows = conn.execute(text(f"SELECT id FROM books ORDER BY {column} {direction}, id {direction}")).scalars()
    return array("q", rows)


def browse_page(conn: Connection, *, sort: str = "title", after: tuple[object, int] | None = None,
                limit: int = 50) -> list[tuple[object, int]]:
    """A page of ``(sort value, id)`` after the keyset ``after``; costs the same at any depth."""
    column = SORTS[sort]
    if after is None:
        sql = f"SELECT {column}, id FROM books ORDER BY {column}, id LIMIT :n"
        params: dict[str, object] = {"n": limit}
    elif after[0] is None:
        sql = (f"SELECT {column}, id FROM books WHERE ({column} IS NULL AND id > :i) OR {column} IS NOT NULL "
               f"ORDER BY {column}, id LIMIT :n")
        params = {"i": after[1], "n": limit}
    else:
        sql = f"SELECT {column}, id FROM books WHERE ({column}, id) > (:v, :i) ORDER BY {column}, id LIMIT :n"
        params = {"v": after[0], "i": after[1], "n": limit}
    return [(r[0], r[1]) for r in conn.execute(text(sql), params)]


def search_members(conn: Connection, query: str, *, limit: int = 500) -> list[int]:
    """Member ids whose name, card number, email or phone match, best first."""
    exact = members_by_card(conn, query)
    if exact is not None:
        return exact
    match = fts_query(query, min_last=1)
    if match is None:
        return []
    rows = conn.execute(text(
        "SELECT rowid FROM member_fts WHERE member_fts MATCH :m ORDER BY rank LIMIT :n"), {"m": match, "n": limit})
    return list(rows.scalars())


def check_index(conn: Connection) -> list[str]:
    """Problems with the search indexes (empty list: healthy)."""
    problems = []
    for fts in ("book_fts", "member_fts"):
        try:
            conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
        except Exception as exc:  # noqa: BLE001 - sqlite3.DatabaseError wrapped by SQLAlchemy
            problems.append(f"search index {fts} is out of step with its table: {exc}")
    return problems
