"""Reading the audit log (admins): who did what, when, to which row.

The log grows by hundreds of thousands of rows, so everything is filtered and ordered in SQL,
newest first by ``(at, id)`` (the index on ``at`` carries the id, so the order costs nothing;
an ``action`` filter uses its own index). A viewer takes the matching ids at once
(``ids``: an ``array('q')``, 8 bytes a row) and fetches rows by id in windows (``rows``); the
REST API pages with a keyset cursor (``find``); a CSV export streams rows in windows
(``write_csv``) and is itself recorded in the log (``audit_export``).

Filters (every one optional, combined with AND):
- ``who``: the acting account's name exactly (a staff username, a member's card number,
  ``system``);
- ``action``: the event's action exactly (``login_failed``, ``checkout``, ``book_delete``...);
- ``entity``: the kind of row (``book``, ``member``, ``fee``...);
- ``since`` / ``until``: an aware datetime (``since`` inclusive, ``until`` exclusive) or a
  date, read as the library's local day (``since`` from its start, ``until`` through its end);
- ``text``: a piece of text found (case-insensitively for plain letters) in the who, the row's
  uuid or the details (``override`` finds the loans, renewals and holds that overrode a rule).
"""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, or_, select

from ..db.models import AuditEvent
from ..domain.errors import InvalidInput
from ..domain.values import Role
from ..formats.csv_write import CsvWriter
from .library import Actor, Library, require
from .listing import Listed, SortKey, keyset_page

MAX_PAGE = 500
WINDOW = 1000
CSV_COLUMNS = ("When", "Who", "Action", "Entity", "Row", "Details")
When = datetime | date


@dataclass(frozen=True)
class AuditLine:
    """One event of the log. ``at`` is aware UTC; ``details`` as written (never a secret)."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str | None
    details: dict[str, Any]

    def details_text(self) -> str:
        """The details as ``key=value`` pairs, in the order written."""
        return ", ".join(f"{k}={_value_text(v)}" for k, v in (self.details or {}).items())


def _value_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


@dataclass(frozen=True)
class AuditFilter:
    """The filters of one look at the log (see the module doc)."""

    who: str | None = None
    action: str | None = None
    entity: str | None = None
    since: When | None = None
    until: When | None = None
    text: str | None = None

    def plain(self) -> dict[str, str]:
        """The filters given, as text (the CSV export's audit event, a cursor's fingerprint)."""
        return {k: v.isoformat() if isinstance(v, date) else str(v)
                for k, v in vars(self).items() if v not in (None, "")}


def parse_when(text: str | None, *, field: str) -> When | None:
    """``2026-03-02`` (a local day) or ``2026-03-02T14:00:00+01:00`` (a moment with its time
    zone) from a command line or a query; None for nothing; InvalidInput naming ``field``."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{field}: {text[:40]!r} is not a date (2026-03-02) or a time with its zone "
                           "(2026-03-02T14:00:00+01:00)", field=field) from None
    if moment.tzinfo is None:
        raise InvalidInput(f"{field}: give the time zone of {text[:40]!r} (e.g. +01:00 or Z), or a date alone",
                           field=field)
    return moment


def _moment(value: When, *, end: bool) -> datetime:
    """``value`` as a UTC moment: a day from its local midnight (``end``: through its end)."""
    try:
        return _utc(value, end=end)
    except (OverflowError, ValueError):
        field = "until" if end else "since"
        raise InvalidInput(f"{field}: {value} is outside the dates the audit log can hold (years 2 to 9998)",
                           field=field) from None


def _utc(value: When, *, end: bool) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidInput("A time of the audit log needs its time zone", field="until" if end else "since")
        return value.astimezone(UTC)
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time()).astimezone().astimezone(UTC)  # the library's local midnight


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: AuditFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``f`` (InvalidInput for a filter that cannot be right)."""
    out: list[ColumnElement[bool]] = []
    if f.who:
        out.append(AuditEvent.actor == f.who.strip()[:100])
    if f.action:
        out.append(AuditEvent.action == f.action.strip()[:40])
    if f.entity:
        out.append(AuditEvent.entity == f.entity.strip()[:40])
    since = _moment(f.since, end=False) if f.since is not None else None
    until = _moment(f.until, end=True) if f.until is not None else None
    if since is not None and until is not None and until <= since:
        raise InvalidInput("The end of the period is before its start", field="until")
    if since is not None:
        out.append(AuditEvent.at >= since)
    if until is not None:
        out.append(AuditEvent.at < until)
    text = (f.text or "").strip()[:200]
    if text:
        # JSON is stored with non-ASCII letters escaped (\u00fc): look for both spellings.
        spellings = {text, json.dumps(text)[1:-1]}
        found: list[ColumnElement[bool]] = []
        for spelling in spellings:
            pattern = _like(spelling)
            found += [AuditEvent.actor.ilike(pattern, escape="\\"),
                      AuditEvent.entity_uuid.ilike(pattern, escape="\\"),
                      cast(AuditEvent.details, String).ilike(pattern, escape="\\")]
        out.append(or_(*found))
    return out


_COLUMNS = (AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
            AuditEvent.entity_uuid, AuditEvent.details)


def _line(row: Any) -> AuditLine:
    return AuditLine(row.id, row.at, row.actor, row.action, row.entity, row.entity_uuid, dict(row.details or {}))


def _newest_first(stmt: Select[Any]) -> Select[Any]:
    return stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


class AuditLog:
    """The audit log's readers (admins only: every method checks the actor)."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    def _filtered(self, stmt: Select[Any], f: AuditFilter) -> Select[Any]:
        found = conditions(f)
        return stmt.where(and_(*found)) if found else stmt

    def ids(self, actor: Actor, f: AuditFilter | None = None) -> array:
        """The ids of the events matching ``f``, newest first."""
        require(actor, Role.ADMIN, "read the audit log")
        stmt = _newest_first(self._filtered(select(AuditEvent.id), f or AuditFilter()))
        with self.lib.read() as s:
            return array("q", s.scalars(stmt))

    def rows(self, actor: Actor, ids: Sequence[int]) -> list[AuditLine]:
        """The events of ``ids`` (in any order; unknown ids are left out)."""
        require(actor, Role.ADMIN, "read the audit log")
        if not ids:
            return []
        with self.lib.read() as s:
            return [_line(r) for r in s.execute(select(*_COLUMNS).where(AuditEvent.id.in_(list(ids))))]

    def find(self, actor: Actor, f: AuditFilter | None = None, *, limit: int = 100,
             cursor: str | None = None) -> Listed[AuditLine]:
        """One page of the events matching ``f``, newest first (at most ``MAX_PAGE``); pass the
        page's ``next_cursor`` back for the next one (a cursor of other filters: BadCursor)."""
        require(actor, Role.ADMIN, "read the audit log")
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput(f"Ask for 1 to {MAX_PAGE} events at a time", field="limit")
        f = f or AuditFilter()
        with self.lib.read() as s:
            page = keyset_page(s, self._filtered(select(*_COLUMNS), f), id_column=AuditEvent.id,
                               sort=SortKey(AuditEvent.at, "datetime"), descending=True, cursor=cursor,
                               limit=limit, filters=f.plain(), sort_name="at")
        return Listed([_line(r) for r in page.rows], page.next_cursor, page.total)

    def actions(self, actor: Actor) -> list[str]:
        """Every action the log holds, in alphabetical order (the "what" filter's list)."""
        require(actor, Role.ADMIN, "read the audit log")
        with self.lib.read() as s:
            return sorted(s.scalars(select(AuditEvent.action).distinct()))

    def actors(self, actor: Actor) -> list[str]:
        """Every name that acted in the log, in alphabetical order (the "who" filter's list)."""
        require(actor, Role.ADMIN, "read the audit log")
        with self.lib.read() as s:
            return sorted(s.scalars(select(AuditEvent.actor).distinct()), key=str.casefold)

    def stream(self, actor: Actor, f: AuditFilter | None = None) -> Iterator[list[AuditLine]]:
        """The events matching ``f``, newest first, in windows of ``WINDOW`` (one read
        transaction held while the caller iterates)."""
        require(actor, Role.ADMIN, "read the audit log")
        stmt = _newest_first(self._filtered(select(*_COLUMNS), f or AuditFilter()))
        with self.lib.read() as s:
            for part in s.execute(stmt.execution_options(yield_per=WINDOW)).partitions():
                yield [_line(r) for r in part]

    def write_csv(self, actor: Actor, path: str | os.PathLike[str], f: AuditFilter | None = None, *,
                  progress: Callable[[int], None] | None = None) -> int:
        """Write the events matching ``f`` to the CSV file ``path`` (newest first, times in the
        library's local time), whole or not at all; returns how many. The export is itself
        recorded (``audit_export`` with the file and the filters)."""
        require(actor, Role.ADMIN, "export the audit log")
        f = f or AuditFilter()
        conditions(f)  # bad filters refused before a file is made
        final = Path(path)
        part = final.with_name(final.name + ".part")
        try:
            with CsvWriter(part, list(CSV_COLUMNS)) as writer:
                for window in self.stream(actor, f):
                    for line in window:
                        writer.write({"When": line.at.astimezone().isoformat(timespec="seconds"),
                                      "Who": line.actor, "Action": line.action, "Entity": line.entity,
                                      "Row": line.entity_uuid,
                                      "Details": json.dumps(line.details, ensure_ascii=False, default=str)})
                    if progress is not None:
                        progress(writer.count)
                rows = writer.count
            # Recorded before the file is handed over: an export the log cannot hold is not made.
            with self.lib.write() as s:
                self.lib.audit(s, actor, "audit_export", "audit_log", None, file=os.fspath(final), rows=rows,
                               filters=f.plain())
            os.replace(part, final)
        finally:
            part.unlink(missing_ok=True)
        return rows


__all__ = ["AuditFilter", "AuditLine", "AuditLog", "CSV_COLUMNS", "MAX_PAGE", "conditions", "parse_when"]
