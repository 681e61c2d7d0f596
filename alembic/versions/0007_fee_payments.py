"""part payments of fees: each fee keeps what was paid towards it (``paid_cents``); a fee paid
before this is paid in full

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paid_cents", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE fees SET paid_cents = amount_cents WHERE paid_at IS NOT NULL")


def downgrade() -> None:
    """A fee paid in part is open again for its whole amount in the older program (what was
    paid stays in the audit log)."""
    with op.batch_alter_table("fees", schema=None) as batch_op:
        batch_op.drop_column("paid_cents")
