"""Bodies of the catalog resources: books, authors, copies."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from .schemas import Strict

CopyStatusName = Literal["available", "on_loan", "on_hold_shelf", "lost", "damaged", "withdrawn"]


class AuthorCredit(Strict):
    name: str = Field(..., min_length=1, max_length=300)
    role: str = Field("author", max_length=20)


class CopyIn(Strict):
    barcode: str | None = Field(None, max_length=64, description="Generated when empty")
    call_number: str | None = Field(None, max_length=100)
    location: str | None = Field(None, max_length=100)
    acquired: date | None = None
    price_cents: int | None = Field(None, ge=0, le=100_000_000)
    notes: str | None = Field(None, max_length=20_000)


class NewCopyIn(CopyIn):
    book_id: int = Field(..., ge=1)


class BookIn(Strict):
    title: str = Field(..., max_length=1000)
    subtitle: str | None = Field(None, max_length=1000)
    isbn: str | None = Field(None, max_length=40)
    publisher: str | None = Field(None, max_length=300)
    year: int | None = Field(None, ge=0, le=9999)
    edition: str | None = Field(None, max_length=100)
    language: str | None = Field(None, max_length=3)
    series: str | None = Field(None, max_length=300)
    subjects: list[str] = Field(default_factory=list, max_length=100)
    description: str | None = Field(None, max_length=20_000)
    item_type: str = Field("book", max_length=30)
    call_number: str | None = Field(None, max_length=100)
    authors: list[AuthorCredit] = Field(default_factory=list, max_length=50)
    copies: list[CopyIn] = Field(default_factory=list, max_length=200, description="Only when creating")
    expected_version: int | None = Field(None, ge=1, description="Only when editing: refuse if changed meanwhile")


class BookSummary(BaseModel):
    id: int
    title: str
    authors: str
    year: int | None
    language: str | None
    item_type: str
    isbn13: str | None
    call_number: str | None
    copies: int
    available: int


class CopyOut(BaseModel):
    id: int
    barcode: str
    book_id: int
    title: str
    status: str
    call_number: str | None
    location: str | None
    due_date: date | None = None


class CopyStatusIn(Strict):
    status: Literal["available", "lost", "damaged", "withdrawn"]
    note: str | None = Field(None, max_length=2000)


class BookCopy(BaseModel):
    id: int
    barcode: str
    status: str
    call_number: str | None
    location: str | None
    due_date: date | None


class BookDetail(BaseModel):
    id: int
    uuid: str
    version: int
    title: str
    subtitle: str | None
    isbn13: str | None
    isbn10: str | None
    publisher: str | None
    year: int | None
    edition: str | None
    language: str | None
    series: str | None
    subjects: str | None
    description: str | None
    item_type: str
    call_number: str | None
    created_at: datetime
    authors: list[AuthorCredit]
    copies: list[BookCopy]
    holds_waiting: int


class AuthorOut(BaseModel):
    id: int
    name: str
    books: int


class AuthorDetail(AuthorOut):
    book_ids: list[int]  # the first 1000, by id


class BarcodesOut(BaseModel):
    barcodes: list[str]
