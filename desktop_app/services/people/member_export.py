"""A member's data, as the member may ask for it: their record, every loan (returned ones
too, unless already anonymised), holds, fees and the notices sent to them; written as JSON or
as a PDF (``formats.data_sheet``, reportlab).

``gather(tx, member)`` reads it inside a staff action, which records the export in the audit
log ("member_export"); ``Privacy.export_member`` is the door (librarians and admins; a member
only their own data, without the staff's notes)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ...db.models import Book, Copy, Fee, Hold, Loan, Member
from ...db.notice_models import Notice
from ...domain.text import day, money
from ..snapshots import member_data

FORMAT = "library-desk member data 1"
_HIDDEN = ("name_sort", "version", "pin_hash", "failed_logins", "lockouts", "locked_until")


@dataclass(frozen=True)
class MemberData:
    """Everything the library holds about one member, as plain values (JSON-ready)."""

    library: str
    exported_at: str
    record: dict[str, Any]
    loans: list[dict[str, Any]]
    holds: list[dict[str, Any]]
    fees: list[dict[str, Any]]
    notices: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, **asdict(self)}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (datetime, date)) else value


def _rows(result: Any) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in result.mappings()]


def gather(s: Any, member: Member, *, library: str, at: datetime, staff_notes: bool) -> MemberData:
    """The data of ``member`` read in session ``s`` (see the module doc)."""
    record = {k: v for k, v in member_data(member).items() if k not in _HIDDEN}
    if not staff_notes:
        record.pop("notes", None)
    record["category_name"] = member.category.name
    loans = _rows(s.execute(
        select(Loan.uuid, Copy.barcode, Book.title, Book.author_names.label("authors"), Loan.checked_out_at,
               Loan.due_date, Loan.returned_at, Loan.renewals)
        .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
        .where(Loan.member_id == member.id).order_by(Loan.checked_out_at, Loan.id)))
    holds = _rows(s.execute(
        select(Hold.uuid, Book.title, Hold.status, Hold.placed_at, Hold.ready_at, Hold.pickup_by, Hold.closed_at)
        .join(Book, Book.id == Hold.book_id).where(Hold.member_id == member.id).order_by(Hold.placed_at, Hold.id)))
    fees = _rows(s.execute(
        select(Fee.uuid, Fee.kind, Fee.amount_cents, Fee.paid_cents, Fee.created_at, Fee.paid_at, Fee.waived_at,
               Fee.note).where(Fee.member_id == member.id).order_by(Fee.created_at, Fee.id)))
    notices = _rows(s.execute(
        select(Notice.kind, Notice.channel, Notice.recipient, Notice.subject, Notice.body, Notice.language,
               Notice.sent_at).where(Notice.member_id == member.id).order_by(Notice.sent_at, Notice.id)))
    return MemberData(library, at.isoformat(), record, loans, holds, fees, notices)


def to_json(data: MemberData) -> str:
    """The data as indented UTF-8 JSON text."""
    return json.dumps(data.as_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_json(data: MemberData, path: str | Path) -> Path:
    target = Path(path)
    target.write_text(to_json(data), encoding="utf-8")
    return target


def _day(value: str | None) -> str:
    """A stored date or UTC time as the library's local day."""
    if not value:
        return ""
    if "T" in value:
        return day(datetime.fromisoformat(value).astimezone().date())
    return day(date.fromisoformat(value))


def _fee_state(f: dict[str, Any]) -> str:
    if f["paid_at"]:
        return f"paid {_day(f['paid_at'])}"
    if f["waived_at"]:
        return f"waived {_day(f['waived_at'])}"
    return f"open, {money(f['amount_cents'] - (f['paid_cents'] or 0))} left"


def sheet_sections(data: MemberData) -> list[tuple[str, list[str], list[list[str]]]]:
    """The PDF's sections: (heading, column titles, rows), in English."""
    labels = {"card_number": "Card number", "first_name": "First name", "last_name": "Last name",
              "email": "Email", "phone": "Phone", "address": "Address", "category": "Category",
              "category_name": "Category name", "joined": "Joined", "expires": "Expires", "blocked": "Blocked",
              "block_reason": "Block reason", "notes": "Notes", "created_at": "Registered", "uuid": "Record id"}
    def shown(key: str, value: Any) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return _day(value) if key in ("joined", "expires", "created_at") else str(value)

    record = [[labels.get(k, k), shown(k, v)] for k, v in data.record.items() if v not in (None, "")]
    loans = [[_day(x["checked_out_at"]), x["title"], x["authors"] or "", x["barcode"], _day(x["due_date"]),
              _day(x["returned_at"]) or "on loan", str(x["renewals"])] for x in data.loans]
    holds = [[_day(x["placed_at"]), x["title"], x["status"], _day(x["pickup_by"]), _day(x["closed_at"])]
             for x in data.holds]
    fees = [[_day(x["created_at"]), x["kind"], money(x["amount_cents"]), money(x["paid_cents"] or 0),
             _fee_state(x), x["note"] or ""] for x in data.fees]
    notices = [[_day(x["sent_at"]), x["kind"], x["channel"], x["recipient"] or "", x["subject"]]
               for x in data.notices]
    return [
        ("Record", ["Field", "Value"], record),
        (f"Loans ({len(loans)})", ["Lent", "Title", "Authors", "Copy", "Due", "Returned", "Renewals"], loans),
        (f"Holds ({len(holds)})", ["Placed", "Title", "Status", "Pick up by", "Closed"], holds),
        (f"Fees ({len(fees)})", ["Date", "Kind", "Amount", "Paid", "State", "Note"], fees),
        (f"Notices ({len(notices)})", ["Sent", "Kind", "By", "To", "Subject"], notices),
    ]


def write_pdf(data: MemberData, path: str | Path) -> Path:
    """The data as an A4 PDF (reportlab), one table per section."""
    from ...formats.data_sheet import write_sheet

    name = f"{data.record.get('first_name', '')} {data.record.get('last_name', '')}".strip()
    target = Path(path)
    write_sheet(target, f"Data held about {name}",
                f"{data.library} · card {data.record.get('card_number')} · exported {_day(data.exported_at)}",
                sheet_sections(data))
    return target
