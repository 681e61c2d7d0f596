"""Members found by a search: card, name, category, expiry, standing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ...services.catalog.search import MemberRow
from ..common.i18n import N_, day_text, tr
from ..common.rows import Column, RowListModel


def member_status(row: MemberRow, today: date | None = None) -> str | None:
    """"refused" for blocked or expired members, None otherwise."""
    today = today or date.today()
    if row.blocked or (row.expires is not None and row.expires < today):
        return "refused"
    return None


def _standing(row: MemberRow) -> str:
    if row.blocked:
        return tr("Blocked")
    if row.expires is not None and row.expires < date.today():
        return tr("Expired")
    return tr("OK")


COLUMNS: list[Column[MemberRow]] = [
    Column(N_("Card"), lambda r: r.card_number),
    Column(N_("Name"), lambda r: r.name),
    Column(N_("Category"), lambda r: r.category),
    Column(N_("Expires"), lambda r: day_text(r.expires) if r.expires else tr("never"), sort_key=lambda r: r.expires),
    Column(N_("Standing"), _standing),
    Column(N_("Email"), lambda r: r.email or ""),
]


class MemberTableModel(RowListModel[MemberRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, status=member_status, parent=parent)

    def card_at(self, row: int) -> str:
        return self.row_at(row).card_number
