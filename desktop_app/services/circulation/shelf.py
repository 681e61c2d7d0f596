"""The hold shelf: a copy that comes back (or leaves a hold that will not be collected) goes
to the first member in line, or back on the shelf. Part of the return and hold transitions,
never a transition of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...db.models import Copy, Hold, Member
from ...domain import circulation as rules
from ...domain.values import CopyStatus, HoldStatus
from ..transaction import Tx
from .policies import calendar


@dataclass(frozen=True)
class Trapped:
    hold_uuid: str
    name: str
    card: str
    pickup_by: date


def trap_for_hold(tx: Tx, copy: Copy) -> Trapped | None:
    """If a member waits for this copy's book, put the copy on the hold shelf for the first
    in line (oldest hold) and return who; else leave it and return None. The caller bumps
    the copy's version."""
    hold = tx.s.scalar(select(Hold).where(Hold.book_id == copy.book_id, Hold.status == HoldStatus.WAITING)
                       .order_by(Hold.placed_at, Hold.id).limit(1))
    if hold is None:
        return None
    days = int(tx.lib.setting(tx.s, "pickup_days"))
    hold.status = HoldStatus.READY.value
    hold.copy_id = copy.id
    hold.ready_at = tx.now
    hold.pickup_by = rules.pickup_deadline(tx.today, days, calendar(tx.lib, tx.s, tx.today))
    tx.touch(hold)
    copy.status = CopyStatus.ON_HOLD_SHELF.value
    member = tx.s.get(Member, hold.member_id)
    assert member is not None
    return Trapped(hold.uuid, member.full_name, member.card_number, hold.pickup_by)


def release_copy(tx: Tx, copy: Copy) -> Trapped | None:
    """A copy leaves a hold that will not be collected: the next in line gets it, or it
    goes back on the shelf."""
    copy.status = CopyStatus.AVAILABLE.value
    trapped = trap_for_hold(tx, copy)
    tx.touch(copy)
    return trapped
