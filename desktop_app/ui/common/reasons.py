"""Why the rules refused, in the desk's language: each ``Reason`` by its code and the values it
carries (``domain.circulation`` writes its English sentence for the log, the command line and
the REST API). A row of the desk already shows the copy's barcode and title, so these texts
do not repeat them."""

from __future__ import annotations

from ...domain.errors import Reason, Refused
from .i18n import N_, tr, value_texts

REASON_TEXTS = {
    "member_blocked": N_("{member} is blocked: {reason}"),
    "member_expired": N_("The membership of {member} expired on {date}"),
    "overdue_limit": N_("{member} has an item {days} days overdue (lending stops after {limit})"),
    "owes_limit": N_("{member} owes {amount} (lending stops above {limit_amount})"),
    "unknown_copy": N_("No copy has the barcode {barcode}"),
    "unknown_member": N_("No member has the card number {card}"),
    "copy_on_loan": N_("On loan to {name} until {date}"),
    "copy_on_hold_for_other": N_("On the hold shelf for {name}"),
    "copy_lost": N_("Marked lost"),
    "copy_withdrawn": N_("Withdrawn from the collection"),
    "copy_damaged": N_("Marked damaged"),
    "copy_in_repair": N_("In repair"),
    "copy_not_for_loan": N_("For reference only: not for loan"),
    "loan_limit": N_("{member} already has {count} items on loan (limit {limit})"),
    "max_renewals": N_("Renewed {count} times already (limit {limit})"),
    "hold_waiting": N_("Cannot be renewed: other members wait for it ({count})"),
    "overdue_too_long": N_("{days} days overdue: it must be returned, not renewed"),
    "renewal_no_change": N_("Already due on {date}: renewing it today would not give more time"),
    "renew_overdue": N_("Was due on {date}: an overdue loan is not renewed; it must be returned"),
    "renew_owes_limit": N_("{member} owes {amount} (renewals stop above {limit_amount})"),
    "hold_exists": N_("{member} already has a hold on '{title}'"),
    "already_borrowed": N_("{member} already has '{title}' on loan"),
    "hold_limit": N_("{member} already has {count} holds (limit {limit})"),
}
#: When a value is missing: the member blocked without a reason, a loan without a due date.
SHORTER = {
    "member_blocked": N_("{member} is blocked"),
    "copy_on_loan": N_("On loan to {name}"),
}
ANOTHER_MEMBER = N_("another member")


def reason_text(reason: Reason) -> str | None:
    """The reason for a desk row, or None when its code has no text here (the caller keeps the
    English sentence)."""
    template = REASON_TEXTS.get(reason.code)
    if template is None or (not reason.values and "{" in template):
        return None
    values = value_texts(reason.values)
    if "name" in values and not values["name"]:
        values["name"] = tr(ANOTHER_MEMBER)
    empty = [k for k, v in reason.values.items() if v in (None, "")]
    if empty and reason.code in SHORTER and any(k != "name" for k in empty):
        template = SHORTER[reason.code]
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return None


def refusal_texts(refusal: Refused) -> list[str]:
    """Every reason of ``refusal`` for the desk (English sentences where there is no text)."""
    return [reason_text(r) or r.text for r in refusal.reasons]
