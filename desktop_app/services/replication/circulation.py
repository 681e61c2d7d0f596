"""Replaying a desk's circulation operations on the server. Each replay finds the rows the
operation names (by uuid, else by barcode or card number), recognises what was already done
(an operation is idempotent), spots what two desks did to one copy while offline, and then
calls the same transition the desk ran (``circulation.lending``, ``holds``, ``fees``), with the
desk's actor and time. Refusals by the rules or the actor's rights propagate: the caller turns
them into exceptions for a person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ...db.models import Book, Copy, Fee, Hold, Loan, Member
from ...db.sync_models import SyncOrphanReturn
from ...domain.text import day, money
from ...domain.values import ACTIVE_HOLD, FeeKind, HoldStatus
from ..circulation import fees, holds
from ..circulation.lending import give_back, lend, open_loan, renew
from ..transaction import Tx
from .ops import Op, Outcome, Unapplied, by_uuid


def find_copy(tx: Tx, op: Op) -> Copy:
    copy = by_uuid(tx.s, Copy, op.args.get("copy_uuid"))
    barcode = op.arg("barcode")
    if copy is None and barcode:
        copy = tx.s.scalar(select(Copy).where(Copy.barcode == barcode))
    if copy is None:
        raise Unapplied("unknown_copy", f"No copy {barcode!r} on the server", barcode=barcode)
    return copy


def find_member(tx: Tx, op: Op) -> Member:
    member = by_uuid(tx.s, Member, op.args.get("member_uuid"))
    card = op.arg("card_number")
    if member is None and card:
        member = tx.s.scalar(select(Member).where(Member.card_number == card))
    if member is None:
        raise Unapplied("unknown_member", f"No member {card!r} on the server", card_number=card)
    return member


def replay_checkout(tx: Tx, op: Op, *, replace_open: bool = False) -> Outcome:
    loan_uuid = op.arg("loan_uuid", required=True)
    if by_uuid(tx.s, Loan, loan_uuid) is not None:
        return Outcome({"loan_uuid": loan_uuid, "already": True})
    copy, member = find_copy(tx, op), find_member(tx, op)
    first = open_loan(tx.s, copy)
    if first is not None and replace_open:
        # The person resolving chose the second loan: the first ends when the second began
        # (never before it began itself).
        give_back(tx.at(max(tx.now, first.checked_out_at)), copy)
        first = None
    if first is not None:
        holder = tx.s.get(Member, first.member_id)
        raise Unapplied(
            "double_loan",
            f"Copy {copy.barcode} '{copy.book.title}' was lent twice: to {holder.full_name if holder else '?'} "
            f"on {day(first.checked_out_at.astimezone().date())} (loan {first.uuid}, desk {first.desk or '?'}) and "
            f"to {member.full_name} on {day(tx.today)} (loan {loan_uuid}, desk {op.args.get('desk') or '?'}); "
            "the first stands", first_loan=first.uuid, second_loan=loan_uuid, copy_uuid=copy.uuid,
            barcode=copy.barcode, first_member=holder.card_number if holder else None, second_member=member.card_number)
    lent = lend(tx, member, copy, override_reason=op.arg("override_reason"), loan_uuid=loan_uuid,
                due_date=op.day("due_date"))
    result: dict[str, Any] = {"loan_uuid": loan_uuid, "due_date": lent.due_date.isoformat()}
    if op.day("due_date") not in (None, lent.due_date):
        result["due_date_corrected"] = True
    orphan = tx.s.scalar(select(SyncOrphanReturn).where(
        SyncOrphanReturn.copy_uuid == copy.uuid, SyncOrphanReturn.used_by_loan.is_(None),
        SyncOrphanReturn.returned_at >= tx.now).order_by(SyncOrphanReturn.returned_at).limit(1))
    if orphan is not None:  # the copy came back (at another desk) before this checkout reached us
        orphan.used_by_loan = loan_uuid
        back = give_back(tx.at(orphan.returned_at), copy)
        result["closed_by_return_at"] = orphan.returned_at.isoformat()
        result["fee_cents"] = back.fee_cents
    return Outcome(result)


def replay_checkin(tx: Tx, op: Op) -> Outcome:
    copy = find_copy(tx, op)
    loan_uuid = op.arg("loan_uuid")
    loan = open_loan(tx.s, copy)
    if loan is None or loan.checked_out_at > tx.now:
        known = by_uuid(tx.s, Loan, loan_uuid)
        if known is not None and known.returned_at is not None:
            return Outcome({"was_on_loan": True, "already": True})
        if loan is None:
            # Kept: a checkout made before this return at another desk, arriving later, is closed by it.
            tx.s.add(SyncOrphanReturn(copy_uuid=copy.uuid, returned_at=tx.now, op_id=op.op_id))
    back = give_back(tx, copy, fee_uuid=op.arg("fee_uuid"))
    out = Outcome({"was_on_loan": back.was_on_loan, "loan_uuid": back.loan_uuid, "fee_cents": back.fee_cents})
    if loan is not None and back.was_on_loan and loan_uuid and loan.uuid != loan_uuid:
        out.problems.append(Unapplied(
            "returned_other_loan",
            f"Copy {copy.barcode} came back at a desk that lent it as loan {loan_uuid}, but the server had loan "
            f"{loan.uuid} open; that loan is now closed", open_loan=loan.uuid, desk_loan=loan_uuid,
            barcode=copy.barcode))
    if loan is not None and not back.was_on_loan:
        out.result["before_loan"] = loan.uuid  # a return of an earlier loan: the later one stays open
    return out


def replay_renew(tx: Tx, op: Op) -> Outcome:
    loan = by_uuid(tx.s, Loan, op.arg("loan_uuid"))
    if loan is None or loan.returned_at is not None:
        raise Unapplied("not_on_loan", f"Copy {op.args.get('barcode')} is not on loan on the server; the renewal "
                        "was not applied", loan_uuid=op.args.get("loan_uuid"), barcode=op.args.get("barcode"))
    done = renew(tx, loan, override_reason=op.arg("override_reason"), due_date=op.day("due_date"),
                 fee_uuid=op.arg("fee_uuid"))
    return Outcome({"loan_uuid": loan.uuid, "due_date": done.due_date.isoformat(), "renewals": done.renewals,
                    "fee_cents": done.fee_cents})


def replay_place_hold(tx: Tx, op: Op) -> Outcome:
    hold_uuid = op.arg("hold_uuid", required=True)
    if by_uuid(tx.s, Hold, hold_uuid) is not None:
        return Outcome({"hold_uuid": hold_uuid, "already": True})
    member = find_member(tx, op)
    book = by_uuid(tx.s, Book, op.arg("book_uuid"))
    if book is None:
        raise Unapplied("unknown_book", "The book of this hold is not on the server",
                        book_uuid=op.args.get("book_uuid"))
    holds.place(tx, member, book, override_reason=op.arg("override_reason"), hold_uuid=hold_uuid)
    return Outcome({"hold_uuid": hold_uuid})


def replay_close_hold(tx: Tx, op: Op) -> Outcome:
    hold = by_uuid(tx.s, Hold, op.arg("hold_uuid"))
    if hold is None:
        raise Unapplied("unknown_hold", "This hold is not on the server", hold_uuid=op.args.get("hold_uuid"))
    if hold.status not in ACTIVE_HOLD or (op.kind == "expire_hold" and hold.status != HoldStatus.READY):
        return Outcome({"hold_uuid": hold.uuid, "status": hold.status, "already": True})
    if op.kind == "cancel_hold":
        holds.cancel(tx, hold, reason=op.arg("reason"))
    else:
        holds.expire(tx, hold)
    return Outcome({"hold_uuid": hold.uuid, "status": hold.status})


def replay_add_fee(tx: Tx, op: Op) -> Outcome:
    fee_uuid = op.arg("fee_uuid", required=True)
    if by_uuid(tx.s, Fee, fee_uuid) is not None:
        return Outcome({"fee_uuid": fee_uuid, "already": True})
    fees.charge(tx, find_member(tx, op), op.arg("amount_cents", int, required=True), op.arg("note") or "",
                kind=op.arg("kind") or FeeKind.MANUAL.value, fee_uuid=fee_uuid)
    return Outcome({"fee_uuid": fee_uuid})


def replay_settle_fee(tx: Tx, op: Op) -> Outcome:
    fee_uuid = op.arg("fee_uuid")
    fee = by_uuid(tx.s, Fee, fee_uuid)
    if fee is None:
        raise Unapplied("unknown_fee", "This fee is not on the server", fee_uuid=fee_uuid)
    # A payment of a desk program before part payments names no amount: it paid what was owed.
    amount = op.arg("amount_cents", int) if op.kind == "pay_fee" else None
    wanted = fee.paid_at if op.kind == "pay_fee" else fee.waived_at
    if wanted is not None and amount is None:
        return Outcome({"fee_uuid": fee_uuid, "already": True})
    if fee.paid_at or fee.waived_at:
        state = "paid" if fee.paid_at else "waived"
        if amount is not None:
            raise Unapplied("fee_closed", f"The desk took {money(amount)} for a fee that was already {state} "
                            "elsewhere: give the member the money back", fee_uuid=fee_uuid, amount_cents=amount)
        raise Unapplied("fee_closed", f"The fee was already {state} elsewhere", fee_uuid=fee_uuid)
    if op.kind == "pay_fee":
        paid = fees.pay(tx, fee, amount)
        return Outcome({"fee_uuid": fee_uuid, "amount_cents": paid, "balance_cents": fees.balance(fee)})
    fees.waive(tx, fee, op.arg("reason") or "")
    return Outcome({"fee_uuid": fee_uuid})


CIRCULATION = {"checkout": replay_checkout, "checkin": replay_checkin, "renew": replay_renew,
               "place_hold": replay_place_hold, "cancel_hold": replay_close_hold, "expire_hold": replay_close_hold,
               "add_fee": replay_add_fee, "pay_fee": replay_settle_fee, "waive_fee": replay_settle_fee}
