"""``/loans``: lending (check out), returns (check in) and renewals through the desk's
circulation service and rules; lists of loans. A member sees only their own loans."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from ...domain.errors import Reason, Refused
from ...services.circulation.lending import CheckinResult
from ...services.circulation.lists import LoanRecord
from ..deps import ActorDep, MemberScopeDep, StateDep
from ..schemas import MAX_ID, ErrorBody, Page
from .schemas_people import CheckinIn, CheckinOut, CheckoutIn, LoanOut, RenewIn

router = APIRouter(prefix="/loans", tags=["loans"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
LoanId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("", response_model=Page[LoanOut], responses=ERRORS)
def list_loans(
    actor: ActorDep, st: StateDep, member_id: MemberScopeDep,
    barcode: Annotated[str | None, Query(max_length=64)] = None,
    book_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Literal["open", "returned", "all"] = "open",
    overdue: bool | None = None,
    sort: Literal["due", "checked_out"] = "due",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[LoanRecord]:
    size = limit or st.settings.page_size_default
    page = st.services.lists.loans(actor, member_id=member_id, barcode=barcode, book_id=book_id, status=status,
                                   overdue=overdue, sort=sort, descending=order == "desc", cursor=cursor, limit=size)
    return Page.of(page, size)



@router.get("/{loan_id}", response_model=LoanOut, responses=ERRORS)
def get_loan(loan_id: LoanId, actor: ActorDep, st: StateDep) -> LoanRecord:
    return st.services.lists.loan(actor, loan_id)


@router.post("", response_model=LoanOut, status_code=201, responses=ERRORS)
def check_out(body: CheckoutIn, actor: ActorDep, st: StateDep, response: Response) -> LoanRecord:
    """Lend a copy to a member under the library's rules (409 with the reasons when refused;
    a librarian may give ``override_reason`` for overridable refusals)."""
    result = st.services.circulation.checkout(actor, body.card_number, body.barcode,
                                              override_reason=body.override_reason)
    response.headers["Location"] = f"/loans/{result.loan_id}"
    return st.services.lists.loan(actor, result.loan_id)


@router.post("/checkin", response_model=CheckinOut, responses=ERRORS)
def check_in(body: CheckinIn, actor: ActorDep, st: StateDep) -> CheckinResult:
    """Take a copy back. A copy that was not on loan is a result (``was_on_loan`` false)."""
    return st.services.circulation.checkin(actor, body.barcode)


@router.post("/{loan_id}/renew", response_model=LoanOut, responses=ERRORS)
def renew(loan_id: LoanId, actor: ActorDep, st: StateDep, body: RenewIn | None = None) -> LoanRecord:
    """Renew an open loan (members: their own)."""
    loan = st.services.lists.loan(actor, loan_id)
    if loan.returned_at is not None:
        raise Refused("renew", [Reason("not_on_loan", f"Copy {loan.barcode} '{loan.title}' was already returned",
                                       False)])
    st.services.circulation.renew(actor, loan.barcode, override_reason=body.override_reason if body else None)
    return st.services.lists.loan(actor, loan_id)
