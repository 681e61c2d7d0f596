"""Which notices are due on a day: what each member is to be told, grouped into one message per
member and kind, leaving out what an earlier run already told (``NoticeItem`` keys).

- ``pre_due``: open loans due within ``pre_due_days`` (not yet late), once per due date (a
  renewal moves the due date, so the new one is reminded again);
- ``overdue_1..3``: open loans at least ``overdue_days_N`` days late, at the highest level reached
  and not yet told at that level (a run missed for a week sends the level the loan is at, never
  the levels it skipped);
- ``hold_ready``: holds on the hold shelf, once per time on the shelf, with the pickup deadline;
- ``hold_expired``: holds that expired in the last week, once.

A handful of set-based queries, whatever the size of the library."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Book, Copy, Fee, Hold, Loan, Member, NoticeItem
from ...domain.values import HoldStatus
from .templates import Item

EXPIRED_WINDOW_DAYS = 7
_CHUNK = 500


@dataclass
class Planned:
    """One message to one member: a kind, the things it tells and their keys."""

    kind: str
    member_id: int
    member_name: str
    card_number: str
    email: str | None
    address: str | None
    items: list[Item] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    loans: list[str] = field(default_factory=list)
    hold_uuid: str | None = None
    pickup_by: date | None = None
    owed_cents: int = 0

    @property
    def channel(self) -> str:
        return "email" if self.email else "letter"

    @property
    def due_date(self) -> date | None:
        dues = [item.due for item in self.items if item.due is not None]
        return min(dues) if dues else None


def levels(settings: dict[str, Any]) -> list[tuple[int, int]]:
    """(level, days late) of the overdue notices in use, lowest first. A level set to 0 is not
    used; a level not later than the one before it is not used either."""
    out: list[tuple[int, int]] = []
    for level in (1, 2, 3):
        days = int(settings.get(f"overdue_days_{level}") or 0)
        if days > 0 and (not out or days > out[-1][1]):
            out.append((level, days))
    return out


def plan(s: Session, today: date, settings: dict[str, Any]) -> list[Planned]:
    """Every message due on ``today``, members in name order, each kind after the other."""
    found: dict[tuple[str, int], Planned] = {}
    members: dict[int, tuple[str, str, str | None, str | None]] = {}

    def add(kind: str, member_id: int, key: str, item: Item, *, loan: str | None = None, hold: str | None = None,
            pickup_by: date | None = None) -> None:
        name, card, email, address = members[member_id]
        planned = found.get((kind, member_id))
        if planned is None:
            planned = found[(kind, member_id)] = Planned(kind, member_id, name, card, email, address)
        planned.items.append(item)
        planned.keys.append(key)
        if loan:
            planned.loans.append(loan)
        if hold:
            planned.hold_uuid, planned.pickup_by = hold, pickup_by

    candidates: list[tuple[str, str, int, Item, dict[str, Any]]] = []
    for loan_uuid, member_id, due, barcode, title in _open_loans(s, today, settings, members):
        late = (today - due).days
        if late <= 0:
            kind = "pre_due"
        else:
            reached = [lvl for lvl, days in levels(settings) if late >= days]
            if not reached:
                continue
            kind = f"overdue_{reached[-1]}"
        key = f"{kind}:{loan_uuid}:{due.isoformat()}"
        candidates.append((kind, key, member_id, Item(title, barcode, due, max(0, late)), {"loan": loan_uuid}))
    for hold_uuid, member_id, status, ready_at, pickup_by, title in _holds(s, today, members):
        if status == HoldStatus.READY:
            key = f"hold_ready:{hold_uuid}:{ready_at.isoformat() if ready_at else ''}"
            candidates.append(("hold_ready", key, member_id, Item(title), {"hold": hold_uuid, "pickup_by": pickup_by}))
        else:
            candidates.append(("hold_expired", f"hold_expired:{hold_uuid}", member_id, Item(title),
                               {"hold": hold_uuid}))
    told = already_told(s, [c[1] for c in candidates])
    for kind, key, member_id, item, extra in candidates:
        if key not in told:
            add(kind, member_id, key, item, **extra)
    owed = _owed(s, {p.member_id for p in found.values()})
    order = {kind: i for i, kind in enumerate(("hold_ready", "hold_expired", "pre_due", "overdue_1", "overdue_2",
                                                "overdue_3"))}
    out = sorted(found.values(), key=lambda p: (order[p.kind], p.member_name.casefold(), p.card_number))
    for planned in out:
        planned.owed_cents = owed.get(planned.member_id, 0)
        planned.items.sort(key=lambda i: (i.due or today, i.title.casefold()))
    return out


Whom = dict[int, tuple[str, str, str | None, str | None]]  # member id: name, card, email, address


def _open_loans(s: Session, today: date, settings: dict[str, Any],
                members: Whom) -> Iterable[tuple[str, int, date, str, str]]:
    pre = int(settings.get("pre_due_days") or 0)
    used = levels(settings)
    ranges = []
    if pre > 0:
        ranges.append((today, today + timedelta(days=pre)))
    if used:
        ranges.append((date.min, today - timedelta(days=used[0][1])))
    for low, high in ranges:
        stmt = (select(Loan.uuid, Loan.member_id, Loan.due_date, Copy.barcode, Book.title, Member.first_name,
                       Member.last_name, Member.card_number, Member.email, Member.address)
                .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
                .join(Member, Member.id == Loan.member_id)
                .where(Loan.returned_at.is_(None), Loan.due_date >= low, Loan.due_date <= high))
        for row in s.execute(stmt):
            _remember(members, row.member_id, row)
            yield row.uuid, row.member_id, row.due_date, row.barcode, row.title


def _holds(s: Session, today: date, members: dict[int, tuple[str, str, str | None, str | None]]) -> Iterable[Any]:
    since = today - timedelta(days=EXPIRED_WINDOW_DAYS)
    stmt = (select(Hold.uuid, Hold.member_id, Hold.status, Hold.ready_at, Hold.pickup_by, Hold.closed_at, Book.title,
                   Member.first_name, Member.last_name, Member.card_number, Member.email, Member.address)
            .join(Book, Book.id == Hold.book_id).join(Member, Member.id == Hold.member_id)
            .where(Hold.status.in_([HoldStatus.READY.value, HoldStatus.EXPIRED.value])))
    for row in s.execute(stmt):
        if row.status == HoldStatus.EXPIRED and (row.closed_at is None or row.closed_at.date() < since):
            continue
        _remember(members, row.member_id, row)
        yield row.uuid, row.member_id, row.status, row.ready_at, row.pickup_by, row.title


def _remember(members: dict[int, tuple[str, str, str | None, str | None]], member_id: int, row: Any) -> None:
    if member_id not in members:
        email = (row.email or "").strip() or None
        members[member_id] = (f"{row.first_name} {row.last_name}".strip(), row.card_number, email,
                              (row.address or "").strip() or None)


def already_told(s: Session, keys: list[str]) -> set[str]:
    """Those of ``keys`` an earlier notice told (looked up by primary key, a chunk at a time)."""
    told: set[str] = set()
    for at in range(0, len(keys), _CHUNK):
        chunk = keys[at:at + _CHUNK]
        told.update(s.scalars(select(NoticeItem.key).where(NoticeItem.key.in_(chunk))))
    return told


def _owed(s: Session, member_ids: set[int]) -> dict[int, int]:
    owed: dict[int, int] = defaultdict(int)
    ids = sorted(member_ids)
    for at in range(0, len(ids), _CHUNK):
        rows = s.execute(select(Fee.member_id, func.sum(Fee.amount_cents - Fee.paid_cents))
                         .where(Fee.member_id.in_(ids[at:at + _CHUNK]), Fee.paid_at.is_(None),
                                Fee.waived_at.is_(None)).group_by(Fee.member_id))
        for member_id, cents in rows:
            if member_id is not None:
                owed[member_id] = int(cents or 0)
    return owed
