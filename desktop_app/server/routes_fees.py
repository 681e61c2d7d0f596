"""``/fees``: what members owe. Staff charge, take payments and waive; a member sees only
their own fees."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import select

from ..db.models import Fee, Member
from ..domain.errors import NotFound
from ..domain.values import Role
from ..services import Actor
from .deps import ActorDep, StateDep
from .listing import SortKey, keyset_page
from .routes_loans import _member_id
from .schemas import MAX_ID, ErrorBody, Page
from .schemas_people import FeeIn, FeeOut, ReasonIn

router = APIRouter(prefix="/fees", tags=["fees"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
FeeId = Annotated[int, Path(ge=1, le=MAX_ID)]
ROW = (select(Fee.id, Member.card_number, Fee.kind, Fee.amount_cents, Fee.created_at, Fee.note, Fee.paid_at,
              Fee.waived_at, Fee.member_id).join(Member, Member.id == Fee.member_id))


def fee_out(r: Any) -> FeeOut:
    return FeeOut(id=r.id, card_number=r.card_number, kind=r.kind, amount_cents=r.amount_cents,
                  created_at=r.created_at, note=r.note, paid=r.paid_at is not None, waived=r.waived_at is not None)


@router.get("", response_model=Page[FeeOut], responses=ERRORS)
def list_fees(
    actor: ActorDep, st: StateDep,
    member: Annotated[str | None, Query(max_length=64, description="Card number (members: only their own)")] = None,
    status: Literal["open", "paid", "waived", "all"] = "open",
    kind: Literal["overdue", "lost", "manual"] | None = None,
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[FeeOut]:
    """Fees, oldest first."""
    size = limit or st.settings.page_size_default
    member_id = _member_id(st, actor, member)
    stmt = ROW
    if member_id is not None:
        stmt = stmt.where(Fee.member_id == member_id)
    if status == "open":
        stmt = stmt.where(Fee.paid_at.is_(None), Fee.waived_at.is_(None))
    elif status == "paid":
        stmt = stmt.where(Fee.paid_at.is_not(None))
    elif status == "waived":
        stmt = stmt.where(Fee.waived_at.is_not(None))
    if kind:
        stmt = stmt.where(Fee.kind == kind)
    filters = {"member": member_id, "status": status, "kind": kind}
    with st.services.library.read() as s:
        page = keyset_page(s, stmt, id_column=Fee.id, sort=SortKey(Fee.created_at, "datetime"),
                           descending=order == "desc", cursor=cursor, limit=size, filters=filters, sort_name="created")
    return Page(items=[fee_out(r) for r in page.rows], next_cursor=page.next_cursor, total=page.total, limit=size)


def read_fee(st: StateDep, actor: Actor, fee_id: int) -> FeeOut:
    with st.services.library.read() as s:
        row = s.execute(ROW.where(Fee.id == fee_id)).first()
    if row is None or (actor.role == Role.MEMBER and row.member_id != actor.member_id):
        raise NotFound(f"There is no fee with id {fee_id}")
    return fee_out(row)


@router.get("/{fee_id}", response_model=FeeOut, responses=ERRORS)
def get_fee(fee_id: FeeId, actor: ActorDep, st: StateDep) -> FeeOut:
    return read_fee(st, actor, fee_id)


@router.post("", response_model=FeeOut, status_code=201, responses=ERRORS)
def charge(body: FeeIn, actor: ActorDep, st: StateDep, response: Response) -> FeeOut:
    """Charge a member (librarians)."""
    view = st.services.fees.charge(actor, body.card_number, body.amount_cents, body.note)
    response.headers["Location"] = f"/fees/{view.id}"
    return read_fee(st, actor, view.id)


@router.post("/{fee_id}/pay", response_model=FeeOut, responses=ERRORS)
def pay(fee_id: FeeId, actor: ActorDep, st: StateDep) -> FeeOut:
    """Record a payment in full (desk staff)."""
    st.services.fees.pay(actor, fee_id)
    return read_fee(st, actor, fee_id)


@router.post("/{fee_id}/waive", response_model=FeeOut, responses=ERRORS)
def waive(fee_id: FeeId, body: ReasonIn, actor: ActorDep, st: StateDep) -> FeeOut:
    st.services.fees.waive(actor, fee_id, body.reason)
    return read_fee(st, actor, fee_id)
