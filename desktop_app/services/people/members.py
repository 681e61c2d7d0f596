"""Members: register (card number generated), edit, block and unblock, renew the membership,
set the self-service PIN. Each is one transition (``tx`` first); ``Members`` is the door the
desk, the command line and the REST API use (one action, one transaction)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Member, MemberCategory
from ...domain.dates import add_months
from ...domain.errors import Conflict, InvalidInput, NotFound
from ...domain.fields import MEMBER, text_value
from ...domain.text import day, fold, normalize_scan
from ...domain.values import Role
from ..identifiers import MEMBER_KIND, next_identifier
from ..library import Actor, Library, require
from ..snapshots import member_data
from ..transaction import Tx, action
from . import logins
from .accounts import hash_secret
from .categories import ensure_default_categories, save_category
from .sessions import end_sessions

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


def clean_member(data: MemberInput) -> dict[str, Any]:
    """The checked personal fields of ``data`` (``InvalidInput`` names the first bad one)."""
    def text(name: str) -> str | None:
        return text_value(MEMBER[name], getattr(data, name))

    first, last = text("first_name"), text("last_name")
    if not first and not last:
        raise InvalidInput("A member needs a name", field="last_name")
    email = text("email")
    if email and not EMAIL.match(email):
        raise InvalidInput(f"{email!r} is not an email address", field="email")
    phone = text("phone")
    if phone and not re.fullmatch(r"[0-9+()./ -]{3,50}", phone):
        raise InvalidInput(f"{phone!r} is not a phone number", field="phone")
    if data.joined and data.expires and data.expires < data.joined:
        raise InvalidInput("The membership cannot expire before it starts", field="expires")
    return {
        "first_name": first or "", "last_name": last or "", "email": email, "phone": phone,
        "address": text("address"), "notes": text("notes"),
    }


def category_for(tx: Tx, code: str | None) -> MemberCategory:
    """The category with this code (or name); the library's default for an empty one."""
    if not code:
        code = tx.lib.setting(tx.s, "default_category")
    cat = tx.s.scalar(select(MemberCategory).where(MemberCategory.code == code))
    if cat is None:
        cat = tx.s.scalar(select(MemberCategory).where(MemberCategory.name == code))
    if cat is None:
        known = ", ".join(tx.s.scalars(select(MemberCategory.code)))
        raise InvalidInput(f"Unknown member category {code!r} (known: {known})", field="category")
    return cat


def _journal(tx: Tx, member: Member, action_name: str, before: dict[str, Any] | None, base: int,
             **details: Any) -> None:
    after = member_data(member)
    changed = {k: [before.get(k), v] for k, v in after.items() if before and before.get(k) != v and k != "version"}
    tx.record("member_upsert", after, row_uuid=member.uuid, base_version=base, audit=action_name, entity="member",
              extra={**({"changed": changed} if before is not None else {}), **details})


# -- transitions ------------------------------------------------------------------------------
def register(tx: Tx, data: MemberInput, *, member_uuid: str | None = None) -> Member:
    require(tx.actor, Role.DESK, "register members")
    values = clean_member(data)
    cat = category_for(tx, data.category)

    def taken(code: str) -> bool:
        return tx.s.scalar(select(Member.id).where(Member.card_number == code)) is not None

    card = normalize_scan(data.card_number) if data.card_number else None
    if card and len(card) > 64:
        raise InvalidInput("A card number has at most 64 characters", field="card_number")
    if card and taken(card):
        raise Conflict(f"Card number {card} already belongs to another member")
    card = card or next_identifier(tx.lib, tx.s, MEMBER_KIND, exists=taken)
    joined = data.joined or tx.today
    member = Member(card_number=card, category=cat, joined=joined,
                    expires=data.expires or add_months(joined, cat.membership_months),
                    name_sort=fold(f"{values['last_name']} {values['first_name']}"), **values)
    if member_uuid:
        member.uuid = member_uuid
    tx.add(member)
    _journal(tx, member, "member_register", None, 0, card=card, name=member.full_name)
    return member


def edit(tx: Tx, member: Member, data: MemberInput) -> None:
    """Change a member's details (name, contact, category, membership dates, notes)."""
    require(tx.actor, Role.DESK, "edit members")
    values = clean_member(data)
    before, base = member_data(member), member.version
    if data.category:
        member.category = category_for(tx, data.category)
    if data.joined:
        member.joined = data.joined
    if data.expires:
        if data.expires < member.joined:
            raise InvalidInput("The membership cannot expire before it starts", field="expires")
        member.expires = data.expires
    for key, value in values.items():
        setattr(member, key, value)
    member.name_sort = fold(f"{member.last_name} {member.first_name}")
    tx.touch(member)
    tx.s.flush()
    _journal(tx, member, "member_edit", before, base)


def block(tx: Tx, member: Member, reason: str) -> None:
    """Stop a member from borrowing (desk staff may); their self-service sessions end."""
    require(tx.actor, Role.DESK, "block members")
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("Say why the member is blocked", field="reason")
    if len(reason) > 1000:
        raise InvalidInput("The reason is too long (at most 1000 characters)", field="reason")
    member.blocked, member.block_reason = True, reason
    tx.touch(member)
    end_sessions(tx, member_id=member.id, reason="member blocked")
    tx.record("member_block", {"member_uuid": member.uuid, "card_number": member.card_number, "reason": reason},
              row_uuid=member.uuid, base_version=member.version - 1, entity="member", reason=reason)


def unblock(tx: Tx, member: Member, reason: str = "") -> None:
    require(tx.actor, Role.LIBRARIAN, "unblock members")
    member.blocked, member.block_reason = False, None
    tx.touch(member)
    tx.record("member_unblock", {"member_uuid": member.uuid, "card_number": member.card_number, "reason": reason},
              row_uuid=member.uuid, base_version=member.version - 1, entity="member", reason=reason)


def renew_membership(tx: Tx, member: Member) -> date:
    """Extend the membership by the category's period, from today or from the current
    expiry if that is later. Returns the new expiry date."""
    require(tx.actor, Role.DESK, "renew memberships")
    before, base = member_data(member), member.version
    start = max(tx.today, member.expires or tx.today)
    member.expires = add_months(start, member.category.membership_months)
    tx.touch(member)
    tx.s.flush()
    _journal(tx, member, "member_renew", before, base, expires=day(member.expires))
    return member.expires


def set_pin(tx: Tx, member: Member, pin_hash: str | None) -> None:
    """Set (or clear, with None) the member's self-service PIN (its argon2id hash); the
    member's sessions end either way."""
    require(tx.actor, Role.DESK, "set member PINs")
    if pin_hash is not None and (not isinstance(pin_hash, str) or not pin_hash.startswith("$argon2")
                                 or len(pin_hash) > 200):
        raise InvalidInput("A PIN is stored as an argon2 hash", field="pin")
    member.pin_hash = pin_hash
    logins.clear_all(tx.s, logins.card_key(member.card_number))  # a new PIN lifts the lock
    end_sessions(tx, member_id=member.id, reason="PIN changed")
    tx.record("member_pin", {"member_uuid": member.uuid, "card_number": member.card_number, "pin_hash": pin_hash},
              row_uuid=member.uuid, entity="member", cleared=pin_hash is None)


def find_member(s: Session, card_number: str) -> Member:
    card = normalize_scan(card_number)
    member = s.scalar(select(Member).where(Member.card_number == card))
    if member is None:
        raise NotFound(f"No member has the card number {card_number!r}")
    return member


class Members:
    """Member use cases for the desk, the command line and the REST API."""

    def __init__(self, library: Library) -> None:
        self.lib = library

    def ensure_default_categories(self, s: Session) -> None:
        ensure_default_categories(s)

    def categories(self) -> list[MemberCategory]:
        with self.lib.read() as s:
            return list(s.scalars(select(MemberCategory).order_by(MemberCategory.name)))

    def save_category(self, actor: Actor, code: str, **values: object) -> None:
        """Create or change a member category's loan rules (admins)."""
        with action(self.lib, actor) as tx:
            save_category(tx, code, dict(values))

    def register(self, actor: Actor, data: MemberInput) -> Member:
        with action(self.lib, actor) as tx:
            return register(tx, data)

    def edit(self, actor: Actor, card_number: str, data: MemberInput, *, expected_version: int | None = None) -> None:
        with action(self.lib, actor) as tx:
            member = find_member(tx.s, card_number)
            if expected_version is not None and member.version != expected_version:
                raise Conflict(f"{member.full_name} was changed by someone else meanwhile; reopen and try again")
            edit(tx, member, data)

    def block(self, actor: Actor, card_number: str, reason: str) -> None:
        require(actor, Role.DESK, "block members")
        with action(self.lib, actor) as tx:
            block(tx, find_member(tx.s, card_number), reason)

    def unblock(self, actor: Actor, card_number: str, reason: str = "") -> None:
        require(actor, Role.LIBRARIAN, "unblock members")
        with action(self.lib, actor) as tx:
            unblock(tx, find_member(tx.s, card_number), reason)

    def renew_membership(self, actor: Actor, card_number: str) -> date:
        with action(self.lib, actor) as tx:
            return renew_membership(tx, find_member(tx.s, card_number))

    def set_pin(self, actor: Actor, card_number: str, pin: str | None) -> None:
        """Set (or clear, with None) the member's self-service PIN: 4 to 12 digits."""
        require(actor, Role.DESK, "set member PINs")
        if pin is not None and not re.fullmatch(r"\d{4,12}", pin):
            raise InvalidInput("A PIN is 4 to 12 digits", field="pin")
        hashed = hash_secret(pin) if pin else None  # the slow hash runs before the write lock
        with action(self.lib, actor) as tx:
            set_pin(tx, find_member(tx.s, card_number), hashed)

    def get(self, card_number: str) -> Member:
        with self.lib.read() as s:
            return find_member(s, card_number)
