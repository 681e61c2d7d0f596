"""``/members``: borrowers. Staff list, search (as at the desk), register and edit them;
a member may read only their own record (``/members/me``) and export their own data
(``/members/me/export``); librarians export (``/{card}/export``) and delete members."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel

from ...domain.errors import NotFound
from ...domain.fields import MEMBER
from ...domain.values import Role
from ...services import Actor
from ...services.people.lists import MemberRecord
from ...services.people.members import MemberInput
from ...services.people.privacy import Privacy
from ..deps import ActorDep, SearcherDep, StateDep
from ..schemas import ErrorBody, Page
from .schemas_people import ExpiryOut, MemberIn, MemberOut, OptionalReasonIn, PinIn, ReasonIn

router = APIRouter(prefix="/members", tags=["members"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
Card = Annotated[str, Path(min_length=1, max_length=64)]


def member_out(m: MemberRecord) -> MemberOut:
    return MemberOut(id=m.id, uuid=m.uuid, version=m.version, category=m.category, **m.values)


@router.get("", response_model=Page[MemberOut], responses=ERRORS)
def list_members(
    actor: ActorDep, st: StateDep, search: SearcherDep,
    q: Annotated[str | None, Query(max_length=300, description="Name, card number, email or phone")] = None,
    status: Literal["active", "blocked", "expired"] | None = None,
    category: Annotated[str | None, Query(max_length=30)] = None,
    sort: Literal["name", "card", "joined", "expires", "relevance"] | None = None,
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[MemberOut]:
    """Members (staff). With ``q``: best matches first (at most 500), like the desk."""
    size = limit or st.settings.page_size_default
    page = st.services.lists.members(actor, search, q=q, status=status, category=category, sort=sort,
                                     descending=order == "desc", cursor=cursor, limit=size)
    return Page(items=[member_out(m) for m in page.items], next_cursor=page.next_cursor, total=page.total,
                limit=size)


def read_member(st: StateDep, actor: Actor, card: str) -> MemberOut:
    return member_out(st.services.lists.member(actor, card))


@router.get("/me", response_model=MemberOut, responses=ERRORS)
def me(actor: ActorDep, st: StateDep) -> MemberOut:
    """The logged-in member's own record."""
    if actor.role != Role.MEMBER:
        raise NotFound("Staff accounts have no membership record; use /members/{card_number}")
    return read_member(st, actor, actor.username)


@router.get("/me/export", responses=ERRORS)
def export_me(actor: ActorDep, st: StateDep) -> dict[str, Any]:
    """Everything the library holds about the logged-in member (record, loans, holds, fees,
    notices) as JSON; recorded in the audit log."""
    if actor.role != Role.MEMBER:
        raise NotFound("Staff accounts have no membership record; use /members/{card_number}/export")
    return Privacy(st.services.library).export_member(actor, actor.username).as_dict()


@router.get("/{card_number}/export", responses=ERRORS)
def export_member(card_number: Card, actor: ActorDep, st: StateDep) -> dict[str, Any]:
    """A member's data as JSON (librarians and admins; a member: only their own); recorded in
    the audit log."""
    return Privacy(st.services.library).export_member(actor, card_number).as_dict()


class DeletedOut(BaseModel):
    """A member deleted: how many of their loans, holds and fees were kept without them."""

    card_number: str
    loans: int
    holds: int
    fees: int


@router.delete("/{card_number}", response_model=DeletedOut, responses=ERRORS)
def delete_member(card_number: Card, actor: ActorDep, st: StateDep) -> DeletedOut:
    """Delete a member (librarians and admins). Refused (409, with the reasons) while loans are
    out or fees unpaid; their waiting holds are cancelled and their history is kept anonymised."""
    done = Privacy(st.services.library).delete_member(actor, card_number)
    return DeletedOut(card_number=card_number, loans=done.loans, holds=done.holds, fees=done.fees)


@router.get("/{card_number}", response_model=MemberOut, responses=ERRORS)
def get_member(card_number: Card, actor: ActorDep, st: StateDep) -> MemberOut:
    return read_member(st, actor, card_number)


def member_input(body: MemberIn) -> MemberInput:
    return MemberInput(**body.model_dump(include=set(MEMBER.names(typed=True))))


@router.post("", response_model=MemberOut, status_code=201, responses=ERRORS)
def register(body: MemberIn, actor: ActorDep, st: StateDep, response: Response) -> MemberOut:
    member = st.services.members.register(actor, member_input(body))
    response.headers["Location"] = f"/members/{member.card_number}"
    return read_member(st, actor, member.card_number)


@router.put("/{card_number}", response_model=MemberOut, responses=ERRORS)
def edit(card_number: Card, body: MemberIn, actor: ActorDep, st: StateDep) -> MemberOut:
    """Change a member's details (the card number stays; ``card_number`` in the body is ignored)."""
    st.services.members.edit(actor, card_number, member_input(body), expected_version=body.expected_version)
    return read_member(st, actor, card_number)


@router.post("/{card_number}/block", response_model=MemberOut, responses=ERRORS)
def block(card_number: Card, body: ReasonIn, actor: ActorDep, st: StateDep) -> MemberOut:
    st.services.members.block(actor, card_number, body.reason)
    return read_member(st, actor, card_number)


@router.post("/{card_number}/unblock", response_model=MemberOut, responses=ERRORS)
def unblock(card_number: Card, actor: ActorDep, st: StateDep, body: OptionalReasonIn | None = None) -> MemberOut:
    st.services.members.unblock(actor, card_number, (body.reason if body else None) or "")
    return read_member(st, actor, card_number)


@router.post("/{card_number}/renew", response_model=ExpiryOut, responses=ERRORS)
def renew_membership(card_number: Card, actor: ActorDep, st: StateDep) -> ExpiryOut:
    return ExpiryOut(expires=st.services.members.renew_membership(actor, card_number))


@router.put("/{card_number}/pin", status_code=204, responses=ERRORS)
def set_pin(card_number: Card, body: PinIn, actor: ActorDep, st: StateDep) -> Response:
    st.services.members.set_pin(actor, card_number, body.pin)
    return Response(status_code=204)
