"""Sync exceptions as a table: what the server could not apply, as the server lists them
(dicts from ``DeskSync.exceptions()``: id, created_at, desk_name, kind, code, message,
details, status, resolution, actions...). Open rows are painted "attention"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from ..common.rows import Column, RowListModel

Exception_ = dict[str, Any]

#: What each operation kind is called at the desk.
KINDS = {"checkout": "Check-out", "checkin": "Return", "renew": "Renewal", "place_hold": "Hold",
         "cancel_hold": "Hold cancelled", "book_upsert": "Book edit", "book_delete": "Book deleted",
         "copy_upsert": "Copy edit", "member_upsert": "Member edit", "category_upsert": "Category edit"}

#: The problem codes a clerk sees most, in words; others show their code with spaces.
PROBLEMS = {"double_loan": "Lent at two desks", "edit_conflict": "Edited at two places",
            "identity_collision": "Same barcode or card twice", "not_on_loan": "Not on loan"}

#: Buttons of the resolution actions.
ACTIONS = {"dismiss": "&Dismiss (handled by hand)", "replace_with_second": "&Keep the second loan",
           "apply_anyway": "&Apply anyway (override)", "take_desk_values": "&Take this desk's values"}


def words(code: str, table: dict[str, str]) -> str:
    return table.get(code) or code.replace("_", " ").capitalize()


def moment(row: Exception_) -> datetime | None:
    try:
        return datetime.fromisoformat(str(row.get("created_at")))
    except ValueError:
        return None


def _when(row: Exception_) -> str:
    at = moment(row)
    return at.astimezone().strftime("%d %b %Y %H:%M") if at else ""


def _status(row: Exception_) -> str:
    if row.get("status") == "open":
        return "open"
    return f"resolved: {words(str(row.get('resolution') or ''), {k: v.replace('&', '') for k, v in ACTIONS.items()})}"


class SyncExceptionModel(RowListModel[Exception_]):
    """One row per exception; ``exception_at(row)`` gives the server's dict."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column("#", lambda r: str(r.get("id", "")), sort_key=lambda r: r.get("id"), align_right=True),
            Column("When", _when, sort_key=moment),
            Column("Desk", lambda r: str(r.get("desk_name") or "")),
            Column("What", lambda r: words(str(r.get("kind") or ""), KINDS)),
            Column("Problem", lambda r: words(str(r.get("code") or ""), PROBLEMS)),
            Column("Details", lambda r: str(r.get("message") or ""), tooltip=lambda r: str(r.get("message") or "")),
            Column("Status", _status),
        ]
        super().__init__(columns, status=lambda r: "attention" if r.get("status") == "open" else None,
                         parent=parent)

    def exception_at(self, row: int) -> Exception_:
        return self.row_at(row)

    def row_of(self, exception_id: int) -> int:
        """The row showing exception ``exception_id``, or -1."""
        return next((i for i, r in enumerate(self.rows()) if r.get("id") == exception_id), -1)
