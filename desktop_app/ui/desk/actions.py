"""What a scan does at the desk, run on the worker thread.

A ``DeskState`` (the member whose session is open) is read and changed only by jobs on the
worker, so scans are handled strictly in the order they were made: a card scanned just
before a copy opens the member before that copy is lent, even if the GUI has not yet shown
the card. The GUI mirrors the state from each ``ScanOutcome``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...domain.errors import LibraryError, Refused
from ...domain.values import CopyStatus, Role
from ...services import Actor, Services
from ...services.circulation import CheckinResult, CheckoutResult, RenewResult
from ...services.desk_queries import LendFacts, MemberCard
from ..common.i18n import day_text, money_text, number_text, tr
from ..common.reasons import refusal_texts
from ..common.theme import ATTENTION, DONE, REFUSED
from .session_list import ScanRow

LEND, RETURN, RENEW = "lend", "return", "renew"
MODES = (LEND, RETURN, RENEW)

#: The questions the desk asks about a scanned copy (``Offer.kind``).
LEND_NOT_LENT = "lend_not_lent"  # Return mode, member open, the copy was not on loan
RETURN_AND_LEND = "return_and_lend"  # on loan to another member, in the clerk's hand
LEND_DESPITE_HOLDS = "lend_despite_holds"  # other members wait for the title


@dataclass(frozen=True)
class Offer:
    """A question about the last scan; Enter (on an empty scan field) says yes, any other scan
    or key of the desk lets it go."""

    code: str
    kind: str
    member_id: int
    member_name: str


@dataclass
class DeskState:
    """The open member session (worker thread only)."""

    member_id: int | None = None
    card_number: str | None = None
    card_epoch: int | None = None  # the mode epoch in which the member's card was scanned
    member_name: str = ""


@dataclass
class ScanOutcome:
    """The result of one scan for the GUI: a member opened, and/or a row for the session list.

    ``card`` is set when the scan opened a member. After a lend, return or renew the card is
    not re-read here (the row reaches the screen sooner); ``member_open`` tells the GUI to
    refresh the open member's card with a separate job.
    """

    code: str
    row: ScanRow | None = None
    card: MemberCard | None = None
    opened_member: bool = False
    member_open: bool = False
    hold_for: str | None = None
    refusal: Refused | None = None
    offer: Offer | None = None
    result: CheckoutResult | CheckinResult | RenewResult | None = None
    slip_items: list[tuple[str, str, str]] = field(default_factory=list)  # (title, barcode, due)


class DeskEngine:
    """Scan handling with the services; every method runs on the worker thread."""

    def __init__(self, services: Services, actor: Actor) -> None:
        self.services = services
        self.actor = actor
        self.queries = services.queries
        self.state = DeskState()

    def open_member(self, member_id: int, code: str = "") -> ScanOutcome:
        card = self.queries.member_card(self.actor, member_id)
        self.state = DeskState(card.id, card.card_number, member_name=card.name)
        return ScanOutcome(code or card.card_number, card=card, opened_member=True, member_open=True)

    def close_member(self) -> None:
        self.state = DeskState()

    def refresh(self) -> MemberCard | None:
        if self.state.member_id is None:
            return None
        return self.queries.member_card(self.actor, self.state.member_id)

    def scan(self, code: str, mode: str, *, override_reason: str | None = None,
             epoch: int | None = None, for_member: int | None = None) -> ScanOutcome:
        """Handle one scanned code: a card opens the member's session in Lend mode; a copy is
        lent, returned or renewed. ``epoch`` is the desk's mode epoch when the code was scanned:
        a copy scanned in the epoch of the last card (the clerk chose no other mode since, even if
        the screen had not yet switched to Lend) is lent to that member."""
        if mode not in MODES:
            raise ValueError(f"unknown desk mode {mode!r}")
        if for_member is not None and self.state.member_id != for_member:
            return self._session_changed(code)  # an override asked for another member's session
        if override_reason is None:
            member_id = self.queries.find_member_id(code)
            if member_id is not None:
                out = self.open_member(member_id, code)
                self.state.card_epoch = epoch
                return out
        if (mode != LEND and epoch is not None and self.state.card_number is not None
                and self.state.card_epoch is not None and epoch <= self.state.card_epoch):
            mode = LEND
        if mode == LEND and self.state.card_number is None:
            mode = RETURN  # with no member open, a scanned copy comes back
        if override_reason is None and self.state.member_id is not None and mode in (LEND, RETURN):
            asked = self._question(code, mode)
            if asked is not None:
                asked.member_open = True
                return asked
        return self._run(code, mode, override_reason)

    def accept(self, offer: Offer) -> ScanOutcome:
        """Do what ``offer`` proposed: lend the copy to the open member (returning it from the
        other member first for ``RETURN_AND_LEND``). The usual rules of both steps apply, and
        the row says what was done when only the return could be."""
        if self.state.member_id is None or offer.member_id != self.state.member_id:
            return self._session_changed(offer.code)
        back: CheckinResult | None = None
        if offer.kind == RETURN_AND_LEND:
            try:
                back = self.services.circulation.checkin(self.actor, offer.code)
            except LibraryError as error:
                return ScanOutcome(offer.code, ScanRow(offer.code, RETURN, REFUSED, error.message), member_open=True)
            if back.hold_for:  # someone was waiting after all: it goes to the hold shelf, not to this member
                return ScanOutcome(offer.code, checkin_row(back), hold_for=back.hold_for, result=back,
                                   member_open=True)
        out = self._run(offer.code, LEND, None)
        if back is not None and back.was_on_loan and out.row is not None:
            row = out.row
            if row.kind == DONE:
                text = tr("Returned from the other member and lent, due {due}").format(
                    due=day_text(row.due_date) if row.due_date else "")
            else:
                text = tr("Returned from the other member; not lent: {reasons}").format(reasons=row.message)
            out.row = ScanRow(row.barcode, LEND, row.kind, text, row.title, row.due_date, overridable=row.overridable)
        return out

    def _session_changed(self, code: str) -> ScanOutcome:
        text = tr("The member's session has changed: scan the card again, then the book")
        return ScanOutcome(code, ScanRow(code, LEND, REFUSED, text), member_open=self.state.member_id is not None)

    def _question(self, code: str, mode: str) -> ScanOutcome | None:
        """The desk's question before acting on a copy in hand, or None to act at once (a plain
        lend or return, or a refusal the rules give anyway)."""
        member = self.state.member_id
        if member is None or (mode == LEND and not self.queries.anyone_waiting(self.actor, code, member)):
            return None  # a plain lend: a copy on loan to someone else is refused, then asked about (_run)
        facts = self.queries.lend_facts(self.actor, code, member)
        if facts is None:
            return None
        offer_kind = None
        if mode == RETURN:
            if facts.borrower_id is not None or facts.status != CopyStatus.AVAILABLE or facts.others_waiting:
                return None  # a real return; or others wait: the return sets it aside for them
            text = tr("Not lent: lend it to {member}? [Enter]").format(member=self.state.member_name)
            offer_kind, colour = LEND_NOT_LENT, REFUSED
        elif facts.borrower_id is not None and facts.borrower_id != member:
            return self._on_loan_question(code, facts)
        elif facts.status == CopyStatus.AVAILABLE and facts.others_waiting:
            text = tr("Other members wait for this title ({count}): lend it to {member} anyway? [Enter]").format(
                count=number_text(facts.others_waiting), member=self.state.member_name)
            offer_kind, colour = LEND_DESPITE_HOLDS, ATTENTION
        else:
            return None
        offer = Offer(facts.barcode, offer_kind, member, self.state.member_name) if offer_kind else None
        return ScanOutcome(code, ScanRow(facts.barcode, mode, colour, text, facts.title), offer=offer)

    def _on_loan_question(self, code: str, facts: LendFacts | None = None) -> ScanOutcome | None:
        """A copy on loan to another member, in hand for the member at the desk: one Enter returns
        and lends it, unless others wait for it (the return would set it aside for them)."""
        member = self.state.member_id
        facts = facts or self.queries.lend_facts(self.actor, code, member)
        if facts is None or member is None or facts.borrower_id in (None, member):
            return None
        offer = None
        if facts.others_waiting:
            text = tr("On loan to another member, and others wait for this title: return it first (F3)")
        else:
            text = tr("On loan to another member: return it and lend it to {member}? [Enter]").format(
                member=self.state.member_name)
            offer = Offer(facts.barcode, RETURN_AND_LEND, member, self.state.member_name)
        return ScanOutcome(code, ScanRow(facts.barcode, LEND, REFUSED, text, facts.title), offer=offer)

    def _run(self, code: str, mode: str, override_reason: str | None) -> ScanOutcome:
        try:
            out = self._act(code, mode, override_reason)
        except Refused as refusal:
            if (mode == LEND and override_reason is None and "copy_on_loan" in refusal.codes
                    and self.state.member_id is not None):
                asked = self._on_loan_question(code)
                if asked is not None:
                    asked.member_open = True
                    return asked
            may = refusal.overridable and self.actor.at_least(Role.LIBRARIAN) and mode != RETURN
            title = self.queries.copy_title(code) or ""
            text = refusal_text(refusal)
            if may:
                text = tr("{reasons}. Press Ctrl+O to override.").format(reasons=text)
            out = ScanOutcome(code, ScanRow(code, mode, REFUSED, text, title, overridable=may),
                              refusal=refusal)
        except LibraryError as error:
            out = ScanOutcome(code, ScanRow(code, mode, REFUSED, error.message), refusal=None)
        out.member_open = self.state.member_id is not None
        return out

    def _act(self, code: str, mode: str, override_reason: str | None) -> ScanOutcome:
        circ = self.services.circulation
        if mode == LEND:
            assert self.state.card_number is not None
            lent = circ.checkout(self.actor, self.state.card_number, code, override_reason=override_reason)
            due = day_text(lent.due_date)
            text = (tr("Lent, due {due} (override: {reason})").format(due=due, reason=override_reason)
                    if lent.overridden else tr("Lent, due {due}").format(due=due))
            row = ScanRow(lent.barcode, mode, DONE, text, lent.title, lent.due_date)
            return ScanOutcome(code, row, result=lent, slip_items=[(lent.title, lent.barcode, due)])
        if mode == RENEW:
            renewed = circ.renew(self.actor, code, override_reason=override_reason)
            due = day_text(renewed.due_date)
            text = tr("Renewed for {member}, now due {due}").format(member=renewed.member_name, due=due)
            if renewed.fee_cents:
                text = tr("{text}; overdue fee {amount} charged").format(text=text,
                                                                        amount=money_text(renewed.fee_cents))
            row = ScanRow(renewed.barcode, mode, ATTENTION if renewed.fee_cents else DONE, text, renewed.title,
                          renewed.due_date)
            return ScanOutcome(code, row, result=renewed, slip_items=[(renewed.title, renewed.barcode, due)])
        back = circ.checkin(self.actor, code)
        return ScanOutcome(code, checkin_row(back), hold_for=back.hold_for, result=back)


def refusal_text(refusal: Refused) -> str:
    """The refusal's reasons for a session row, which already shows the barcode and the title:
    "On loan to Ana Ruiz until 12 Dec 2026", in the desk's language."""
    return "; ".join(refusal_texts(refusal)) or refusal.message


def banner_text(row: ScanRow) -> str:
    """The desk's banner for a session row: what was scanned, then the result, each said once."""
    message = row.message
    if (row.title and f"'{row.title}'" in message) or row.barcode in message:
        return message
    if row.title:
        return tr("'{title}' ({barcode}): {message}").format(title=row.title, barcode=row.barcode, message=message)
    return tr("{barcode}: {message}").format(barcode=row.barcode, message=message)


def checkin_row(back: CheckinResult) -> ScanRow:
    """The session-list row of a return: green when simply back, amber when it needs care (a
    hold, a fee, a lost copy's fee cancelled or money to hand back)."""
    return ScanRow(back.barcode, RETURN, ATTENTION if back.hold_for or not back.was_on_loan or back.fee_cents
                   or back.lost_fee_waived_cents or back.lost_fee_paid_cents else DONE,
                   _lost_found_text(back, _checkin_text(back)), back.title)


def _checkin_text(back: CheckinResult) -> str:
    if back.hold_for:
        return tr("Put on the hold shelf for {member} ({card})").format(member=back.hold_for, card=back.hold_card)
    if not back.was_on_loan:
        return tr("Was not on loan: back on the shelf")
    if back.days_late and back.fee_cents:
        return tr("Returned by {member}, {days} days late; fee {amount} charged").format(
            member=back.member_name, days=number_text(back.days_late), amount=money_text(back.fee_cents))
    if back.fee_cents:
        return tr("Returned by {member}; fee {amount} charged").format(
            member=back.member_name, amount=money_text(back.fee_cents))
    if back.days_late:
        return tr("Returned by {member}, {days} days late").format(member=back.member_name,
                                                                    days=number_text(back.days_late))
    return tr("Returned by {member}").format(member=back.member_name)


def _lost_found_text(back: CheckinResult, text: str) -> str:
    """A lost copy turned up: its lost fee cancelled, and what was paid for it to hand back."""
    if back.lost_fee_waived_cents:
        text = tr("{text}; it was marked lost: its lost fee of {amount} is cancelled").format(
            text=text, amount=money_text(back.lost_fee_waived_cents))
    if back.lost_fee_paid_cents:
        text = tr("{text}; it was marked lost and {amount} was paid for it: hand {amount} back to the member").format(
            text=text, amount=money_text(back.lost_fee_paid_cents))
    return text
