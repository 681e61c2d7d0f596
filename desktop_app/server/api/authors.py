"""``/authors``: the people credited on books, with how many books each has."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from ...services.catalog.lists import AuthorLine, AuthorRecord
from ..deps import ActorDep, StateDep
from ..schemas import MAX_ID, ErrorBody, Page
from .schemas_catalog import AuthorDetail, AuthorOut

router = APIRouter(prefix="/authors", tags=["authors"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 404, 422)}


@router.get("", response_model=Page[AuthorOut], responses=ERRORS)
def list_authors(
    actor: ActorDep, st: StateDep,
    q: Annotated[str | None, Query(max_length=300, description="Part of the name (case and accents ignored)")] = None,
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[AuthorLine]:
    """Authors in name order."""
    size = limit or st.settings.page_size_default
    page = st.services.lists.authors(q, cursor=cursor, limit=size)
    return Page.of(page, size)


@router.get("/{author_id}", response_model=AuthorDetail, responses=ERRORS)
def get_author(author_id: Annotated[int, Path(ge=1, le=MAX_ID)], actor: ActorDep, st: StateDep) -> AuthorRecord:
    return st.services.lists.author(author_id)
