"""Scheduled work at a desk (services/schedule.py) on a real migrated library with the tests'
hand-moved clock: each job idempotent, a failing job recorded and retried while the others
run, the catch-up after missed days, the claim that keeps a job from running twice at once,
and the purge of old deletions, ended sessions and old login failures."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, Hold, LoginFailure, Tombstone
from desktop_app.db.notice_models import ScheduledRun
from desktop_app.db.server_models import AuthSession, RefreshToken
from desktop_app.domain.errors import NotFound
from desktop_app.domain.values import Role
from desktop_app.services import Actor, Services, schedule
from desktop_app.services.maintenance import backup_folder

DAILY = ["hold_expiry", "backup", "anonymise", "purge"]  # notices are off by default


def _runs(services: Services) -> dict[str, ScheduledRun]:
    with services.library.read() as s:
        return {row.job: row for row in s.scalars(select(ScheduledRun))}


def _audited(services: Services) -> list[tuple[str, dict]]:
    with services.library.read() as s:
        rows = s.execute(select(AuditEvent.actor, AuditEvent.details).where(AuditEvent.action == "scheduled_job")
                         .order_by(AuditEvent.id)).all()
    return [(actor, details) for actor, details in rows]


def _ready_hold_past_pickup(services, desk, clock, make_book, make_member) -> str:
    """A hold on the shelf whose pickup date (9 March) has passed by 10 March. Returns its uuid."""
    book, [code] = make_book("Dune")
    services.holds.place(desk, make_member("Ana", "Ruiz"), book)
    assert services.circulation.checkin(desk, code).pickup_by == date(2026, 3, 9)
    with services.library.read() as s:
        return str(s.scalar(select(Hold.uuid)))


def _due(services: Services) -> list[str]:
    return [n for n in schedule.due_jobs(services.library) if n in schedule.BY_NAME]


def test_every_job_runs_once_a_day_and_says_so(services, desk, clock, make_book, make_member) -> None:
    hold_uuid = _ready_hold_past_pickup(services, desk, clock, make_book, make_member)
    clock.set(date(2026, 3, 10))
    due = _due(services)
    assert [n for n in due if n in DAILY] == DAILY and "notices" not in due
    results = {r.job: r for r in schedule.run_due(services.library)}
    assert all(r.ran and r.ok for r in results.values()), results
    assert results["hold_expiry"].message == "1 uncollected holds expired"
    with services.library.read() as s:
        assert s.scalar(select(Hold.status).where(Hold.uuid == hold_uuid)) == "expired"
        expired_by = s.scalar(select(AuditEvent.actor).where(AuditEvent.action == "hold_expire"))
    assert expired_by == "schedule"
    assert results["backup"].message.startswith("backup written: ")
    assert len(list(backup_folder(services.library.paths).glob("library-*-daily.sqlite3"))) == 1
    runs = _runs(services)
    assert {runs[n].runs for n in DAILY} == {1} and all(runs[n].ok for n in DAILY)
    assert results["anonymise"].message == "0 returned loans anonymised"  # anonymise_after_days 0: keep them
    assert [(who, d["job"], d["ok"]) for who, d in _audited(services)] == [
        ("schedule", "hold_expiry", True), ("schedule", "backup", True), ("schedule", "anonymise", True),
        ("schedule", "purge", True)]

    # The same day again: nothing is due; run by hand it does no work twice.
    clock.advance(seconds=3600)
    assert [n for n in _due(services) if n in DAILY] == []
    assert not {r.job for r in schedule.run_due(services.library)} & set(DAILY)
    again = schedule.run_job(services.library, "hold_expiry")
    assert (again.ran, again.message) == (False, "hold_expiry is not due yet")
    forced = schedule.run_job(services.library, "hold_expiry", force=True)
    assert (forced.ran, forced.ok, forced.message) == (True, True, "0 uncollected holds expired")
    backup_again = schedule.run_job(services.library, "backup", force=True)
    assert backup_again.message == "today's backup was already there"
    assert len(list(backup_folder(services.library.paths).glob("library-*-daily.sqlite3"))) == 1
    assert _runs(services)["hold_expiry"].runs == 2


def test_a_failing_job_is_recorded_retried_and_never_stops_the_others(services, clock) -> None:
    paths = services.library.paths
    shutil.rmtree(paths.backups, ignore_errors=True)
    paths.backups.write_text("not a folder")  # the disk refuses the backup folder
    results = {r.job: r for r in schedule.run_due(services.library)}
    assert not results["backup"].ok and "backups" in results["backup"].message
    assert results["hold_expiry"].ok and results["purge"].ok  # before and after it in the table
    row = _runs(services)["backup"]
    assert (row.ok, row.last_ok_at, row.runs) == (False, None, 1)
    assert ("schedule", "backup", False) in [(w, d["job"], d["ok"]) for w, d in _audited(services)]

    clock.advance(seconds=180)  # the next tick, the same day: only the failed job is due
    assert [n for n in _due(services) if n in DAILY] == ["backup"]
    paths.backups.unlink()  # the disk is back
    paths.backups.mkdir()
    [retried] = [r for r in schedule.run_due(services.library) if r.job == "backup"]
    assert retried.ok and retried.ran
    row = _runs(services)["backup"]
    assert (row.ok, row.runs, row.last_ok_at) == (True, 2, clock.now())
    assert [n for n in _due(services) if n in DAILY] == []


def test_missed_days_are_caught_up_once_at_start(services, desk, clock, make_book, make_member) -> None:
    schedule.run_due(services.library)  # Monday 2 March
    hold_uuid = _ready_hold_past_pickup(services, desk, clock, make_book, make_member)
    clock.set(date(2026, 3, 13))  # the desk was off for ten days
    assert [n for n in _due(services) if n in DAILY] == DAILY
    results = {r.job: r for r in schedule.run_due(services.library)}
    assert results["hold_expiry"].message == "1 uncollected holds expired"
    assert {_runs(services)[n].runs for n in DAILY} == {2}  # one catch-up run, not one per missed day
    with services.library.read() as s:
        assert s.scalar(select(Hold.status).where(Hold.uuid == hold_uuid)) == "expired"
    assert _runs(services)["hold_expiry"].last_ok_at == clock.now()


def test_a_run_in_progress_elsewhere_is_not_started_twice(services, clock) -> None:
    with services.library.write() as s:  # another process claimed the purge a minute ago
        s.add(ScheduledRun(job="purge", last_started_at=clock.now() - timedelta(minutes=1), ok=True, runs=0,
                           details={}))
    assert "purge" not in _due(services)
    busy = schedule.run_job(services.library, "purge", force=True)
    assert not busy.ran and "is still going" in busy.message
    clock.advance(seconds=int(schedule.STALE_RUN.total_seconds()))  # it died: taken over
    assert schedule.run_job(services.library, "purge").ran


def test_purge_forgets_old_deletions_ended_sessions_and_old_failures(services, admin, clock) -> None:
    now = clock.now()
    with services.library.write() as s:
        s.add_all([Tombstone(entity="book", uuid="old-book", version=2, deleted_at=now - timedelta(days=181)),
                   Tombstone(entity="book", uuid="new-book", version=2, deleted_at=now - timedelta(days=179)),
                   LoginFailure(account="staff:ghost", address="local", failures=3, lockouts=0,
                                last_failure_at=now - timedelta(days=31)),
                   LoginFailure(account="staff:locked", address="local", failures=0, lockouts=3,
                                last_failure_at=now - timedelta(days=40), locked_until=now + timedelta(hours=1)),
                   LoginFailure(account="staff:recent", address="local", failures=2, lockouts=0,
                                last_failure_at=now - timedelta(days=1)),
                   AuthSession(id="s-old", subject="staff:x", expires_at=now - timedelta(days=8)),
                   AuthSession(id="s-live", subject="staff:y", expires_at=now + timedelta(days=8))])
        s.flush()
        s.add_all([RefreshToken(token_hash="a" * 64, session_id="s-old", expires_at=now - timedelta(days=8)),
                   RefreshToken(token_hash="b" * 64, session_id="s-live", expires_at=now - timedelta(minutes=1)),
                   RefreshToken(token_hash="c" * 64, session_id="s-live", expires_at=now + timedelta(days=8))])
    result = schedule.run_job(services.library, "purge")
    assert result.message == ("purged 1 deletion records older than 180 days, 1 ended sessions, "
                              "2 refresh tokens, 1 old login failures")
    with services.library.read() as s:
        assert list(s.scalars(select(Tombstone.uuid))) == ["new-book"]
        assert sorted(s.scalars(select(LoginFailure.account))) == ["staff:locked", "staff:recent"]
        assert list(s.scalars(select(AuthSession.id))) == ["s-live"]
        assert list(s.scalars(select(RefreshToken.token_hash))) == ["c" * 64]
    # Every six hours, not more often; a second run finds nothing more to purge.
    clock.advance(seconds=5 * 3600)
    assert "purge" not in _due(services)
    clock.advance(seconds=3600)
    assert "purge" in _due(services)
    assert schedule.run_job(services.library, "purge").message.startswith("purged 0 deletion records")


def test_notices_run_only_where_they_are_sent(services, admin, clock) -> None:
    assert "notices" not in _due(services)  # switched off: the default
    skipped = schedule.run_job(services.library, "notices")
    assert not skipped.ran and skipped.message.startswith("skipped: ")
    with services.library.write() as s:
        services.library.put_setting(s, "notices_enabled", True)
        services.library.put_setting(s, "notice_sender", "server")
    assert "notices" not in _due(services)
    assert "notices" not in _runs(services)


def test_a_job_runs_with_the_rights_of_who_runs_it(services, clock) -> None:
    member = Actor(username="00000001", role=Role.MEMBER, member_id=1)
    refused = schedule.run_job(services.library, "hold_expiry", actor=member)
    assert refused.ran and not refused.ok and refused.message == "Members cannot expire holds"
    assert "hold_expiry" in _due(services)  # failed: retried at the next tick
    desk_clerk = Actor(username="dirk", role=Role.DESK)
    assert schedule.run_job(services.library, "hold_expiry", actor=desk_clerk).ok
    with services.library.read() as s:
        who = s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "scheduled_job")).all()
        assert s.scalar(select(func.count()).select_from(ScheduledRun)) == 1
    assert who == ["00000001", "dirk"]


def test_an_unknown_job_is_refused_with_the_list(services) -> None:
    with pytest.raises(NotFound) as info:
        schedule.run_job(services.library, "dust_shelves")
    assert "hold_expiry, notices, backup, anonymise, purge" in str(info.value)
    server_only = schedule.Place(name=schedule.SERVER)
    assert schedule.due_jobs(services.library, datetime(2026, 3, 2, 12, tzinfo=UTC), server_only)


def test_the_scheduled_anonymising_forgets_old_borrowers_once(services, admin, clock, make_book,
                                                              make_member) -> None:
    from desktop_app.db.models import Loan

    card = make_member("Ana", "Ruiz")
    _, (code,) = make_book("Dune")
    services.circulation.checkout(admin, card, code)
    services.circulation.checkin(admin, code)
    services.setup.update_settings(admin, anonymise_after_days=30)
    clock.advance(days=31)
    result = schedule.run_job(services.library, "anonymise")
    assert (result.ran, result.ok, result.message) == (True, True, "1 returned loans anonymised")
    with services.library.read() as s:
        assert s.scalar(select(Loan.member_id)) is None
    assert "anonymise" not in _due(services)
    assert schedule.run_job(services.library, "anonymise", force=True).message == "0 returned loans anonymised"
