"""Read-only views the desk and the self-service window need: a member's card with alerts,
current loans and the fines they run up while out, their loan history. Core selects on indexed
columns (a scan's hot path).

Members may only read their own card; staff (desk and above) any member's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, case, func, select

from ..db.models import Book, Copy, Fee, Hold, Loan, Member, MemberCategory
from ..domain.errors import NotFound, PermissionDenied
from ..domain.text import day, money, normalize_scan
from ..domain.values import ACTIVE_HOLD, FeeKind, HoldStatus, LoanSnapshot, Role
from .circulation.policies import accrued_fines, fines_on
from .library import Actor, Library, require
from .people.categories import policy_of


@dataclass(frozen=True)
class LoanLine:
    """One open loan as the desk shows it."""

    loan_id: int
    barcode: str
    title: str
    authors: str
    checked_out_at: datetime
    due_date: date
    renewals: int
    days_overdue: int  # 0 when not overdue
    accrued_fine_cents: int = 0  # the fine run up so far, charged at its return or renewal


@dataclass(frozen=True)
class HistoryLine:
    barcode: str
    title: str
    checked_out_at: datetime
    due_date: date
    returned_at: datetime | None


@dataclass(frozen=True)
class Alert:
    """Something the clerk must see about a member. ``level`` is "refused" or "attention"."""

    code: str
    text: str
    level: str
    values: dict[str, object] = field(default_factory=dict)  # what the text says, for a translation


@dataclass(frozen=True)
class MemberCard:
    """A member as the desk shows them after a card scan."""

    id: int
    card_number: str
    name: str
    category: str
    expires: date | None
    blocked: bool
    block_reason: str | None
    owed_cents: int
    holds_ready: list[str]
    loans: list[LoanLine]
    alerts: list[Alert] = field(default_factory=list)
    max_loans: int | None = None  # the category's limit (None: not known)
    max_overdue_days: int | None = None  # lending stops when an item is later than this
    max_owed_cents: int | None = None  # lending stops when more than this is owed

    @property
    def overdue(self) -> int:
        return sum(1 for loan in self.loans if loan.days_overdue > 0)

    @property
    def accrued_cents(self) -> int:
        """The fines the overdue loans have run up so far (not yet fees)."""
        return sum(loan.accrued_fine_cents for loan in self.loans)

    @property
    def owed_so_far_cents(self) -> int:
        """What the member would owe if every book came back today: open fees and the fines run up."""
        return self.owed_cents + self.accrued_cents


def member_alerts(card: MemberCard, today: date, *, expiry_warning_days: int = 30) -> list[Alert]:
    """The alerts for a member: blocked, expired or expiring, the loan limit, overdue items, fees,
    holds ready. "refused" only for what stops lending; the rest is "attention"."""
    out: list[Alert] = []
    if card.blocked:
        out.append(Alert("blocked", f"Blocked: {card.block_reason or 'no reason given'}", "refused",
                         {"reason": card.block_reason or ""}))
    if card.expires is not None and card.expires < today:
        out.append(Alert("expired", f"Membership expired on {day(card.expires)}", "refused", {"date": card.expires}))
    elif card.expires is not None and (card.expires - today).days <= expiry_warning_days:
        out.append(Alert("expires_soon", f"Membership expires on {day(card.expires)}", "attention",
                         {"date": card.expires}))
    count, limit = len(card.loans), card.max_loans
    if limit is not None and count >= limit:
        out.append(Alert("loan_limit", f"At the loan limit: {count} of {limit} loans", "refused",
                         {"count": count, "limit": limit}))
    elif limit is not None and count == limit - 1:
        out.append(Alert("loan_limit_near", f"{count} of {limit} loans: one more may be lent", "attention",
                         {"count": count, "limit": limit}))
    if card.overdue:
        worst = max(loan.days_overdue for loan in card.loans)
        items = "item" if card.overdue == 1 else "items"
        stops = card.max_overdue_days is not None and worst > card.max_overdue_days
        out.append(Alert("overdue", f"{card.overdue} overdue {items} (up to {worst} days late)",
                         "refused" if stops else "attention", {"count": card.overdue, "days": worst}))
    if card.owed_cents:
        stops = card.max_owed_cents is not None and card.owed_cents > card.max_owed_cents
        out.append(Alert("fees", f"Owes {money(card.owed_cents)} in fees", "refused" if stops else "attention",
                         {"cents": card.owed_cents}))
    if card.holds_ready:
        titles = ", ".join(f"'{t}'" for t in card.holds_ready[:3])
        more = f" and {len(card.holds_ready) - 3} more" if len(card.holds_ready) > 3 else ""
        out.append(Alert("holds_ready", f"Ready for pickup: {titles}{more}", "attention",
                         {"titles": titles, "more": max(0, len(card.holds_ready) - 3)}))
    return out


@dataclass(frozen=True)
class LendFacts:
    """What the desk asks before lending or returning a scanned copy."""

    barcode: str
    title: str
    status: str  # the copy's status (available, on_loan, on_hold_shelf...)
    borrower_id: int | None  # the member who has it on loan (None: not on loan)
    reserved_for_id: int | None  # the member it waits for on the hold shelf (None: nobody)
    others_waiting: int  # holds waiting for the title ahead of the member at the desk (all, without one)


class DeskQueries:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def _check(self, actor: Actor, member_id: int) -> None:
        require(actor, Role.MEMBER, "look up members")
        if actor.role == Role.MEMBER and actor.member_id != member_id:
            raise PermissionDenied("You can only see your own loans")

    def member_id(self, card_number: str) -> int:
        card = normalize_scan(card_number)
        with self.lib.read() as s:
            found = s.execute(select(Member.id).where(Member.card_number == card)).scalar()
        if found is None:
            raise NotFound(f"No member has the card number {card_number.strip()!r}")
        return found

    def find_member_id(self, card_number: str) -> int | None:
        """The id of the member with this card number, or None (a scan that is not a card).
        A short read of its own: it never waits for the catalog's search connection."""
        card = normalize_scan(card_number)
        if not card:
            return None
        with self.lib.read() as s:
            return s.execute(select(Member.id).where(Member.card_number == card)).scalar()

    def copy_title(self, barcode: str) -> str | None:
        """The title of the copy with this barcode, or None (for rows about refused scans)."""
        with self.lib.read() as s:
            return s.execute(select(Book.title).join(Copy, Copy.book_id == Book.id)
                             .where(Copy.barcode == normalize_scan(barcode))).scalar()

    def anyone_waiting(self, actor: Actor, barcode: str, member_id: int | None) -> bool:
        """Whether a member other than ``member_id`` waits for the title of this copy: one
        indexed read, the desk's fast check before a lend (``lend_facts`` says more)."""
        require(actor, Role.DESK, "look up copies")
        query = (select(Hold.id).join(Copy, Copy.book_id == Hold.book_id)
                 .where(Copy.barcode == normalize_scan(barcode), Hold.status == HoldStatus.WAITING.value))
        if member_id is not None:
            query = query.where(Hold.member_id != member_id)
        with self.lib.read() as s:
            return s.execute(query.limit(1)).first() is not None

    def lend_facts(self, actor: Actor, barcode: str, member_id: int | None) -> LendFacts | None:
        """The copy's status, who has it on loan or waits for it on the hold shelf, and how many
        other members wait for its title ahead of ``member_id`` (a member first in line has
        nobody ahead); None when no copy has the barcode. Indexed reads (a scan's hot path)."""
        require(actor, Role.DESK, "look up copies")
        code = normalize_scan(barcode)
        with self.lib.read() as s:
            found = s.execute(select(Copy.id, Copy.book_id, Copy.status, Book.title).join(Book, Book.id == Copy.book_id)
                              .where(Copy.barcode == code)).first()
            if found is None:
                return None
            borrower = s.execute(select(Loan.member_id).where(Loan.copy_id == found.id,
                                                              Loan.returned_at.is_(None))).scalar()
            reserved = s.execute(select(Hold.member_id).where(
                Hold.copy_id == found.id, Hold.status == HoldStatus.READY.value)).scalar()
            waiting = select(func.count()).select_from(Hold).where(
                Hold.book_id == found.book_id, Hold.status == HoldStatus.WAITING.value)
            if member_id is not None:
                waiting = waiting.where(Hold.member_id != member_id)
                mine = s.execute(select(Hold.placed_at).where(
                    Hold.book_id == found.book_id, Hold.member_id == member_id,
                    Hold.status == HoldStatus.WAITING.value)).scalar()
                if mine is not None:
                    waiting = waiting.where(Hold.placed_at < mine)
            others = s.execute(waiting).scalar() or 0
        return LendFacts(code, found.title, str(found.status), borrower, reserved, int(others))

    def member_card(self, actor: Actor, member_id: int) -> MemberCard:
        """The member's card: standing, alerts and open loans (oldest due first), each with the
        fine it ran up so far (``policies.accrued_fines``). One read for the loans (what each
        overdue loan already charged at renewals comes with them), at most one for the calendar."""
        self._check(actor, member_id)
        today = self.lib.today()
        charged = (select(func.coalesce(func.sum(Fee.amount_cents), 0))
                   .where(Fee.member_id == member_id, Fee.loan_id == Loan.id, Fee.kind == FeeKind.OVERDUE.value)
                   .correlate(Loan).scalar_subquery())
        with self.lib.read() as s:
            row = s.execute(
                select(Member.card_number, Member.first_name, Member.last_name, MemberCategory.name, Member.expires,
                       Member.blocked, Member.block_reason, MemberCategory.max_loans,
                       MemberCategory.max_overdue_days, MemberCategory.max_owed_cents, MemberCategory)
                .join(MemberCategory, MemberCategory.id == Member.category_id).where(Member.id == member_id)).first()
            if row is None:
                raise NotFound(f"There is no member with id {member_id}")
            policy = policy_of(row[10], fines_on=fines_on(self.lib, s))
            rows = s.execute(
                select(Loan.id, Copy.barcode, Book.title, Book.author_names, Loan.checked_out_at, Loan.due_date,
                       Loan.renewals, case((Loan.due_date < today, charged), else_=0).label("charged"))
                .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
                .where(Loan.member_id == member_id, Loan.returned_at.is_(None))
                .order_by(Loan.due_date, Loan.id)).all()
            fines = accrued_fines(self.lib, s, [(LoanSnapshot(r.checked_out_at, r.due_date, r.renewals),
                                                 int(r.charged or 0), policy) for r in rows], today)
            loans = [
                LoanLine(r.id, r.barcode, r.title, r.author_names or "", r.checked_out_at, r.due_date, r.renewals,
                         max(0, (today - r.due_date).days), fine)
                for r, fine in zip(rows, fines, strict=True)
            ]
            owed = s.execute(select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0)).where(
                Fee.member_id == member_id, Fee.paid_at.is_(None), Fee.waived_at.is_(None))).scalar() or 0
            ready = list(s.execute(
                select(Book.title).join(Hold, Hold.book_id == Book.id)
                .where(Hold.member_id == member_id, Hold.status == HoldStatus.READY.value)
                .order_by(Hold.pickup_by)).scalars())
        card = MemberCard(member_id, row[0], f"{row[1]} {row[2]}".strip(), row[3], row[4], bool(row[5]), row[6],
                          int(owed), ready, loans, max_loans=row[7], max_overdue_days=row[8],
                          max_owed_cents=row[9])
        return MemberCard(**{**card.__dict__, "alerts": member_alerts(card, today)})

    def loan_history(self, actor: Actor, member_id: int, *, limit: int = 200) -> list[HistoryLine]:
        """The member's loans, newest first (open and returned)."""
        self._check(actor, member_id)
        with self.lib.read() as s:
            rows = s.execute(
                select(Copy.barcode, Book.title, Loan.checked_out_at, Loan.due_date, Loan.returned_at)
                .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
                .where(Loan.member_id == member_id).order_by(Loan.checked_out_at.desc(), Loan.id.desc()).limit(limit))
            return [HistoryLine(*r) for r in rows]

    def active_holds(self, actor: Actor, member_id: int) -> list[tuple[int, str, str, date | None]]:
        """(hold id, title, status, pickup by) of the member's waiting and ready holds."""
        self._check(actor, member_id)
        with self.lib.read() as s:
            rows = s.execute(
                select(Hold.id, Book.title, Hold.status, Hold.pickup_by).join(Book, Book.id == Hold.book_id)
                .where(and_(Hold.member_id == member_id, Hold.status.in_([h.value for h in ACTIVE_HOLD])))
                .order_by(Hold.placed_at, Hold.id))
            return [(r[0], r[1], r[2], r[3]) for r in rows]
