"""``/copies``: the physical items (staff only): list and filter, look up by barcode, add
copies to a book, change a copy's status (lost, damaged, withdrawn, back on the shelf)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import and_, select

from ..db.models import Book, Copy, Loan
from ..domain.errors import NotFound
from ..domain.text import normalize_scan
from ..domain.values import Role
from ..services import require
from .deps import ActorDep, StateDep
from .listing import SortKey, keyset_page
from .routes_books import copy_input
from .schemas import ErrorBody, Page
from .schemas_catalog import BarcodesOut, CopyOut, CopyStatusIn, CopyStatusName, NewCopyIn

router = APIRouter(prefix="/copies", tags=["copies"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
Barcode = Annotated[str, Path(min_length=1, max_length=64)]

ROW = (select(Copy.id, Copy.barcode, Copy.book_id, Book.title, Copy.status, Copy.call_number, Copy.location,
              Loan.due_date)
       .join(Book, Book.id == Copy.book_id)
       .outerjoin(Loan, and_(Loan.copy_id == Copy.id, Loan.returned_at.is_(None))))


def copy_out(r: Any) -> CopyOut:
    return CopyOut(id=r.id, barcode=r.barcode, book_id=r.book_id, title=r.title, status=r.status,
                   call_number=r.call_number, location=r.location, due_date=r.due_date)


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
) -> Page[CopyOut]:
    require(actor, Role.DESK, "list copies")
    size = limit or st.settings.page_size_default
    stmt = ROW
    if book_id is not None:
        stmt = stmt.where(Copy.book_id == book_id)
    if status is not None:
        stmt = stmt.where(Copy.status == status)
    if available is not None:
        stmt = stmt.where(Copy.status == "available" if available else Copy.status != "available")
    if location:
        stmt = stmt.where(Copy.location == location)
    key = SortKey(Copy.barcode) if sort == "barcode" else SortKey(Copy.created_at, "datetime")
    filters = {"book_id": book_id, "status": status, "available": available, "location": location}
    with st.services.library.read() as s:
        page = keyset_page(s, stmt, id_column=Copy.id, sort=key, descending=order == "desc", cursor=cursor,
                           limit=size, filters=filters, sort_name=sort)
    return Page(items=[copy_out(r) for r in page.rows], next_cursor=page.next_cursor, total=page.total, limit=size)


def _one(st: StateDep, barcode: str) -> CopyOut:
    with st.services.library.read() as s:
        row = s.execute(ROW.where(Copy.barcode == normalize_scan(barcode))).first()
    if row is None:
        raise NotFound(f"No copy has the barcode {barcode!r}")
    return copy_out(row)


@router.get("/{barcode}", response_model=CopyOut, responses=ERRORS)
def get_copy(barcode: Barcode, actor: ActorDep, st: StateDep) -> CopyOut:
    require(actor, Role.DESK, "look up copies")
    return _one(st, barcode)


@router.post("", response_model=BarcodesOut, status_code=201, responses=ERRORS)
def add_copy(body: NewCopyIn, actor: ActorDep, st: StateDep, response: Response) -> BarcodesOut:
    """Add one copy to a book (librarians); the barcode is generated when not given."""
    barcodes = st.services.catalog.add_copies(actor, body.book_id, [copy_input(body)])
    response.headers["Location"] = f"/copies/{barcodes[0]}"
    return BarcodesOut(barcodes=barcodes)


@router.put("/{barcode}/status", response_model=CopyOut, responses=ERRORS)
def set_status(barcode: Barcode, body: CopyStatusIn, actor: ActorDep, st: StateDep) -> CopyOut:
    """Mark a copy lost (closing its loan and charging its price), damaged, withdrawn, or
    back on the shelf (librarians)."""
    st.services.catalog.set_copy_status(actor, normalize_scan(barcode), body.status, note=body.note)
    return _one(st, barcode)
