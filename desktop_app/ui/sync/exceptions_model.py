"""Sync exceptions as a table: what the server could not apply, as the server lists them
(dicts from ``DeskSync.exceptions()``: id, created_at, desk_name, kind, code, message,
details, status, resolution, actions...). Open rows are painted "attention"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from ..common.i18n import N_, tr, when_text
from ..common.rows import Column, RowListModel

Exception_ = dict[str, Any]

#: What each operation kind is called at the desk.
KINDS = {"checkout": N_("Check-out"), "checkin": N_("Return"), "renew": N_("Renewal"), "place_hold": N_("Hold"),
         "cancel_hold": N_("Hold cancelled"), "book_upsert": N_("Book edit"), "book_delete": N_("Book deleted"),
         "copy_upsert": N_("Copy edit"), "member_upsert": N_("Member edit"),
         "category_upsert": N_("Category edit")}

#: The problem codes a clerk sees most, in words; others show their code with spaces.
PROBLEMS = {"double_loan": N_("Lent at two desks"), "edit_conflict": N_("Edited at two places"),
            "identity_collision": N_("Same barcode or card twice"), "not_on_loan": N_("Not on loan")}

#: Buttons of the resolution actions.
ACTIONS = {"dismiss": N_("&Dismiss (handled by hand)"), "replace_with_second": N_("&Keep the second loan"),
           "apply_anyway": N_("&Apply anyway (override)"), "take_desk_values": N_("&Take this desk's values")}


def words(code: str, table: dict[str, str]) -> str:
    """The translated name of ``code`` in ``table``; a code the desk does not know, with spaces."""
    return tr(table[code]) if code in table else code.replace("_", " ").capitalize()


def moment(row: Exception_) -> datetime | None:
    try:
        return datetime.fromisoformat(str(row.get("created_at")))
    except ValueError:
        return None


def _when(row: Exception_) -> str:
    at = moment(row)
    return when_text(at.astimezone()) if at else ""


def _status(row: Exception_) -> str:
    if row.get("status") == "open":
        return tr("open")
    return tr("resolved: {action}").format(action=words(str(row.get("resolution") or ""), ACTIONS).replace("&", ""))


class SyncExceptionModel(RowListModel[Exception_]):
    """One row per exception; ``exception_at(row)`` gives the server's dict."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(N_("#"), lambda r: str(r.get("id", "")), sort_key=lambda r: r.get("id"), align_right=True),
            Column(N_("When"), _when, sort_key=moment),
            Column(N_("Desk"), lambda r: str(r.get("desk_name") or "")),
            Column(N_("What"), lambda r: words(str(r.get("kind") or ""), KINDS)),
            Column(N_("Problem"), lambda r: words(str(r.get("code") or ""), PROBLEMS)),
            Column(N_("Details"), lambda r: str(r.get("message") or ""), tooltip=lambda r: str(r.get("message") or "")),
            Column(N_("Status"), _status),
        ]
        super().__init__(columns, status=lambda r: "attention" if r.get("status") == "open" else None,
                         parent=parent)

    def exception_at(self, row: int) -> Exception_:
        return self.row_at(row)

    def row_of(self, exception_id: int) -> int:
        """The row showing exception ``exception_id``, or -1."""
        return next((i for i, r in enumerate(self.rows()) if r.get("id") == exception_id), -1)
