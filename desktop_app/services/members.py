"""Member use cases: register (card number generated), edit, block and unblock, renew the
membership, set the self-service PIN; member categories and their loan rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import journal
from ..db.models import Member, MemberCategory
from ..domain.errors import Conflict, InvalidInput, NotFound
from ..domain.text import day, fold, normalize_scan
from ..domain.values import LoanPolicy, Role
from .accounts import hash_secret
from .identifiers import MEMBER_KIND, next_identifier
from .library import Actor, Library, require
from .snapshots import member_data

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class MemberInput:
    first_name: str
    last_name: str
    card_number: str | None = None  # generated when empty
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    category: str | None = None  # category code; the library's default when empty
    joined: date | None = None
    expires: date | None = None
    notes: str | None = None


def _short(value: str | None, name: str, limit: int = 200) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    if len(cleaned) > limit:
        raise InvalidInput(f"{name.capitalize()} is too long ({len(cleaned)} characters; at most {limit})", field=name)
    return cleaned or None


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    for d in (31, 30, 29, 28):
        try:
            return date(year, month, min(start.day, d))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def policy_of(category: MemberCategory, *, fines_on: bool = True) -> LoanPolicy:
    return LoanPolicy(
        loan_days=category.loan_days, max_loans=category.max_loans, max_renewals=category.max_renewals,
        max_holds=category.max_holds, fines_enabled=fines_on and category.fines_enabled,
        fine_per_day_cents=category.fine_per_day_cents, fine_cap_cents=category.fine_cap_cents,
        grace_days=category.grace_days, max_overdue_days=category.max_overdue_days,
        max_owed_cents=category.max_owed_cents, item_type_loan_days=dict(category.item_type_loan_days or {}),
    )


DEFAULT_CATEGORIES = (
    dict(code="adult", name="Adult", loan_days=21, max_loans=10, max_renewals=2, max_holds=5),
    dict(code="child", name="Child", loan_days=14, max_loans=5, max_renewals=2, max_holds=3, fines_enabled=False),
    dict(code="staff", name="Staff", loan_days=28, max_loans=20, max_renewals=5, max_holds=10, fines_enabled=False,
         max_overdue_days=None, max_owed_cents=None),
)


class Members:
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- categories ---------------------------------------------------------------------
    def ensure_default_categories(self, s: Session) -> None:
        if s.scalar(select(MemberCategory.id).limit(1)) is None:
            for values in DEFAULT_CATEGORIES:
                s.add(MemberCategory(**values))
            s.flush()

    def categories(self) -> list[MemberCategory]:
        with self.lib.read() as s:
            return list(s.scalars(select(MemberCategory).order_by(MemberCategory.name)))

    def save_category(self, actor: Actor, code: str, **values: object) -> None:
        """Create or change a member category's loan rules (admins)."""
        require(actor, Role.ADMIN, "change loan rules")
        allowed = {f.name for f in fields(LoanPolicy)} | {"name", "membership_months"}
        unknown = set(values) - allowed
        if unknown:
            raise InvalidInput(f"Unknown loan rule(s): {', '.join(sorted(unknown))}")
        for key, value in values.items():
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                raise InvalidInput(f"{key.replace('_', ' ').capitalize()} cannot be negative", field=key)
        with self.lib.write() as s:
            cat = s.scalar(select(MemberCategory).where(MemberCategory.code == code))
            if cat is None:
                cat = MemberCategory(code=code, name=str(values.get("name") or code.capitalize()))
                s.add(cat)
            for key, value in values.items():
                setattr(cat, key, value)
            cat.version = (cat.version or 0) + 1
            s.flush()
            journal.append(s, "category_upsert", {"code": code, **{k: v for k, v in values.items()}},
                           entity_uuid=cat.uuid)
            self.lib.audit(s, actor, "category_save", "member_category", cat.uuid, code=code, **values)

    def _category(self, s: Session, code: str | None) -> MemberCategory:
        if not code:
            code = self.lib.setting(s, "default_category", "adult")
        cat = s.scalar(select(MemberCategory).where(MemberCategory.code == code))
        if cat is None:
            cat = s.scalar(select(MemberCategory).where(MemberCategory.name == code))
        if cat is None:
            known = ", ".join(s.scalars(select(MemberCategory.code)))
            raise InvalidInput(f"Unknown member category {code!r} (known: {known})", field="category")
        return cat

    # -- members ------------------------------------------------------------------------
    def _clean(self, data: MemberInput) -> dict[str, object]:
        first = _short(data.first_name, "first name", 100)
        last = _short(data.last_name, "last name", 100)
        if not first and not last:
            raise InvalidInput("A member needs a name", field="last_name")
        email = _short(data.email, "email")
        if email and not EMAIL.match(email):
            raise InvalidInput(f"{email!r} is not an email address", field="email")
        phone = _short(data.phone, "phone", 50)
        if phone and not re.fullmatch(r"[0-9+()./ -]{3,50}", phone):
            raise InvalidInput(f"{phone!r} is not a phone number", field="phone")
        if data.joined and data.expires and data.expires < data.joined:
            raise InvalidInput("The membership cannot expire before it starts", field="expires")
        return {
            "first_name": first or "", "last_name": last or "", "email": email, "phone": phone,
            "address": _short(data.address, "address", 1000), "notes": _short(data.notes, "notes", 5000),
        }

    def register(self, actor: Actor, data: MemberInput) -> Member:
        require(actor, Role.DESK, "register members")
        values = self._clean(data)
        with self.lib.write() as s:
            cat = self._category(s, data.category)

            def taken(code: str) -> bool:
                return s.scalar(select(Member.id).where(Member.card_number == code)) is not None

            card = normalize_scan(data.card_number) if data.card_number else None
            if card and taken(card):
                raise Conflict(f"Card number {card} already belongs to another member")
            card = card or next_identifier(self.lib, s, MEMBER_KIND, exists=taken)
            joined = data.joined or self.lib.today()
            now = self.lib.now()
            member = Member(card_number=card, category=cat, joined=joined,
                            expires=data.expires or add_months(joined, cat.membership_months),
                            name_sort=fold(f"{values['last_name']} {values['first_name']}"),
                            created_at=now, updated_at=now, version=1, **values)
            s.add(member)
            s.flush()
            journal.append(s, "member_upsert", member_data(member), entity_uuid=member.uuid, base_version=0)
            self.lib.audit(s, actor, "member_register", "member", member.uuid, card=card, name=member.full_name)
            return member

    def edit(self, actor: Actor, card_number: str, data: MemberInput, *, expected_version: int | None = None) -> None:
        require(actor, Role.DESK, "edit members")
        values = self._clean(data)
        with self.lib.write() as s:
            member = self._member(s, card_number)
            if expected_version is not None and member.version != expected_version:
                raise Conflict(f"{member.full_name} was changed by someone else meanwhile; reopen and try again")
            before = member_data(member)
            if data.category:
                member.category = self._category(s, data.category)
            if data.expires:
                member.expires = data.expires
            for key, value in values.items():
                setattr(member, key, value)
            member.name_sort = fold(f"{member.last_name} {member.first_name}")
            self._changed(s, actor, member, "member_edit", before)

    def _changed(self, s: Session, actor: Actor, member: Member, action: str, before: dict[str, object],
                 **details: object) -> None:
        base = member.version
        member.version += 1
        member.updated_at = self.lib.now()
        s.flush()
        after = member_data(member)
        changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v and k != "version"}
        journal.append(s, "member_upsert", after, entity_uuid=member.uuid, base_version=base)
        self.lib.audit(s, actor, action, "member", member.uuid, changed=changed, **details)

    def block(self, actor: Actor, card_number: str, reason: str) -> None:
        require(actor, Role.DESK, "block members")
        if not reason or not reason.strip():
            raise InvalidInput("Say why the member is blocked", field="reason")
        with self.lib.write() as s:
            member = self._member(s, card_number)
            before = member_data(member)
            member.blocked, member.block_reason = True, reason.strip()
            self._changed(s, actor, member, "member_block", before, reason=reason.strip())

    def unblock(self, actor: Actor, card_number: str, reason: str = "") -> None:
        require(actor, Role.LIBRARIAN, "unblock members")
        with self.lib.write() as s:
            member = self._member(s, card_number)
            before = member_data(member)
            member.blocked, member.block_reason = False, None
            self._changed(s, actor, member, "member_unblock", before, reason=reason)

    def renew_membership(self, actor: Actor, card_number: str) -> date:
        """Extend the membership by the category's period, from today or from the current
        expiry if that is later. Returns the new expiry date."""
        require(actor, Role.DESK, "renew memberships")
        with self.lib.write() as s:
            member = self._member(s, card_number)
            before = member_data(member)
            start = max(self.lib.today(), member.expires or self.lib.today())
            member.expires = add_months(start, member.category.membership_months)
            self._changed(s, actor, member, "member_renew", before, expires=day(member.expires))
            return member.expires

    def set_pin(self, actor: Actor, card_number: str, pin: str | None) -> None:
        """Set (or clear, with None) the member's self-service PIN: 4 to 12 digits."""
        require(actor, Role.DESK, "set member PINs")
        if pin is not None and not re.fullmatch(r"\d{4,12}", pin):
            raise InvalidInput("A PIN is 4 to 12 digits", field="pin")
        with self.lib.write() as s:
            member = self._member(s, card_number)
            member.pin_hash = hash_secret(pin) if pin else None
            member.failed_logins = 0
            member.locked_until = None
            self.lib.audit(s, actor, "member_pin", "member", member.uuid, cleared=pin is None)

    def get(self, card_number: str) -> Member:
        with self.lib.read() as s:
            return self._member(s, card_number)

    def _member(self, s: Session, card_number: str) -> Member:
        card = normalize_scan(card_number)
        member = s.scalar(select(Member).where(Member.card_number == card))
        if member is None:
            raise NotFound(f"No member has the card number {card_number!r}")
        return member


def expiry_soon(member: Member, today: date, days: int = 30) -> bool:
    return member.expires is not None and today <= member.expires <= today + timedelta(days=days)
