"""DDL of the full-text indexes (SQLite FTS5, external content) and the triggers that keep
them in step. The UPDATE triggers name their columns, so a change to anything else (a
version bump, a status) never rewrites the index."""

from __future__ import annotations

#: The columns of the first index (migration 0001 builds it with these: it must not change).
BOOK_FTS_COLUMNS_0001 = ("title", "subtitle", "author_names", "series", "subjects", "isbn_search")
#: Today's (migration 0010 adds ``search_extra``: publisher, number in series, call number and
#: the folded spelling of words with ø, æ, œ, ß...).
BOOK_FTS_COLUMNS = (*BOOK_FTS_COLUMNS_0001, "search_extra")
MEMBER_FTS_COLUMNS = ("first_name", "last_name", "card_number", "email", "phone")

SEARCH_TABLES = ("book_fts", "member_fts")
#: Indexes on expressions that differ by dialect, made by the migrations and not by the models:
#: a call number found by its start (COLLATE NOCASE on SQLite, lower() on PostgreSQL).
EXPRESSION_INDEXES = ("ix_copies_call_number",)
_FTS_SHADOW_SUFFIXES = ("", "_data", "_idx", "_docsize", "_config", "_content")


def is_search_object(name: str) -> bool:
    """True for the FTS tables and their shadow tables (not part of the ORM models)."""
    return any(name == base + suffix for base in SEARCH_TABLES for suffix in _FTS_SHADOW_SUFFIXES)


def _fts_ddl(fts: str, table: str, columns: tuple[str, ...], prefix: str) -> list[str]:
    cols = ", ".join(columns)
    new_vals = ", ".join(f"new.{c}" for c in columns)
    old_vals = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_vals}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_vals}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_vals}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_vals}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def create_statements(book_columns: tuple[str, ...] = BOOK_FTS_COLUMNS) -> list[str]:
    return _fts_ddl("book_fts", "books", book_columns, "2 3") + _fts_ddl(
        "member_fts", "members", MEMBER_FTS_COLUMNS, "2"
    )


def book_statements(book_columns: tuple[str, ...]) -> list[str]:
    """Drop the book index and build it again over ``book_columns`` (a migration's change)."""
    drops = [f"DROP TRIGGER IF EXISTS book_fts_{s}" for s in ("ai", "ad", "au")] + ["DROP TABLE IF EXISTS book_fts"]
    return drops + _fts_ddl("book_fts", "books", book_columns, "2 3")


def drop_statements() -> list[str]:
    out: list[str] = []
    for fts in SEARCH_TABLES:
        out += [f"DROP TRIGGER IF EXISTS {fts}_{s}" for s in ("ai", "ad", "au")]
        out.append(f"DROP TABLE IF EXISTS {fts}")
    return out
