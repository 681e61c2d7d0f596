"""sync: registered desks, applied operations, change feed with its counter, row versions,
orphan returns and sync exceptions; the feed is filled with the rows that already exist

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa

import desktop_app.db.base
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_UTC = desktop_app.db.base.UTCDateTime

# Replicated tables and their entity names in the feed, parents before children.
FEED_TABLES = (("member_categories", "category"), ("staff_users", "staff"), ("authors", "author"),
               ("books", "book"), ("copies", "copy"), ("members", "member"), ("loans", "loan"),
               ("holds", "hold"), ("fees", "fee"))


def upgrade() -> None:
    op.create_table(
        "sync_devices",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("desk_name", sa.String(100), nullable=False),
        sa.Column("desk_code", sa.String(2), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("registered_at", _UTC(), nullable=False),
        sa.Column("last_seen_at", _UTC(), nullable=True),
        sa.Column("replaces", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_sync_devices")),
        sa.UniqueConstraint("desk_code", name=op.f("uq_sync_devices_desk_code")),
    )
    op.create_table(
        "sync_applied_ops",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("applied_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["sync_devices.client_id"],
                                name=op.f("fk_sync_applied_ops_client_id_sync_devices")),
        sa.PrimaryKeyConstraint("client_id", "seq", name=op.f("pk_sync_applied_ops")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_applied_ops_op_id")),
    )
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("purged_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_feed",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", _UTC(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_feed")),
        sa.UniqueConstraint("seq", name=op.f("uq_sync_feed_seq")),
    )
    op.create_table(
        "sync_row_versions",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", "version", name=op.f("pk_sync_row_versions")),
    )
    op.create_table(
        "sync_orphan_returns",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("copy_uuid", sa.String(36), nullable=False),
        sa.Column("returned_at", _UTC(), nullable=False),
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("used_by_loan", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_orphan_returns")),
    )
    op.create_index(op.f("ix_sync_orphan_returns_copy_uuid"), "sync_orphan_returns", ["copy_uuid"])
    op.create_table(
        "sync_exceptions",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("created_at", _UTC(), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("desk_name", sa.String(100), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("op_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("resolution", sa.String(40), nullable=True),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.Column("resolved_at", _UTC(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exceptions")),
        sa.UniqueConstraint("op_id", "code", name="uq_sync_exceptions_op_code"),
    )
    op.create_index("ix_sync_exceptions_status_id", "sync_exceptions", ["status", "id"])
    _fill_feed()


def _fill_feed() -> None:
    """Every row that exists before sync starts enters the feed once, parents first."""
    bind = op.get_bind()
    total = 0
    for table, entity in FEED_TABLES:
        rows = bind.execute(sa.text(f"SELECT uuid, version FROM {table} ORDER BY id")).all()
        if rows:
            bind.execute(sa.text(
                "INSERT INTO sync_feed (uuid, entity, seq, op, version, changed_at) "
                "VALUES (:uuid, :entity, :seq, 'put', :version, CURRENT_TIMESTAMP)"),
                [{"uuid": u, "entity": entity, "seq": total + i + 1, "version": v} for i, (u, v) in enumerate(rows)])
            total += len(rows)
    bind.execute(sa.text("INSERT INTO sync_counter (id, value, purged_seq) VALUES (1, :v, 0)"), {"v": total})


def downgrade() -> None:
    op.drop_index("ix_sync_exceptions_status_id", table_name="sync_exceptions")
    op.drop_table("sync_exceptions")
    op.drop_index(op.f("ix_sync_orphan_returns_copy_uuid"), table_name="sync_orphan_returns")
    op.drop_table("sync_orphan_returns")
    op.drop_table("sync_row_versions")
    op.drop_table("sync_feed")
    op.drop_table("sync_counter")
    op.drop_table("sync_applied_ops")
    op.drop_table("sync_devices")
