"""``/authors``: the people credited on books, with how many books each has."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import func, select

from ..db.models import Author, BookAuthor
from ..domain.errors import NotFound
from ..domain.text import fold
from .deps import ActorDep, StateDep
from .listing import SortKey, keyset_page
from .schemas import MAX_ID, ErrorBody, Page
from .schemas_catalog import AuthorDetail, AuthorOut

router = APIRouter(prefix="/authors", tags=["authors"])
MAX_BOOK_IDS = 1000  # the detail lists at most this many book ids (use /books?author= for more)
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 404, 422)}
_BOOKS = (select(func.count(func.distinct(BookAuthor.book_id))).where(BookAuthor.author_id == Author.id)
          .correlate(Author).scalar_subquery())


@router.get("", response_model=Page[AuthorOut], responses=ERRORS)
def list_authors(
    actor: ActorDep, st: StateDep,
    q: Annotated[str | None, Query(max_length=300, description="Part of the name (case and accents ignored)")] = None,
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[AuthorOut]:
    """Authors in name order."""
    size = limit or st.settings.page_size_default
    stmt = select(Author.id, Author.name, _BOOKS.label("books"))
    if q and q.strip():
        stmt = stmt.where(Author.name_sort.contains(fold(q.strip()), autoescape=True))
    with st.services.library.read() as s:
        page = keyset_page(s, stmt, id_column=Author.id, sort=SortKey(Author.name_sort), descending=False,
                           cursor=cursor, limit=size, filters={"q": q}, sort_name="name")
    return Page(items=[AuthorOut(id=r.id, name=r.name, books=r.books) for r in page.rows],
                next_cursor=page.next_cursor, total=page.total, limit=size)


@router.get("/{author_id}", response_model=AuthorDetail, responses=ERRORS)
def get_author(author_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep) -> AuthorDetail:
    with st.services.library.read() as s:
        author = s.get(Author, author_id)
        if author is None:
            raise NotFound(f"There is no author with id {author_id}")
        count = s.scalar(select(func.count(func.distinct(BookAuthor.book_id))).where(BookAuthor.author_id == author_id))
        books = list(s.scalars(select(BookAuthor.book_id).where(BookAuthor.author_id == author_id).distinct()
                               .order_by(BookAuthor.book_id).limit(MAX_BOOK_IDS)))
        return AuthorDetail(id=author.id, name=author.name, books=count or 0, book_ids=books)
