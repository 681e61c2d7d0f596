"""Catalog and member search on PostgreSQL (the server's database), the counterpart of the
SQLite FTS5 search in ``search.py`` with the same contract: ``search_books`` returns a
``BookHits`` (small result sets ranked, large ones listed in title order and capped) and
``search_members`` a list of ids, best first.

It uses PostgreSQL's text search with the ``simple`` configuration (no stemming, no stop
words: names and titles in any language) over expression GIN indexes created by migration
0002. Each word typed must match a word of the record; the last one as a prefix. Unlike the
desk, accents are not folded ("cafe" does not find "café"), because ``unaccent`` needs an
extension the server's database user may not be allowed to create.
"""

from __future__ import annotations

from array import array

from sqlalchemy import Connection, text

from .search import LIST_CAP, MIN_LAST_TOKEN, RANK_LIMIT, BookHits, books_by_isbn, members_by_card, search_words

# The indexed expressions: the queries below must repeat them exactly so the planner uses
# the indexes (migration 0002 creates them from these strings).
BOOK_DOCUMENT = (
    "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('simple', coalesce(author_names, '')), 'A') || "
    "setweight(to_tsvector('simple', coalesce(subtitle, '') || ' ' || coalesce(series, '')), 'B') || "
    "setweight(to_tsvector('simple', coalesce(subjects, '') || ' ' || coalesce(isbn_search, '')), 'C')"
)
MEMBER_DOCUMENT = (
    "to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
    "coalesce(card_number, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))"
)
INDEX_STATEMENTS = (
    f"CREATE INDEX IF NOT EXISTS ix_books_search_pg ON books USING gin (({BOOK_DOCUMENT}))",
    f"CREATE INDEX IF NOT EXISTS ix_members_search_pg ON members USING gin (({MEMBER_DOCUMENT}))",
)
DROP_STATEMENTS = ("DROP INDEX IF EXISTS ix_books_search_pg", "DROP INDEX IF EXISTS ix_members_search_pg")


def ts_query(query: str, *, min_last: int = MIN_LAST_TOKEN) -> str | None:
    """A ``to_tsquery('simple', ...)`` text for what a person typed, or None when there is
    nothing to search yet. Words are lower-cased and reduced to letters and digits, so no
    tsquery syntax typed by a person can reach the parser."""
    words = search_words(query, min_last=min_last, form=str.lower)
    if not words:
        return None
    return " & ".join([*words[:-1], f"{words[-1]}:*"])


def search_books(conn: Connection, query: str) -> BookHits:
    """Book ids matching ``query``: by ISBN when it is one, else by words (see module doc)."""
    by_isbn = books_by_isbn(conn, query)
    if by_isbn is not None:
        return by_isbn
    match = ts_query(query)
    if match is None:
        return BookHits(array("q"), 0, False, False)
    where = f"({BOOK_DOCUMENT}) @@ to_tsquery('simple', :m)"
    count = conn.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM books WHERE {where} LIMIT :cap) AS hit"),
                         {"m": match, "cap": RANK_LIMIT + 1}).scalar_one()
    if count <= RANK_LIMIT:
        rows = conn.execute(text(
            f"SELECT id FROM books WHERE {where} "
            f"ORDER BY ts_rank({BOOK_DOCUMENT}, to_tsquery('simple', :m)) DESC, id"), {"m": match}).scalars()
        return BookHits(array("q", rows), count, True, False)
    rows = conn.execute(text(
        f"SELECT id FROM (SELECT id, title_sort FROM books WHERE {where} LIMIT :cap) AS hit "
        "ORDER BY title_sort, id"), {"m": match, "cap": LIST_CAP}).scalars()
    return BookHits(array("q", rows), LIST_CAP + 1, False, True)


def search_members(conn: Connection, query: str, *, limit: int = 500) -> list[int]:
    """Member ids whose name, card number, email or phone match, best first."""
    exact = members_by_card(conn, query)
    if exact is not None:
        return exact
    match = ts_query(query, min_last=1)
    if match is None:
        return []
    rows = conn.execute(text(
        f"SELECT id FROM members WHERE ({MEMBER_DOCUMENT}) @@ to_tsquery('simple', :m) "
        f"ORDER BY ts_rank({MEMBER_DOCUMENT}, to_tsquery('simple', :m)) DESC, name_sort, id LIMIT :n"),
        {"m": match, "n": limit})
    return list(rows.scalars())


def filter_ids(conn: Connection, ids: array, where: str, params: dict[str, object]) -> set[int]:
    """Which of ``ids`` satisfy the SQL condition ``where`` (the desk's filter clause)."""
    rows = conn.execute(text(f"SELECT id FROM books WHERE {where} AND id = ANY(:ids)"), {**params, "ids": list(ids)})
    return set(rows.scalars())
