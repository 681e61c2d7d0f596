"""Privacy: forget who borrowed a book some days after its return, and delete a member.

Both keep the library's history: a loan, hold or fee that loses its member keeps everything
else (copy, dates, amounts), so counts per book, copy and day and the reports' totals stay as
they were. Only the link to the person goes (``member_id`` NULL).

- ``anonymise_loans(tx, loan_uuids, hold_uuids=..., days=N)`` drops the member of the loans
  returned more than ``days`` days before the event (``tx.now``), of the settled fees (paid or
  waived) of those loans, and of the holds closed more than ``days`` days before. A loan whose
  fee is still open keeps its member (the member owes for it). Rows that do not qualify (still
  out, returned too recently, already anonymised, unknown) are skipped, so the operation is
  idempotent and the server's replay of a desk's operation does exactly what the rule allows.
  The rule, not the role, limits it: desk staff (and a scheduler's system account, which a
  server sees as a desk) may run it.
- ``delete_member(tx, member)`` is refused (``Refused`` with reasons ``member_has_loans``,
  ``member_owes``) while loans are out or fees are unpaid; otherwise it cancels the member's
  holds, anonymises all their loans, holds, fees and notices, and deletes the member with a
  tombstone (librarians and admins).

Rows are changed with set-based UPDATEs in batches (each changed row still gets its version
bump and ``updated_at``); the rows are also announced in the session (``announced``) so that
a library server's change feed re-announces them to every desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, select, true, update
from sqlalchemy.orm import Session

from ...db import journal
from ...db.models import Fee, Hold, Loan, Member
from ...db.notice_models import Notice
from ...domain.errors import InvalidInput, PermissionDenied, Reason, Refused
from ...domain.text import money
from ...domain.values import ACTIVE_HOLD, Role
from ..library import Actor, Library, require
from ..transaction import Tx, action
from . import logins
from .member_export import MemberData, gather
from .sessions import end_sessions

BATCH = 500  # loans (or holds) per transaction and journal operation
#: ``Session.info`` key: (root transaction, [(entity, uuid), ...]) changed by set-based UPDATEs,
#: which the ORM does not see; the server's change feed re-announces them at commit.
ANNOUNCED = "replicated_rows_announced"
_OPEN_FEE = and_(Fee.paid_at.is_(None), Fee.waived_at.is_(None))


@dataclass(frozen=True)
class Anonymised:
    """How many rows lost their member."""

    loans: int = 0
    holds: int = 0
    fees: int = 0

    def __add__(self, other: Anonymised) -> Anonymised:
        return Anonymised(self.loans + other.loans, self.holds + other.holds, self.fees + other.fees)


def announced(s: Session) -> list[tuple[str, str]]:
    """The (entity, uuid) rows changed by set-based UPDATEs in the current transaction."""
    held = s.info.get(ANNOUNCED)
    root = s.get_transaction()
    if held is None or held[0] is not root:
        held = (root, [])
        s.info[ANNOUNCED] = held
    rows: list[tuple[str, str]] = held[1]
    return rows


def _drop_member(tx: Tx, model: Any, entity: str, rows: Sequence[tuple[int, str]]) -> int:
    """Set ``member_id`` NULL on ``rows`` (id, uuid) of ``model``, with the version bump."""
    ids = [i for i, _u in rows]
    for start in range(0, len(ids), BATCH):
        tx.s.execute(update(model).where(model.id.in_(ids[start:start + BATCH]))
                     .values(member_id=None, version=model.version + 1, updated_at=tx.lib.now())
                     .execution_options(synchronize_session="evaluate"))
    announced(tx.s).extend((entity, u) for _i, u in rows)
    return len(rows)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def anonymise_loans(tx: Tx, loan_uuids: Sequence[str], *, hold_uuids: Sequence[str] = (),
                    days: int) -> Anonymised:
    """Drop the member of the named loans and holds that qualify (see the module doc)."""
    require(tx.actor, Role.DESK, "anonymise loans")
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise InvalidInput("Loans are anonymised at least one day after their return", field="days")
    cutoff = tx.now - timedelta(days=days)
    # fees.loan_id has no index: the fees of a batch of loans are read in one statement per
    # batch (one pass over the fees), never with a subquery per loan.
    loans: list[tuple[int, str]] = []
    fees: list[tuple[int, str]] = []
    for chunk in _chunks(list(loan_uuids)):
        found = [(i, u) for i, u in tx.s.execute(select(Loan.id, Loan.uuid).where(
            Loan.uuid.in_(chunk), Loan.member_id.is_not(None), Loan.returned_at.is_not(None),
            Loan.returned_at < cutoff))]
        if not found:
            continue
        owing: set[int | None] = set()
        settled: list[tuple[int | None, int, str]] = []
        for loan_id, fee_id, fee_uuid, is_open in tx.s.execute(
                select(Fee.loan_id, Fee.id, Fee.uuid, _OPEN_FEE).where(
                    Fee.loan_id.in_([i for i, _u in found]), Fee.member_id.is_not(None))):
            if is_open:
                owing.add(loan_id)
            else:
                settled.append((loan_id, fee_id, fee_uuid))
        loans += [(i, u) for i, u in found if i not in owing]
        fees += [(fee_id, fee_uuid) for loan_id, fee_id, fee_uuid in settled if loan_id not in owing]
    holds: list[tuple[int, str]] = []
    for chunk in _chunks(list(hold_uuids)):
        holds += [(i, u) for i, u in tx.s.execute(select(Hold.id, Hold.uuid).where(
            Hold.uuid.in_(chunk), Hold.member_id.is_not(None), Hold.status.not_in([h.value for h in ACTIVE_HOLD]),
            func.coalesce(Hold.closed_at, Hold.placed_at) < cutoff))]
    _forget_notices(tx, [i for i, _u in loans], {u for _i, u in loans}, {u for _i, u in holds})
    done = Anonymised(_drop_member(tx, Loan, "loan", loans), _drop_member(tx, Hold, "hold", holds),
                      _drop_member(tx, Fee, "fee", fees))
    if done.loans or done.holds:
        tx.record("anonymise_loans", {"loan_uuids": [u for _i, u in loans], "hold_uuids": [u for _i, u in holds],
                                      "days": days}, row_uuid=None, entity="loan", days=days,
                  loans=done.loans, holds=done.holds, fees=done.fees)
    return done


@dataclass(frozen=True)
class Remains:
    """What a member still has: loans out, cents owed, holds waiting or ready."""

    name: str
    card_number: str
    loans_out: int
    owed_cents: int
    holds_active: int


def _forget_notices(tx: Tx, loan_ids: Sequence[int], loan_uuids: set[str], hold_uuids: set[str]) -> None:
    """The notices about loans and holds losing their member lose it too (name, address and text
    included), so the notice log cannot link them back."""
    if not loan_ids and not hold_uuids:
        return
    members: set[int] = set()
    for at in range(0, len(loan_ids), 500):
        members.update(m for m in tx.s.scalars(select(Loan.member_id).where(Loan.id.in_(loan_ids[at:at + 500])))
                       if m is not None)
    for chunk in _chunks(sorted(hold_uuids)):
        members.update(m for m in tx.s.scalars(select(Hold.member_id).where(Hold.uuid.in_(chunk))) if m is not None)
    if not members:
        return
    about = [n_id for n_id, told, hold in tx.s.execute(
        select(Notice.id, Notice.loans, Notice.hold_uuid).where(Notice.member_id.in_(sorted(members))))
        if loan_uuids.intersection(told or ()) or (hold is not None and hold in hold_uuids)]
    for at in range(0, len(about), 500):
        tx.s.execute(update(Notice).where(Notice.id.in_(about[at:at + 500]))
                     .values(member_id=None, recipient=None, subject="", body="")
                     .execution_options(synchronize_session=False))


def remains(s: Session, member: Member) -> Remains:
    out = s.scalar(select(func.count()).select_from(Loan).where(
        Loan.member_id == member.id, Loan.returned_at.is_(None))) or 0
    owed = s.scalar(select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0)).where(
        Fee.member_id == member.id, _OPEN_FEE)) or 0
    waiting = s.scalar(select(func.count()).select_from(Hold).where(
        Hold.member_id == member.id, Hold.status.in_([h.value for h in ACTIVE_HOLD]))) or 0
    return Remains(member.full_name, member.card_number, int(out), int(owed), int(waiting))


def deletion_refusal(left: Remains) -> Refused | None:
    """Why the member cannot be deleted now (None: they can)."""
    who = f"{left.name} (card {left.card_number})"
    values: dict[str, object] = {"member": left.name, "card": left.card_number, "count": left.loans_out,
                                 "cents": left.owed_cents, "holds": left.holds_active}
    reasons = []
    if left.loans_out:
        things = "1 loan" if left.loans_out == 1 else f"{left.loans_out} loans"
        reasons.append(Reason("member_has_loans", f"{who} still has {things} out; check them in first", False,
                              values=values))
    if left.owed_cents:
        reasons.append(Reason("member_owes", f"{who} still owes {money(left.owed_cents)} in unpaid fees; take "
                              "the payment or waive the fees first", False, values=values))
    return Refused("delete member", reasons) if reasons else None


def delete_member(tx: Tx, member: Member) -> Anonymised:
    """Delete ``member`` and anonymise their history (see the module doc). Returns what
    lost its member."""
    from ..circulation.holds import cancel

    require(tx.actor, Role.LIBRARIAN, "delete members")
    refusal = deletion_refusal(remains(tx.s, member))
    if refusal is not None:
        raise refusal
    for hold in tx.s.scalars(select(Hold).where(Hold.member_id == member.id,
                                                Hold.status.in_([h.value for h in ACTIVE_HOLD]))).all():
        cancel(tx, hold, reason="member deleted")
    tx.s.flush()
    mine: dict[str, list[tuple[int, str]]] = {}
    for model, entity in ((Loan, "loan"), (Hold, "hold"), (Fee, "fee")):
        found = tx.s.execute(select(model.id, model.uuid).where(model.member_id == member.id))
        mine[entity] = [(i, u) for i, u in found]
    done = Anonymised(_drop_member(tx, Loan, "loan", mine["loan"]), _drop_member(tx, Hold, "hold", mine["hold"]),
                      _drop_member(tx, Fee, "fee", mine["fee"]))
    tx.s.execute(update(Notice).where(Notice.member_id == member.id)
                 .values(member_id=None, recipient=None, subject="", body="")
                 .execution_options(synchronize_session=False))
    end_sessions(tx, member_id=member.id, reason="member deleted")
    logins.clear_all(tx.s, logins.card_key(member.card_number))
    journal.tombstone(tx.s, "member", member.uuid, member.version)
    tx.record("delete_member", {"member_uuid": member.uuid, "card_number": member.card_number},
              row_uuid=member.uuid, base_version=member.version, audit="member_delete", entity="member",
              card=member.card_number, loans=done.loans, holds=done.holds, fees=done.fees)
    tx.deleted(member)
    return done


def _eligible(s: Session, model: Any, when: Any, after_id: int, extra: Any) -> list[tuple[int, str]]:
    return [(i, u) for i, u in s.execute(
        select(model.id, model.uuid).where(model.id > after_id, model.member_id.is_not(None), when, extra)
        .order_by(model.id).limit(BATCH))]


class Privacy:
    """The privacy door for the desk, the command line, the REST API and the scheduler."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    def anonymise_old_loans(self, actor: Actor, *, today: date | None = None) -> int:
        """Anonymise what the setting ``anonymise_after_days`` says (0: nothing), in batches of
        ``BATCH`` rows, one transaction and journal operation each; returns how many loans lost
        their member. Librarians and admins (the scheduler's ``SYSTEM`` actor is an admin).
        ``today`` dates the run (default: the library's clock)."""
        require(actor, Role.LIBRARIAN, "anonymise loans")
        with self.lib.read() as s:
            days = int(self.lib.setting(s, "anonymise_after_days") or 0)
        if days <= 0:
            return 0
        at = self.lib.now() if today is None else self.lib.now() + timedelta(days=(today - self.lib.today()).days)
        cutoff = at - timedelta(days=days)
        total = Anonymised()
        for model in (Loan, Hold):
            last = 0
            while True:
                with self.lib.read() as s:
                    if model is Loan:
                        rows = _eligible(s, Loan, Loan.returned_at < cutoff, last, true())
                    else:
                        rows = _eligible(s, Hold, func.coalesce(Hold.closed_at, Hold.placed_at) < cutoff, last,
                                         Hold.status.not_in([h.value for h in ACTIVE_HOLD]))
                if not rows:
                    break
                last = rows[-1][0]
                uuids = [u for _i, u in rows]
                with action(self.lib, actor, at=at) as tx:
                    total += (anonymise_loans(tx, uuids, days=days) if model is Loan
                              else anonymise_loans(tx, (), hold_uuids=uuids, days=days))
        return total.loans

    def delete_member(self, actor: Actor, card_number: str) -> Anonymised:
        """Delete the member of ``card_number`` (see ``delete_member``)."""
        from .members import find_member

        require(actor, Role.LIBRARIAN, "delete members")
        with action(self.lib, actor) as tx:
            return delete_member(tx, find_member(tx.s, card_number))

    def before_delete(self, actor: Actor, card_number: str) -> tuple[Remains, Refused | None]:
        """What the member still has and why they cannot be deleted now (None: they can),
        asked before the confirmation."""
        from .members import find_member

        require(actor, Role.LIBRARIAN, "delete members")
        with self.lib.read() as s:
            left = remains(s, find_member(s, card_number))
        return left, deletion_refusal(left)

    def export_member(self, actor: Actor, card_number: str) -> MemberData:
        """Everything the library holds about the member of ``card_number`` (librarians and
        admins; a member only their own, without the staff's notes), recorded in the audit
        log as "member_export". Write it with ``member_export.write_json`` / ``write_pdf``."""
        from .members import find_member

        if actor.role != Role.MEMBER:
            require(actor, Role.LIBRARIAN, "export a member's data")
        with action(self.lib, actor) as tx:
            member = find_member(tx.s, card_number)
            if actor.role == Role.MEMBER and actor.member_id != member.id:
                raise PermissionDenied("You can only export your own data")
            data = gather(tx.s, member, library=str(tx.lib.setting(tx.s, "library_name") or ""), at=tx.now,
                          staff_notes=actor.role != Role.MEMBER)
            tx.audit("member_export", "member", member.uuid, card=member.card_number, loans=len(data.loans),
                     holds=len(data.holds), fees=len(data.fees), notices=len(data.notices))
            return data
