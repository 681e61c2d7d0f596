"""Member categories: each carries the loan rules of its members (loan days, limits, fines).
Creating or changing one is the ``save_category`` transition (admins)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import MemberCategory
from ...domain.errors import InvalidInput
from ...domain.values import ItemType, LoanPolicy, Role
from ..library import require
from ..transaction import Tx

DEFAULT_CATEGORIES = (
    dict(code="adult", name="Adult", loan_days=21, max_loans=10, max_renewals=2, max_holds=5),
    dict(code="child", name="Child", loan_days=14, max_loans=5, max_renewals=2, max_holds=3, fines_enabled=False),
    dict(code="staff", name="Staff", loan_days=28, max_loans=20, max_renewals=5, max_holds=10, fines_enabled=False,
         max_overdue_days=None, max_owed_cents=None),
)
RULES = frozenset({f.name for f in fields(LoanPolicy)} | {"name", "membership_months"})


def policy_of(category: MemberCategory, *, fines_on: bool = True) -> LoanPolicy:
    return LoanPolicy(
        loan_days=category.loan_days, max_loans=category.max_loans, max_renewals=category.max_renewals,
        max_holds=category.max_holds, fines_enabled=fines_on and category.fines_enabled,
        fine_per_day_cents=category.fine_per_day_cents, fine_cap_cents=category.fine_cap_cents,
        grace_days=category.grace_days, max_overdue_days=category.max_overdue_days,
        max_owed_cents=category.max_owed_cents, item_type_loan_days=dict(category.item_type_loan_days or {}),
    )


def ensure_default_categories(s: Session) -> None:
    if s.scalar(select(MemberCategory.id).limit(1)) is None:
        for values in DEFAULT_CATEGORIES:
            s.add(MemberCategory(**values))
        s.flush()


def check_rules(values: dict[str, Any]) -> None:
    unknown = set(values) - RULES
    if unknown:
        raise InvalidInput(f"Unknown loan rule(s): {', '.join(sorted(unknown))}")
    for key, value in values.items():
        if key == "name":
            if not isinstance(value, str) or not value.strip() or len(value) > 100:
                raise InvalidInput("A category needs a name of 1 to 100 characters", field="name")
        elif key == "item_type_loan_days":
            if not isinstance(value, dict) or any(not isinstance(v, int) or isinstance(v, bool) or v < 0
                                                  for v in value.values()):
                raise InvalidInput("Loan days per item type are whole numbers of days", field=key)
            unknown_types = sorted(k for k in value if k not in set(ItemType))
            if unknown_types:
                raise InvalidInput(f"{', '.join(map(repr, unknown_types))} is not an item type; choose from "
                                   f"{', '.join(t.value for t in ItemType)}", field=key)
        elif key == "fines_enabled":
            if not isinstance(value, bool):
                raise InvalidInput("Fines are on or off", field=key)
        elif value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise InvalidInput(f"{key.replace('_', ' ').capitalize()} must be a whole number", field=key)
        elif value is not None and value < 0:
            raise InvalidInput(f"{key.replace('_', ' ').capitalize()} cannot be negative", field=key)


def save_category(tx: Tx, code: str, values: dict[str, Any], *, category_uuid: str | None = None) -> MemberCategory:
    """Create or change the category ``code`` (admins)."""
    require(tx.actor, Role.ADMIN, "change loan rules")
    code = (code or "").strip()
    if not code or len(code) > 30:
        raise InvalidInput("A category needs a code of 1 to 30 characters", field="code")
    check_rules(values)
    cat = tx.s.scalar(select(MemberCategory).where(MemberCategory.code == code))
    if cat is None:
        cat = MemberCategory(code=code, name=str(values.get("name") or code.capitalize()))
        if category_uuid:
            cat.uuid = category_uuid
        for key, value in values.items():
            setattr(cat, key, value)
        tx.add(cat)
    else:
        for key, value in values.items():
            setattr(cat, key, value)
        tx.touch(cat)
    tx.record("category_upsert", {"code": code, **values}, row_uuid=cat.uuid, audit="category_save",
              entity="member_category", code=code, **values)
    return cat
