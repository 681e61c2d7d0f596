"""one vocabulary of item types: every title's type and every category's loan period per type
becomes an ``ItemType`` value ("video" and "Blu-ray" become "dvd", "reference" a "book"; a
word the program does not know becomes "other")

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from alembic import op
from desktop_app.domain.values import ItemType

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _known(word: str | None) -> str:
    return (ItemType.parse(word) or ItemType.OTHER).value


def upgrade() -> None:
    conn = op.get_bind()
    for (word,) in conn.execute(sa.text("SELECT DISTINCT item_type FROM books")).all():
        if word != _known(word):
            conn.execute(sa.text("UPDATE books SET item_type = :new WHERE item_type = :old"),
                         {"new": _known(word), "old": word})
    conn.execute(sa.text("UPDATE books SET item_type = 'book' WHERE item_type IS NULL"))
    for cat_id, raw in conn.execute(sa.text("SELECT id, item_type_loan_days FROM member_categories")).all():
        days = json.loads(raw) if isinstance(raw, str) else (raw or {})
        mapped = {_known(k): v for k, v in days.items()}
        if mapped != days:
            update = sa.text("UPDATE member_categories SET item_type_loan_days = :days WHERE id = :id")
            conn.execute(update.bindparams(sa.bindparam("days", type_=sa.JSON)), {"days": mapped, "id": cat_id})


def downgrade() -> None:
    """The old words are not kept; the new ones are valid item types of the older program too."""
