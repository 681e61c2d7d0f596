"""Replaying a desk's catalog and member edits on the server: a new row is created with the
desk's uuid; an edit is merged field by field against the version the desk started from
(``base_version``): a field only the desk changed takes the desk's value, a field changed on
both sides keeps the server's and is listed in ``conflicts``. Same contract as
``replication``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import journal
from ..db.models import Author, Book, Copy, Fee, Hold, Loan, Member, MemberCategory
from ..db.sync_models import SyncRowVersion
from ..domain.errors import InvalidInput
from ..domain.text import fold
from ..domain.values import ACTIVE_HOLD, CopyStatus, FeeKind, Role
from .catalog import apply_book_values
from .library import Actor, Library, require
from .members import add_months
from .replication import Op, Outcome, Unapplied, _by_uuid, parse_day
from .snapshots import BOOK_FIELDS, COPY_FIELDS, MEMBER_FIELDS, book_data, copy_data, member_data

EDITABLE_COPY = tuple(f for f in COPY_FIELDS if f != "status")  # status moves by circulation and copy_status


def _authors(values: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(a["name"]), str(a.get("role") or "author")) for a in values.get("authors") or []]


def merge(base: dict[str, Any] | None, current: dict[str, Any], desk: dict[str, Any],
          names: tuple[str, ...]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fields to change on the server and the conflicts, comparing ``desk`` and
    ``current`` against ``base`` (None when the base is unknown: every difference conflicts)."""
    changes: dict[str, Any] = {}
    conflicts: list[dict[str, Any]] = []
    for name in names:
        if name not in desk:
            continue
        mine, theirs = desk.get(name), current.get(name)
        if mine == theirs:
            continue
        desk_changed = base is None or mine != base.get(name)
        server_changed = base is None or theirs != base.get(name)
        if desk_changed and not server_changed:
            changes[name] = mine
        elif desk_changed:
            conflicts.append({"field": name, "server": theirs, "desk": mine})
    return changes, conflicts


def _base(s: Session, row_uuid: str, version: int | None) -> dict[str, Any] | None:
    if not version:
        return None
    row = s.get(SyncRowVersion, (row_uuid, version))
    return row.data if row else None


def _normal_authors(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["authors"] = [[a["name"], a.get("role") or "author"] for a in data.get("authors") or []]
    return out


def _ensure_authors(s: Session, authors: list[dict[str, Any]]) -> None:
    """Authors new to the server keep the desk's uuid (so the desk's row is the same one)."""
    for a in authors:
        if s.scalar(select(Author.id).where(Author.name == a["name"]).limit(1)) is None:
            if a.get("uuid") and _by_uuid(s, Author, a["uuid"]) is None:
                s.add(Author(uuid=a["uuid"], name=a["name"], name_sort=fold(a["name"])))
            else:
                s.add(Author(name=a["name"], name_sort=fold(a["name"])))
            s.flush()


def apply_book_upsert(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.LIBRARIAN, "edit the catalog")
    data, row_uuid = op.args, op.args.get("uuid") or op.entity_uuid
    if not data.get("title"):
        raise InvalidInput("A book needs a title", field="title")
    book = _by_uuid(s, Book, row_uuid)
    if book is None:
        if op.base_version:
            raise Unapplied("deleted_on_server", f"'{data.get('title')}' was deleted on the server; the edit was "
                            "not applied", book_uuid=row_uuid, desk=data)
        _ensure_authors(s, data.get("authors") or [])
        book = Book(uuid=row_uuid, created_at=op.at(), updated_at=lib.now(), version=1)
        apply_book_values(s, book, {f: data.get(f) for f in BOOK_FIELDS}, _authors(data))
        s.add(book)
        return Outcome({"book_uuid": row_uuid})
    current = _normal_authors(book_data(book))
    base = _base(s, book.uuid, op.base_version)
    changes, conflicts = merge(_normal_authors(base) if base else None, current, _normal_authors(data),
                               BOOK_FIELDS + ("authors",))
    if changes:
        values = {f: changes.get(f, current.get(f)) for f in BOOK_FIELDS}
        if "authors" in changes:
            _ensure_authors(s, data.get("authors") or [])
            authors = _authors(data)
        else:
            authors = [(str(n), str(r)) for n, r in current["authors"]]
        apply_book_values(s, book, values, authors)
        book.version += 1
        book.updated_at = lib.now()
    return _merged(book.uuid, changes, conflicts, f"book '{book.title}'")


def _merged(row_uuid: str, changes: dict[str, Any], conflicts: list[dict[str, Any]], label: str) -> Outcome:
    out = Outcome({"uuid": row_uuid, "changed": sorted(changes), "conflicts": conflicts})
    if conflicts:
        out.status = "conflict"
        names = ", ".join(c["field"] for c in conflicts)
        out.problems.append(Unapplied("edit_conflict", f"The {label} was edited at a desk and on the server: "
                                      f"the server's {names} kept", uuid=row_uuid, conflicts=conflicts))
    return out


def apply_book_delete(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.LIBRARIAN, "delete books")
    book = _by_uuid(s, Book, op.args.get("uuid") or op.entity_uuid)
    if book is None:
        return Outcome({"already": True})
    copy_ids = list(s.scalars(select(Copy.id).where(Copy.book_id == book.id)))
    if copy_ids and s.scalar(select(func.count()).select_from(Loan).where(Loan.copy_id.in_(copy_ids))):
        raise Unapplied("has_history", f"'{book.title}' has loans on the server; it was not deleted", book_uuid=book.uuid)
    if s.scalar(select(Hold.id).where(Hold.book_id == book.id, Hold.status.in_(ACTIVE_HOLD)).limit(1)):
        raise Unapplied("holds_waiting", f"'{book.title}' has holds on the server; it was not deleted",
                        book_uuid=book.uuid)
    for hold in s.scalars(select(Hold).where(Hold.book_id == book.id)):
        s.delete(hold)
    for copy in list(book.copies):
        journal.tombstone(s, "copy", copy.uuid, copy.version)
    journal.tombstone(s, "book", book.uuid, book.version)
    s.delete(book)
    return Outcome({"deleted": True})


def apply_copy_upsert(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.LIBRARIAN, "add copies")
    data, row_uuid = op.args, op.args.get("uuid") or op.entity_uuid
    copy = _by_uuid(s, Copy, row_uuid)
    if copy is None:
        book = _by_uuid(s, Book, data.get("book_uuid"))
        if book is None:
            raise Unapplied("unknown_book", "The book of this copy is not on the server", copy=data)
        other = s.scalar(select(Copy).where(Copy.barcode == data.get("barcode")))
        if other is not None:
            raise Unapplied("identity_collision", f"Barcode {data.get('barcode')} was given to two copies: "
                            f"'{other.book.title}' on the server and '{book.title}' at a desk; relabel one",
                            barcode=data.get("barcode"), server_copy=other.uuid, desk_copy=data)
        status = data.get("status") if data.get("status") not in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF) \
            else CopyStatus.AVAILABLE.value
        s.add(Copy(uuid=row_uuid, book_id=book.id, barcode=data["barcode"], call_number=data.get("call_number"),
                   location=data.get("location"), status=status, acquired=parse_day(data.get("acquired")),
                   price_cents=data.get("price_cents"), notes=data.get("notes"), created_at=op.at(),
                   updated_at=lib.now(), version=1))
        return Outcome({"copy_uuid": row_uuid})
    current = copy_data(copy, copy.book.uuid)
    changes, conflicts = merge(_base(s, copy.uuid, op.base_version), current, data, EDITABLE_COPY)
    if "barcode" in changes and s.scalar(select(Copy.id).where(Copy.barcode == changes["barcode"])):
        raise Unapplied("identity_collision", f"Barcode {changes['barcode']} is already used on the server",
                        barcode=changes["barcode"])
    for name, value in changes.items():
        setattr(copy, name, parse_day(value) if name == "acquired" else value)
    if changes:
        copy.version += 1
        copy.updated_at = lib.now()
    return _merged(copy.uuid, changes, conflicts, f"copy {copy.barcode}")


def apply_copy_status(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.LIBRARIAN, "change a copy's status")
    copy = _by_uuid(s, Copy, op.args.get("copy_uuid"))
    if copy is None:
        raise Unapplied("unknown_copy", "This copy is not on the server", copy_uuid=op.args.get("copy_uuid"))
    new = CopyStatus(op.args["status"])
    if copy.status == new:
        return Outcome({"already": True})
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        raise Unapplied("on_hold_shelf", f"Copy {copy.barcode} is on the hold shelf on the server", barcode=copy.barcode)
    loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))
    if loan is not None:
        if new != CopyStatus.LOST:
            raise Unapplied("on_loan", f"Copy {copy.barcode} is on loan on the server", barcode=copy.barcode)
        loan.returned_at, loan.returned_by_id = op.at(), actor.staff_id
        loan.version += 1
        if copy.price_cents:
            s.add(Fee(member_id=loan.member_id, loan_id=loan.id, kind=FeeKind.LOST.value,
                      amount_cents=copy.price_cents, created_at=op.at(), note=f"Lost: {copy.barcode}"))
    copy.status = new.value
    if op.args.get("note"):
        copy.notes = f"{copy.notes}\n{op.args['note']}" if copy.notes else op.args["note"]
    copy.version += 1
    copy.updated_at = lib.now()
    return Outcome({"status": new.value})


def _category(s: Session, code: str | None) -> MemberCategory:
    cat = s.scalar(select(MemberCategory).where(MemberCategory.code == code)) if code else None
    if cat is None:
        raise Unapplied("unknown_category", f"Member category {code!r} is not on the server", category=code)
    return cat


def apply_member_upsert(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.DESK, "register members")
    data, row_uuid = op.args, op.args.get("uuid") or op.entity_uuid
    member = _by_uuid(s, Member, row_uuid)
    if member is None:
        other = s.scalar(select(Member).where(Member.card_number == data.get("card_number")))
        if other is not None:
            raise Unapplied("identity_collision", f"Card number {data.get('card_number')} was given to two members: "
                            f"{other.full_name} on the server and {data.get('first_name')} {data.get('last_name')} "
                            "at a desk; issue a new card to one", card_number=data.get("card_number"),
                            server_member=other.uuid, desk_member=data)
        cat = _category(s, data.get("category"))
        joined = parse_day(data.get("joined")) or op.at().date()
        values = {f: data.get(f) for f in MEMBER_FIELDS if f not in ("joined", "expires")}
        s.add(Member(uuid=row_uuid, category_id=cat.id, joined=joined,
                     expires=parse_day(data.get("expires")) or add_months(joined, cat.membership_months),
                     name_sort=fold(f"{data.get('last_name') or ''} {data.get('first_name') or ''}"),
                     created_at=op.at(), updated_at=lib.now(), version=1, **values))
        return Outcome({"member_uuid": row_uuid})
    current = member_data(member)
    changes, conflicts = merge(_base(s, member.uuid, op.base_version), current, data, MEMBER_FIELDS + ("category",))
    for name, value in changes.items():
        if name == "category":
            member.category = _category(s, value)
        else:
            setattr(member, name, parse_day(value) if name in ("joined", "expires") else value)
    if changes:
        member.name_sort = fold(f"{member.last_name} {member.first_name}")
        member.version += 1
        member.updated_at = lib.now()
    return _merged(member.uuid, changes, conflicts, f"member {member.full_name}")


def apply_category_upsert(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.ADMIN, "change loan rules")
    values = {k: v for k, v in op.args.items() if k != "code"}
    code = op.args.get("code")
    cat = s.scalar(select(MemberCategory).where(MemberCategory.code == code))
    if cat is None:
        cat = MemberCategory(code=code, name=str(values.get("name") or str(code).capitalize()), version=0)
        if op.entity_uuid and _by_uuid(s, MemberCategory, op.entity_uuid) is None:
            cat.uuid = op.entity_uuid
        s.add(cat)
    for key, value in values.items():
        if key not in MemberCategory.__table__.c or key in ("id", "uuid", "version"):
            raise InvalidInput(f"Unknown loan rule {key!r}", field=key)
        setattr(cat, key, value)
    cat.version = (cat.version or 0) + 1
    return Outcome({"code": code})


EDITS = {"book_upsert": apply_book_upsert, "book_delete": apply_book_delete, "copy_upsert": apply_copy_upsert,
         "copy_status": apply_copy_status, "member_upsert": apply_member_upsert,
         "category_upsert": apply_category_upsert}
