"""Bodies of the people and circulation resources: members, loans, holds, fees, reports."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from .schemas import Strict


class MemberIn(Strict):
    first_name: str = Field(..., max_length=100)
    last_name: str = Field(..., max_length=100)
    card_number: str | None = Field(None, max_length=64, description="Generated when empty (new members)")
    email: str | None = Field(None, max_length=200)
    phone: str | None = Field(None, max_length=50)
    address: str | None = Field(None, max_length=1000)
    category: str | None = Field(None, max_length=30)
    joined: date | None = None
    expires: date | None = None
    notes: str | None = Field(None, max_length=5000)
    expected_version: int | None = Field(None, ge=1, description="Only when editing")


class MemberOut(BaseModel):
    id: int
    uuid: str
    version: int
    card_number: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    address: str | None
    category: str
    joined: date
    expires: date | None
    blocked: bool
    block_reason: str | None


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
