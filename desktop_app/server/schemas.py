"""Request and response bodies shared by every resource: errors, pages, login and tokens."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Strict(BaseModel):
    """Request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ErrorReason(BaseModel):
    code: str
    text: str
    overridable: bool


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None
    reasons: list[ErrorReason] | None = None
    action: str | None = None
    details: list[dict[str, object]] | None = None
    request_id: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """One page of a list. Pass ``next_cursor`` back as ``cursor`` for the next page; it is
    null on the last page. ``total`` is given on the first page (null afterwards)."""

    items: list[T]
    next_cursor: str | None
    total: int | None
    limit: int


class LoginIn(Strict):
    """Staff log in with username and password; members with card number and PIN."""

    username: str | None = Field(None, max_length=64)
    password: str | None = Field(None, max_length=200)
    card_number: str | None = Field(None, max_length=64)
    pin: str | None = Field(None, max_length=12)
    device: str | None = Field(None, max_length=200, description="The desk or device name (refresh grace)")


class DeviceLoginIn(Strict):
    """A registered desk exchanges its credential for an access token that opens its sync."""

    client_id: str = Field(..., min_length=1, max_length=36)
    secret: str = Field(..., min_length=10, max_length=200)


class DeviceTokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    role: str
    client_id: str
    desk_code: str | None
    desk_name: str


class RefreshIn(Strict):
    refresh_token: str = Field(..., min_length=10, max_length=200)
    device: str | None = Field(None, max_length=200)


class LogoutIn(Strict):
    refresh_token: str | None = Field(None, min_length=10, max_length=200)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str
    role: str
    subject: str
    display_name: str


class Health(BaseModel):
    status: Literal["ok"]
    database: str
    schema_revision: str | None


# Database ids: positive and within the range every database can hold.
MAX_ID = 2**53
