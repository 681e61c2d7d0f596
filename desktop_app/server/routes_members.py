"""``/members``: borrowers. Staff list, search (as at the desk), register and edit them;
a member may read only their own record (``/members/me``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import func, select

from ..db.models import Member, MemberCategory
from ..domain.errors import NotFound, PermissionDenied
from ..domain.fields import MEMBER
from ..domain.text import normalize_scan
from ..domain.values import Role
from ..services import Actor, require
from ..services.people.members import MemberInput
from .deps import ActorDep, SearcherDep, StateDep
from .listing import SortKey, keyset_page, offset_page
from .schemas import ErrorBody, Page
from .schemas_people import ExpiryOut, MemberIn, MemberOut, OptionalReasonIn, PinIn, ReasonIn

router = APIRouter(prefix="/members", tags=["members"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
Card = Annotated[str, Path(min_length=1, max_length=64)]
ROW = select(Member, MemberCategory.code).join(MemberCategory, MemberCategory.id == Member.category_id)
SORTS = {
    "name": SortKey(Member.name_sort),
    "card": SortKey(Member.card_number),
    "joined": SortKey(Member.joined, "date"),
    "expires": SortKey(func.coalesce(Member.expires, Member.joined), "date"),
}


def member_out(m: Member, category: str) -> MemberOut:
    shown = {name: getattr(m, name) for name in MEMBER.names(shown=True, stored=True)}
    return MemberOut(id=m.id, uuid=m.uuid, version=m.version, category=category, **shown)


def _status_conditions(status: str | None, today: Any) -> list[Any]:
    if status == "blocked":
        return [Member.blocked.is_(True)]
    if status == "expired":
        return [Member.expires.is_not(None), Member.expires < today]
    if status == "active":
        return [Member.blocked.is_(False), (Member.expires.is_(None)) | (Member.expires >= today)]
    return []


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
    require(actor, Role.DESK, "list members")
    size = limit or st.settings.page_size_default
    lib = st.services.library
    where = _status_conditions(status, lib.today())
    if category:
        where.append(MemberCategory.code == category)
    filters = {"q": q, "status": status, "category": category}
    with lib.read() as s:
        if q and q.strip() and sort in (None, "relevance"):
            ids = [r.id for r in search.members(q)]
            if where and ids:
                keep = set(s.scalars(select(Member.id).join(MemberCategory).where(Member.id.in_(ids), *where)))
                ids = [i for i in ids if i in keep]
            chunk, next_cursor, total = offset_page(ids, cursor=cursor, limit=size, filters=filters)
            found = {m.id: member_out(m, c) for m, c in s.execute(ROW.where(Member.id.in_(chunk)))} if chunk else {}
            return Page(items=[found[i] for i in chunk if i in found], next_cursor=next_cursor, total=total, limit=size)
        stmt = ROW.where(*where)
        if q and q.strip():
            stmt = stmt.where(Member.id.in_([r.id for r in search.members(q)] or [-1]))
        name = sort if sort and sort != "relevance" else "name"
        page = keyset_page(s, stmt, id_column=Member.id, sort=SORTS[name], descending=order == "desc",
                           cursor=cursor, limit=size, filters=filters, sort_name=name)
        return Page(items=[member_out(r[0], r[1]) for r in page.rows], next_cursor=page.next_cursor,
                    total=page.total, limit=size)


def read_member(st: StateDep, actor: Actor, card: str) -> MemberOut:
    with st.services.library.read() as s:
        row = s.execute(ROW.where(Member.card_number == normalize_scan(card))).first()
        if row is None:
            raise NotFound(f"No member has the card number {card!r}")
        if actor.role == Role.MEMBER and actor.member_id != row[0].id:
            raise PermissionDenied("You can only see your own membership")
        return member_out(row[0], row[1])


@router.get("/me", response_model=MemberOut, responses=ERRORS)
def me(actor: ActorDep, st: StateDep) -> MemberOut:
    """The logged-in member's own record."""
    if actor.role != Role.MEMBER:
        raise NotFound("Staff accounts have no membership record; use /members/{card_number}")
    return read_member(st, actor, actor.username)


@router.get("/{card_number}", response_model=MemberOut, responses=ERRORS)
def get_member(card_number: Card, actor: ActorDep, st: StateDep) -> MemberOut:
    if actor.role != Role.MEMBER:
        require(actor, Role.DESK, "look up members")
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
