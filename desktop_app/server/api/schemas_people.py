"""Bodies of the people and circulation resources: members, loans, holds, fees, reports. A
member's fields come from their table in ``domain.fields``; loans, holds, fees, a check-in's
result and the overdue rows are served as the services' dataclasses declare them (``model_of``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias

from pydantic import BaseModel, Field

from ...domain.fields import MEMBER
from ...services.circulation.lending import CheckinResult
from ...services.circulation.lists import FeeRecord, HoldRecord, LoanRecord
from ...services.reports import OverdueRow
from ..schemas import Strict, body_model, model_of, view_model

if TYPE_CHECKING:  # built when the module loads, from the field table: the checker cannot see their fields
    MemberIn: TypeAlias = Any
    MemberOut: TypeAlias = Any
else:
    MemberIn = body_model("MemberIn", MEMBER, doc="A member's details; on an edit the card number stays.", extra={
        "expected_version": (int | None, Field(None, ge=1, description="Only when editing")),
    })
    MemberOut = view_model("MemberOut", MEMBER, doc="A member as staff and the member themself read it.",
                           extra={"id": (int, ...), "uuid": (str, ...), "version": (int, ...)})

if TYPE_CHECKING:  # derived when the module loads, from the services' dataclasses
    LoanOut: TypeAlias = Any
    CheckinOut: TypeAlias = Any
    HoldOut: TypeAlias = Any
    FeeOut: TypeAlias = Any
    OverdueOut: TypeAlias = Any
else:
    LoanOut = model_of(LoanRecord, name="LoanOut")
    # the uuids, refunds and changes of a check-in are for the desk and the sync, not for the answer
    CheckinOut = model_of(CheckinResult, name="CheckinOut", properties=("message",), exclude=(
        "loan_uuid", "fee_uuid", "hold_uuid", "lost_fee_waived_cents", "lost_fee_paid_cents", "changes"))
    HoldOut = model_of(HoldRecord, name="HoldOut")
    FeeOut = model_of(FeeRecord, name="FeeOut")
    OverdueOut = model_of(OverdueRow, name="OverdueOut", exclude=("address",))  # for the desk's letters only


class ReasonIn(Strict):
    reason: str = Field(..., min_length=1, max_length=2000)


class OptionalReasonIn(Strict):
    reason: str | None = Field(None, max_length=2000)


class PinIn(Strict):
    pin: str | None = Field(..., max_length=12, description="4 to 12 digits; null clears it")


class ExpiryOut(BaseModel):
    expires: date


class CheckoutIn(Strict):
    card_number: str = Field(..., min_length=1, max_length=64)
    barcode: str = Field(..., min_length=1, max_length=64)
    override_reason: str | None = Field(None, max_length=2000)


class CheckinIn(Strict):
    barcode: str = Field(..., min_length=1, max_length=64)


class RenewIn(Strict):
    override_reason: str | None = Field(None, max_length=2000)


class HoldIn(Strict):
    book_id: int = Field(..., ge=1, le=2**53)
    card_number: str | None = Field(None, max_length=64, description="Members: empty (their own card)")
    override_reason: str | None = Field(None, max_length=2000)


class FeeIn(Strict):
    card_number: str = Field(..., min_length=1, max_length=64)
    amount_cents: int = Field(..., ge=1, le=100_000_000)
    note: str = Field(..., min_length=1, max_length=2000)
