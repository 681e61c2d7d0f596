"""search finds what a librarian types: publisher, number in series, call numbers, and words
with ø, æ, œ, ß by their spelling without them (books.search_extra, in the FTS index on the desk,
folded in the PostgreSQL index on the server); an index on copies' call numbers

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from desktop_app.db import search_pg, search_schema
from desktop_app.domain.text import LETTER_FOLDS, search_extra

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_SPECIAL = "".join(sorted({*LETTER_FOLDS, *(letter.upper() for letter in LETTER_FOLDS)}))
_TEXTS = ("title", "subtitle", "author_names", "series", "subjects", "publisher")


def _fill(bind: sa.Connection) -> None:
    """Publisher and call number of every title in SQL; the few titles with a special letter in
    Python (the same ``search_extra`` the program uses)."""
    op.execute("UPDATE books SET search_extra = trim(coalesce(publisher, '') || ' ' || coalesce(call_number, ''))")
    if bind.dialect.name == "sqlite":
        glob = " OR ".join(f"{column} GLOB '*[{_SPECIAL}]*'" for column in _TEXTS)
    else:
        glob = " OR ".join(f"{column} ~ '[{_SPECIAL}]'" for column in _TEXTS)
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(_TEXTS)}, series_number, call_number FROM books "
                                f"WHERE {glob}")).all()
    if rows:
        bind.execute(sa.text("UPDATE books SET search_extra = :extra WHERE id = :id"), [
            {"id": r[0], "extra": search_extra(title=r[1], subtitle=r[2], author_names=r[3], series=r[4],
                                               subjects=r[5], publisher=r[6], series_number=r[7],
                                               call_number=r[8])} for r in rows])


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("books", sa.Column("search_extra", sa.Text(), nullable=False, server_default=""))
    _fill(bind)
    if bind.dialect.name == "sqlite":
        op.create_index("ix_copies_call_number", "copies", [sa.text("call_number COLLATE NOCASE")])
        for statement in search_schema.book_statements(search_schema.BOOK_FTS_COLUMNS):
            op.execute(statement)
    else:
        op.execute("CREATE INDEX IF NOT EXISTS ix_copies_call_number ON copies (lower(call_number) text_pattern_ops)")
        op.execute(search_pg.DROP_BOOK_INDEX)
        op.execute(search_pg.BOOK_INDEX)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_copies_call_number", "copies")
    if bind.dialect.name == "sqlite":
        for statement in search_schema.book_statements(search_schema.BOOK_FTS_COLUMNS_0001):
            op.execute(statement)
    else:
        op.execute(search_pg.DROP_BOOK_INDEX)
        op.execute(search_pg.BOOK_INDEX_0002)
    op.drop_column("books", "search_extra")
