"""Importing members inside one import transaction.

Each :class:`MemberRecord` is validated by the members service's own rules; its category is
found by code or by name (the library's default category when the file gives none). A card
number already in the library (or earlier in the file) is a duplicate: skipped, or with mode
"update" the member's details are replaced (``people.members.edit``). A missing card number is
generated (``identifiers.next_identifier``). New members go in with Core inserts, each with its
journal row (``member_upsert``), as ``people.members.register`` would write it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ...db.models import Member, MemberCategory
from ...domain.dates import add_months
from ...domain.errors import InvalidInput
from ...domain.text import fold, normalize_scan
from ...formats.records import MemberRecord, Problem
from ..identifiers import MEMBER_KIND, next_identifier
from ..people.members import MemberInput, clean_member, edit
from ..transaction import Tx
from .bulk import BulkWriter, chunks, member_args, new_uuid
from .report import ImportReport

BATCH = 1000


def member_summary(record: MemberRecord) -> str:
    """The record in one line, for the problem report."""
    parts = [f"{record.first_name} {record.last_name}".strip()]
    parts += [v for v in (record.card_number, record.email, record.category) if v]
    return " / ".join(parts)


class MemberImporter:
    """Feeds member records into the transaction of ``tx``; call :meth:`finish` at the end."""

    def __init__(self, tx: Tx, report: ImportReport, *, mode: str, source: str) -> None:
        self.tx = tx
        self.lib = lib = tx.lib
        self.s = s = tx.s
        self.report = report
        self.update = mode == "update"
        self.source = source
        self.today = tx.today
        self.bulk = BulkWriter(s, tx.now, actor=tx.actor.username, actor_uuid=tx.actor.staff_uuid)
        self.default_category = str(lib.setting(s, "default_category"))
        self.categories: dict[str, MemberCategory] = {}
        for cat in s.scalars(select(MemberCategory)):
            self.categories.setdefault(cat.code.casefold(), cat)
            self.categories.setdefault(cat.name.casefold(), cat)
        self.file_cards: dict[str, int] = {}  # card -> member id created in this import
        self.pending: list[tuple[MemberRecord, dict[str, Any], MemberCategory, str | None]] = []

    def _bad(self, record: MemberRecord, field_name: str | None, reason: str) -> None:
        self.report.add_problem(Problem(self.source, record.source_ref, field_name, reason))
        self.report.add(record.source_ref, "bad", f"{record.first_name} {record.last_name}".strip(),
                        member_summary(record))

    def add(self, record: MemberRecord) -> bool:
        """Check ``record`` and queue it; False (and a bad outcome) when it cannot be imported."""
        try:
            values = clean_member(MemberInput(
                first_name=record.first_name, last_name=record.last_name, email=record.email,
                phone=record.phone, address=record.address, joined=record.joined, expires=record.expires,
                notes=record.notes))
        except InvalidInput as exc:
            self._bad(record, exc.field, exc.message)
            return False
        code = (record.category or self.default_category).strip()
        category = self.categories.get(code.casefold())
        if category is None:
            known = ", ".join(sorted({c.code for c in self.categories.values()}))
            self._bad(record, "category", f"unknown member category {code!r} (known: {known})")
            return False
        card = normalize_scan(record.card_number) if record.card_number else None
        if card is not None and (not card or len(card) > 64):
            self._bad(record, "card_number", f"card number {record.card_number!r} is empty or longer "
                      "than 64 characters")
            return False
        self.pending.append((record, values, category, card))
        if len(self.pending) >= BATCH:
            self.flush()
        return True

    def flush(self) -> None:
        """Write the queued members (card numbers looked up in batches)."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        cards = sorted({card for *_, card in batch if card})
        existing: dict[str, int] = {}
        for part in chunks(cards):
            for found_id, found_card in self.s.execute(select(Member.id, Member.card_number)
                                                       .where(Member.card_number.in_(part))):
                existing[found_card] = found_id
        for record, values, category, card in batch:
            label = f"{record.first_name} {record.last_name}".strip()
            member_id = (self.file_cards.get(card) or existing.get(card)) if card else None
            if member_id is None:
                self._insert(record, values, category, card)
                self.report.add(record.source_ref, "new", label)
            elif self.update:
                self._update(member_id, record, values, category)
                self.report.add(record.source_ref, "updated", label)
            else:
                self.report.add(record.source_ref, "duplicate", label)
        self.bulk.write_pending()
        self.s.expunge_all()

    def finish(self) -> None:
        self.flush()

    def _taken(self, code: str) -> bool:
        if code in self.file_cards or any(card == code for *_, card in self.pending):
            return True
        return self.s.scalar(select(Member.id).where(Member.card_number == code)) is not None

    def _insert(self, record: MemberRecord, values: dict[str, Any], category: MemberCategory,
                card: str | None) -> None:
        bulk = self.bulk
        if card is None:
            bulk.write_pending()
            card = next_identifier(self.lib, self.s, MEMBER_KIND, exists=self._taken)
        joined: date = record.joined or self.today
        row = {**values, "card_number": card, "joined": joined,
               "expires": record.expires or add_months(joined, category.membership_months),
               "blocked": False, "block_reason": None}
        member_id, member_uuid = bulk.new_id(Member), new_uuid()
        bulk.queue(Member, {
            **row, "id": member_id, "uuid": member_uuid, "version": 1, "category_id": category.id,
            "name_sort": fold(f"{values['last_name']} {values['first_name']}"), "failed_logins": 0,
            "lockouts": 0, "created_at": bulk.now_text, "updated_at": bulk.now_text})
        bulk.journal("member_upsert", member_args(row, member_uuid, 1, category.code), member_uuid, 0)
        self.file_cards[card] = member_id

    def _update(self, member_id: int, record: MemberRecord, values: dict[str, Any],
                category: MemberCategory) -> None:
        """Details, category and expiry replaced, through the members' own edit."""
        self.bulk.write_pending()
        member = self.s.get(Member, member_id)
        assert member is not None
        edit(self.tx, member, MemberInput(category=category.code, expires=record.expires, **values))
        self.bulk.resync()
