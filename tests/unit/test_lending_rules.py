"""Every reason a loan, a renewal or a hold is refused, with the words a clerk reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.circulation import HoldRequest, hold_reasons, lend_reasons, member_reasons, renew_reasons
from desktop_app.domain.errors import Reason, Refused
from desktop_app.domain.values import CopySnapshot, CopyStatus, LoanPolicy, LoanSnapshot, MemberSnapshot

TODAY = date(2026, 3, 2)
POLICY = LoanPolicy(loan_days=21, max_loans=3, max_renewals=2, max_holds=2, max_overdue_days=10,
                    max_owed_cents=1000)
ANA = MemberSnapshot(name="Ana Ruiz", card_number="20000000016", expires=date(2027, 1, 1), blocked=False,
                     block_reason=None, open_loans=0, oldest_overdue_days=0, owed_cents=0, active_holds=0,
                     policy=POLICY)
DUNE = CopySnapshot(barcode="30000000015", title="Dune", status=CopyStatus.AVAILABLE)
LOAN = LoanSnapshot(datetime(2026, 2, 20, tzinfo=UTC), date(2026, 3, 13), 0)


def codes(reasons: list[Reason]) -> list[str]:
    return [r.code for r in reasons]


def test_an_available_copy_for_a_member_in_good_standing_may_be_lent() -> None:
    assert lend_reasons(ANA, DUNE, today=TODAY) == []


def test_unknown_copy_and_member_name_what_was_scanned_and_cannot_be_overridden() -> None:
    reasons = lend_reasons(None, None, today=TODAY, scanned_copy="3999", scanned_card="2999")
    assert codes(reasons) == ["unknown_copy", "unknown_member"]
    assert reasons[0].text == "No copy has the barcode '3999'"
    assert reasons[1].text == "No member has the card number '2999'"
    assert not Refused("lend", reasons).overridable


def test_copy_on_loan_names_the_borrower_and_due_date_and_cannot_be_overridden() -> None:
    copy = replace(DUNE, status=CopyStatus.ON_LOAN, borrower_name="Bo Li", due_date=date(2026, 3, 20))
    [reason] = lend_reasons(ANA, copy, today=TODAY)
    assert reason == Reason("copy_on_loan", "Copy 30000000015 'Dune' is on loan to Bo Li until 20 Mar 2026",
                            overridable=False)


def test_copy_on_the_hold_shelf_for_someone_else_is_refused_but_not_for_its_member() -> None:
    copy = replace(DUNE, status=CopyStatus.ON_HOLD_SHELF, reserved_for_member="20000000024",
                   reserved_for_name="Bo Li")
    [reason] = lend_reasons(ANA, copy, today=TODAY)
    assert reason.code == "copy_on_hold_for_other"
    assert reason.text == "Copy 30000000015 'Dune' is on the hold shelf for Bo Li"
    assert reason.overridable
    mine = replace(copy, reserved_for_member=ANA.card_number)
    assert lend_reasons(ANA, mine, today=TODAY) == []


@pytest.mark.parametrize(("status", "code", "text"), [
    (CopyStatus.LOST, "copy_lost", "Copy 30000000015 'Dune' is marked lost"),
    (CopyStatus.WITHDRAWN, "copy_withdrawn", "Copy 30000000015 'Dune' is withdrawn from the collection"),
    (CopyStatus.DAMAGED, "copy_damaged", "Copy 30000000015 'Dune' is marked damaged"),
])
def test_lost_withdrawn_and_damaged_copies_are_refused(status: CopyStatus, code: str, text: str) -> None:
    assert lend_reasons(ANA, replace(DUNE, status=status), today=TODAY) == [Reason(code, text)]


def test_blocked_member_with_reason() -> None:
    member = replace(ANA, blocked=True, block_reason="lost card")
    assert lend_reasons(member, DUNE, today=TODAY) == [
        Reason("member_blocked", "Ana Ruiz (20000000016) is blocked: lost card")]


def test_expired_member_names_the_date_and_the_last_valid_day_is_still_fine() -> None:
    expired = replace(ANA, expires=date(2026, 3, 1))
    assert lend_reasons(expired, DUNE, today=TODAY) == [
        Reason("member_expired", "Ana Ruiz's membership (20000000016) expired on 1 Mar 2026")]
    assert lend_reasons(replace(ANA, expires=TODAY), DUNE, today=TODAY) == []


def test_loan_limit() -> None:
    assert codes(lend_reasons(replace(ANA, open_loans=2), DUNE, today=TODAY)) == []
    [reason] = lend_reasons(replace(ANA, open_loans=3), DUNE, today=TODAY)
    assert reason.text == "Ana Ruiz already has 3 items on loan (limit 3)"


def test_overdue_beyond_the_limit() -> None:
    assert lend_reasons(replace(ANA, oldest_overdue_days=10), DUNE, today=TODAY) == []
    [reason] = lend_reasons(replace(ANA, oldest_overdue_days=11), DUNE, today=TODAY)
    assert reason == Reason("overdue_limit", "Ana Ruiz has an item 11 days overdue (lending stops after 10)")


def test_owing_beyond_the_limit() -> None:
    assert lend_reasons(replace(ANA, owed_cents=1000), DUNE, today=TODAY) == []
    [reason] = lend_reasons(replace(ANA, owed_cents=1050), DUNE, today=TODAY)
    assert reason == Reason("owes_limit", "Ana Ruiz owes 10.50 (lending stops above 10.00)")


def test_no_limits_when_the_policy_has_none() -> None:
    free = replace(ANA, policy=LoanPolicy(max_overdue_days=None, max_owed_cents=None), oldest_overdue_days=400,
                   owed_cents=99_999)
    assert lend_reasons(free, DUNE, today=TODAY) == []


def test_every_reason_is_reported_at_once() -> None:
    member = replace(ANA, blocked=True, expires=date(2026, 1, 1), open_loans=3, oldest_overdue_days=20,
                     owed_cents=5000)
    assert codes(lend_reasons(member, replace(DUNE, status=CopyStatus.LOST), today=TODAY)) == [
        "copy_lost", "member_blocked", "member_expired", "loan_limit", "overdue_limit", "owes_limit"]
    refusal = Refused("lend", lend_reasons(member, DUNE, today=TODAY))
    assert refusal.overridable
    assert "is blocked" in str(refusal) and "owes 50.00" in str(refusal)


def test_renewal_allowed_then_each_reason() -> None:
    assert renew_reasons(ANA, DUNE, LOAN, today=TODAY, others_waiting=0) == []
    [r] = renew_reasons(ANA, DUNE, replace(LOAN, renewals=2), today=TODAY, others_waiting=0)
    assert r == Reason("max_renewals", "Copy 30000000015 'Dune' has been renewed 2 times already (limit 2)")
    [r] = renew_reasons(ANA, DUNE, LOAN, today=TODAY, others_waiting=1)
    assert r.text == "Copy 30000000015 'Dune' cannot be renewed: another member is waiting for it"
    [r] = renew_reasons(ANA, DUNE, LOAN, today=TODAY, others_waiting=3)
    assert r.text == "Copy 30000000015 'Dune' cannot be renewed: 3 members are waiting for it"
    late = date(2026, 3, 24)  # 11 days after 13 March, limit 10
    [r] = renew_reasons(ANA, DUNE, LOAN, today=late, others_waiting=0)
    assert r == Reason("overdue_too_long",
                       "Copy 30000000015 'Dune' is 11 days overdue; it must be returned, not renewed")
    assert renew_reasons(ANA, DUNE, LOAN, today=date(2026, 3, 23), others_waiting=0) == []


def test_renewal_refused_for_blocked_or_expired_member() -> None:
    member = replace(ANA, blocked=True, block_reason=None)
    assert [r.text for r in renew_reasons(member, DUNE, LOAN, today=TODAY, others_waiting=0)] == [
        "Ana Ruiz (20000000016) is blocked"]
    assert codes(member_reasons(replace(ANA, expires=date(2026, 3, 1)), TODAY)) == ["member_expired"]


def test_hold_rules() -> None:
    request = HoldRequest("Dune", already_has_active_hold=False, already_borrowed=False)
    assert hold_reasons(ANA, request, TODAY) == []
    twice = hold_reasons(ANA, replace(request, already_has_active_hold=True), TODAY)
    assert twice == [Reason("hold_exists", "Ana Ruiz already has a hold on 'Dune'", overridable=False)]
    borrowed = hold_reasons(ANA, replace(request, already_borrowed=True), TODAY)
    assert borrowed == [Reason("already_borrowed", "Ana Ruiz already has 'Dune' on loan", overridable=False)]
    full = hold_reasons(replace(ANA, active_holds=2), request, TODAY)
    assert full == [Reason("hold_limit", "Ana Ruiz already has 2 holds (limit 2)")]
    assert codes(hold_reasons(replace(ANA, blocked=True), request, TODAY)) == ["member_blocked"]


def test_refused_message_joins_reasons_and_has_a_fallback() -> None:
    refusal = Refused("lend", [Reason("a", "First."), Reason("b", "Second.", overridable=False)])
    assert str(refusal) == "First.; Second."
    assert refusal.codes == ["a", "b"]
    assert not refusal.overridable
    assert str(Refused("lend", [])) == "lend refused"
    assert not Refused("lend", []).overridable
