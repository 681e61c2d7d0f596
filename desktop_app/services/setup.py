"""Creating a library: its name, the first admin, member categories and sensible settings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import ClosedDay, Setting, SyncState
from ..domain.errors import InvalidInput
from ..domain.settings import LIBRARY_SETTINGS
from ..domain.values import Role
from .library import Actor, Library, require
from .people.accounts import Accounts
from .people.categories import ensure_default_categories


class Setup:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def is_initialised(self) -> bool:
        with self.lib.read() as s:
            return s.get(Setting, "library_name") is not None

    def initialise(self, *, library_name: str, admin_username: str, admin_name: str, admin_password: str,
                   settings: dict[str, object] | None = None) -> Actor:
        """Set up an empty library and return its first admin, logged in."""
        if not library_name.strip():
            raise InvalidInput("The library needs a name", field="library_name")
        admin = Accounts(self.lib).create_first_admin(username=admin_username, display_name=admin_name,
                                                      password=admin_password)
        with self.lib.write() as s:
            values = {**LIBRARY_SETTINGS.defaults(),
                      **LIBRARY_SETTINGS.check({**(settings or {}), "library_name": library_name})}
            for key, value in values.items():
                self.lib.put_setting(s, key, value)
            ensure_default_categories(s)
            ensure_sync_state(s)
            actor = Actor(username=admin.username, role=Role.ADMIN, staff_id=admin.id, display_name=admin.display_name)
            self.lib.audit(s, actor, "library_init", "library", None, name=library_name.strip())
        return actor

    def settings(self) -> dict[str, object]:
        with self.lib.read() as s:
            out = LIBRARY_SETTINGS.defaults()
            out.update({row.key: row.value for row in s.scalars(select(Setting)) if row.key in LIBRARY_SETTINGS})
            return out

    def update_settings(self, actor: Actor, **values: object) -> dict[str, object]:
        """Change some of the declared settings (``domain.settings``), every value checked
        first; returns all settings as they now are."""
        require(actor, Role.ADMIN, "change library settings")
        values = LIBRARY_SETTINGS.check(values)
        with self.lib.write() as s:
            for key, value in values.items():
                self.lib.put_setting(s, key, value)
            self.lib.audit(s, actor, "settings", "library", None, **values)
        return self.settings()

    def closed_days(self) -> list[ClosedDay]:
        with self.lib.read() as s:
            return list(s.scalars(select(ClosedDay).order_by(ClosedDay.day)))

    def add_closed_day(self, actor: Actor, day: object, reason: str | None = None) -> None:
        require(actor, Role.ADMIN, "change the calendar")
        with self.lib.write() as s:
            if s.scalar(select(ClosedDay).where(ClosedDay.day == day)) is None:
                s.add(ClosedDay(day=day, reason=reason))
                self.lib.forget_settings()
                self.lib.audit(s, actor, "closed_day_add", "closed_day", None, day=str(day), reason=reason)

    def remove_closed_day(self, actor: Actor, day: date) -> None:
        require(actor, Role.ADMIN, "change the calendar")
        with self.lib.write() as s:
            row = s.scalar(select(ClosedDay).where(ClosedDay.day == day))
            if row is not None:
                s.delete(row)
                self.lib.forget_settings()
                self.lib.audit(s, actor, "closed_day_remove", "closed_day", None, day=str(day))


def ensure_sync_state(s: Session) -> SyncState:
    """The desk's sync identity row, created with a fresh database id if missing."""
    state = s.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1, database_id=str(uuid.uuid4()), last_acked_seq=0, clock_offset_s=0.0, details={})
        s.add(state)
    return state
