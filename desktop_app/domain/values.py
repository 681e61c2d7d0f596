"""Value types shared by the rules: statuses, roles, policies and snapshots of rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class CopyStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    ON_HOLD_SHELF = "on_hold_shelf"
    LOST = "lost"
    DAMAGED = "damaged"
    WITHDRAWN = "withdrawn"


class HoldStatus(StrEnum):
    WAITING = "waiting"
    READY = "ready"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FeeKind(StrEnum):
    OVERDUE = "overdue"
    LOST = "lost"
    MANUAL = "manual"


class Role(StrEnum):
    ADMIN = "admin"
    LIBRARIAN = "librarian"
    DESK = "desk"
    MEMBER = "member"


class AuthorRole(StrEnum):
    AUTHOR = "author"
    EDITOR = "editor"
    ILLUSTRATOR = "illustrator"
    TRANSLATOR = "translator"


ROLE_RANK = {Role.MEMBER: 0, Role.DESK: 1, Role.LIBRARIAN: 2, Role.ADMIN: 3}

ACTIVE_HOLD = (HoldStatus.WAITING, HoldStatus.READY)


@dataclass(frozen=True)
class LoanPolicy:
    """A member category's loan rules. Money in cents; ``None`` limits mean no limit."""

    loan_days: int = 21
    max_loans: int = 10
    max_renewals: int = 2
    max_holds: int = 5
    fines_enabled: bool = True
    fine_per_day_cents: int = 10
    fine_cap_cents: int = 500
    grace_days: int = 0
    max_overdue_days: int | None = 30
    max_owed_cents: int | None = 1000
    item_type_loan_days: dict[str, int] = field(default_factory=dict)

    def days_for(self, item_type: str | None) -> int:
        if item_type and item_type in self.item_type_loan_days:
            return self.item_type_loan_days[item_type]
        return self.loan_days


@dataclass(frozen=True)
class LibraryCalendar:
    """Weekly closed days (0 = Monday ... 6 = Sunday) and single closed dates."""

    closed_weekdays: frozenset[int] = frozenset()
    closed_dates: frozenset[date] = frozenset()

    def is_open(self, day: date) -> bool:
        return day.weekday() not in self.closed_weekdays and day not in self.closed_dates


@dataclass(frozen=True)
class MemberSnapshot:
    """What the rules need to know about a member."""

    name: str
    card_number: str
    expires: date | None
    blocked: bool
    block_reason: str | None
    open_loans: int
    oldest_overdue_days: int
    owed_cents: int
    active_holds: int
    policy: LoanPolicy


@dataclass(frozen=True)
class CopySnapshot:
    barcode: str
    title: str
    status: CopyStatus
    item_type: str | None = None
    # who holds it now (for on_loan) or who it waits for (on_hold_shelf)
    borrower_name: str | None = None
    due_date: date | None = None
    reserved_for_member: str | None = None  # card number the hold-shelf copy is for
    reserved_for_name: str | None = None


@dataclass(frozen=True)
class LoanSnapshot:
    checked_out_at: datetime
    due_date: date
    renewals: int
    returned_at: datetime | None = None
