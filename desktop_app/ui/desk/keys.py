"""The desk's actions, declared once: the label of the Desk menu, the key, the line of the
help sheet and, where the desk shows one, the button. ``DeskTab`` binds the keys and makes
the buttons from this table, the main window builds its Desk menu and its keyboard sheet
from it; ``name`` is the ``DeskTab`` method each one calls."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeskAction:
    name: str  # the DeskTab method it calls
    menu: str  # in the Desk menu (with its access key)
    key: str
    help: str  # its line in Help > Keyboard shortcuts
    button: str = ""  # the desk's button for it (none when empty)
    button_id: str = ""


DESK_ACTIONS: tuple[DeskAction, ...] = (
    DeskAction("lend_mode", "&Lend mode", "F2", "Lend mode"),
    DeskAction("return_mode", "&Return mode", "F3", "Return mode"),
    DeskAction("renew_mode", "Re&new mode", "F4", "Renew mode"),
    DeskAction("override_last", "&Override last refusal…", "Ctrl+O", "Override the last refusal (librarians)",
               "&Override…", "deskOverride"),
    DeskAction("renew_selected", "Renew &selected loan", "Ctrl+R", "Renew the selected loan",
               "&Renew selected", "deskRenewSelected"),
    DeskAction("open_fees", "&Fees of the member…", "F8", "Fees of the member", "&Fees…", "deskFees"),
    DeskAction("open_slip", "&Slip…", "Ctrl+P", "Slip (print or PDF)", "&Slip…", "deskSlip"),
    DeskAction("open_previous_slip", "Slip of the &previous member…", "Ctrl+Shift+P",
               "Slip of the member whose session the last card ended"),
    DeskAction("end_session", "&End member session", "Esc", "End the member's session", "&End session",
               "deskEndSession"),
)
BY_NAME = {a.name: a for a in DESK_ACTIONS}


def key_of(name: str) -> str:
    return BY_NAME[name].key
