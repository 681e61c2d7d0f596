"""``/fees``: what members owe. Staff charge, take payments and waive; a member sees only
their own fees."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Response
from pydantic import Field

from ...domain.payments import MAX_PAYMENT_CENTS
from ...services.circulation.lists import FeeRecord
from ..deps import ActorDep, MemberScopeDep, StateDep
from ..schemas import MAX_ID, ErrorBody, Page, Strict
from .schemas_people import FeeIn, FeeOut, ReasonIn

router = APIRouter(prefix="/fees", tags=["fees"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
FeeId = Annotated[int, Path(ge=1, le=MAX_ID)]


class PaymentIn(Strict):
    amount_cents: int | None = Field(None, ge=1, le=MAX_PAYMENT_CENTS,
                                     description="Cents paid now; left out: all the fee still owes. More than "
                                                 "it owes is refused (change is not kept as credit).")


@router.get("", response_model=Page[FeeOut], responses=ERRORS)
def list_fees(
    actor: ActorDep, st: StateDep, member_id: MemberScopeDep,
    status: Literal["open", "paid", "waived", "all"] = "open",
    kind: Literal["overdue", "lost", "manual"] | None = None,
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[FeeRecord]:
    """Fees, oldest first."""
    size = limit or st.settings.page_size_default
    page = st.services.lists.fees(actor, member_id=member_id, status=status, kind=kind, descending=order == "desc",
                                  cursor=cursor, limit=size)
    return Page.of(page, size)


@router.get("/{fee_id}", response_model=FeeOut, responses=ERRORS)
def get_fee(fee_id: FeeId, actor: ActorDep, st: StateDep) -> FeeRecord:
    return st.services.lists.fee(actor, fee_id)


@router.post("", response_model=FeeOut, status_code=201, responses=ERRORS)
def charge(body: FeeIn, actor: ActorDep, st: StateDep, response: Response) -> FeeRecord:
    """Charge a member (librarians)."""
    view = st.services.fees.charge(actor, body.card_number, body.amount_cents, body.note)
    response.headers["Location"] = f"/fees/{view.id}"
    return st.services.lists.fee(actor, view.id)


@router.post("/{fee_id}/pay", response_model=FeeOut, responses=ERRORS)
def pay(fee_id: FeeId, actor: ActorDep, st: StateDep, body: Annotated[PaymentIn | None, Body()] = None) -> FeeRecord:
    """Record a payment (desk staff): in full, or part of what the fee owes (``amount_cents``);
    a fee paid in part stays open with its balance."""
    st.services.fees.pay(actor, fee_id, body.amount_cents if body is not None else None)
    return st.services.lists.fee(actor, fee_id)


@router.post("/{fee_id}/waive", response_model=FeeOut, responses=ERRORS)
def waive(fee_id: FeeId, body: ReasonIn, actor: ActorDep, st: StateDep) -> FeeRecord:
    st.services.fees.waive(actor, fee_id, body.reason)
    return st.services.lists.fee(actor, fee_id)
