"""``/books``: the catalog, searchable as at the desk (``q`` uses ``services.search``),
filterable, sortable, paginated; adding, editing and deleting books (librarians)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel

from ...domain.fields import BOOK, COPY
from ...services.catalog.input import BookInput, CopyInput
from ...services.catalog.lists import BookLine
from ..deps import ActorDep, SearcherDep, StateDep
from ..schemas import MAX_ID, ErrorBody, Page
from .schemas_catalog import AuthorCredit, BookDetail, BookIn, BookSummary

router = APIRouter(prefix="/books", tags=["books"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
BookId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("", response_model=Page[BookSummary], responses=ERRORS)
def list_books(
    actor: ActorDep, st: StateDep, search: SearcherDep,
    q: Annotated[str | None, Query(max_length=500, description="Words as typed at the desk, or an ISBN")] = None,
    author: Annotated[str | None, Query(max_length=300)] = None,
    year: Annotated[int | None, Query(ge=0, le=9999)] = None,
    year_from: Annotated[int | None, Query(ge=0, le=9999)] = None,
    year_to: Annotated[int | None, Query(ge=0, le=9999)] = None,
    language: Annotated[str | None, Query(max_length=3)] = None,
    item_type: Annotated[str | None, Query(max_length=30)] = None,
    available: Annotated[bool | None,
                         Query(description="Only books with (true) or without (false) a copy on the shelf")] = None,
    sort: Literal["title", "author", "year", "added", "relevance"] | None = None,
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[BookLine]:
    """Books, paginated. With ``q`` the order is relevance (as at the desk) unless ``sort``
    is given; without it, ``sort`` (default title)."""
    size = limit or st.settings.page_size_default
    page = st.services.lists.books(search, q=q, author=author, year=year, year_from=year_from, year_to=year_to,
                                   language=language, item_type=item_type, available=available, sort=sort,
                                   descending=order == "desc", cursor=cursor, limit=size)
    return Page.of(page, size)


def detail(st: StateDep, book_id: int) -> BookDetail:
    view = st.services.catalog.book(book_id)
    v = {k: value for k, value in view.values.items() if k in BookDetail.model_fields}
    return BookDetail(
        id=view.id, uuid=view.uuid, version=view.version, **v,
        authors=[AuthorCredit(name=n, role=r) for n, r in view.authors],
        copies=view.copies,
        holds_waiting=view.holds_waiting,
    )


def book_input(body: BaseModel) -> BookInput:
    given = body.model_dump(include=set(BOOK.names(typed=True)))
    return BookInput(**given, authors=[(a["name"], a["role"]) for a in body.model_dump()["authors"]])


def copy_input(body: BaseModel) -> CopyInput:
    return CopyInput(**body.model_dump(include=set(COPY.editable)))


@router.get("/{book_id}", response_model=BookDetail, responses=ERRORS)
def get_book(book_id: BookId, actor: ActorDep, st: StateDep) -> BookDetail:
    return detail(st, book_id)


@router.post("", response_model=BookDetail, status_code=201, responses=ERRORS)
def add_book(body: BookIn, actor: ActorDep, st: StateDep, response: Response) -> BookDetail:
    """Add a book with its authors and copies (librarians)."""
    book_id = st.services.catalog.add_book(actor, book_input(body), copies=[copy_input(c) for c in body.copies])
    response.headers["Location"] = f"/books/{book_id}"
    return detail(st, book_id)


@router.put("/{book_id}", response_model=BookDetail, responses=ERRORS)
def edit_book(book_id: BookId, body: BookIn, actor: ActorDep, st: StateDep) -> BookDetail:
    """Replace a book's fields and authors (librarians); copies are managed under /copies."""
    st.services.catalog.edit_book(actor, book_id, book_input(body), expected_version=body.expected_version)
    return detail(st, book_id)


@router.delete("/{book_id}", status_code=204, responses=ERRORS)
def delete_book(book_id: BookId, actor: ActorDep, st: StateDep) -> Response:
    st.services.catalog.delete_book(actor, book_id)
    return Response(status_code=204)
