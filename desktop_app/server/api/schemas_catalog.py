"""Bodies of the catalog resources: books, authors, copies. A book's and a copy's fields come
from their tables in ``domain.fields``; the lines and records the services list are served
as their dataclasses declare them (``model_of``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from pydantic import BaseModel, Field

from ...domain.fields import BOOK, COPY
from ...services.catalog import CopyView
from ...services.catalog.lists import AuthorLine, AuthorRecord, BookLine, CopyLine
from ..schemas import MAX_ID, Strict, body_model, model_of, view_model

CopyStatusName = Literal["available", "on_loan", "on_hold_shelf", "lost", "damaged", "withdrawn", "not_for_loan",
                         "in_repair"]


class AuthorCredit(Strict):
    name: str = Field(..., min_length=1, max_length=300)
    role: str = Field("author", max_length=20)


if TYPE_CHECKING:  # built when the module loads, from the field tables: the checker cannot see their fields
    CopyIn: TypeAlias = Any
    NewCopyIn: TypeAlias = Any
    CopyEditIn: TypeAlias = Any
    BookIn: TypeAlias = Any
else:
    CopyIn = body_model("CopyIn", COPY, doc="A copy's details (its status changes under /copies/{barcode}/status).",
                        exclude=("status",))
    CopyEditIn = body_model("CopyEditIn", COPY, doc="A copy's details, all of them (an empty field is cleared; an "
                            "empty barcode keeps the barcode); ``expected_version`` refuses a stale edit.",
                            exclude=("status",), extra={
        "expected_version": (int | None, Field(None, ge=1, description="Refuse if the copy changed meanwhile")),
    })
    NewCopyIn = body_model("NewCopyIn", COPY, doc="A copy to add to a book.", exclude=("status",),
                           extra={"book_id": (int, Field(..., ge=1, le=MAX_ID))})
    BookIn = body_model("BookIn", BOOK, doc="A book's fields and authors, in order; ``copies`` only when creating.",
                        extra={
        "authors": (list[AuthorCredit], Field(default_factory=list, max_length=50)),
        "copies": (list[CopyIn], Field(default_factory=list, max_length=200, description="Only when creating")),
        "expected_version": (int | None, Field(None, ge=1,
                                               description="Only when editing: refuse if changed meanwhile")),
    })


if TYPE_CHECKING:  # derived when the module loads, from the services' dataclasses
    BookSummary: TypeAlias = Any
    CopyOut: TypeAlias = Any
    BookCopy: TypeAlias = Any
    AuthorOut: TypeAlias = Any
    AuthorDetail: TypeAlias = Any
else:
    BookSummary = model_of(BookLine, name="BookSummary")
    CopyOut = model_of(CopyLine, name="CopyOut")
    # who borrowed a copy is for the desk, not for everyone who may read the book
    BookCopy = model_of(CopyView, name="BookCopy", exclude=("borrower", "borrower_card"))
    AuthorOut = model_of(AuthorLine, name="AuthorOut")
    AuthorDetail = model_of(AuthorRecord, name="AuthorDetail")


class CopyStatusIn(Strict):
    status: Literal["available", "lost", "damaged", "in_repair", "not_for_loan", "withdrawn"]
    note: str | None = Field(None, max_length=2000)


if TYPE_CHECKING:  # built from the field table, as above
    BookDetail: TypeAlias = Any
else:
    BookDetail = view_model("BookDetail", BOOK, doc="A book with its authors, copies and waiting holds.",
                            exclude=("author_names",), extra={
        "id": (int, ...), "uuid": (str, ...), "version": (int, ...),
        "authors": (list[AuthorCredit], ...), "copies": (list[BookCopy], ...), "holds_waiting": (int, ...),
    })


class BarcodesOut(BaseModel):
    barcodes: list[str]
