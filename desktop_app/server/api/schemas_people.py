"""Bodies of the people and circulation resources: members, loans, holds, fees, reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from pydantic import BaseModel, Field

from ...domain.fields import MEMBER
from ..schemas import Strict, body_model, view_model

if TYPE_CHECKING:  # built when the module loads, from the field table: the checker cannot see their fields
    MemberIn: TypeAlias = Any
    MemberOut: TypeAlias = Any
else:
    MemberIn = body_model("MemberIn", MEMBER, doc="A member's details; on an edit the card number stays.", extra={
        "expected_version": (int | None, Field(None, ge=1, description="Only when editing")),
    })
    MemberOut = view_model("MemberOut", MEMBER, doc="A member as staff and the member themself read it.",
                           extra={"id": (int, ...), "uuid": (str, ...), "version": (int, ...)})


class ReasonIn(Strict):
    reason: str = Field(..., min_length=1, max_length=2000)


class OptionalReasonIn(Strict):
    reason: str | None = Field(None, max_length=2000)


class PinIn(Strict):
    pin: str | None = Field(..., max_length=12, description="4 to 12 digits; null clears it")


class ExpiryOut(BaseModel):
    expires: date


class LoanOut(BaseModel):
    id: int
    barcode: str
    book_id: int
    title: str
    card_number: str
    member_name: str
    checked_out_at: datetime
    due_date: date
    returned_at: datetime | None
    renewals: int
    overdue: bool


class CheckoutIn(Strict):
    card_number: str = Field(..., min_length=1, max_length=64)
    barcode: str = Field(..., min_length=1, max_length=64)
    override_reason: str | None = Field(None, max_length=2000)


class CheckinIn(Strict):
    barcode: str = Field(..., min_length=1, max_length=64)


class RenewIn(Strict):
    override_reason: str | None = Field(None, max_length=2000)


class CheckinOut(BaseModel):
    barcode: str
    title: str
    was_on_loan: bool
    member_name: str | None
    days_late: int
    fee_cents: int
    hold_for: str | None
    hold_card: str | None
    pickup_by: date | None
    message: str


class HoldIn(Strict):
    book_id: int = Field(..., ge=1, le=2**53)
    card_number: str | None = Field(None, max_length=64, description="Members: empty (their own card)")
    override_reason: str | None = Field(None, max_length=2000)


class HoldOut(BaseModel):
    id: int
    book_id: int
    title: str
    card_number: str
    member_name: str
    status: str
    placed_at: datetime
    position: int | None
    barcode: str | None
    pickup_by: date | None


class FeeIn(Strict):
    card_number: str = Field(..., min_length=1, max_length=64)
    amount_cents: int = Field(..., ge=1, le=100_000_000)
    note: str = Field(..., min_length=1, max_length=2000)


class FeeOut(BaseModel):
    id: int
    card_number: str
    kind: str
    amount_cents: int
    created_at: datetime
    note: str | None
    paid: bool
    waived: bool


class OverdueOut(BaseModel):
    loan_id: int
    barcode: str
    title: str
    member_name: str
    card_number: str
    email: str | None
    phone: str | None
    due_date: date
    days_overdue: int
