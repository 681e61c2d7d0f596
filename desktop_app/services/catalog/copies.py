"""Copies: add one to a title (a scanned pre-printed barcode or a generated one), edit its
details, change its status (not for loan, damaged, in repair, withdrawn, lost, back on the
shelf), delete a withdrawn one that has no history. Transitions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import journal
from ...db.models import Book, Copy, Fee, Hold, Loan
from ...domain.errors import Conflict, InvalidInput, Reason, Refused
from ...domain.fields import COPY
from ...domain.values import ACTIVE_HOLD, CopyStatus, FeeKind, Role
from ..circulation.fees import charge_for_loan, lost_copy_found
from ..identifiers import COPY_KIND, next_identifier
from ..library import require
from ..snapshots import copy_data
from ..transaction import Tx


def _taken(tx: Tx, code: str, *, other_than: int | None = None) -> bool:
    found = tx.s.scalar(select(Copy.id).where(Copy.barcode == code))
    return found is not None and found != other_than


def add_copy(tx: Tx, book: Book, values: dict[str, Any], *, copy_uuid: str | None = None) -> Copy:
    """A new copy of ``book`` from clean ``values`` (``catalog.input.clean_copy``); the
    barcode is generated when none is given."""
    require(tx.actor, Role.LIBRARIAN, "add copies")
    values = dict(values)
    barcode = values.pop("barcode", None)
    if barcode is None:
        barcode = next_identifier(tx.lib, tx.s, COPY_KIND, exists=lambda code: _taken(tx, code))
    elif _taken(tx, str(barcode)):
        raise Conflict(f"Barcode {barcode} is already used by another copy")
    copy = Copy(barcode=barcode, book=book, **values)
    if copy.call_number is None:
        copy.call_number = book.call_number
    if copy_uuid:
        copy.uuid = copy_uuid
    tx.add(copy)
    tx.record("copy_upsert", copy_data(copy, book.uuid), row_uuid=copy.uuid, base_version=0, audit="copy_add",
              entity="copy", barcode=copy.barcode, book=book.title)
    return copy


def edit_copy(tx: Tx, copy: Copy, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Change a copy's barcode, call number, location, acquisition date, price or notes
    (its status moves through circulation and ``set_status``). Returns what changed."""
    require(tx.actor, Role.LIBRARIAN, "edit copies")
    unknown = set(values) - set(COPY.editable)
    if unknown:
        raise InvalidInput(f"A copy has no editable field {', '.join(sorted(unknown))}", field=sorted(unknown)[0])
    if "barcode" in values:
        if not values["barcode"]:
            raise InvalidInput("A copy needs a barcode", field="barcode")
        if _taken(tx, str(values["barcode"]), other_than=copy.id):
            raise Conflict(f"Barcode {values['barcode']} is already used by another copy")
    base = copy.version
    changed = {k: [getattr(copy, k), v] for k, v in values.items() if getattr(copy, k) != v}
    if not changed:
        return {}
    for key in changed:
        setattr(copy, key, values[key])
    tx.touch(copy)
    tx.record("copy_upsert", copy_data(copy, copy.book.uuid), row_uuid=copy.uuid, base_version=base,
              audit="copy_edit", entity="copy", barcode=copy.barcode,
              changed={k: [str(a) if a is not None else None, str(b) if b is not None else None]
                       for k, (a, b) in changed.items()})
    return changed


def set_status(tx: Tx, copy: Copy, status: str, *, note: str | None = None,
               fee_uuid: str | None = None) -> tuple[int, int]:
    """Withdraw; mark lost, damaged, in repair or not for loan (reference); or put back. A copy
    on loan marked lost closes the loan and charges the member the copy's price; a lost copy
    that is put back (or given any other status: it turned up) settles its lost fee per the
    library's ``lost_found`` setting (``fees.lost_copy_found``). Returns (cents of the lost fee
    cancelled, cents to refund to the member)."""
    require(tx.actor, Role.LIBRARIAN, "change a copy's status")
    try:
        new = CopyStatus(status)
    except ValueError:
        raise InvalidInput(f"Unknown copy status {status!r}", field="status") from None
    note = " ".join(note.split()) if note else None
    if note and len(note) > 2000:
        raise InvalidInput("The note is too long (at most 2000 characters)", field="note")
    barcode = copy.barcode
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        raise Refused("change status", [Reason(
            "on_hold_shelf", f"Copy {barcode} is on the hold shelf; cancel or check in the hold first",
            overridable=False)])
    if new in (CopyStatus.ON_LOAN, CopyStatus.ON_HOLD_SHELF):
        raise InvalidInput("A copy goes on loan or on the hold shelf through the desk", field="status")
    loan = tx.s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))
    fee: Fee | None = None
    if loan is not None:
        if new != CopyStatus.LOST:
            raise Refused("change status", [Reason(
                "on_loan", f"Copy {barcode} is on loan; check it in first", overridable=False)])
        if loan.checked_out_at > tx.now:  # a desk's late-arriving change, older than this loan
            raise Refused("change status", [Reason(
                "lent_after", f"Copy {barcode} was lent again after it was marked {new.value} at a desk; the loan "
                "stands", overridable=False)])
        loan.returned_at, loan.returned_by_id = tx.now, tx.actor.staff_id
        tx.touch(loan)
        if copy.price_cents:
            fee = charge_for_loan(tx, loan, copy.price_cents, f"Lost: {barcode} '{copy.book.title}'",
                                  kind=FeeKind.LOST.value, fee_uuid=fee_uuid)
    old, base = copy.status, copy.version
    waived = refund = 0
    if old == CopyStatus.LOST and new != CopyStatus.LOST:
        waived, refund = lost_copy_found(tx, copy)
    copy.status = new.value
    if note:
        copy.notes = f"{copy.notes}\n{note}" if copy.notes else note
    tx.touch(copy)
    # The closed loan and the fee it caused travel with the status change.
    tx.record("copy_status", {"copy_uuid": copy.uuid, "barcode": barcode, "status": new.value, "note": note,
                              "loan_uuid": loan.uuid if loan else None, "fee_uuid": fee.uuid if fee else None,
                              "fee_cents": fee.amount_cents if fee else 0},
              row_uuid=copy.uuid, base_version=base, entity="copy", barcode=barcode, before=old, after=new.value,
              note=note, extra={**({"lost_fee_waived": waived} if waived else {}),
                                **({"refund_cents": refund} if refund else {})})
    return waived, refund


def deletion_refusal(s: Session, copy: Copy) -> Refused | None:
    """Why ``copy`` may not be deleted, or None. Only a withdrawn copy goes, and only when
    nothing that must stay points at it: a loan (open or closed: loans are the library's
    record and its statistics; the copy then stays, withdrawn), a fee, or a hold waiting
    with it."""
    label = f"Copy {copy.barcode} '{copy.book.title}'"
    if copy.status != CopyStatus.WITHDRAWN:
        return Refused("delete copy", [Reason(
            "not_withdrawn", f"{label} is not withdrawn; withdraw it first, then delete it", overridable=False)])
    loans = s.scalar(select(func.count()).select_from(Loan).where(Loan.copy_id == copy.id)) or 0
    if loans:
        return Refused("delete copy", [Reason(
            "has_history", f"{label} has been lent {loans} times; it stays withdrawn so that its loans and "
            "the statistics keep it", overridable=False, values={"count": loans})])
    holds = s.scalar(select(func.count()).select_from(Hold)
                     .where(Hold.copy_id == copy.id, Hold.status.in_(ACTIVE_HOLD))) or 0
    if holds:
        return Refused("delete copy", [Reason(
            "hold_pinned", f"{label} is set aside for a hold; cancel or move the hold first", overridable=False)])
    return None


def delete_copy(tx: Tx, copy: Copy) -> None:
    """Delete a withdrawn copy that has no history (``deletion_refusal``), by a librarian; a
    tombstone carries the delete to the server and the other desks."""
    require(tx.actor, Role.LIBRARIAN, "delete copies")
    refusal = deletion_refusal(tx.s, copy)
    if refusal is not None:
        raise refusal
    # A closed hold that once set this copy aside still names it: it forgets the copy.
    for hold in tx.s.scalars(select(Hold).where(Hold.copy_id == copy.id)):
        hold.copy_id = None
        tx.touch(hold)
    journal.tombstone(tx.s, "copy", copy.uuid, copy.version)
    tx.record("copy_delete", {"uuid": copy.uuid, "barcode": copy.barcode, "book_uuid": copy.book.uuid},
              row_uuid=copy.uuid, base_version=copy.version, entity="copy", barcode=copy.barcode,
              book=copy.book.title)
    tx.deleted(copy)
