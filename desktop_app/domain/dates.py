"""Due dates and overdue arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

from .values import LibraryCalendar

MAX_SEARCH_DAYS = 366


def next_open_day(day: date, calendar: LibraryCalendar) -> date:
    """``day`` itself if the library is open then, else the first open day after it.

    A calendar closed every day of the week is a configuration error: the original date is
    returned after a year of searching rather than looping forever.
    """
    candidate = day
    for _ in range(MAX_SEARCH_DAYS):
        if calendar.is_open(candidate):
            return candidate
        candidate += timedelta(days=1)
    return day


def due_date(start: date, loan_days: int, calendar: LibraryCalendar) -> date:
    """The due date of a loan starting on ``start``: ``loan_days`` later, pushed past closed days."""
    if loan_days < 0:
        raise ValueError("loan days cannot be negative")
    return next_open_day(start + timedelta(days=loan_days), calendar)


def days_overdue(due: date, today: date) -> int:
    """Whole days past the due date (0 when not overdue)."""
    return max(0, (today - due).days)


def late_days(due: date, on: date, closed: LibraryCalendar | None = None) -> int:
    """The days that count as late for a fine: the days after ``due`` up to and including
    ``on``; with ``closed``, only those on which that calendar has the library open (its closed
    weekdays and single closed dates do not count). ``None``: every day counts.

    Whole weeks are counted by arithmetic, so a loan a year late costs no more than a week."""
    total = days_overdue(due, on)
    if closed is None or total == 0:
        return total
    shut = frozenset(w for w in closed.closed_weekdays if 0 <= w <= 6)
    weeks, rest = divmod(total, 7)
    count = weeks * (7 - len(shut))
    tail = due + timedelta(days=weeks * 7)
    count += sum(1 for i in range(1, rest + 1) if (tail + timedelta(days=i)).weekday() not in shut)
    count -= sum(1 for d in closed.closed_dates if due < d <= on and d.weekday() not in shut)
    return count


def overdue_fine(
    due: date, returned_on: date, *, per_day_cents: int, cap_cents: int | None, grace_days: int,
    enabled: bool = True, closed: LibraryCalendar | None = None,
) -> int:
    """The overdue fine in cents for the days late (``late_days``: with ``closed``, open days
    only). Within the grace period nothing is owed, and grace days are counted the same way;
    past it, every day late counts (grace is forgiveness, not a discount), capped at
    ``cap_cents``."""
    if not enabled or per_day_cents <= 0:
        return 0
    late = late_days(due, returned_on, closed)
    if late <= grace_days:
        return 0
    amount = late * per_day_cents
    if cap_cents is not None and cap_cents >= 0:
        amount = min(amount, cap_cents)
    return amount


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(start.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
