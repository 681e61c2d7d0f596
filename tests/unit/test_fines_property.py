"""Fines against a plain reference computation (Hypothesis): dates, closed weekdays, single
closed days, grace, cap, per-day amount, and a loan renewed a few times and then returned.

The rule the reference states in the plainest code (``domain.circulation.accrued_fine``):

- a day late is a day after the due date, up to and including the day of the return or
  renewal; when closed days do not count (the library's ``fines_on_closed_days`` off), a day
  the library is closed (a closed weekday or a single closed date) is not a day late;
- grace days are counted the same way: with at most ``grace`` days late nothing is owed, past
  it every day late costs ``per_day`` (grace forgives, it does not discount);
- a renewal charges what ran up and gives a new due date (``max(old due, renewal day + loan
  days pushed to an open day)``), whose lateness is judged afresh;
- all the overdue fees of one loan together never pass the cap.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import circulation as rules
from desktop_app.domain.dates import late_days
from desktop_app.domain.values import (
    CopySnapshot,
    CopyStatus,
    LibraryCalendar,
    LoanPolicy,
    LoanSnapshot,
    MemberSnapshot,
)

START, END = date(2020, 1, 1), date(2030, 12, 31)
days = st.dates(min_value=START, max_value=END)
weekdays = st.frozensets(st.integers(0, 6), max_size=6)  # a library open at least one day a week
closed_dates = st.frozensets(st.dates(min_value=START, max_value=END + timedelta(days=800)), max_size=40)
caps = st.none() | st.integers(0, 5000)


# -- the reference: one day at a time ------------------------------------------------------------
def ref_is_closed(d: date, weekdays: frozenset[int], dates: frozenset[date]) -> bool:
    return d.weekday() in weekdays or d in dates


def ref_late(due: date, on: date, weekdays: frozenset[int], dates: frozenset[date], closed_count: bool) -> int:
    late = 0
    d = due + timedelta(days=1)
    while d <= on:
        if closed_count or not ref_is_closed(d, weekdays, dates):
            late += 1
        d += timedelta(days=1)
    return late


def ref_fine(late: int, *, per_day: int, cap: int | None, grace: int, enabled: bool, charged: int) -> int:
    fine = late * per_day if enabled and late > grace else 0
    if cap is not None:
        fine = min(fine, cap - charged if cap > charged else 0)
    return max(fine, 0)


def ref_due(start: date, loan_days: int, weekdays: frozenset[int], dates: frozenset[date]) -> date:
    d = start + timedelta(days=loan_days)
    while ref_is_closed(d, weekdays, dates):
        d += timedelta(days=1)
    return d


# -- properties ----------------------------------------------------------------------------------
@given(due=days, later=st.integers(-20, 900), weekdays=weekdays, dates=closed_dates)
def test_days_late_are_the_open_days_after_the_due_date(due, later, weekdays, dates) -> None:
    on = due + timedelta(days=later)
    cal = LibraryCalendar(weekdays, dates)
    assert late_days(due, on, cal) == ref_late(due, on, weekdays, dates, closed_count=False)
    assert late_days(due, on) == ref_late(due, on, weekdays, dates, closed_count=True) == max(0, later)


@given(due=days, later=st.integers(0, 400), weekdays=weekdays, dates=closed_dates, per_day=st.integers(0, 200),
       cap=caps, grace=st.integers(0, 10), enabled=st.booleans(), closed_count=st.booleans(),
       charged=st.integers(0, 3000))
def test_the_fine_so_far_is_the_reference(due, later, weekdays, dates, per_day, cap, grace, enabled, closed_count,
                                          charged) -> None:
    policy = LoanPolicy(fines_enabled=enabled, fine_per_day_cents=per_day, fine_cap_cents=cap, grace_days=grace)
    on = due + timedelta(days=later)
    closed = None if closed_count else LibraryCalendar(weekdays, dates)
    loan = LoanSnapshot(datetime(2019, 1, 1, tzinfo=UTC), due, 0)
    got = rules.accrued_fine(policy, loan, on, closed=closed, charged_cents=charged)
    late = ref_late(due, on, weekdays, dates, closed_count)
    assert got == ref_fine(late, per_day=per_day, cap=cap, grace=grace, enabled=enabled, charged=charged)
    # It never shrinks while the book stays out, and closed days never make it dearer.
    assert rules.accrued_fine(policy, loan, on + timedelta(days=1), closed=closed, charged_cents=charged) >= got
    assert rules.accrued_fine(policy, loan, on, charged_cents=charged) >= got


@settings(max_examples=300)
@given(lent=days, loan_days=st.integers(1, 30), weekdays=weekdays, dates=closed_dates, per_day=st.integers(1, 150),
       cap=caps, grace=st.integers(0, 7), closed_count=st.booleans(),
       gaps=st.lists(st.integers(1, 60), max_size=5), back_after=st.integers(0, 90))
def test_renewals_then_a_return_charge_what_the_reference_charges(lent, loan_days, weekdays, dates, per_day, cap,
                                                                  grace, closed_count, gaps, back_after) -> None:
    """A loan lent on ``lent``, renewed after each gap (days after the previous event), returned
    ``back_after`` days after the last: every charge, and the sum, as the reference says."""
    policy = LoanPolicy(loan_days=loan_days, fine_per_day_cents=per_day, fine_cap_cents=cap, grace_days=grace,
                        max_renewals=len(gaps))
    cal = LibraryCalendar(weekdays, dates)
    closed = None if closed_count else cal
    loan = LoanSnapshot(datetime.combine(lent, datetime.min.time(), UTC),
                        rules.loan_due_date(policy, None, lent, cal), 0)
    ref_due_date = ref_due(lent, loan_days, weekdays, dates)
    assert loan.due_date == ref_due_date
    charged = ref_charged = 0
    event = lent
    for gap in gaps:
        event += timedelta(days=gap)
        fine = rules.accrued_fine(policy, loan, event, closed=closed, charged_cents=charged)
        ref = ref_fine(ref_late(ref_due_date, event, weekdays, dates, closed_count), per_day=per_day, cap=cap,
                       grace=grace, enabled=True, charged=ref_charged)
        assert fine == ref
        charged, ref_charged = charged + fine, ref_charged + ref
        new_due = rules.renewed_due_date(policy, None, loan, event, cal)
        ref_due_date = max(ref_due_date, ref_due(event, loan_days, weekdays, dates))
        assert new_due == ref_due_date
        loan = LoanSnapshot(loan.checked_out_at, new_due, loan.renewals + 1)
    back = event + timedelta(days=back_after)
    fine = rules.return_fine(policy, loan, back, closed=closed, charged_cents=charged)
    assert fine == ref_fine(ref_late(ref_due_date, back, weekdays, dates, closed_count), per_day=per_day, cap=cap,
                            grace=grace, enabled=True, charged=ref_charged)
    if cap is not None:
        assert charged + fine <= cap  # the cap holds for the loan across its renewals


def _member(owed: int, policy: LoanPolicy) -> MemberSnapshot:
    return MemberSnapshot(name="Ana Ruiz", card_number="M1", expires=None, blocked=False, block_reason=None,
                          open_loans=1, oldest_overdue_days=0, owed_cents=owed, active_holds=0, policy=policy)


@given(due=days, later=st.integers(-10, 60), weekdays=weekdays, dates=closed_dates, refuse=st.booleans(),
       closed_count=st.booleans(), owed=st.integers(0, 2000), fine=st.integers(0, 600),
       max_owed=st.none() | st.integers(0, 2000))
def test_a_renewal_is_refused_when_overdue_by_a_counted_day_or_owing_too_much(due, later, weekdays, dates, refuse,
                                                                              closed_count, owed, fine,
                                                                              max_owed) -> None:
    policy = LoanPolicy(max_overdue_days=None, max_owed_cents=max_owed, max_renewals=5)
    today = due + timedelta(days=later)
    copy = CopySnapshot(barcode="C1", title="Dune", status=CopyStatus.ON_LOAN, item_type=None)
    loan = LoanSnapshot(datetime(2019, 1, 1, tzinfo=UTC), due, 0)
    reasons = rules.renew_reasons(_member(owed, policy), copy, loan, today=today, others_waiting=0, fine_cents=fine,
                                  refuse_overdue=refuse,
                                  closed=None if closed_count else LibraryCalendar(weekdays, dates))
    codes = {r.code for r in reasons}
    late = ref_late(due, today, weekdays, dates, closed_count)
    assert ("renew_overdue" in codes) == (refuse and late > 0)
    assert ("renew_owes_limit" in codes) == (max_owed is not None and owed + fine > max_owed)
    assert all(r.overridable for r in reasons)
