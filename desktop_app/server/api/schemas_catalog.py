"""Bodies of the catalog resources: books, authors, copies. A book's and a copy's fields come
from their tables in ``domain.fields``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from pydantic import BaseModel, Field

from ...domain.fields import BOOK, COPY
from ..schemas import MAX_ID, Strict, body_model, view_model

CopyStatusName = Literal["available", "on_loan", "on_hold_shelf", "lost", "damaged", "withdrawn"]


class AuthorCredit(Strict):
    name: str = Field(..., min_length=1, max_length=300)
    role: str = Field("author", max_length=20)


if TYPE_CHECKING:  # built when the module loads, from the field tables: the checker cannot see their fields
    CopyIn: TypeAlias = Any
    NewCopyIn: TypeAlias = Any
    BookIn: TypeAlias = Any
else:
    CopyIn = body_model("CopyIn", COPY, doc="A copy's details (its status changes under /copies/{barcode}/status).",
                        exclude=("status",))
    NewCopyIn = body_model("NewCopyIn", COPY, doc="A copy to add to a book.", exclude=("status",),
                           extra={"book_id": (int, Field(..., ge=1, le=MAX_ID))})
    BookIn = body_model("BookIn", BOOK, doc="A book's fields and authors, in order; ``copies`` only when creating.",
                        extra={
        "authors": (list[AuthorCredit], Field(default_factory=list, max_length=50)),
        "copies": (list[CopyIn], Field(default_factory=list, max_length=200, description="Only when creating")),
        "expected_version": (int | None, Field(None, ge=1,
                                               description="Only when editing: refuse if changed meanwhile")),
    })


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


if TYPE_CHECKING:  # built from the field table, as above
    BookDetail: TypeAlias = Any
else:
    BookDetail = view_model("BookDetail", BOOK, doc="A book with its authors, copies and waiting holds.",
                            exclude=("author_names",), extra={
        "id": (int, ...), "uuid": (str, ...), "version": (int, ...),
        "authors": (list[AuthorCredit], ...), "copies": (list[BookCopy], ...), "holds_waiting": (int, ...),
    })


class AuthorOut(BaseModel):
    id: int
    name: str
    books: int


class AuthorDetail(AuthorOut):
    book_ids: list[int]  # the first 1000, by id


class BarcodesOut(BaseModel):
    barcodes: list[str]
