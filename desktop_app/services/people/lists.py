"""Members as the REST API lists and reads them: the staff's paged list (searched as at the
desk, filtered, sorted) and one member's record, which a member may read only for themself.

Everything here only reads; a member leaves as a ``MemberRecord``, a page as ``Listed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select

from ...db.models import Member, MemberCategory
from ...domain.errors import NotFound, PermissionDenied
from ...domain.fields import MEMBER
from ...domain.text import normalize_scan
from ...domain.values import Role
from ..catalog.search import Searcher
from ..library import Actor, Library, require
from ..listing import Listed, SortKey, keyset_page, offset_page

MEMBER_SORTS = {
    "name": SortKey(Member.name_sort),
    "card": SortKey(Member.card_number),
    "joined": SortKey(Member.joined, "date"),
    "expires": SortKey(func.coalesce(Member.expires, Member.joined), "date"),
}
_ROW = select(Member, MemberCategory.code).join(MemberCategory, MemberCategory.id == Member.category_id)


@dataclass(frozen=True)
class MemberRecord:
    """A member: ids, version, category code, and the shown stored fields by name
    (``MEMBER.names(shown=True, stored=True)``)."""

    id: int
    uuid: str
    version: int
    category: str
    values: dict[str, Any]


def _record(m: Member, category: str) -> MemberRecord:
    shown = {name: getattr(m, name) for name in MEMBER.names(shown=True, stored=True)}
    return MemberRecord(m.id, m.uuid, m.version, category, shown)


def status_conditions(status: str | None, today: date) -> list[ColumnElement[bool]]:
    """The conditions of a member status: "active", "blocked" or "expired" (none for None)."""
    if status == "blocked":
        return [Member.blocked.is_(True)]
    if status == "expired":
        return [Member.expires.is_not(None), Member.expires < today]
    if status == "active":
        return [Member.blocked.is_(False), (Member.expires.is_(None)) | (Member.expires >= today)]
    return []


class MemberLists:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def members(self, actor: Actor, search: Searcher, *, q: str | None = None, status: str | None = None,
                category: str | None = None, sort: str | None = None, descending: bool = False,
                cursor: str | None = None, limit: int) -> Listed[MemberRecord]:
        """Members (desk staff). With ``q`` (searched by ``search``, as at the desk): best
        matches first (at most 500) unless ``sort`` is given; otherwise by ``sort`` (default name)."""
        require(actor, Role.DESK, "list members")
        where = status_conditions(status, self.lib.today())
        if category:
            where.append(MemberCategory.code == category)
        filters = {"q": q, "status": status, "category": category}
        with self.lib.read() as s:
            if q and q.strip() and sort in (None, "relevance"):
                ids = [r.id for r in search.members(q)]
                if where and ids:
                    keep = set(s.scalars(select(Member.id).join(MemberCategory).where(Member.id.in_(ids), *where)))
                    ids = [i for i in ids if i in keep]
                chunk, next_cursor, total = offset_page(ids, cursor=cursor, limit=limit, filters=filters)
                found = {m.id: _record(m, c) for m, c in s.execute(_ROW.where(Member.id.in_(chunk)))} if chunk else {}
                return Listed([found[i] for i in chunk if i in found], next_cursor, total)
            stmt = _ROW.where(*where)
            if q and q.strip():
                stmt = stmt.where(Member.id.in_([r.id for r in search.members(q)] or [-1]))
            name = sort if sort and sort != "relevance" else "name"
            page = keyset_page(s, stmt, id_column=Member.id, sort=MEMBER_SORTS[name], descending=descending,
                               cursor=cursor, limit=limit, filters=filters, sort_name=name)
            return Listed([_record(r[0], r[1]) for r in page.rows], page.next_cursor, page.total)

    def member(self, actor: Actor, card_number: str) -> MemberRecord:
        """The member with this card number: desk staff read anyone's, a member only their own."""
        if actor.role != Role.MEMBER:
            require(actor, Role.DESK, "look up members")
        with self.lib.read() as s:
            row = s.execute(_ROW.where(Member.card_number == normalize_scan(card_number))).first()
            if row is None:
                raise NotFound(f"No member has the card number {card_number!r}")
            if actor.role == Role.MEMBER and actor.member_id != row[0].id:
                raise PermissionDenied("You can only see your own membership")
            return _record(row[0], row[1])
