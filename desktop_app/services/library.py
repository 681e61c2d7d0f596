"""The library as the rest of the program sees it: the wiring of engine, sessions and
settings, the acting person, and the one-transaction-per-action helper."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, cast

from sqlalchemy import Engine, Table, event, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..config import Paths
from ..db import migrate
from ..db.base import utcnow
from ..db.engine import DatabaseUnreadable, check_readable, reader, sqlite_engine
from ..db.migrate import DatabaseTooNew
from ..db.models import AuditEvent, Setting
from ..domain.errors import Busy, PermissionDenied
from ..domain.settings import LIBRARY_SETTINGS
from ..domain.values import ROLE_RANK, Role
from . import changes
from .changes import Changes

LOG = logging.getLogger(__name__)
WRITE_CONNECTION = "library_desk.write_connection"  # Session.info key: the connection of a write


def _remember_connection(session: Session, _transaction: Any, connection: Any) -> None:
    session.info[WRITE_CONNECTION] = connection


@dataclass(frozen=True)
class Actor:
    """Who is acting: a staff account or a member at the self-service window."""

    username: str
    role: Role
    staff_id: int | None = None
    member_id: int | None = None
    display_name: str = ""
    desk: str | None = None
    staff_uuid: str | None = None
    device: str | None = None  # the client id, when a registered desk acts through its credential

    def at_least(self, role: Role) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


SETTINGS_TTL_S = 5.0
_AUDIT_INSERT = insert(cast(Table, AuditEvent.__table__))
AUDIT_BUFFER = "library_audit_buffer"

SYSTEM = Actor(username="system", role=Role.ADMIN, display_name="Library Desk")


def require(actor: Actor, role: Role, action: str) -> None:
    """Refuse unless ``actor`` has at least ``role``. Every service calls this itself."""
    if actor.role == Role.MEMBER and role != Role.MEMBER:
        raise PermissionDenied(f"Members cannot {action}")
    if not actor.at_least(role):
        raise PermissionDenied(f"{actor.display_name or actor.username} ({actor.role}) may not {action}; "
                               f"this needs a {role} account")


class Library:
    """Engine, session factories and clock of one library database.

    ``outbox``: whether changes are written to the journal for a server (a desk: yes; the
    library server itself: no, it is where operations go)."""

    def __init__(self, engine: Engine, *, paths: Paths | None = None, clock: Any = None,
                 outbox: bool = True) -> None:
        self.engine = engine
        self.paths = paths
        self.outbox = outbox
        self._writer = sessionmaker(bind=engine, expire_on_commit=False)
        self._reader = sessionmaker(bind=reader(engine), expire_on_commit=False)
        self._clock = clock or utcnow
        self._settings: dict[str, Any] | None = None
        self._settings_at = 0.0
        self._derived: dict[str, Any] = {}
        self._subscribers: list[Callable[[Changes], None]] = []
        changes.watch(engine)
        event.listen(self._writer, "after_begin", _remember_connection)

    # -- time -------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The library's local date (the workstation's time zone)."""
        return self.now().astimezone().date()

    @property
    def clock(self) -> Any:
        return self._clock

    def set_clock(self, clock: Any) -> None:
        """Tests and the demo move time; production never calls this."""
        self._clock = clock

    # -- transactions -----------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed at the end, rolled back on error.

        If another writer holds the library past the busy timeout (a long import, a restore),
        raises ``Busy`` with a message for people instead of the driver's "database is locked".
        """
        try:
            with self._writer() as session:
                with session.begin():
                    yield session
                    session.flush()
                    conn = session.info.pop(WRITE_CONNECTION, None)
                    tables = changes.written(conn) if conn is not None else set()
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise Busy("The library is busy with another job (an import, a sync or a restore); "
                           "nothing was saved. Try again in a moment.") from exc
            raise
        if tables and self._subscribers:
            self._publish(Changes.of_tables(tables))

    # -- what changed -------------------------------------------------------------------
    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener(changes)`` after every committed write that changed data a person
        sees (in the thread that wrote); returns the function that unsubscribes it."""
        self._subscribers.append(listener)
        return lambda: self._subscribers.remove(listener) if listener in self._subscribers else None

    def _publish(self, changed: Changes) -> None:
        if not changed:
            return
        for listener in list(self._subscribers):
            try:
                listener(changed)
            except Exception:  # a window that fails to refresh must not turn a saved change into an error
                LOG.exception("a change listener failed")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction that takes no write lock."""
        with self._reader() as session:
            with session.begin():
                yield session

    def audit(self, session: Session, actor: Actor, action: str, entity: str, row_uuid: str | None,
              **details: Any) -> None:
        # A plain INSERT on the connection: every staff action (and every replayed operation on
        # the server) writes one, so it skips the ORM's unit of work and statement machinery. A
        # batch of replayed operations collects its events and writes them at once
        # (``buffer_audit``).
        row = {"at": self.now(), "staff_id": actor.staff_id, "actor": actor.username[:100], "action": action,
               "entity": entity, "entity_uuid": row_uuid, "details": details}
        buffered = session.info.get(AUDIT_BUFFER)
        if buffered is not None:
            buffered.append(row)
        else:
            session.connection().execute(_AUDIT_INSERT, row)

    @staticmethod
    @contextmanager
    def buffer_audit(session: Session) -> Iterator[list[dict[str, Any]]]:
        """Collect the audit events written in ``session`` and insert them in one statement at
        the end (the caller drops those of work it rolls back from the yielded list)."""
        rows: list[dict[str, Any]] = []
        session.info[AUDIT_BUFFER] = rows
        try:
            yield rows
        finally:
            session.info.pop(AUDIT_BUFFER, None)
        if rows:
            session.connection().execute(_AUDIT_INSERT, rows)

    # -- settings ---------------------------------------------------------------------
    def setting(self, session: Session, key: str) -> Any:
        """A library setting, or its declared default (``domain.settings``) when it was never
        set (None for an undeclared key). All settings are read in one query and kept for a few
        seconds (they change rarely; a change made here clears the cache at once)."""
        now = time.monotonic()
        if self._settings is None or now - self._settings_at > SETTINGS_TTL_S:
            self._settings = {row.key: row.value for row in session.scalars(select(Setting))}
            self._settings_at = now
            self._derived = {}
        if key in self._settings:
            return self._settings[key]
        return LIBRARY_SETTINGS.default(key) if key in LIBRARY_SETTINGS else None

    def cached(self, name: str) -> Any:
        """A value derived from the settings and kept as long as they are (None if not kept)."""
        if self._settings is None or time.monotonic() - self._settings_at > SETTINGS_TTL_S:
            return None
        return self._derived.get(name)

    def keep(self, name: str, value: Any) -> None:
        if self._settings is not None:
            self._derived[name] = value

    def forget_settings(self) -> None:
        """Drop the cached settings (and what was derived from them) after a change."""
        self._settings = None
        self._derived = {}

    def put_setting(self, session: Session, key: str, value: Any) -> None:
        self.forget_settings()
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value, updated_at=self.now()))
        else:
            row.value = value
            row.updated_at = self.now()

    def close(self) -> None:
        self.engine.dispose()


class HasLibrary(Protocol):
    """Anything that carries a library (``Services``): what the import, export and label
    functions take as their first argument, besides a ``Library`` itself."""

    @property
    def library(self) -> Library: ...


def library_of(target: Library | HasLibrary) -> Library:
    return target if isinstance(target, Library) else target.library


def open_library(paths: Paths, *, migrate_schema: bool = True) -> Library:
    """Open (creating if needed) the library in ``paths``, migrating it first.

    Raises ``DatabaseUnreadable`` for a file that is not a healthy SQLite database and
    ``DatabaseTooNew`` for one made by a newer program; neither touches the file.
    """
    paths.ensure()
    check_readable(paths.database)
    engine = sqlite_engine(paths.database)
    if migrate_schema:
        migrate.upgrade(engine, db_file=paths.database, backups=paths.backups)
    return Library(engine, paths=paths)


__all__ = ["Actor", "DatabaseTooNew", "DatabaseUnreadable", "Library", "SYSTEM", "open_library", "require"]
