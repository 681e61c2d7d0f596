"""The replicated entities as exchanged between the server and the desks.

A change carries a row as plain JSON: its scalar fields, and its references to other rows
by ``uuid`` (never by local ids, which differ on every desk). The same table of specs drives
the server's change feed (reading rows) and the desk's apply (writing rows), so both sides
agree on every field by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table

from ..db.models import Author, Book, Copy, Fee, Hold, Loan, Member, MemberCategory, StaffUser
from ..domain.fields import BOOK, COPY, MEMBER
from ..domain.fields import Table as FieldTable


@dataclass(frozen=True)
class Ref:
    """A foreign key sent as the parent's uuid under ``key``. A row may always come without
    its parent (``None``: an anonymised loan, hold or fee has no member); ``required`` says
    that a parent it does name must exist where the row lands (else the page is refused
    rather than the link silently dropped); a row whose optional parent is unknown lands
    without it."""

    key: str
    column: str
    entity: str
    required: bool = True


@dataclass(frozen=True)
class Spec:
    entity: str
    table: Table
    fields: tuple[str, ...]
    datetimes: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    refs: tuple[Ref, ...] = ()
    # Columns a desk keeps for itself and never takes from the server.
    local_only: tuple[str, ...] = field(default=())


def _t(model: Any) -> Table:
    return model.__table__


def _from_table(fields: FieldTable, model: Any, *, refs: tuple[Ref, ...] = (),
                local_only: tuple[str, ...] = ()) -> Spec:
    """The spec of a row whose fields are declared in ``domain.fields``."""
    return Spec(fields.entity, _t(model), fields.names(stored=True, replicated=True),
                datetimes=fields.of_type(datetime), dates=fields.of_type(date), refs=refs, local_only=local_only)


SPECS: dict[str, Spec] = {s.entity: s for s in (
    Spec("category", _t(MemberCategory), (
        "code", "name", "loan_days", "max_loans", "max_renewals", "max_holds", "fines_enabled",
        "fine_per_day_cents", "fine_cap_cents", "grace_days", "max_overdue_days", "max_owed_cents",
        "membership_months", "item_type_loan_days")),
    Spec("staff", _t(StaffUser), ("username", "display_name", "password_hash", "role", "active", "created_at"),
         datetimes=frozenset({"created_at"}), local_only=("failed_logins", "lockouts", "locked_until", "last_login")),
    Spec("author", _t(Author), ("name", "name_sort")),
    _from_table(BOOK, Book),
    _from_table(COPY, Copy, refs=(Ref("book_uuid", "book_id", "book"),)),
    _from_table(MEMBER, Member, refs=(Ref("category_uuid", "category_id", "category"),),
                local_only=("pin_hash", "failed_logins", "lockouts", "locked_until")),
    Spec("loan", _t(Loan), ("checked_out_at", "due_date", "returned_at", "renewals", "desk", "override_reason"),
         datetimes=frozenset({"checked_out_at", "returned_at"}), dates=frozenset({"due_date"}),
         refs=(Ref("copy_uuid", "copy_id", "copy"), Ref("member_uuid", "member_id", "member"),
               Ref("lent_by_uuid", "lent_by_id", "staff", False),
               Ref("returned_by_uuid", "returned_by_id", "staff", False))),
    Spec("hold", _t(Hold), ("placed_at", "status", "ready_at", "pickup_by", "closed_at"),
         datetimes=frozenset({"placed_at", "ready_at", "closed_at"}), dates=frozenset({"pickup_by"}),
         refs=(Ref("book_uuid", "book_id", "book"), Ref("member_uuid", "member_id", "member"),
               Ref("copy_uuid", "copy_id", "copy", False))),
    Spec("fee", _t(Fee), ("kind", "amount_cents", "paid_cents", "created_at", "paid_at", "waived_at", "note"),
         datetimes=frozenset({"created_at", "paid_at", "waived_at"}),
         refs=(Ref("member_uuid", "member_id", "member"), Ref("loan_uuid", "loan_id", "loan", False))),
)}

# Parents before children: puts are applied in this order, deletes in the reverse.
ORDER = ("category", "staff", "author", "book", "copy", "member", "loan", "hold", "fee")
ENTITY_OF_MODEL = {MemberCategory: "category", StaffUser: "staff", Author: "author", Book: "book", Copy: "copy",
                   Member: "member", Loan: "loan", Hold: "hold", Fee: "fee"}
# Journal argument names that hold a row's uuid, and the entity of that row.
ARG_ENTITIES = {"loan_uuid": "loan", "copy_uuid": "copy", "member_uuid": "member", "hold_uuid": "hold",
                "fee_uuid": "fee", "book_uuid": "book"}


def parse_datetime(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not a date and time") from exc
    if parsed.tzinfo is None:
        raise ValueError(f"{where}: {value!r} has no time zone (UTC expected)")
    return parsed


def parse_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not a date") from exc


def from_json(spec: Spec, name: str, value: Any) -> Any:
    """A JSON field value turned back into what the column stores."""
    if name in spec.datetimes:
        return parse_datetime(value, f"{spec.entity}.{name}")
    if name in spec.dates:
        return parse_date(value, f"{spec.entity}.{name}")
    return value


def uuids_in_args(args: dict[str, Any]) -> list[tuple[str, str]]:
    """(entity, uuid) of every row a journal operation names in its arguments."""
    return [(entity, str(args[key])) for key, entity in ARG_ENTITIES.items() if args.get(key)]
