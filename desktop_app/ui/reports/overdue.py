"""The overdue list: loans past due, with the member's contact details. Sorted in memory
(the list is short: it holds only open, late loans)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...services.reports import OverdueRow
from ..common.i18n import N_, day_text, number_text, tr
from ..common.rows import Column, RowListModel

WARN_DAYS = 14  # longer than this is painted "refused", shorter "attention"


def overdue_status(row: OverdueRow) -> str:
    return "refused" if row.days_overdue > WARN_DAYS else "attention"


COLUMNS: list[Column[OverdueRow]] = [
    Column(N_("Days late"), lambda r: number_text(r.days_overdue), sort_key=lambda r: r.days_overdue,
           align_right=True),
    Column(N_("Due"), lambda r: day_text(r.due_date), sort_key=lambda r: r.due_date),
    Column(N_("Member"), lambda r: r.member_name),
    Column(N_("Card"), lambda r: r.card_number),
    Column(N_("Title"), lambda r: r.title),
    Column(N_("Copy"), lambda r: r.barcode),
    Column(N_("Contact"), lambda r: r.email or r.phone or (tr("by post") if r.address else tr("none")),
           tooltip=lambda r: "\n".join(x for x in (r.email, r.phone, r.address) if x) or None),
]


class OverdueTableModel(RowListModel[OverdueRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, status=overdue_status, parent=parent)
