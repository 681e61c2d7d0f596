"""The desk's actions, declared once: the label of the Desk menu, the key, the line of the
help sheet and, where the desk shows one, the button. ``DeskTab`` binds the keys and makes
the buttons from this table, the main window builds its Desk menu and its keyboard sheet
from it; ``name`` is the ``DeskTab`` method each one calls."""

from __future__ import annotations

from dataclasses import dataclass

from ..common.i18n import N_


@dataclass(frozen=True)
class DeskAction:
    name: str  # the DeskTab method it calls
    menu: str  # in the Desk menu (with its access key); texts marked N_, shown through tr()
    key: str
    help: str  # its line in Help > Keyboard shortcuts
    button: str = ""  # the desk's button for it (none when empty)
    button_id: str = ""


DESK_ACTIONS: tuple[DeskAction, ...] = (
    DeskAction("lend_mode", N_("&Lend mode"), "F2", N_("Lend mode")),
    DeskAction("return_mode", N_("&Return mode"), "F3", N_("Return mode")),
    DeskAction("renew_mode", N_("Re&new mode"), "F4", N_("Renew mode")),
    DeskAction("override_last", N_("&Override last refusal…"), "Ctrl+O", N_("Override the last refusal (librarians)"),
               N_("&Override…"), "deskOverride"),
    DeskAction("renew_selected", N_("Rene&w selected loan"), "Ctrl+R", N_("Renew the selected loan"),
               N_("&Renew selected"), "deskRenewSelected"),
    DeskAction("open_fees", N_("&Fees of the member…"), "F8", N_("Fees of the member"), N_("Fee&s…"), "deskFees"),
    DeskAction("open_slip", N_("&Slip…"), "Ctrl+P", N_("Slip (print or PDF)"), N_("Sli&p…"), "deskSlip"),
    DeskAction("open_previous_slip", N_("Slip of the &previous member…"), "Ctrl+Shift+P",
               N_("Slip of the member whose session the last card ended")),
    DeskAction("end_session", N_("&End member session"), "Esc", N_("End the member's session"), N_("&End session"),
               "deskEndSession"),
)
BY_NAME = {a.name: a for a in DESK_ACTIONS}


def key_of(name: str) -> str:
    return BY_NAME[name].key
