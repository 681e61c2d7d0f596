"""Holds as tables: the hold shelf (ready for pickup, soonest deadline first) and the queue
of one book. Shelf rows whose deadline has passed are painted "refused"; those due today or
tomorrow "attention" (expiring soon)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ...services.circulation.holds import HoldView, PullItem
from ..common.i18n import N_, day_text, number_text, tr
from ..common.rows import Column, RowListModel

EXPIRING_DAYS = 1
STATUS_TEXT = {  # a hold's status as the queue shows it, tr(text)
    "waiting": N_("waiting"), "ready": N_("ready"), "fulfilled": N_("fulfilled"), "cancelled": N_("cancelled"),
    "expired": N_("expired"),
}


def days_left(hold: HoldView, today: date) -> int | None:
    return (hold.pickup_by - today).days if hold.pickup_by else None


def shelf_status(hold: HoldView, today: date) -> str | None:
    left = days_left(hold, today)
    if left is None:
        return None
    if left < 0:
        return "refused"
    if left <= EXPIRING_DAYS:
        return "attention"
    return None


def _left_text(hold: HoldView, today: date) -> str:
    left = days_left(hold, today)
    if left is None:
        return ""
    if left < 0:
        return tr("expired {days} d ago").format(days=number_text(-left))
    if left == 0:
        return tr("last day")
    return tr("{days} d").format(days=number_text(left))


def _status(hold: HoldView) -> str:
    text = STATUS_TEXT.get(hold.status)
    return tr(text) if text else hold.status.replace("_", " ")


def _where(item: PullItem) -> str:
    """Location and call number of the first copies on the shelf ("?" for no location)."""
    return "; ".join(f"{loc or '?'} {cn or ''}".strip() for _b, loc, cn in item.copies[:3])


class HoldShelfModel(RowListModel[HoldView]):
    """Copies waiting for pickup. ``today`` decides what counts as expiring."""

    def __init__(self, today: date | None = None, parent: QObject | None = None) -> None:
        self.today = today or date.today()
        columns: list[Column[HoldView]] = [
            Column(N_("Pickup by"), lambda h: day_text(h.pickup_by) if h.pickup_by else "",
                   sort_key=lambda h: h.pickup_by),
            Column(N_("Left"), lambda h: _left_text(h, self.today), sort_key=lambda h: days_left(h, self.today),
                   align_right=True),
            Column(N_("Member"), lambda h: h.member_name),
            Column(N_("Card"), lambda h: h.card_number),
            Column(N_("Title"), lambda h: h.title),
            Column(N_("Copy"), lambda h: h.barcode or ""),
        ]
        super().__init__(columns, status=lambda h: shelf_status(h, self.today), parent=parent)


class HoldQueueModel(RowListModel[HoldView]):
    """The waiting line for one book, first in line first."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[HoldView]] = [
            Column(N_("#"), lambda h: number_text(h.position) if h.position else tr("ready"),
                   sort_key=lambda h: h.position or 0, align_right=True),
            Column(N_("Member"), lambda h: h.member_name),
            Column(N_("Card"), lambda h: h.card_number),
            Column(N_("Placed"), lambda h: day_text(h.placed_at.astimezone().date()), sort_key=lambda h: h.placed_at),
            Column(N_("Status"), _status),
            Column(N_("Pickup by"), lambda h: day_text(h.pickup_by) if h.pickup_by else "",
                   sort_key=lambda h: h.pickup_by),
        ]
        super().__init__(columns, status=lambda h: "done" if h.status == "ready" else None, parent=parent)


class PullListModel(RowListModel[PullItem]):
    """Holds a copy on the shelves can fill now: fetch it, then scan it in to trap it."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[PullItem]] = [
            Column(N_("Title"), lambda p: p.hold.title),
            Column(N_("For"), lambda p: f"{p.hold.member_name} ({p.hold.card_number})"),
            Column(N_("Waiting since"), lambda p: day_text(p.hold.placed_at.astimezone().date()),
                   sort_key=lambda p: p.hold.placed_at),
            Column(N_("Copies on the shelf"), lambda p: ", ".join(b for b, _l, _c in p.copies)),
            Column(N_("Where"), _where),
        ]
        super().__init__(columns, parent=parent)
