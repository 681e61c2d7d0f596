"""Alembic environment. The program passes its own connection in ``config.attributes``;
the `alembic` command line builds one from LIBRARY_DESK_DATABASE_URL."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, pool

from alembic import context
from desktop_app.db.models import Base
from desktop_app.db.search_schema import EXPRESSION_INDEXES, is_search_object

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name is not None and is_search_object(name):
        return False
    if type_ == "index" and name in EXPRESSION_INDEXES:  # made by hand in the migrations, per dialect
        return False
    return True


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = os.environ.get("LIBRARY_DESK_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set LIBRARY_DESK_DATABASE_URL to the database to migrate")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
run_migrations_online()
