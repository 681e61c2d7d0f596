"""Circulation: lending, returns, renewals (``lending``), holds and the hold shelf (``holds``,
``shelf``), fees (``fees``), and what the rules need from the database (``policies``).

``Circulation`` is the desk's door to the scan-first operations: it finds the member and the
copy a scan names and runs the transition in one action.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ...db.models import Copy, Member
from ...domain import circulation as rules
from ...domain.errors import InvalidInput, NotFound, Reason, Refused
from ...domain.text import normalize_scan
from ...domain.values import Role
from ..library import Actor, Library, require
from ..transaction import action
from .lending import CheckinResult, CheckoutResult, RenewResult, copy_snapshot, give_back, lend, open_loan, renew
from .policies import member_snapshot


def _unknown_copy(barcode: str, action_name: str) -> Refused:
    return Refused(action_name, [Reason("unknown_copy", f"No copy has the barcode {barcode.strip()!r}", False)])


class Circulation:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def checkout(self, actor: Actor, card_number: str, barcode: str, *,
                 override_reason: str | None = None) -> CheckoutResult:
        require(actor, Role.DESK, "lend books")
        card, code = normalize_scan(card_number), normalize_scan(barcode)
        if not code:
            raise InvalidInput("Scan or type a copy barcode", field="barcode")
        with action(self.lib, actor) as tx:
            member = tx.s.scalar(select(Member).where(Member.card_number == card)) if card else None
            copy = tx.s.scalar(select(Copy).options(joinedload(Copy.book)).where(Copy.barcode == code))
            if member is None or copy is None:
                snap_m = member_snapshot(self.lib, tx.s, member, tx.today) if member else None
                snap_c = copy_snapshot(tx.s, copy) if copy else None
                raise Refused("lend", rules.lend_reasons(snap_m, snap_c, today=tx.today, scanned_copy=barcode.strip(),
                                                         scanned_card=card_number.strip()))
            return lend(tx, member, copy, override_reason=override_reason)

    def checkin(self, actor: Actor, barcode: str) -> CheckinResult:
        """Take a copy back. Returning a copy that is not on loan is a result, not an error
        (it may still be trapped for a waiting hold)."""
        require(actor, Role.DESK, "take back books")
        code = normalize_scan(barcode)
        if not code:
            raise InvalidInput("Scan or type a copy barcode", field="barcode")
        with action(self.lib, actor) as tx:
            copy = tx.s.scalar(select(Copy).options(joinedload(Copy.book)).where(Copy.barcode == code))
            if copy is None:
                raise _unknown_copy(barcode, "return")
            return give_back(tx, copy)

    def renew(self, actor: Actor, barcode: str, *, override_reason: str | None = None) -> RenewResult:
        """Renew the open loan of a copy. Members may renew only their own loans."""
        require(actor, Role.MEMBER, "renew loans")
        code = normalize_scan(barcode)
        with action(self.lib, actor) as tx:
            copy = tx.s.scalar(select(Copy).options(joinedload(Copy.book)).where(Copy.barcode == code))
            if copy is None:
                raise _unknown_copy(barcode, "renew")
            loan = open_loan(tx.s, copy)
            if loan is None:
                raise Refused("renew", [Reason("not_on_loan", f"Copy {copy.barcode} '{copy.book.title}' is not on loan",
                                               False)])
            return renew(tx, loan, override_reason=override_reason)


__all__ = ["CheckinResult", "CheckoutResult", "Circulation", "NotFound", "RenewResult"]
