"""A member's alerts in the desk's language, from their code and values (``services.desk_queries``
writes them in English for the log and the command line)."""

from __future__ import annotations

from ...services.desk_queries import Alert
from .i18n import N_, tr, value_texts

ALERT_TEXTS = {
    "blocked": N_("Blocked: {reason}"),
    "expired": N_("Membership expired on {date}"),
    "expires_soon": N_("Membership expires on {date}"),
    "loan_limit": N_("At the loan limit: {count} of {limit} loans"),
    "loan_limit_near": N_("{count} of {limit} loans: one more may be lent"),
    "overdue": N_("Overdue items: {count} (up to {days} days late)"),
    "fees": N_("Owes {amount} in fees"),
    "holds_ready": N_("Ready for pickup: {titles}"),
}
HOLDS_MORE = N_("{titles} and {count} more")
NO_REASON = N_("no reason given")


def alert_text(alert: Alert) -> str:
    """The alert's sentence for the clerk; an alert of an unknown code keeps its English text."""
    template = ALERT_TEXTS.get(alert.code)
    if template is None:
        return alert.text
    values = value_texts(alert.values)
    if alert.code == "blocked" and not values.get("reason"):
        values["reason"] = tr(NO_REASON)
    if alert.code == "holds_ready" and alert.values.get("more"):
        values["titles"] = tr(HOLDS_MORE).format(titles=values["titles"], count=values["more"])
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English text
        return alert.text
