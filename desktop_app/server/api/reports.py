"""``/reports``: the overdue list (desk staff), from ``services.reports``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...services.listing import offset_page
from ...services.reports import OverdueRow
from ..deps import ActorDep, StateDep
from ..schemas import ErrorBody, Page
from .schemas_people import OverdueOut

router = APIRouter(prefix="/reports", tags=["reports"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 422)}


@router.get("/overdue", response_model=Page[OverdueOut], responses=ERRORS)
def overdue(
    actor: ActorDep, st: StateDep,
    as_of: Annotated[date | None, Query(description="The day to judge lateness (default today)")] = None,
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[OverdueRow]:
    """Open loans past their due date, most overdue first."""
    size = limit or st.settings.page_size_default
    rows = st.services.reports.overdue(actor, as_of=as_of)
    chunk, next_cursor, total = offset_page(rows, cursor=cursor, limit=size,
                                            filters={"as_of": (as_of or st.services.library.today()).isoformat()})
    return Page(items=chunk, next_cursor=next_cursor, total=total, limit=size)
