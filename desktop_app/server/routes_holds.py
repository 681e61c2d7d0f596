"""``/holds``: members queue for books. Members place and cancel their own holds and see
only theirs; staff act for anyone."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ..db.models import Book, Copy, Hold, Member
from ..domain.errors import InvalidInput, NotFound
from ..domain.values import Role
from ..services import Actor
from .deps import ActorDep, StateDep
from .listing import SortKey, keyset_page
from .routes_loans import _member_id
from .schemas import MAX_ID, ErrorBody, Page
from .schemas_people import HoldIn, HoldOut

router = APIRouter(prefix="/holds", tags=["holds"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
_ahead = aliased(Hold)
_POSITION = (select(func.count()).where(
    _ahead.book_id == Hold.book_id, _ahead.status == "waiting",
    (_ahead.placed_at < Hold.placed_at) | ((_ahead.placed_at == Hold.placed_at) & (_ahead.id < Hold.id)))
    .correlate(Hold).scalar_subquery())
ROW = (select(Hold.id, Hold.book_id, Book.title, Member.card_number, Member.first_name, Member.last_name,
              Hold.status, Hold.placed_at, _POSITION.label("ahead"), Copy.barcode, Hold.pickup_by, Hold.member_id)
       .join(Book, Book.id == Hold.book_id).join(Member, Member.id == Hold.member_id)
       .outerjoin(Copy, Copy.id == Hold.copy_id))
STATUSES = {"active": ("waiting", "ready"), "waiting": ("waiting",), "ready": ("ready",), "fulfilled": ("fulfilled",),
            "cancelled": ("cancelled",), "expired": ("expired",)}


def hold_out(r: Any) -> HoldOut:
    return HoldOut(id=r.id, book_id=r.book_id, title=r.title, card_number=r.card_number,
                   member_name=f"{r.first_name} {r.last_name}".strip(), status=r.status, placed_at=r.placed_at,
                   position=r.ahead + 1 if r.status == "waiting" else None, barcode=r.barcode,
                   pickup_by=r.pickup_by)


@router.get("", response_model=Page[HoldOut], responses=ERRORS)
def list_holds(
    actor: ActorDep, st: StateDep,
    member: Annotated[str | None, Query(max_length=64, description="Card number (members: only their own)")] = None,
    book_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Literal["active", "waiting", "ready", "fulfilled", "cancelled", "expired", "all"] = "active",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[HoldOut]:
    """Holds, oldest first (the queue order)."""
    size = limit or st.settings.page_size_default
    member_id = _member_id(st, actor, member)
    stmt = ROW
    if member_id is not None:
        stmt = stmt.where(Hold.member_id == member_id)
    if book_id is not None:
        stmt = stmt.where(Hold.book_id == book_id)
    if status != "all":
        stmt = stmt.where(Hold.status.in_(STATUSES[status]))
    filters = {"member": member_id, "book_id": book_id, "status": status}
    with st.services.library.read() as s:
        page = keyset_page(s, stmt, id_column=Hold.id, sort=SortKey(Hold.placed_at, "datetime"),
                           descending=order == "desc", cursor=cursor, limit=size, filters=filters, sort_name="placed")
    return Page(items=[hold_out(r) for r in page.rows], next_cursor=page.next_cursor, total=page.total, limit=size)


def read_hold(st: StateDep, actor: Actor, hold_id: int) -> HoldOut:
    with st.services.library.read() as s:
        row = s.execute(ROW.where(Hold.id == hold_id)).first()
    if row is None or (actor.role == Role.MEMBER and row.member_id != actor.member_id):
        raise NotFound(f"There is no hold with id {hold_id}")
    return hold_out(row)


@router.get("/{hold_id}", response_model=HoldOut, responses=ERRORS)
def get_hold(hold_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep) -> HoldOut:
    return read_hold(st, actor, hold_id)


@router.post("", response_model=HoldOut, status_code=201, responses=ERRORS)
def place(body: HoldIn, actor: ActorDep, st: StateDep, response: Response) -> HoldOut:
    """Place a hold on a book (members for themselves: ``card_number`` may be left out)."""
    card = body.card_number or (actor.username if actor.role == Role.MEMBER else None)
    if not card:
        raise InvalidInput("Say for which member (card_number)", field="card_number")
    view = st.services.holds.place(actor, card, body.book_id, override_reason=body.override_reason)
    response.headers["Location"] = f"/holds/{view.id}"
    return read_hold(st, actor, view.id)


@router.delete("/{hold_id}", status_code=204, responses=ERRORS)
def cancel(hold_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep,
           reason: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """Cancel a waiting or ready hold (members: their own)."""
    read_hold(st, actor, hold_id)  # a member gets 404 for someone else's hold
    st.services.holds.cancel(actor, hold_id, reason=reason)
    return Response(status_code=204)
