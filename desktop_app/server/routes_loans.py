"""``/loans``: lending (check out), returns (check in) and renewals through the desk's
circulation service and rules; lists of loans. A member sees only their own loans."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import select

from ..db.models import Book, Copy, Loan, Member
from ..domain.errors import NotFound, PermissionDenied, Reason, Refused
from ..domain.text import normalize_scan
from ..domain.values import Role
from ..services import Actor, require
from .deps import ActorDep, StateDep
from .listing import SortKey, keyset_page
from .schemas import MAX_ID, ErrorBody, Page
from .schemas_people import CheckinIn, CheckinOut, CheckoutIn, LoanOut, RenewIn

router = APIRouter(prefix="/loans", tags=["loans"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
LoanId = Annotated[int, Path(ge=1, le=MAX_ID)]
ROW = (select(Loan.id, Copy.barcode, Copy.book_id, Book.title, Member.card_number, Member.first_name,
              Member.last_name, Loan.checked_out_at, Loan.due_date, Loan.returned_at, Loan.renewals, Loan.member_id)
       .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
       .join(Member, Member.id == Loan.member_id))
SORTS = {"due": SortKey(Loan.due_date, "date"), "checked_out": SortKey(Loan.checked_out_at, "datetime")}


def loan_out(r: Any, today: Any) -> LoanOut:
    return LoanOut(id=r.id, barcode=r.barcode, book_id=r.book_id, title=r.title, card_number=r.card_number,
                   member_name=f"{r.first_name} {r.last_name}".strip(), checked_out_at=r.checked_out_at,
                   due_date=r.due_date, returned_at=r.returned_at, renewals=r.renewals,
                   overdue=r.returned_at is None and r.due_date < today)


def _member_id(st: StateDep, actor: Actor, card: str | None) -> int | None:
    """The member a list is limited to: always the member themself for member logins."""
    if actor.role == Role.MEMBER:
        if card is not None and normalize_scan(card) != actor.username:
            raise PermissionDenied("You can only see your own loans")
        return actor.member_id
    require(actor, Role.DESK, "list loans")
    if card is None:
        return None
    with st.services.library.read() as s:
        found = s.scalar(select(Member.id).where(Member.card_number == normalize_scan(card)))
    if found is None:
        raise NotFound(f"No member has the card number {card!r}")
    return int(found)


@router.get("", response_model=Page[LoanOut], responses=ERRORS)
def list_loans(
    actor: ActorDep, st: StateDep,
    member: Annotated[str | None, Query(max_length=64, description="Card number (members: only their own)")] = None,
    barcode: Annotated[str | None, Query(max_length=64)] = None,
    book_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Literal["open", "returned", "all"] = "open",
    overdue: bool | None = None,
    sort: Literal["due", "checked_out"] = "due",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[LoanOut]:
    size = limit or st.settings.page_size_default
    member_id = _member_id(st, actor, member)
    lib = st.services.library
    today = lib.today()
    stmt = ROW
    if member_id is not None:
        stmt = stmt.where(Loan.member_id == member_id)
    if barcode:
        stmt = stmt.where(Copy.barcode == normalize_scan(barcode))
    if book_id is not None:
        stmt = stmt.where(Copy.book_id == book_id)
    if status == "open":
        stmt = stmt.where(Loan.returned_at.is_(None))
    elif status == "returned":
        stmt = stmt.where(Loan.returned_at.is_not(None))
    if overdue is not None:
        late = Loan.returned_at.is_(None) & (Loan.due_date < today)
        stmt = stmt.where(late if overdue else ~late)
    filters = {"member": member_id, "barcode": barcode, "book_id": book_id, "status": status, "overdue": overdue,
               "today": today.isoformat()}
    with lib.read() as s:
        page = keyset_page(s, stmt, id_column=Loan.id, sort=SORTS[sort], descending=order == "desc", cursor=cursor,
                           limit=size, filters=filters, sort_name=sort)
    return Page(items=[loan_out(r, today) for r in page.rows], next_cursor=page.next_cursor, total=page.total,
                limit=size)


def read_loan(st: StateDep, actor: Actor, loan_id: int) -> LoanOut:
    lib = st.services.library
    with lib.read() as s:
        row = s.execute(ROW.where(Loan.id == loan_id)).first()
    if row is None or (actor.role == Role.MEMBER and row.member_id != actor.member_id):
        raise NotFound(f"There is no loan with id {loan_id}")
    if actor.role != Role.MEMBER:
        require(actor, Role.DESK, "see loans")
    return loan_out(row, lib.today())


@router.get("/{loan_id}", response_model=LoanOut, responses=ERRORS)
def get_loan(loan_id: LoanId, actor: ActorDep, st: StateDep) -> LoanOut:
    return read_loan(st, actor, loan_id)


@router.post("", response_model=LoanOut, status_code=201, responses=ERRORS)
def check_out(body: CheckoutIn, actor: ActorDep, st: StateDep, response: Response) -> LoanOut:
    """Lend a copy to a member under the library's rules (409 with the reasons when refused;
    a librarian may give ``override_reason`` for overridable refusals)."""
    result = st.services.circulation.checkout(actor, body.card_number, body.barcode,
                                              override_reason=body.override_reason)
    response.headers["Location"] = f"/loans/{result.loan_id}"
    return read_loan(st, actor, result.loan_id)


@router.post("/checkin", response_model=CheckinOut, responses=ERRORS)
def check_in(body: CheckinIn, actor: ActorDep, st: StateDep) -> CheckinOut:
    """Take a copy back. A copy that was not on loan is a result (``was_on_loan`` false)."""
    r = st.services.circulation.checkin(actor, body.barcode)
    return CheckinOut(barcode=r.barcode, title=r.title, was_on_loan=r.was_on_loan, member_name=r.member_name,
                      days_late=r.days_late, fee_cents=r.fee_cents, hold_for=r.hold_for, hold_card=r.hold_card,
                      pickup_by=r.pickup_by, message=r.message)


@router.post("/{loan_id}/renew", response_model=LoanOut, responses=ERRORS)
def renew(loan_id: LoanId, actor: ActorDep, st: StateDep, body: RenewIn | None = None) -> LoanOut:
    """Renew an open loan (members: their own)."""
    loan = read_loan(st, actor, loan_id)
    if loan.returned_at is not None:
        raise Refused("renew", [Reason("not_on_loan", f"Copy {loan.barcode} '{loan.title}' was already returned",
                                       False)])
    st.services.circulation.renew(actor, loan.barcode, override_reason=body.override_reason if body else None)
    return read_loan(st, actor, loan_id)
