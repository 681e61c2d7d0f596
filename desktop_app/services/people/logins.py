"""Counting failed logins: per account name and per place (``login_failures``).

Five failures in a row from one place lock that account *from that place* for 5 minutes,
then 30, then a day; a good login from there clears the count and the escalation. Names
that are no account at all are counted the same way, so a lock says nothing about whether
an account exists, and nobody can lock an account out from everywhere: the owner (or an
admin) elsewhere still logs in, and an admin can clear every lock (``clear_all``; at the
computer that holds the database, ``library-desk staff unlock`` needs no login at all)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db.base import rowcount
from ...db.models import LoginFailure

MAX_FAILURES = 5
LOCK_STEPS = (timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=24))
LOCAL = "local"  # the place of a login typed at the desk itself


def staff_key(username: str) -> str:
    return f"staff:{username.strip().lower()}"[:120]


def card_key(card_number: str) -> str:
    return f"card:{card_number}"[:120]


def locked_until(s: Session, account: str, address: str, now: datetime) -> datetime | None:
    """When the lock of ``account`` from ``address`` ends (None: not locked)."""
    until = s.scalar(select(LoginFailure.locked_until).where(LoginFailure.account == account,
                                                             LoginFailure.address == address[:64]))
    return until if until is not None and until > now else None


def failed(s: Session, account: str, address: str, now: datetime) -> datetime | None:
    """Count one failure; returns the end of the lock it caused, if it caused one."""
    row = s.get(LoginFailure, (account, address[:64]))
    if row is None:
        row = LoginFailure(account=account, address=address[:64], failures=0, lockouts=0, last_failure_at=now)
        s.add(row)
    row.failures += 1
    row.last_failure_at = now
    if row.failures < MAX_FAILURES:
        return None
    row.locked_until = now + LOCK_STEPS[min(row.lockouts, len(LOCK_STEPS) - 1)]
    row.lockouts += 1
    row.failures = 0
    return row.locked_until


def succeeded(s: Session, account: str, address: str) -> None:
    s.execute(delete(LoginFailure).where(LoginFailure.account == account, LoginFailure.address == address[:64]))


def clear_all(s: Session, account: str) -> int:
    return rowcount(s.execute(delete(LoginFailure).where(LoginFailure.account == account)))


def latest_locks(s: Session, now: datetime) -> dict[str, datetime]:
    """Account name -> the end of its latest lock still running (any place)."""
    rows = s.execute(select(LoginFailure.account, func.max(LoginFailure.locked_until))
                     .where(LoginFailure.locked_until > now).group_by(LoginFailure.account))
    return {account: until for account, until in rows if until is not None}
