"""Holds: members queue for a book; a returned copy waits on the hold shelf for the first in
line until a pickup deadline; uncollected holds expire and the next in line gets the copy.

Placing, cancelling and expiring a hold are transitions (``tx`` first); filling one happens
inside a return (``shelf.trap_for_hold``). ``Holds`` is the door for the desk and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Book, Copy, Hold, Loan, Member
from ...domain import circulation as rules
from ...domain.errors import NotFound, PermissionDenied, Reason, Refused
from ...domain.text import normalize_scan
from ...domain.values import ACTIVE_HOLD, CopyStatus, HoldStatus, Role
from ..library import Actor, Library, require
from ..transaction import Tx, action
from .overrides import allow_override
from .policies import member_snapshot
from .shelf import release_copy


@dataclass(frozen=True)
class HoldView:
    id: int
    uuid: str
    title: str
    book_id: int
    member_name: str
    card_number: str
    status: str
    placed_at: datetime
    position: int | None
    barcode: str | None
    pickup_by: date | None


@dataclass(frozen=True)
class PullItem:
    """A waiting hold that a copy on the shelves can fill now."""

    hold: HoldView
    copies: list[tuple[str, str | None, str | None]]  # (barcode, location, call number)


def place(tx: Tx, member: Member, book: Book, *, override_reason: str | None = None,
          hold_uuid: str | None = None) -> Hold:
    """Put ``member`` in the queue for ``book`` (members: only themselves)."""
    require(tx.actor, Role.MEMBER, "place holds")
    if tx.actor.role == Role.MEMBER and tx.actor.member_id != member.id:
        raise PermissionDenied("You can only place holds for yourself")
    exists = tx.s.scalar(select(Hold.id).where(Hold.book_id == book.id, Hold.member_id == member.id,
                                               Hold.status.in_(ACTIVE_HOLD))) is not None
    borrowed = tx.s.scalar(select(Loan.id).join(Copy, Copy.id == Loan.copy_id).where(
        Copy.book_id == book.id, Loan.member_id == member.id, Loan.returned_at.is_(None))) is not None
    reasons = rules.hold_reasons(member_snapshot(tx.lib, tx.s, member, tx.today),
                                 rules.HoldRequest(book.title, exists, borrowed), tx.today)
    overridden = allow_override(tx.actor, Refused("place hold", reasons), override_reason) if reasons else []
    hold = Hold(book_id=book.id, member_id=member.id, placed_at=tx.now, status=HoldStatus.WAITING.value)
    if hold_uuid:
        hold.uuid = hold_uuid
    tx.add(hold)
    tx.record("place_hold", {"hold_uuid": hold.uuid, "book_uuid": book.uuid, "member_uuid": member.uuid,
                             "card_number": member.card_number, "placed_at": tx.now.isoformat(),
                             "override_reason": override_reason if overridden else None},
              row_uuid=hold.uuid, audit="hold_place", entity="hold", book=book.title, card=member.card_number,
              extra={"override": overridden, "reason": override_reason} if overridden else None)
    return hold


def _close(tx: Tx, hold: Hold, status: HoldStatus) -> None:
    copy = tx.s.get(Copy, hold.copy_id) if hold.copy_id else None
    hold.status, hold.closed_at = status.value, tx.now
    tx.touch(hold)
    tx.s.flush()
    if copy is not None and copy.status == CopyStatus.ON_HOLD_SHELF:
        release_copy(tx, copy)


def cancel(tx: Tx, hold: Hold, *, reason: str | None = None) -> None:
    """Cancel a waiting or ready hold (members: their own); a copy set aside for it goes to
    the next in line."""
    require(tx.actor, Role.MEMBER, "cancel holds")
    if tx.actor.role == Role.MEMBER and tx.actor.member_id != hold.member_id:
        raise PermissionDenied("You can only cancel your own holds")
    if hold.status not in ACTIVE_HOLD:
        raise Refused("cancel hold", [Reason("hold_closed", f"This hold is already {hold.status}", False)])
    _close(tx, hold, HoldStatus.CANCELLED)
    tx.record("cancel_hold", {"hold_uuid": hold.uuid, "reason": reason}, row_uuid=hold.uuid, audit="hold_cancel",
              entity="hold", reason=reason)


def expire(tx: Tx, hold: Hold) -> None:
    """A ready hold whose pickup deadline has passed (by ``tx.today``) expires."""
    require(tx.actor, Role.DESK, "expire holds")
    if hold.status != HoldStatus.READY or hold.pickup_by is None or not rules.hold_expired(hold.pickup_by, tx.today):
        raise Refused("expire hold", [Reason("hold_not_due", "This hold is not waiting past its pickup date",
                                             False)])
    _close(tx, hold, HoldStatus.EXPIRED)
    tx.record("expire_hold", {"hold_uuid": hold.uuid}, row_uuid=hold.uuid, audit="hold_expire", entity="hold")


def find_hold(s: Session, hold_id: int) -> Hold:
    hold = s.get(Hold, hold_id)
    if hold is None:
        raise NotFound(f"There is no hold with id {hold_id}")
    return hold


class Holds:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def place(self, actor: Actor, card_number: str, book_id: int, *, override_reason: str | None = None) -> HoldView:
        require(actor, Role.MEMBER, "place holds")
        with action(self.lib, actor) as tx:
            member = tx.s.scalar(select(Member).where(Member.card_number == normalize_scan(card_number)))
            if member is None:
                raise NotFound(f"No member has the card number {card_number!r}")
            if actor.role == Role.MEMBER and actor.member_id != member.id:
                raise PermissionDenied("You can only place holds for yourself")
            book = tx.s.get(Book, book_id)
            if book is None:
                raise NotFound(f"There is no book with id {book_id}")
            return self._view(tx.s, place(tx, member, book, override_reason=override_reason))

    def cancel(self, actor: Actor, hold_id: int, *, reason: str | None = None) -> None:
        require(actor, Role.MEMBER, "cancel holds")
        with action(self.lib, actor) as tx:
            cancel(tx, find_hold(tx.s, hold_id), reason=reason)

    def expire(self, actor: Actor) -> list[HoldView]:
        """Expire ready holds whose pickup deadline has passed; each copy goes to the next in
        line or back to the shelf. Returns the holds that expired."""
        require(actor, Role.DESK, "expire holds")
        with action(self.lib, actor) as tx:
            stale = list(tx.s.scalars(select(Hold).where(Hold.status == HoldStatus.READY,
                                                         Hold.pickup_by < tx.today)))
            out = []
            for hold in stale:
                out.append(self._view(tx.s, hold))
                expire(tx, hold)
            return out

    def shelf(self) -> list[HoldView]:
        """Copies waiting on the hold shelf, soonest deadline first."""
        with self.lib.read() as s:
            holds = s.scalars(select(Hold).where(Hold.status == HoldStatus.READY).order_by(Hold.pickup_by, Hold.id))
            return [self._view(s, h) for h in holds]

    def pull_list(self) -> list[PullItem]:
        """Holds that can be filled from the shelves now: for every book with members
        waiting, the first in line, and the copies of that book sitting available, with where
        to find them. Scanning one of them at check-in puts it on the hold shelf."""
        with self.lib.read() as s:
            first = (select(Hold.book_id, func.min(Hold.placed_at).label("placed"))
                     .where(Hold.status == HoldStatus.WAITING).group_by(Hold.book_id).subquery())
            holds = s.scalars(select(Hold).join(first, (first.c.book_id == Hold.book_id)
                                                & (first.c.placed == Hold.placed_at))
                              .where(Hold.status == HoldStatus.WAITING)
                              .where(select(Copy.id).where(Copy.book_id == Hold.book_id,
                                                           Copy.status == CopyStatus.AVAILABLE).exists())
                              .order_by(Hold.placed_at, Hold.id))
            out: list[PullItem] = []
            seen: set[int] = set()
            for hold in holds:
                if hold.book_id in seen:
                    continue
                seen.add(hold.book_id)
                copies = s.execute(select(Copy.barcode, Copy.location, Copy.call_number)
                                   .where(Copy.book_id == hold.book_id, Copy.status == CopyStatus.AVAILABLE)
                                   .order_by(Copy.barcode)).all()
                out.append(PullItem(self._view(s, hold), [(b, loc, cn) for b, loc, cn in copies]))
            return out

    def queue(self, book_id: int) -> list[HoldView]:
        with self.lib.read() as s:
            holds = s.scalars(select(Hold).where(Hold.book_id == book_id, Hold.status.in_(ACTIVE_HOLD))
                              .order_by(Hold.placed_at, Hold.id))
            return [self._view(s, h) for h in holds]

    def for_member(self, actor: Actor, card_number: str) -> list[HoldView]:
        with self.lib.read() as s:
            member = s.scalar(select(Member).where(Member.card_number == normalize_scan(card_number)))
            if member is None:
                raise NotFound(f"No member has the card number {card_number!r}")
            if actor.role == Role.MEMBER and actor.member_id != member.id:
                raise PermissionDenied("You can only see your own holds")
            holds = s.scalars(select(Hold).where(Hold.member_id == member.id, Hold.status.in_(ACTIVE_HOLD))
                              .order_by(Hold.placed_at))
            return [self._view(s, h) for h in holds]

    def _view(self, s: Session, hold: Hold) -> HoldView:
        position = None
        if hold.status == HoldStatus.WAITING:
            position = 1 + (s.scalar(select(func.count()).select_from(Hold).where(
                Hold.book_id == hold.book_id, Hold.status == HoldStatus.WAITING,
                (Hold.placed_at < hold.placed_at) | ((Hold.placed_at == hold.placed_at) & (Hold.id < hold.id)))) or 0)
        return HoldView(hold.id, hold.uuid, hold.book.title, hold.book_id, hold.member.full_name,
                        hold.member.card_number, hold.status, hold.placed_at, position,
                        hold.copy.barcode if hold.copy else None, hold.pickup_by)
