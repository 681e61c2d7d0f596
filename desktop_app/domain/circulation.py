"""Circulation rules: may this copy be lent, renewed, held? Every reason why not.

All functions are pure: they take snapshots and return a list of ``Reason``s (empty means
allowed) or a computed value. Services gather the snapshots and raise ``Refused``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import days_overdue, due_date, late_days, next_open_day, overdue_fine
from .errors import Reason
from .text import day, money
from .values import CopySnapshot, CopyStatus, LibraryCalendar, LoanPolicy, LoanSnapshot, MemberSnapshot


def member_reasons(member: MemberSnapshot, today: date) -> list[Reason]:
    """Reasons the member may not borrow or renew at all."""
    reasons: list[Reason] = []
    if member.blocked:
        why = f": {member.block_reason}" if member.block_reason else ""
        reasons.append(Reason("member_blocked", f"{member.name} ({member.card_number}) is blocked{why}",
                              values={"member": member.name, "reason": member.block_reason or ""}))
    if member.expires is not None and member.expires < today:
        reasons.append(Reason(
            "member_expired",
            f"{member.name}'s membership ({member.card_number}) expired on {day(member.expires)}",
            values={"member": member.name, "date": member.expires},
        ))
    return reasons


def _limit_reasons(member: MemberSnapshot) -> list[Reason]:
    reasons: list[Reason] = []
    policy = member.policy
    max_overdue = policy.max_overdue_days
    if max_overdue is not None and member.oldest_overdue_days > max_overdue:
        reasons.append(Reason(
            "overdue_limit",
            f"{member.name} has an item {member.oldest_overdue_days} days overdue "
            f"(lending stops after {max_overdue})",
            values={"member": member.name, "days": member.oldest_overdue_days, "limit": max_overdue},
        ))
    max_owed = policy.max_owed_cents
    if max_owed is not None and member.owed_cents > max_owed:
        reasons.append(Reason(
            "owes_limit",
            f"{member.name} owes {money(member.owed_cents)} (lending stops above {money(max_owed)})",
            values={"member": member.name, "cents": member.owed_cents, "limit_cents": max_owed},
        ))
    return reasons


def lend_reasons(
    member: MemberSnapshot | None, copy: CopySnapshot | None, *, today: date,
    scanned_copy: str = "", scanned_card: str = "",
) -> list[Reason]:
    """Every reason ``copy`` may not be lent to ``member`` today (empty list: it may)."""
    reasons: list[Reason] = []
    if copy is None:
        reasons.append(Reason("unknown_copy", f"No copy has the barcode {scanned_copy!r}", overridable=False,
                              values={"barcode": scanned_copy}))
    if member is None:
        reasons.append(Reason("unknown_member", f"No member has the card number {scanned_card!r}",
                              overridable=False, values={"card": scanned_card}))
    if copy is not None:
        label = f"Copy {copy.barcode} '{copy.title}'"
        if copy.status == CopyStatus.ON_LOAN:
            until = f" until {day(copy.due_date)}" if copy.due_date else ""
            reasons.append(Reason(
                "copy_on_loan", f"{label} is on loan to {copy.borrower_name or 'another member'}{until}",
                overridable=False, values={"name": copy.borrower_name or "", "date": copy.due_date},
            ))
        elif copy.status == CopyStatus.ON_HOLD_SHELF:
            if member is None or copy.reserved_for_member != member.card_number:
                reasons.append(Reason(
                    "copy_on_hold_for_other",
                    f"{label} is on the hold shelf for {copy.reserved_for_name or 'another member'}",
                    values={"name": copy.reserved_for_name or ""},
                ))
        elif copy.status == CopyStatus.LOST:
            reasons.append(Reason("copy_lost", f"{label} is marked lost"))
        elif copy.status == CopyStatus.WITHDRAWN:
            reasons.append(Reason("copy_withdrawn", f"{label} is withdrawn from the collection"))
        elif copy.status == CopyStatus.DAMAGED:
            reasons.append(Reason("copy_damaged", f"{label} is marked damaged"))
        elif copy.status == CopyStatus.IN_REPAIR:
            reasons.append(Reason("copy_in_repair", f"{label} is marked in repair"))
        elif copy.status == CopyStatus.NOT_FOR_LOAN:
            # Not overridable: a loan would end with the copy back "on the shelf" and lendable.
            # A librarian who wants to lend it puts it back first (the catalog's copy actions).
            reasons.append(Reason("copy_not_for_loan", f"{label} is for reference only (not for loan); a "
                                  "librarian can put it back on the shelf to lend it", overridable=False))
    if member is not None:
        reasons.extend(member_reasons(member, today))
        if member.open_loans >= member.policy.max_loans:
            reasons.append(Reason(
                "loan_limit",
                f"{member.name} already has {member.open_loans} items on loan (limit {member.policy.max_loans})",
                values={"member": member.name, "count": member.open_loans, "limit": member.policy.max_loans},
            ))
        reasons.extend(_limit_reasons(member))
    return reasons


def loan_due_date(policy: LoanPolicy, item_type: str | None, today: date, calendar: LibraryCalendar) -> date:
    return due_date(today, policy.days_for(item_type), calendar)


def renew_reasons(
    member: MemberSnapshot, copy: CopySnapshot, loan: LoanSnapshot, *, today: date, others_waiting: int,
    fine_cents: int = 0, refuse_overdue: bool = False, closed: LibraryCalendar | None = None,
) -> list[Reason]:
    """Every reason the loan may not be renewed today.

    ``fine_cents``: what this renewal would charge (``accrued_fine``): a member whose open fees
    and that fine together pass the category's ``max_owed_cents`` owes too much to renew.
    ``refuse_overdue`` (the library's ``renew_overdue`` is "refuse"): a loan with a day late
    (``late_days`` with ``closed``, as fines count them) must be returned. Both are overridable."""
    label = f"Copy {copy.barcode} '{copy.title}'"
    reasons = member_reasons(member, today)
    policy = member.policy
    if loan.renewals >= policy.max_renewals:
        reasons.append(Reason(
            "max_renewals",
            f"{label} has been renewed {loan.renewals} times already (limit {policy.max_renewals})",
            values={"count": loan.renewals, "limit": policy.max_renewals},
        ))
    if others_waiting > 0:
        who = "another member is" if others_waiting == 1 else f"{others_waiting} members are"
        reasons.append(Reason("hold_waiting", f"{label} cannot be renewed: {who} waiting for it",
                              values={"count": others_waiting}))
    late = days_overdue(loan.due_date, today)
    if policy.max_overdue_days is not None and late > policy.max_overdue_days:
        reasons.append(Reason(
            "overdue_too_long", f"{label} is {late} days overdue; it must be returned, not renewed",
            values={"days": late},
        ))
    elif refuse_overdue and late_days(loan.due_date, today, closed) > 0:
        reasons.append(Reason(
            "renew_overdue", f"{label} was due on {day(loan.due_date)}: the library does not renew overdue "
            "loans; it must be returned", values={"date": loan.due_date, "days": late},
        ))
    owed, max_owed = member.owed_cents + fine_cents, policy.max_owed_cents
    if max_owed is not None and owed > max_owed:
        part = f" with this loan's fine of {money(fine_cents)}" if fine_cents else ""
        reasons.append(Reason(
            "renew_owes_limit",
            f"{member.name} owes {money(owed)}{part} (renewals stop above {money(max_owed)})",
            values={"member": member.name, "cents": owed, "fine_cents": fine_cents, "limit_cents": max_owed},
        ))
    return reasons


def renewed_due_date(policy: LoanPolicy, item_type: str | None, loan: LoanSnapshot, today: date,
                     calendar: LibraryCalendar) -> date:
    """A renewal runs a full loan period from today, and never shortens the loan."""
    return max(loan.due_date, due_date(today, policy.days_for(item_type), calendar))


def no_extension_reason(label: str, loan: LoanSnapshot, new_due: date) -> Reason | None:
    """A renewal that would not move the due date (lent today, renewed twice in a row) is
    refused rather than using up a renewal."""
    if new_due > loan.due_date:
        return None
    return Reason("renewal_no_change", f"{label} is already due on {day(loan.due_date)}; renewing it today "
                  "would not give more time", overridable=False, values={"date": loan.due_date})


def accrued_fine(policy: LoanPolicy, loan: LoanSnapshot, on: date, *, closed: LibraryCalendar | None = None,
                 charged_cents: int = 0) -> int:
    """The overdue fine (cents) the open loan has run up by ``on`` for the days past its
    current due date: what a return or a renewal on ``on`` charges, and what the desk shows
    while the book is out.

    - Days late are ``late_days(loan.due_date, on, closed)``: ``closed`` is the library's
      calendar when closed days do not count (setting ``fines_on_closed_days`` off), ``None``
      when every day counts. Grace days are counted the same way.
    - Nothing within the category's grace; past it every counted day at ``fine_per_day_cents``.
    - A renewal charges what ran up and moves the due date, so each due date is judged afresh
      (its own grace). ``charged_cents``: the overdue fees this loan already ran up at earlier
      renewals (waived ones too); all of them together never pass ``fine_cap_cents``.
    - 0 when fines are off for the library or the category."""
    amount = overdue_fine(
        loan.due_date, on, per_day_cents=policy.fine_per_day_cents, cap_cents=policy.fine_cap_cents,
        grace_days=policy.grace_days, enabled=policy.fines_enabled, closed=closed,
    )
    if policy.fine_cap_cents is not None and policy.fine_cap_cents >= 0:
        amount = min(amount, max(0, policy.fine_cap_cents - charged_cents))
    return amount


return_fine = accrued_fine  # the name of the fine at return, kept for its callers


@dataclass(frozen=True)
class HoldRequest:
    book_title: str
    already_has_active_hold: bool
    already_borrowed: bool


def hold_reasons(member: MemberSnapshot, request: HoldRequest, today: date) -> list[Reason]:
    """Every reason the member may not place a hold on the book."""
    reasons = member_reasons(member, today)
    if request.already_has_active_hold:
        reasons.append(Reason(
            "hold_exists", f"{member.name} already has a hold on '{request.book_title}'", overridable=False,
            values={"member": member.name, "title": request.book_title},
        ))
    if request.already_borrowed:
        reasons.append(Reason(
            "already_borrowed", f"{member.name} already has '{request.book_title}' on loan", overridable=False,
            values={"member": member.name, "title": request.book_title},
        ))
    if member.active_holds >= member.policy.max_holds:
        reasons.append(Reason(
            "hold_limit", f"{member.name} already has {member.active_holds} holds (limit {member.policy.max_holds})",
            values={"member": member.name, "count": member.active_holds, "limit": member.policy.max_holds},
        ))
    return reasons


def pickup_deadline(today: date, pickup_days: int, calendar: LibraryCalendar) -> date:
    """Last day a copy waits on the hold shelf; never a closed day."""
    return next_open_day(today + timedelta(days=pickup_days), calendar)


def hold_expired(pickup_by: date, today: date) -> bool:
    return today > pickup_by
