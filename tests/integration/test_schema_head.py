"""The constant that lets an up-to-date start skip Alembic must name the real newest migration."""

from desktop_app.db.migrate import SCHEMA_HEAD, head_revision


def test_schema_head_constant_matches_the_migrations() -> None:
    assert SCHEMA_HEAD == head_revision()
