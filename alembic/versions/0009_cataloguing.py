"""cataloguing: whole MARC records and covers beside their titles, series numbers, extent and
links of a title, ISBNs queued for look-up, and stock-takes with their scans

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from desktop_app.db.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Adding nullable columns is instant in SQLite (no table rebuild, even at a million titles).
    op.add_column("books", sa.Column("series_number", sa.String(30), nullable=True))
    op.add_column("books", sa.Column("extent", sa.String(300), nullable=True))
    op.add_column("books", sa.Column("links", sa.Text(), nullable=True))
    op.create_table(
        "book_records",
        sa.Column("book_id", _BIG, sa.ForeignKey("books.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("control_number", sa.String(80), nullable=True),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_book_records_control_number", "book_records", ["control_number"])
    op.create_table(
        "book_covers",
        sa.Column("book_id", _BIG, sa.ForeignKey("books.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("mime", sa.String(20), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(300), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "lookup_requests",
        sa.Column("id", _BIG, primary_key=True, autoincrement=True),
        sa.Column("isbn", sa.String(13), nullable=False, unique=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
        sa.Column("queued_by", sa.String(100), nullable=True),
        sa.Column("tried_at", UTCDateTime(), nullable=True),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("book_id", _BIG, sa.ForeignKey("books.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_table(
        "stocktakes",
        sa.Column("id", _BIG, primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("location", sa.String(100), nullable=True),
        sa.Column("call_from", sa.String(100), nullable=True),
        sa.Column("call_to", sa.String(100), nullable=True),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("started_by", sa.String(100), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "stocktake_scans",
        sa.Column("id", _BIG, primary_key=True, autoincrement=True),
        sa.Column("stocktake_id", _BIG, sa.ForeignKey("stocktakes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("barcode", sa.String(64), nullable=False),
        sa.Column("copy_id", _BIG, sa.ForeignKey("copies.id", ondelete="SET NULL"), nullable=True),
        sa.Column("scanned_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.UniqueConstraint("stocktake_id", "barcode"),
    )
    op.create_index("ix_stocktake_scans_stocktake_id", "stocktake_scans", ["stocktake_id"])


def downgrade() -> None:
    """The older program knows no reference or in-repair copies: they go back to damaged."""
    op.execute("UPDATE copies SET status = 'damaged' WHERE status IN ('not_for_loan', 'in_repair')")
    op.drop_table("stocktake_scans")
    op.drop_table("stocktakes")
    op.drop_table("lookup_requests")
    op.drop_table("book_covers")
    op.drop_table("book_records")
    for column in ("links", "extent", "series_number"):  # SQLite 3.35+ drops a column in place
        op.drop_column("books", column)
