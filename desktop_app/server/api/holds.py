"""``/holds``: members queue for books. Members place and cancel their own holds and see
only theirs; staff act for anyone."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from ...domain.errors import InvalidInput
from ...domain.values import Role
from ...services.circulation.lists import HoldRecord
from ..deps import ActorDep, MemberScopeDep, StateDep
from ..schemas import MAX_ID, ErrorBody, Page
from .schemas_people import HoldIn, HoldOut

router = APIRouter(prefix="/holds", tags=["holds"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}


@router.get("", response_model=Page[HoldOut], responses=ERRORS)
def list_holds(
    actor: ActorDep, st: StateDep, member_id: MemberScopeDep,
    book_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Literal["active", "waiting", "ready", "fulfilled", "cancelled", "expired", "all"] = "active",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[HoldRecord]:
    """Holds, oldest first (the queue order)."""
    size = limit or st.settings.page_size_default
    page = st.services.lists.holds(actor, member_id=member_id, book_id=book_id, status=status,
                                   descending=order == "desc", cursor=cursor, limit=size)
    return Page.of(page, size)



@router.get("/{hold_id}", response_model=HoldOut, responses=ERRORS)
def get_hold(hold_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep) -> HoldRecord:
    return st.services.lists.hold(actor, hold_id)


@router.post("", response_model=HoldOut, status_code=201, responses=ERRORS)
def place(body: HoldIn, actor: ActorDep, st: StateDep, response: Response) -> HoldRecord:
    """Place a hold on a book (members for themselves: ``card_number`` may be left out)."""
    card = body.card_number or (actor.username if actor.role == Role.MEMBER else None)
    if not card:
        raise InvalidInput("Say for which member (card_number)", field="card_number")
    view = st.services.holds.place(actor, card, body.book_id, override_reason=body.override_reason)
    response.headers["Location"] = f"/holds/{view.id}"
    return st.services.lists.hold(actor, view.id)


@router.delete("/{hold_id}", status_code=204, responses=ERRORS)
def cancel(hold_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep,
           reason: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """Cancel a waiting or ready hold (members: their own)."""
    st.services.lists.hold(actor, hold_id)  # a member gets 404 for someone else's hold
    st.services.holds.cancel(actor, hold_id, reason=reason)
    return Response(status_code=204)
