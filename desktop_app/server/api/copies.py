"""``/copies``: the physical items (staff only): list and filter, look up by barcode, add
copies to a book, edit a copy, change its status (lost, damaged, in repair, not for loan,
withdrawn, back on the shelf), delete a withdrawn copy without history (librarians)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from ...domain.text import normalize_scan
from ...services.catalog.lists import CopyLine
from ..deps import ActorDep, StateDep
from ..schemas import ErrorBody, Page
from .books import copy_input
from .schemas_catalog import BarcodesOut, CopyEditIn, CopyOut, CopyStatusIn, CopyStatusName, NewCopyIn

router = APIRouter(prefix="/copies", tags=["copies"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
Barcode = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("", response_model=Page[CopyOut], responses=ERRORS)
def list_copies(
    actor: ActorDep, st: StateDep,
    book_id: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    status: CopyStatusName | None = None,
    available: bool | None = None,
    location: Annotated[str | None, Query(max_length=100)] = None,
    sort: Literal["barcode", "added"] = "barcode",
    order: Literal["asc", "desc"] = "asc",
    limit: Annotated[int | None, Query(ge=1, le=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[CopyLine]:
    size = limit or st.settings.page_size_default
    page = st.services.lists.copies(actor, book_id=book_id, status=status, available=available, location=location,
                                    sort=sort, descending=order == "desc", cursor=cursor, limit=size)
    return Page.of(page, size)


@router.get("/{barcode}", response_model=CopyOut, responses=ERRORS)
def get_copy(barcode: Barcode, actor: ActorDep, st: StateDep) -> CopyLine:
    return st.services.lists.copy(actor, barcode)


@router.post("", response_model=BarcodesOut, status_code=201, responses=ERRORS)
def add_copy(body: NewCopyIn, actor: ActorDep, st: StateDep, response: Response) -> BarcodesOut:
    """Add one copy to a book (librarians); the barcode is generated when not given."""
    barcodes = st.services.catalog.add_copies(actor, body.book_id, [copy_input(body)])
    response.headers["Location"] = f"/copies/{barcodes[0]}"
    return BarcodesOut(barcodes=barcodes)


@router.put("/{barcode}/status", response_model=CopyOut, responses=ERRORS)
def set_status(barcode: Barcode, body: CopyStatusIn, actor: ActorDep, st: StateDep) -> CopyLine:
    """Mark a copy lost (closing its loan and charging its price), damaged, in repair, not for
    loan (reference), withdrawn, or back on the shelf (librarians; a lost copy put back settles
    its lost fee per the library's ``lost_found`` setting)."""
    st.services.catalog.set_copy_status(actor, normalize_scan(barcode), body.status, note=body.note)
    return st.services.lists.copy(actor, barcode)


def _edit(barcode: str, body: Any, actor: ActorDep, st: StateDep, *, partial: bool) -> CopyLine:
    code = normalize_scan(barcode)
    given = body.model_dump(exclude={"expected_version"}, exclude_unset=partial)
    if partial:  # the fields not sent keep their values
        current = st.services.catalog.copy_detail(actor, code).values
        given = {**current, **given}
    data = copy_input(type(body).model_validate(given))
    changed = st.services.catalog.edit_copy(actor, code, data, expected_version=body.expected_version)
    new_code = data.barcode if data.barcode and "barcode" in changed else code
    return st.services.lists.copy(actor, new_code)


@router.put("/{barcode}", response_model=CopyOut, responses=ERRORS)
def edit_copy(barcode: Barcode, body: CopyEditIn, actor: ActorDep, st: StateDep) -> CopyLine:
    """Replace a copy's barcode, call number, location, acquisition date, price and notes
    (librarians); a field left out is cleared, an empty barcode keeps the barcode."""
    return _edit(barcode, body, actor, st, partial=False)


@router.patch("/{barcode}", response_model=CopyOut, responses=ERRORS)
def patch_copy(barcode: Barcode, body: CopyEditIn, actor: ActorDep, st: StateDep) -> CopyLine:
    """Change the copy's fields sent (librarians); the others keep their values."""
    return _edit(barcode, body, actor, st, partial=True)


@router.delete("/{barcode}", status_code=204, responses=ERRORS)
def delete_copy(barcode: Barcode, actor: ActorDep, st: StateDep) -> Response:
    """Delete a withdrawn copy that was never lent and no hold waits with (librarians)."""
    st.services.catalog.delete_copy(actor, normalize_scan(barcode))
    return Response(status_code=204)
