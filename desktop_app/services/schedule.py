"""Scheduled work: the jobs a desk or the library server runs by itself (hold expiry, notices,
the daily backup, anonymising old loans, purges), declared once in ``JOBS``.

Contracts:

- ``due_jobs(lib, now, place)`` names the jobs to run now at ``place``: a daily job that has
  not succeeded yet on the library's local date of ``now`` (so a desk started after a missed
  day catches up once), an every-N-minutes job whose last success is N minutes old, and any
  job whose last run failed (retried at the next tick). A job switched off by the settings
  (notices sent elsewhere) is not due.
- ``run_job(lib, name, actor=..., place=...)`` runs one job unless it is not due (``force``
  runs it anyway) or a run of it started elsewhere is still going (another uvicorn worker,
  the CLI from cron beside the window): the claim is the job's ``ScheduledRun`` row, taken in a
  write transaction (``FOR UPDATE`` on PostgreSQL). Start, finish, ok and the message go to
  ``ScheduledRun`` and one audit event (actor "schedule"). It never raises for a failing job:
  the failure is its result.
- ``run_due`` runs every due job in order; one failing never stops the others.
- Every job is idempotent: running it twice does its work once (expired holds are expired,
  the day's backup exists, the notice log knows what was sent, purged rows are gone).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError

from ..db.base import rowcount
from ..db.models import LoginFailure, Tombstone
from ..db.notice_models import ScheduledRun
from ..db.server_models import AuthSession, RefreshToken
from ..domain.errors import LibraryError, NotFound
from ..domain.values import Role
from .library import Actor, Library

log = logging.getLogger(__name__)

DESK, SERVER, BOTH = "desk", "server", "both"
#: Who scheduled work acts as: audit rows say "schedule".
SCHEDULE = Actor(username="schedule", role=Role.ADMIN, display_name="Scheduled work")
#: A run that started this long ago and never finished is taken to have died (a killed process).
STALE_RUN = timedelta(hours=3)
#: Login failures with no lock running are forgotten after this long.
KEEP_LOGIN_FAILURES = timedelta(days=30)
#: Ended server sessions (expired or revoked) are kept this long before they are removed.
KEEP_ENDED_SESSIONS = timedelta(days=7)


@dataclass(frozen=True)
class Place:
    """Where jobs run and what differs there. The server passes its own backup (its database,
    its folder), its change-feed purge and whether it sends the notices."""

    name: str = DESK
    backup: Callable[[Library], str] | None = None
    purge_feed: Callable[[Library, datetime], int] | None = None
    send_notices: bool = False
    notice_options: Callable[[], dict[str, Any]] | None = None  # more arguments of send_notices (the mail server)


@dataclass(frozen=True)
class Job:
    """One scheduled job: ``every_minutes`` 0 means daily; ``where`` is desk, server or both;
    ``run(lib, actor, place, now)`` does the work and returns what it did, in a sentence;
    ``off(lib, place)`` says why it must not run here now (None: it may)."""

    name: str
    about: str
    run: Callable[[Library, Actor, Place, datetime], str]
    where: str = BOTH
    every_minutes: int = 0
    off: Callable[[Library, Place], str | None] = field(default=lambda _lib, _place: None)

    def runs_at(self, place: Place) -> bool:
        return self.where in (BOTH, place.name)


@dataclass(frozen=True)
class RunResult:
    job: str
    ran: bool
    ok: bool
    message: str


# -- the jobs -----------------------------------------------------------------------------
def _hold_expiry(lib: Library, actor: Actor, _place: Place, _now: datetime) -> str:
    from .circulation.holds import Holds

    expired = Holds(lib).expire(actor)
    return f"{len(expired)} uncollected holds expired"


def _missing(module: str) -> str | None:
    """Why a job whose module is not part of this version cannot run (None: it is there)."""
    return None if importlib.util.find_spec(module) is not None else f"{module} is not part of this version"


def _notices_off(lib: Library, place: Place) -> str | None:
    if (missing := _missing("desktop_app.services.notices")) is not None:
        return missing
    with lib.read() as s:
        enabled, sender = lib.setting(s, "notices_enabled"), lib.setting(s, "notice_sender")
    if not enabled:
        return "notices to members are switched off"
    if place.name == SERVER:
        return None if place.send_notices else "this server does not send notices (LIBRARY_DESK_SEND_NOTICES)"
    return None if sender == DESK else f"notices are sent by the {sender}, not this desk"


def _notices(lib: Library, actor: Actor, place: Place, now: datetime) -> str:
    # Written beside this module: imported only when it runs, so the schedule loads without it.
    send_notices = importlib.import_module("desktop_app.services.notices").send_notices
    options = place.notice_options() if place.notice_options is not None else {}
    run = send_notices(lib, actor, today=now.astimezone().date(), **options)
    sent = (f"{getattr(run, 'emailed', 0)} emailed, {getattr(run, 'printed', 0)} letters to print, "
            f"{getattr(run, 'unsent', 0)} not sent")
    if getattr(run, "error", None):  # nothing it could not send is marked sent: the next tick tries again
        raise LibraryError(f"Notices stopped: {run.error} ({sent})")
    return f"notices: {sent}"


def _backup(lib: Library, _actor: Actor, place: Place, _now: datetime) -> str:
    if place.backup is not None:
        return place.backup(lib)
    from .maintenance import Maintenance

    made = Maintenance(lib).daily_backup_if_due()
    return f"backup written: {made}" if made is not None else "today's backup was already there"


def _anonymise(lib: Library, actor: Actor, _place: Place, _now: datetime) -> str:
    privacy = importlib.import_module("desktop_app.services.people.privacy")  # see _notices
    count = privacy.Privacy(lib).anonymise_old_loans(actor)
    return f"{count} returned loans anonymised" if isinstance(count, int) else f"anonymised: {_summary(count)}"


def _purge(lib: Library, _actor: Actor, place: Place, now: datetime) -> str:
    """Deletions recorded longer ago than ``keep_tombstones_days``, ended server sessions and
    their refresh tokens, expired refresh tokens, and old login failures with no lock running."""
    with lib.write() as s:
        days = int(lib.setting(s, "keep_tombstones_days") or 180)
        cutoff = now - timedelta(days=days)
        tombstones = rowcount(s.execute(delete(Tombstone).where(Tombstone.deleted_at < cutoff)))
        ended = now - KEEP_ENDED_SESSIONS
        gone = select(AuthSession.id).where(or_(AuthSession.expires_at < ended, AuthSession.revoked_at < ended))
        tokens = rowcount(s.execute(delete(RefreshToken).where(
            or_(RefreshToken.session_id.in_(gone), RefreshToken.expires_at < now))))
        sessions = rowcount(s.execute(delete(AuthSession).where(AuthSession.id.in_(gone))))
        failures = rowcount(s.execute(delete(LoginFailure).where(
            LoginFailure.last_failure_at < now - KEEP_LOGIN_FAILURES,
            or_(LoginFailure.locked_until.is_(None), LoginFailure.locked_until < now))))
    feed = place.purge_feed(lib, cutoff) if place.purge_feed is not None else 0
    return (f"purged {tombstones + feed} deletion records older than {days} days, {sessions} ended sessions, "
            f"{tokens} refresh tokens, {failures} old login failures")


def _lookups(lib: Library, actor: Actor, _place: Place, _now: datetime) -> str:
    from .lookup import Lookup

    return Lookup(lib).retry_waiting(actor)


def _no_lookups(lib: Library, _place: Place) -> str | None:
    from .lookup.queue import waiting_count

    return None if waiting_count(lib) else "no ISBNs are queued for look-up"


JOBS: tuple[Job, ...] = (
    Job("hold_expiry", "expire holds not collected by their pickup date", _hold_expiry),
    Job("notices", "send the day's notices to members", _notices, off=_notices_off),
    Job("backup", "the daily backup of the library", _backup),
    Job("anonymise", "forget who borrowed books returned long ago", _anonymise,
        off=lambda _lib, _place: _missing("desktop_app.services.people.privacy")),
    Job("purge", "forget old deletions, ended sessions and old login failures", _purge, every_minutes=360),
    Job("lookups", "look up the ISBNs queued while no catalogue could be reached", _lookups,
        where=DESK, every_minutes=30, off=_no_lookups),
)
BY_NAME = {job.name: job for job in JOBS}


def jobs_at(place: Place) -> list[Job]:
    return [job for job in JOBS if job.runs_at(place)]


def _summary(result: Any) -> str:
    """A short text of what a job function returned (a count, a list, a report object)."""
    if result is None:
        return "done"
    if isinstance(result, (list, tuple, set)):
        return f"{len(result)}"
    text = str(result)
    return text if len(text) <= 300 else text[:297] + "..."


# -- when ---------------------------------------------------------------------------------
def _is_due(job: Job, row: ScheduledRun | None, now: datetime) -> bool:
    if row is None or row.last_ok_at is None or not row.ok:
        return True
    if job.every_minutes:
        return now - row.last_ok_at >= timedelta(minutes=job.every_minutes)
    return row.last_ok_at.astimezone().date() < now.astimezone().date()


def _running(row: ScheduledRun | None, now: datetime) -> bool:
    """Whether a run of this job started and has not finished (and is not stale)."""
    if row is None or row.last_started_at is None:
        return False
    finished = row.last_finished_at
    return (finished is None or finished < row.last_started_at) and now - row.last_started_at < STALE_RUN


def due_jobs(lib: Library, now: datetime | None = None, place: Place | None = None) -> list[str]:
    """The names of the jobs due at ``place`` (default: a desk) at ``now`` (default: the
    library's clock), in the order of ``JOBS``."""
    place, now = place or Place(), now or lib.now()
    with lib.read() as s:
        rows = {row.job: row for row in s.scalars(select(ScheduledRun))}
    return [job.name for job in jobs_at(place)
            if _is_due(job, rows.get(job.name), now) and not _running(rows.get(job.name), now)
            and job.off(lib, place) is None]


def status(lib: Library, place: Place | None = None) -> list[tuple[Job, ScheduledRun | None]]:
    """Every job of ``place`` with its last run here (None: never ran)."""
    with lib.read() as s:
        rows = {row.job: row for row in s.scalars(select(ScheduledRun))}
    return [(job, rows.get(job.name)) for job in jobs_at(place or Place())]


# -- running ------------------------------------------------------------------------------
def _claim(lib: Library, job: Job, now: datetime, *, force: bool) -> str | None:
    """Mark the run started; None, or why it does not run (not due, running elsewhere)."""
    try:
        with lib.write() as s:
            row = s.scalar(select(ScheduledRun).where(ScheduledRun.job == job.name).with_for_update())
            if row is not None and row.last_started_at is not None and _running(row, now):
                return f"a run of {job.name} started at {row.last_started_at:%H:%M} UTC is still going"
            if not force and not _is_due(job, row, now):
                return f"{job.name} is not due yet"
            if row is None:
                row = ScheduledRun(job=job.name, ok=True, runs=0, details={})
                s.add(row)
            row.last_started_at = now
    except IntegrityError:  # another process created the row first: its run is going
        return f"a run of {job.name} just started elsewhere"
    return None


def _finish(lib: Library, job: Job, actor: Actor, started: datetime, ok: bool, message: str) -> None:
    finished = lib.now()
    with lib.write() as s:
        row = s.get(ScheduledRun, job.name)
        if row is None:  # the claim committed, so this only happens when the row was deleted meanwhile
            row = ScheduledRun(job=job.name, runs=0, details={})
            s.add(row)
        row.last_started_at = started
        row.last_finished_at = max(finished, started)
        row.ok, row.message, row.runs = ok, message[:2000], (row.runs or 0) + 1
        if ok:
            row.last_ok_at = started
        seconds = max(0.0, (finished - started).total_seconds())
        row.details = {"seconds": round(seconds, 3), "actor": actor.username}
        lib.audit(s, actor, "scheduled_job", "schedule", None, job=job.name, ok=ok, message=message[:500],
                  seconds=round(seconds, 3))


def run_job(lib: Library, name: str, *, actor: Actor = SCHEDULE, place: Place | None = None,
            force: bool = False) -> RunResult:
    """Run the job ``name`` at ``place`` (see the module doc); returns what happened.
    Raises ``NotFound`` for a job that does not exist or does not run at ``place``."""
    place = place or Place()
    job = BY_NAME.get(name)
    if job is None or not job.runs_at(place):
        known = ", ".join(j.name for j in jobs_at(place))
        raise NotFound(f"There is no scheduled job {name!r} at the {place.name}; the jobs are {known}")
    off = job.off(lib, place)
    if off is not None:
        return RunResult(name, False, True, f"skipped: {off}")
    started = lib.now()
    why_not = _claim(lib, job, started, force=force)
    if why_not is not None:
        return RunResult(name, False, True, why_not)
    try:
        message, ok = job.run(lib, actor, place, started), True
    except LibraryError as exc:
        message, ok = exc.message, False
        log.warning("scheduled job %s failed: %s", name, exc.message)
    except Exception as exc:  # one failing job must never stop the others
        message, ok = f"{type(exc).__name__}: {exc}", False
        log.exception("scheduled job %s failed", name)
    try:
        _finish(lib, job, actor, started, ok, message)
    except Exception:  # the library is busy or gone: the next tick retries
        log.exception("could not record the run of scheduled job %s", name)
    if ok:
        log.info("scheduled job %s: %s", name, message)
    return RunResult(name, True, ok, message)


def run_due(lib: Library, *, actor: Actor = SCHEDULE, place: Place | None = None,
            now: datetime | None = None) -> list[RunResult]:
    """Run every job due at ``place``; one failing never stops the others."""
    results = []
    for name in due_jobs(lib, now, place):
        try:
            results.append(run_job(lib, name, actor=actor, place=place))
        except Exception as exc:  # the claim itself failed (the library is busy)
            log.exception("scheduled job %s could not start", name)
            results.append(RunResult(name, False, False, f"could not start: {exc}"))
    return results


__all__ = ["BOTH", "DESK", "JOBS", "SCHEDULE", "SERVER", "Job", "Place", "RunResult", "due_jobs", "jobs_at",
           "run_due", "run_job", "status"]
