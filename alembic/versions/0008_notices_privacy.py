"""notices and privacy: the notice log, the schedule of jobs, fees found by their loan, and loans,
holds and fees that can outlive their member (anonymised: ``member_id`` empty, the rest kept for the statistics)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from desktop_app.db.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    for table in ("loans", "holds", "fees"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("member_id", existing_type=_BIG, nullable=True)
    # A loan's fees are looked up by the loan (a return, an anonymisation run over 100,000 loans).
    op.create_index("ix_fees_loan_id", "fees", ["loan_id"])
    op.create_table(
        "notices",
        sa.Column("id", _BIG, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("member_id", _BIG, sa.ForeignKey("members.id"), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=True),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("loans", sa.JSON(), nullable=False),
        sa.Column("hold_uuid", sa.String(36), nullable=True),
        sa.Column("run_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_notices_member_id", "notices", ["member_id"])
    op.create_index("ix_notices_kind", "notices", ["kind"])
    op.create_index("ix_notices_sent_at", "notices", ["sent_at"])
    op.create_table(
        "notice_items",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("notice_id", _BIG, sa.ForeignKey("notices.id"), nullable=False),
    )
    op.create_index("ix_notice_items_notice_id", "notice_items", ["notice_id"])
    op.create_table(
        "scheduled_runs",
        sa.Column("job", sa.String(40), primary_key=True),
        sa.Column("last_started_at", UTCDateTime(), nullable=True),
        sa.Column("last_finished_at", UTCDateTime(), nullable=True),
        sa.Column("last_ok_at", UTCDateTime(), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    """Anonymised rows cannot go back to a member: the older program cannot hold them, so they
    are dropped from its copy (the newer database file is backed up before any migration)."""
    op.drop_table("scheduled_runs")
    op.drop_table("notice_items")
    op.drop_table("notices")
    op.drop_index("ix_fees_loan_id", table_name="fees")
    op.execute("DELETE FROM fees WHERE member_id IS NULL")
    op.execute("DELETE FROM holds WHERE member_id IS NULL")
    op.execute("DELETE FROM loans WHERE member_id IS NULL")
    for table in ("loans", "holds", "fees"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("member_id", existing_type=_BIG, nullable=False)
