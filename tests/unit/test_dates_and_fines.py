"""Due dates past closed days, overdue days, fines with grace days, cap, and fines off."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.circulation import (
    hold_expired,
    loan_due_date,
    pickup_deadline,
    renewed_due_date,
    return_fine,
)
from desktop_app.domain.dates import days_overdue, due_date, next_open_day, overdue_fine
from desktop_app.domain.values import LibraryCalendar, LoanPolicy, LoanSnapshot

MONDAY = date(2026, 3, 2)
SUNDAY = date(2026, 3, 1)
SUNDAYS = LibraryCalendar(closed_weekdays=frozenset({6}))
WEEKENDS = LibraryCalendar(closed_weekdays=frozenset({5, 6}))


def test_due_date_on_an_open_day_is_start_plus_loan_days() -> None:
    assert due_date(MONDAY, 21, SUNDAYS) == date(2026, 3, 23)
    assert due_date(MONDAY, 0, SUNDAYS) == MONDAY


def test_due_date_falling_on_a_closed_weekday_moves_to_the_next_open_day() -> None:
    assert due_date(SUNDAY, 14, SUNDAYS) == date(2026, 3, 16)  # Sunday 15 -> Monday 16
    assert due_date(date(2026, 3, 6), 1, WEEKENDS) == date(2026, 3, 9)  # Saturday -> Monday


def test_due_date_skips_closed_dates_and_closed_weekdays_together() -> None:
    # Due Monday 23 March, closed 23 and 24 March (holidays): Wednesday 25.
    calendar = LibraryCalendar(frozenset({6}), frozenset({date(2026, 3, 23), date(2026, 3, 24)}))
    assert due_date(MONDAY, 21, calendar) == date(2026, 3, 25)
    # Closed Saturday 28 March, Sunday 29 is weekly closed: Monday 30.
    calendar = LibraryCalendar(frozenset({6}), frozenset({date(2026, 3, 28)}))
    assert due_date(date(2026, 3, 7), 21, calendar) == date(2026, 3, 30)


def test_due_date_refuses_negative_loan_days() -> None:
    with pytest.raises(ValueError, match="negative"):
        due_date(MONDAY, -1, SUNDAYS)


def test_next_open_day_of_a_calendar_closed_every_day_gives_up_instead_of_looping() -> None:
    closed = LibraryCalendar(closed_weekdays=frozenset(range(7)))
    assert next_open_day(MONDAY, closed) == MONDAY


def test_loan_due_date_uses_the_item_type_override() -> None:
    policy = LoanPolicy(loan_days=21, item_type_loan_days={"dvd": 7})
    assert loan_due_date(policy, "dvd", MONDAY, SUNDAYS) == date(2026, 3, 9)
    assert loan_due_date(policy, "book", MONDAY, SUNDAYS) == date(2026, 3, 23)
    assert loan_due_date(policy, None, MONDAY, SUNDAYS) == date(2026, 3, 23)


def test_renewal_runs_a_full_period_from_today_and_never_shortens_the_loan() -> None:
    policy = LoanPolicy(loan_days=14)
    loan = LoanSnapshot(datetime(2026, 3, 2, tzinfo=UTC), date(2026, 3, 16), 0)
    assert renewed_due_date(policy, None, loan, date(2026, 3, 10), SUNDAYS) == date(2026, 3, 24)
    long_loan = LoanSnapshot(datetime(2026, 3, 2, tzinfo=UTC), date(2026, 5, 1), 0)
    assert renewed_due_date(policy, None, long_loan, date(2026, 3, 10), SUNDAYS) == date(2026, 5, 1)
    # 14 days from Sunday 8 March is Sunday 22: pushed to Monday 23.
    assert renewed_due_date(policy, None, loan, date(2026, 3, 8), SUNDAYS) == date(2026, 3, 23)


def test_days_overdue() -> None:
    assert days_overdue(date(2026, 3, 10), date(2026, 3, 10)) == 0
    assert days_overdue(date(2026, 3, 10), date(2026, 3, 9)) == 0
    assert days_overdue(date(2026, 3, 10), date(2026, 3, 13)) == 3


@pytest.mark.parametrize(("returned", "expected"), [
    (date(2026, 3, 10), 0),  # on the due date
    (date(2026, 3, 12), 0),  # 2 days late, within 2 grace days
    (date(2026, 3, 13), 75),  # 3 days late: every day counts once past grace
    (date(2026, 3, 30), 500),  # 20 days * 25 = 500: exactly the cap
    (date(2026, 5, 30), 500),  # capped
])
def test_overdue_fine_with_grace_days_and_cap(returned: date, expected: int) -> None:
    assert overdue_fine(date(2026, 3, 10), returned, per_day_cents=25, cap_cents=500, grace_days=2) == expected


def test_overdue_fine_without_cap_or_grace() -> None:
    assert overdue_fine(date(2026, 3, 10), date(2026, 6, 18), per_day_cents=10, cap_cents=None, grace_days=0) == 1000


def test_overdue_fine_is_zero_when_fines_are_off_or_free() -> None:
    due, back = date(2026, 3, 10), date(2026, 4, 10)
    assert overdue_fine(due, back, per_day_cents=10, cap_cents=None, grace_days=0, enabled=False) == 0
    assert overdue_fine(due, back, per_day_cents=0, cap_cents=None, grace_days=0) == 0


def test_return_fine_follows_the_policy() -> None:
    loan = LoanSnapshot(datetime(2026, 2, 17, tzinfo=UTC), date(2026, 3, 10), 0)
    policy = LoanPolicy(fine_per_day_cents=10, fine_cap_cents=300, grace_days=1)
    assert return_fine(policy, loan, date(2026, 3, 11)) == 0
    assert return_fine(policy, loan, date(2026, 3, 15)) == 50
    assert return_fine(policy, loan, date(2026, 6, 1)) == 300
    off = LoanPolicy(fines_enabled=False)
    assert return_fine(off, loan, date(2026, 6, 1)) == 0


def test_pickup_deadline_never_falls_on_a_closed_day() -> None:
    assert pickup_deadline(MONDAY, 7, SUNDAYS) == date(2026, 3, 9)
    assert pickup_deadline(date(2026, 3, 7), 1, SUNDAYS) == date(2026, 3, 9)  # Sunday 8 -> Monday 9
    holiday = LibraryCalendar(frozenset({6}), frozenset({date(2026, 3, 9)}))
    assert pickup_deadline(MONDAY, 7, holiday) == date(2026, 3, 10)


def test_a_hold_expires_the_day_after_its_pickup_deadline() -> None:
    assert not hold_expired(date(2026, 3, 9), date(2026, 3, 9))
    assert hold_expired(date(2026, 3, 9), date(2026, 3, 10))
