"""server auth: login sessions, hashed refresh tokens, login rate-limit counters; search indexes on PostgreSQL

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa

import desktop_app.db.base
from alembic import op
from desktop_app.db import search_pg

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("staff_id", _ID, nullable=True),
        sa.Column("member_id", _ID, nullable=True),
        sa.Column("device", sa.String(length=200), nullable=True),
        sa.Column("created_at", desktop_app.db.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", desktop_app.db.base.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", desktop_app.db.base.UTCDateTime(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_users.id"], name=op.f("fk_auth_sessions_staff_id_staff_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_auth_sessions_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
    )
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_sessions_subject"), ["subject"], unique=False)

    op.create_table(
        "refresh_tokens",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", desktop_app.db.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", desktop_app.db.base.UTCDateTime(), nullable=False),
        sa.Column("used_at", desktop_app.db.base.UTCDateTime(), nullable=True),
        sa.Column("replaced_by_id", _ID, nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["auth_sessions.id"],
                                name=op.f("fk_refresh_tokens_session_id_auth_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_tokens_token_hash")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_tokens_session_id"), ["session_id"], unique=False)

    op.create_table(
        "rate_buckets",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", desktop_app.db.base.UTCDateTime(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_buckets")),
    )
    with op.batch_alter_table("rate_buckets", schema=None) as batch_op:
        batch_op.create_index("ix_rate_buckets_window", ["window_start"], unique=False)

    if op.get_bind().dialect.name == "postgresql":  # the desk's SQLite has FTS5 instead
        for statement in search_pg.INDEX_STATEMENTS_0002:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_pg.DROP_STATEMENTS:
            op.execute(statement)
    with op.batch_alter_table("rate_buckets", schema=None) as batch_op:
        batch_op.drop_index("ix_rate_buckets_window")
    op.drop_table("rate_buckets")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_session_id"))
    op.drop_table("refresh_tokens")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_sessions_subject"))
    op.drop_table("auth_sessions")
