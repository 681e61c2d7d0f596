"""Catalog and member search on PostgreSQL (the server's database), the counterpart of the
SQLite FTS5 search in ``search.py`` with the same contract: ``search_books`` returns a
``BookHits`` (small result sets ranked, large ones listed in title order and capped) and
``search_members`` a list of ids, best first.

It uses PostgreSQL's text search with the ``simple`` configuration (no stemming, no stop
words: names and titles in any language) over expression GIN indexes (migrations 0002 and
0010). Each word typed must match a word of the record; the last one as a prefix. Accents and
ø, æ, œ, ß are folded on both sides as on the desk ("cafe" finds "café", "soren" "Søren").
"""

from __future__ import annotations

from array import array

from sqlalchemy import Connection, text

from .search import (
    LIST_CAP,
    MIN_LAST_TOKEN,
    RANK_LIMIT,
    BookHits,
    books_by_barcode,
    books_by_isbn,
    members_by_card,
    split_words,
    with_call_numbers,
)

# Accents and the letters of ``domain.text.LETTER_FOLDS`` are folded inside the indexed
# expression with translate() and replace() (immutable, no extension needed: ``unaccent`` may
# not be allowed to the server's database user), and the typed words by ``pg_form`` with the very
# same table, so "soren", "søren" and "Sören" find each other as on the desk. Upper-case letters
# are in the table too: lower() knows only ASCII under the C locale.
ACCENTED = ("ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭ"
            "ĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ" "øØđĐðÐłŁıħĦŧŦĸŋŊ")
PLAIN = ("aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiii"
         "jjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs" "ooddddllihhttknn")
SPELLED = (("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("ß", "ss"), ("ẞ", "ss"), ("þ", "th"), ("Þ", "th"))
_TABLE = str.maketrans({**dict(zip(ACCENTED, PLAIN, strict=True)), **dict(SPELLED)})


def pg_form(typed: str) -> str:
    """What a person typed, folded as ``folded_sql`` folds the catalogue."""
    return typed.lower().translate(_TABLE)


def folded_sql(expression: str) -> str:
    """``expression`` lower-cased with accents and special letters folded, in SQL."""
    out = f"translate(lower({expression}), '{ACCENTED}', '{PLAIN}')"
    for letter, spelled in SPELLED:
        out = f"replace({out}, '{letter}', '{spelled}')"
    return out


# The indexed expressions: the queries below must repeat them exactly so the planner uses
# the indexes (the migrations create them from these strings).
BOOK_DOCUMENT_0002 = (  # migration 0002's, without folding: kept as it was built
    "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('simple', coalesce(author_names, '')), 'A') || "
    "setweight(to_tsvector('simple', coalesce(subtitle, '') || ' ' || coalesce(series, '')), 'B') || "
    "setweight(to_tsvector('simple', coalesce(subjects, '') || ' ' || coalesce(isbn_search, '')), 'C')"
)
_PARTS = (("coalesce(title, '') || ' ' || coalesce(author_names, '')", "A"),
          ("coalesce(subtitle, '') || ' ' || coalesce(series, '')", "B"),
          ("coalesce(subjects, '') || ' ' || coalesce(isbn_search, '')", "C"),
          ("coalesce(search_extra, '')", "D"))
#: migration 0010's: folded, with the extra search text (publisher, number in series, call number)
BOOK_DOCUMENT = " || ".join(f"setweight(to_tsvector('simple', {folded_sql(part)}), '{weight}')"
                            for part, weight in _PARTS)
MEMBER_DOCUMENT = (
    "to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
    "coalesce(card_number, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))"
)
INDEX_STATEMENTS_0002 = (
    f"CREATE INDEX IF NOT EXISTS ix_books_search_pg ON books USING gin (({BOOK_DOCUMENT_0002}))",
    f"CREATE INDEX IF NOT EXISTS ix_members_search_pg ON members USING gin (({MEMBER_DOCUMENT}))",
)
BOOK_INDEX = f"CREATE INDEX IF NOT EXISTS ix_books_search_pg ON books USING gin (({BOOK_DOCUMENT}))"
BOOK_INDEX_0002 = INDEX_STATEMENTS_0002[0]
DROP_BOOK_INDEX = "DROP INDEX IF EXISTS ix_books_search_pg"
DROP_STATEMENTS = (DROP_BOOK_INDEX, "DROP INDEX IF EXISTS ix_members_search_pg")


def ts_query(query: str, *, min_last: int = MIN_LAST_TOKEN) -> str | None:
    """A ``to_tsquery('simple', ...)`` text for what a person typed, or None when there is
    nothing to search yet. Words are lower-cased and reduced to letters and digits, so no
    tsquery syntax typed by a person can reach the parser."""
    words, prefix = split_words(query, min_last=min_last, form=pg_form)
    if not words:
        return None
    return " & ".join([*words[:-1], f"{words[-1]}:*" if prefix else words[-1]])


def search_books(conn: Connection, query: str) -> BookHits:
    """Book ids matching ``query``: by ISBN or copy barcode when it is one, else titles by the start
    of a call number first, then by words (see module doc)."""
    by_isbn = books_by_isbn(conn, query) or books_by_barcode(conn, query)
    if by_isbn is not None:
        return by_isbn
    return with_call_numbers(conn, query, _by_words(conn, query))


def _by_words(conn: Connection, query: str) -> BookHits:
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
