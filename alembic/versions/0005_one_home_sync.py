"""sync tied to devices and staff actors: the journal names who did each operation; desks
get a credential, a role, a retirement and the desk time of their latest operation; failed
logins are counted per account and place

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa

import desktop_app.db.base
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_UTC = desktop_app.db.base.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("actor_uuid", sa.String(36), nullable=True))
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.alter_column("desk_code", existing_type=sa.String(2), nullable=True)
        batch_op.add_column(sa.Column("role", sa.String(20), nullable=False, server_default="desk"))
        batch_op.add_column(sa.Column("secret_hash", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("session_id", sa.String(36), nullable=True))
        batch_op.add_column(sa.Column("last_op_at", _UTC(), nullable=True))
        batch_op.add_column(sa.Column("retired_at", _UTC(), nullable=True))
        batch_op.add_column(sa.Column("retired_by", sa.String(64), nullable=True))
    # A desk registered before keeps the rights of the account that registered it.
    op.execute("UPDATE sync_devices SET role = COALESCE((SELECT s.role FROM staff_users s "
               "WHERE s.username = sync_devices.username), 'desk')")
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.alter_column("role", existing_type=sa.String(20), server_default=None)
    op.create_table(
        "login_failures",
        sa.Column("account", sa.String(120), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", _UTC(), nullable=True),
        sa.Column("last_failure_at", _UTC(), nullable=False),
        sa.PrimaryKeyConstraint("account", "address", name=op.f("pk_login_failures")),
    )


def downgrade() -> None:
    op.drop_table("login_failures")
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        for name in ("retired_by", "retired_at", "last_op_at", "session_id", "secret_hash", "role"):
            batch_op.drop_column(name)
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.drop_column("actor_uuid")
        batch_op.drop_column("actor")
