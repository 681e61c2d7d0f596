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

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TOKENS = 12
MAX_TOKEN_LEN = 40
MIN_LAST_TOKEN = 2
RANK_LIMIT = 1000  # rank when at most this many match
LIST_CAP = 1000  # otherwise list this many, in title order
# title, subtitle, author_names, series, subjects, isbn_search
BM25_WEIGHTS = "10.0, 4.0, 8.0, 3.0, 2.0, 1.0"


@dataclass(frozen=True)
class BookHits:
    ids: array  # array('q') of book ids, in display order
    total: int  # number of matches, or LIST_CAP + 1 when there are more
    ranked: bool
    capped: bool


def _search_form(text: str) -> str:
    """Lower case without accents. Not ``fold``: its ``casefold`` turns 'ß' into 'ss', which the
    FTS5 tokenizer never does, so a title with 'ß' could not be found by typing it."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(query: str, *, form: Callable[[str], str] = _search_form) -> list[str]:
    """The words of ``query`` (letters and digits only) in ``form``, bounded in number and length."""
    found = TOKEN.findall(form(query[:2000]))
    return [t[:MAX_TOKEN_LEN] for t in found[:MAX_TOKENS]]


def search_words(query: str, *, min_last: int = MIN_LAST_TOKEN,
                 form: Callable[[str], str] = _search_form) -> list[str]:
    """The words to search for; the last one (a prefix) is dropped while shorter than
    ``min_last``. Empty: nothing to search yet. Shared by the SQLite and PostgreSQL searches."""
    toks = tokens(query, form=form)
    if toks and len(toks[-1]) < min_last:
        toks = toks[:-1] if len(toks) > 1 else []
    return toks


def fts_query(query: str, *, min_last: int = MIN_LAST_TOKEN) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when there is nothing to
    search yet (no tokens, or only one shorter than ``min_last`` characters)."""
    toks = search_words(query, min_last=min_last)
    if not toks:
        return None
    parts = [f'"{t}"' for t in toks[:-1]] + [f'"{toks[-1]}"*']
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


def members_by_card(conn: Connection, query: str) -> list[int] | None:
    """The member whose card number the query is exactly, or None."""
    compact = query.strip().upper()
    if not compact or not re.fullmatch(r"[A-Z0-9-]{3,64}", compact):
        return None
    exact = conn.execute(text("SELECT id FROM members WHERE card_number = :c"), {"c": compact}).scalars().all()
    return list(exact) or None


def search_books(conn: Connection, query: str) -> BookHits:
    """Book ids matching ``query`` (see the module doc for the ordering)."""
    by_isbn = books_by_isbn(conn, query)
    if by_isbn is not None:
        return by_isbn
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
