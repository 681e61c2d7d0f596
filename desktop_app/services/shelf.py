"""The hold shelf: setting a returned copy aside for the first member in line, and letting
uncollected holds expire so the next in line gets the copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Copy, Hold, Member
from ..domain import circulation as rules
from ..domain.values import CopyStatus, HoldStatus
from .library import Library

DEFAULT_PICKUP_DAYS = 7


@dataclass(frozen=True)
class Trapped:
    hold_uuid: str
    name: str
    card: str
    pickup_by: date


def trap_for_hold(lib: Library, s: Session, copy: Copy, today: date) -> Trapped | None:
    """If a member waits for this copy's book, put the copy on the hold shelf for the first
    in line (oldest hold) and return who; else leave it and return None."""
    from .policies import calendar

    hold = s.scalar(select(Hold).where(Hold.book_id == copy.book_id, Hold.status == HoldStatus.WAITING)
                    .order_by(Hold.placed_at, Hold.id).limit(1))
    if hold is None:
        return None
    days = int(lib.setting(s, "pickup_days", DEFAULT_PICKUP_DAYS))
    hold.status = HoldStatus.READY.value
    hold.copy_id = copy.id
    hold.ready_at = lib.now()
    hold.pickup_by = rules.pickup_deadline(today, days, calendar(lib, s))
    hold.version += 1
    hold.updated_at = lib.now()
    copy.status = CopyStatus.ON_HOLD_SHELF.value
    member = s.get(Member, hold.member_id)
    assert member is not None
    return Trapped(hold.uuid, member.full_name, member.card_number, hold.pickup_by)


def release_copy(lib: Library, s: Session, copy: Copy, today: date) -> Trapped | None:
    """A copy leaves a hold that will not be collected: the next in line gets it, or it
    goes back on the shelf."""
    copy.status = CopyStatus.AVAILABLE.value
    copy.version += 1
    return trap_for_hold(lib, s, copy, today)
