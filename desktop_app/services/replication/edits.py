"""Replaying a desk's catalog, member and staff edits on the server: a new row is created with
the desk's uuid; an edit is merged field by field against the version the desk started from
(``merge``), and what the merge keeps goes through the same transitions as at the desk
(``catalog.books``, ``catalog.copies``, ``people.members``, ``people.accounts``): the same
checks of the input, the same rights, the same audit."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ...db.models import Book, Copy, Member, StaffUser
from ...domain.errors import InvalidInput
from ...domain.fields import BOOK, COPY, MEMBER
from ...domain.values import CopyStatus, Role
from ..catalog.books import add_book, delete_book, edit_book
from ..catalog.copies import add_copy, delete_copy, edit_copy, set_status
from ..catalog.input import BookInput, CopyInput, clean_book, clean_copy
from ..catalog.records import keep_record, kept_record, normalise, record_of_args
from ..library import require
from ..people import accounts, members, privacy
from ..people.categories import save_category
from ..snapshots import book_data, copy_data, member_data
from ..transaction import Tx
from .merge import base_of, merge, merged
from .ops import Op, Outcome, Unapplied, by_uuid

#: What a replayed member edit may change, and what it compares (with the block, its own action).
MEMBER_DETAILS = MEMBER.editable


def _authors(data: dict[str, Any]) -> list[list[str]]:
    found = data.get("authors") or []
    if not isinstance(found, list) or any(not isinstance(a, dict) or not isinstance(a.get("name"), str)
                                          for a in found):
        raise InvalidInput("The book's authors are not a list of names", field="authors")
    return [[a["name"], str(a.get("role") or "author")] for a in found]


def _author_uuids(data: dict[str, Any]) -> dict[str, str]:
    return {a["name"]: a["uuid"] for a in data.get("authors") or []
            if isinstance(a, dict) and isinstance(a.get("uuid"), str) and isinstance(a.get("name"), str)}


def _book_input(values: dict[str, Any], authors: list[list[str]]) -> BookInput:
    subjects = values.get("subjects")
    return BookInput(
        title=values.get("title") or "", subtitle=values.get("subtitle"),
        isbn=values.get("isbn13") or values.get("isbn10"), publisher=values.get("publisher"), year=values.get("year"),
        edition=values.get("edition"), language=values.get("language"), series=values.get("series"),
        series_number=values.get("series_number"), extent=values.get("extent"),
        subjects=[x.strip() for x in str(subjects).split(";") if x.strip()] if subjects else [],
        description=values.get("description"), item_type=values.get("item_type") or "book",
        call_number=values.get("call_number"), authors=[(n, r) for n, r in authors],
        links=[x.strip() for x in str(values.get("links")).split(";") if x.strip()] if values.get("links") else [])


def _normal(data: dict[str, Any]) -> dict[str, Any]:
    out = {name: data.get(name) for name in BOOK.picture if name in data}
    out["authors"] = _authors(data)
    return out


def replay_book_upsert(tx: Tx, op: Op) -> Outcome:
    data, row_uuid = op.args, op.arg("uuid") or op.entity_uuid
    book = by_uuid(tx.s, Book, row_uuid)
    if book is None:
        if op.base_version:
            raise Unapplied("deleted_on_server", f"'{data.get('title')}' was deleted on the server; the edit was "
                            "not applied", book_uuid=row_uuid, desk=data)
        clean = clean_book(_book_input(data, _authors(data)), today=tx.today)
        book = add_book(tx, clean, book_uuid=row_uuid, author_uuids=_author_uuids(data))
        _keep_record(tx, book, data)
        return Outcome({"book_uuid": row_uuid})
    current = _normal(book_data(book))
    base = base_of(tx.s, book.uuid, op.base_version)
    changes, conflicts = merge(_normal(base) if base else None, current, _normal(data), BOOK.picture + ("authors",))
    if changes:
        values = {f: changes.get(f, current.get(f)) for f in BOOK.picture}
        clean = clean_book(_book_input(values, changes.get("authors", current["authors"])), today=tx.today)
        edit_book(tx, book, clean, author_uuids=_author_uuids(data))
    _keep_record(tx, book, data)
    return merged(book.uuid, changes, conflicts, f"book '{book.title}'")


def _keep_record(tx: Tx, book: Book, data: dict[str, Any]) -> None:
    """The whole MARC record a desk's book brings (``catalog.records``), kept when it is new
    here; the book's version goes up so the feed hands it to the other desks."""
    found = record_of_args(data)
    if found is None:
        return
    record, source = found
    kept = kept_record(tx.s, book.id)
    if kept is None or kept.data != normalise(record)[0]:
        keep_record(tx, book, record, source)


def replay_book_delete(tx: Tx, op: Op) -> Outcome:
    book = by_uuid(tx.s, Book, op.arg("uuid") or op.entity_uuid)
    if book is None:
        return Outcome({"already": True})
    delete_book(tx, book)
    return Outcome({"deleted": True})


def _copy_values(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    status = data.get("status") or CopyStatus.AVAILABLE.value
    if status in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF):
        status = CopyStatus.AVAILABLE.value  # circulation moves a copy there, never an edit
    acquired = data.get("acquired")
    try:
        acquired = date.fromisoformat(acquired) if isinstance(acquired, str) else acquired
    except ValueError:
        raise InvalidInput(f"Acquired {acquired!r} is not a date", field="acquired") from None
    clean = clean_copy(CopyInput(barcode=data.get("barcode"), call_number=data.get("call_number"),
                                 location=data.get("location"), status=status, acquired=acquired,
                                 price_cents=data.get("price_cents"), notes=data.get("notes")))
    return {k: clean[k] for k in names}


def replay_copy_upsert(tx: Tx, op: Op) -> Outcome:
    data, row_uuid = op.args, op.arg("uuid") or op.entity_uuid
    copy = by_uuid(tx.s, Copy, row_uuid)
    if copy is None:
        book = by_uuid(tx.s, Book, op.arg("book_uuid"))
        if book is None:
            raise Unapplied("unknown_book", "The book of this copy is not on the server", copy=data)
        values = _copy_values(data, COPY.editable + ("status",))
        other = tx.s.scalar(select(Copy).where(Copy.barcode == values["barcode"]))
        if other is not None:
            raise Unapplied("identity_collision", f"Barcode {values['barcode']} was given to two copies: "
                            f"'{other.book.title}' on the server and '{book.title}' at a desk; relabel one",
                            barcode=values["barcode"], server_copy=other.uuid, desk_copy=data)
        add_copy(tx, book, values, copy_uuid=row_uuid)
        return Outcome({"copy_uuid": row_uuid})
    current = copy_data(copy, copy.book.uuid)
    changes, conflicts = merge(base_of(tx.s, copy.uuid, op.base_version), current, data, COPY.editable)
    if changes:
        values = _copy_values({**current, **changes}, tuple(changes))
        if "barcode" in values and tx.s.scalar(select(Copy.id).where(Copy.barcode == values["barcode"],
                                                                      Copy.id != copy.id)):
            raise Unapplied("identity_collision", f"Barcode {values['barcode']} is already used on the server",
                            barcode=values["barcode"])
        edit_copy(tx, copy, values)
    return merged(copy.uuid, changes, conflicts, f"copy {copy.barcode}")


def replay_copy_status(tx: Tx, op: Op) -> Outcome:
    copy = by_uuid(tx.s, Copy, op.arg("copy_uuid"))
    if copy is None:
        raise Unapplied("unknown_copy", "This copy is not on the server", copy_uuid=op.args.get("copy_uuid"))
    status = op.arg("status", required=True)
    if copy.status == status:
        return Outcome({"already": True})
    set_status(tx, copy, status, note=op.arg("note"), fee_uuid=op.arg("fee_uuid"))
    return Outcome({"status": copy.status})


def replay_copy_delete(tx: Tx, op: Op) -> Outcome:
    copy = by_uuid(tx.s, Copy, op.arg("uuid") or op.entity_uuid)
    if copy is None:
        return Outcome({"already": True})
    delete_copy(tx, copy)
    return Outcome({"deleted": True})


def _member(tx: Tx, op: Op) -> Member:
    member = by_uuid(tx.s, Member, op.arg("member_uuid") or op.entity_uuid)
    if member is None:
        raise Unapplied("unknown_member", f"No member {op.args.get('card_number')!r} on the server",
                        card_number=op.args.get("card_number"))
    return member


def _member_input(values: dict[str, Any], card: str | None = None) -> members.MemberInput:
    def day_of(name: str) -> date | None:
        raw = values.get(name)
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            raise InvalidInput(f"{name.capitalize()} {raw!r} is not a date", field=name) from None

    for name in ("first_name", "last_name", "email", "phone", "address", "notes", "category"):
        if values.get(name) is not None and not isinstance(values[name], str):
            raise InvalidInput(f"The member's {name.replace('_', ' ')} is not text", field=name)
    return members.MemberInput(
        first_name=values.get("first_name") or "", last_name=values.get("last_name") or "", card_number=card,
        email=values.get("email"), phone=values.get("phone"), address=values.get("address"),
        category=values.get("category"), joined=day_of("joined"), expires=day_of("expires"), notes=values.get("notes"))


def replay_member_upsert(tx: Tx, op: Op) -> Outcome:
    data, row_uuid = op.args, op.arg("uuid") or op.entity_uuid
    member = by_uuid(tx.s, Member, row_uuid)
    if member is None:
        other = tx.s.scalar(select(Member).where(Member.card_number == data.get("card_number")))
        if other is not None:
            raise Unapplied("identity_collision", f"Card number {data.get('card_number')} was given to two members: "
                            f"{other.full_name} on the server and {data.get('first_name')} {data.get('last_name')} "
                            "at a desk; issue a new card to one", card_number=data.get("card_number"),
                            server_member=other.uuid, desk_member=data)
        member = members.register(tx, _member_input(data, op.arg("card_number", required=True)), member_uuid=row_uuid)
        if data.get("blocked") is True:
            members.block(tx, member, data.get("block_reason") or "blocked at a desk")
        return Outcome({"member_uuid": row_uuid})
    current = member_data(member)
    changes, conflicts = merge(base_of(tx.s, member.uuid, op.base_version), current, data,
                               MEMBER_DETAILS + ("blocked", "block_reason"))
    details = {k: v for k, v in changes.items() if k in MEMBER_DETAILS}
    if details:
        members.edit(tx, member, _member_input({**current, **details}))
    if changes.get("blocked") is True or ("block_reason" in changes and member.blocked and changes["block_reason"]):
        members.block(tx, member, changes.get("block_reason") or data.get("block_reason") or "blocked at a desk")
    elif changes.get("blocked") is False:
        members.unblock(tx, member, "unblocked at a desk")
    return merged(member.uuid, changes, conflicts, f"member {member.full_name}")


def replay_member_block(tx: Tx, op: Op) -> Outcome:
    member = _member(tx, op)
    if op.kind == "member_block":
        members.block(tx, member, op.arg("reason") or "")
    elif not member.blocked:
        return Outcome({"already": True})
    else:
        members.unblock(tx, member, op.arg("reason") or "")
    return Outcome({"member_uuid": member.uuid, "blocked": member.blocked})


def replay_member_pin(tx: Tx, op: Op) -> Outcome:
    members.set_pin(tx, _member(tx, op), op.arg("pin_hash"))
    return Outcome({"member_uuid": op.args.get("member_uuid")})


def _uuids(op: Op, name: str) -> list[str]:
    found = op.args.get(name) or []
    if not isinstance(found, list) or any(not isinstance(u, str) for u in found):
        raise InvalidInput(f"{name!r} of the operation is not a list of ids", field=name)
    return found


def replay_anonymise_loans(tx: Tx, op: Op) -> Outcome:
    """The same rule as at the desk, judged on the server's rows at the desk's time: rows that
    do not qualify here (already anonymised, returned later on the server) are left alone."""
    done = privacy.anonymise_loans(tx, _uuids(op, "loan_uuids"), hold_uuids=_uuids(op, "hold_uuids"),
                                   days=op.arg("days", int, required=True))
    return Outcome({"loans": done.loans, "holds": done.holds, "fees": done.fees})


def replay_delete_member(tx: Tx, op: Op) -> Outcome:
    member = by_uuid(tx.s, Member, op.arg("member_uuid") or op.entity_uuid)
    if member is None:
        return Outcome({"already": True})
    done = privacy.delete_member(tx, member)
    return Outcome({"deleted": True, "loans": done.loans, "holds": done.holds, "fees": done.fees})


def replay_category_upsert(tx: Tx, op: Op) -> Outcome:
    values = {k: v for k, v in op.args.items() if k not in ("code", "rows")}
    cat = save_category(tx, op.arg("code", required=True), values, category_uuid=op.entity_uuid)
    return Outcome({"code": cat.code})


def _staff(tx: Tx, op: Op) -> StaffUser | None:
    found = by_uuid(tx.s, StaffUser, op.arg("uuid") or op.entity_uuid)
    if found is None and op.arg("username"):
        named = tx.s.scalar(select(StaffUser).where(StaffUser.username == str(op.args["username"]).lower()))
        if named is not None:
            raise Unapplied("identity_collision", f"The server has another staff account named {named.username!r}; "
                            "the desk's account was not sent", username=named.username)
    return found


def replay_staff_upsert(tx: Tx, op: Op) -> Outcome:
    user = _staff(tx, op)
    if user is None:
        accounts.create_staff(tx, username=op.arg("username", required=True), display_name=op.arg("display_name") or "",
                              password_hash=op.arg("password_hash", required=True),
                              role=Role(op.arg("role", required=True)), staff_uuid=op.arg("uuid") or op.entity_uuid)
        return Outcome({"staff_uuid": op.arg("uuid")})
    if op.arg("role") and op.args["role"] != user.role:
        accounts.set_role(tx, user, op.args["role"])
    active = op.args.get("active")
    if isinstance(active, bool) and active != user.active:
        accounts.set_active(tx, user, active)
    return Outcome({"staff_uuid": user.uuid})


def replay_staff_password(tx: Tx, op: Op) -> Outcome:
    user = _staff(tx, op)
    if user is None:
        raise Unapplied("unknown_staff", "This staff account is not on the server", username=op.args.get("username"))
    accounts.set_password(tx, user, op.arg("password_hash", required=True))
    return Outcome({"staff_uuid": user.uuid})


def replay_book_cover(tx: Tx, op: Op) -> Outcome:
    """A cover set or removed at a desk (``lookup.records``): checked again as a picture here."""
    import base64
    import binascii

    from ..lookup.covers import small_cover
    from ..lookup.records import drop_cover, keep_cover

    require(tx.actor, Role.LIBRARIAN, "change a book's cover")
    book = by_uuid(tx.s, Book, op.arg("book_uuid", required=True))
    if book is None:
        raise Unapplied("unknown_book", "The book of this cover is not on the server",
                        book_uuid=op.args.get("book_uuid"))
    if op.kind == "book_cover_remove":
        drop_cover(tx, book)
        return Outcome({"book_uuid": book.uuid})
    try:
        data = base64.b64decode(str(op.arg("image", required=True)), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("The cover sent is not base64 data", field="cover") from None
    source = str(op.args.get("source") or "desk")
    keep_cover(tx, book, small_cover(data, what=f"the cover of '{book.title}'", source=source), source)
    return Outcome({"book_uuid": book.uuid})


EDITS = {"book_upsert": replay_book_upsert, "book_cover_set": replay_book_cover,
         "book_cover_remove": replay_book_cover, "book_delete": replay_book_delete, "copy_upsert": replay_copy_upsert,
         "copy_status": replay_copy_status, "copy_delete": replay_copy_delete,
         "member_upsert": replay_member_upsert,
         "member_block": replay_member_block, "member_unblock": replay_member_block, "member_pin": replay_member_pin,
         "category_upsert": replay_category_upsert, "staff_upsert": replay_staff_upsert,
         "staff_password": replay_staff_password, "anonymise_loans": replay_anonymise_loans,
         "delete_member": replay_delete_member}
