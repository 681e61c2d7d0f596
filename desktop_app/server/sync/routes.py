"""The sync endpoints (mounted at ``/sync``), as described in SYNC.md:

- ``GET  /meta``: server time, protocol and schema versions, the allowed clock skew;
- ``GET  /library``: whether the server holds a library yet (a library joining needs it empty);
- ``POST /devices``: register a desk (client id, desk code, role, credential); ``GET /devices``
  lists them, ``POST /devices/{id}/retire``, ``PUT /devices/{id}/role`` and
  ``POST /devices/{id}/credential`` look after them;
- ``POST /push``: a desk's journal operations, in order, applied exactly once (the desk's own
  credential only);
- ``GET  /pull``: the change feed in pages (``cursor``, ``has_more``; 410 for an expired cursor);
- ``POST /join/rows`` and ``POST /join/done``: a standalone library uploading itself into an
  empty server (``sync_join``);
- ``GET  /exceptions`` and ``POST /exceptions/{id}/resolve``: what a person must look at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from ...db import migrate
from ...db.engine import reader
from ...domain.errors import PermissionDenied
from ...domain.values import Role
from ...services import require
from ..deps import DeskDep, OperatorDep, StateDep
from ..errors import ApiError, respond
from ..schemas import ErrorBody
from . import devices as sync_devices
from . import exceptions as sync_exceptions
from . import join as sync_join
from .pull import BadCursor, CursorExpired, read_page
from .push import (
    TX_OPS,
    Incoming,
    RetiredDevice,
    SeqGap,
    SeqReused,
    UnknownDevice,
    apply_batch,
    apply_isolated,
    infrastructure,
)

PROTOCOL = 2
MAX_SKEW_S = 300.0
MAX_BATCH = 500
router = APIRouter(tags=["sync"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 413, 422, 503)}
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
ClientId = Annotated[str, Path(min_length=1, max_length=36)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MetaOut(BaseModel):
    server_time: datetime
    protocol: int
    supported_protocols: list[int]
    schema_revision: str | None
    max_clock_skew_s: float
    max_batch: int


class RegisterIn(Strict):
    desk_name: str = Field(min_length=1, max_length=100)
    start_seq: int = Field(default=0, ge=0, le=2**62)
    replaces: str | None = Field(default=None, max_length=36)
    role: str | None = Field(default=None, pattern="^(desk|librarian|admin)$")
    join: bool = Field(default=False, description="this desk uploads its library into an empty server next")


class DeviceOut(BaseModel):
    client_id: str
    desk_code: str | None
    desk_name: str
    last_seq: int
    role: str
    device_secret: str = Field(description="the desk's credential, shown once")
    counters: dict[str, int]


class RoleIn(Strict):
    role: str = Field(pattern="^(desk|librarian|admin)$")


class OpIn(Strict):
    seq: int = Field(ge=1, le=2**62)
    op_id: str = Field(min_length=1, max_length=36)
    kind: str = Field(min_length=1, max_length=40)
    args: dict[str, Any]
    occurred_at: AwareDatetime
    entity_uuid: str | None = Field(default=None, max_length=36)
    base_version: int | None = Field(default=None, ge=0, le=2**31)
    actor: str | None = Field(default=None, max_length=64)
    actor_uuid: str | None = Field(default=None, max_length=36)


class PushIn(Strict):
    client_id: str = Field(min_length=1, max_length=36)
    sent_at: AwareDatetime
    clock_offset_s: float = Field(default=0.0, ge=-10 * 365 * 86400, le=10 * 365 * 86400)
    ops: list[OpIn] = Field(max_length=MAX_BATCH)


class OpResult(BaseModel):
    seq: int
    op_id: str
    status: str
    original_status: str | None = None
    result: dict[str, Any]


class PushOut(BaseModel):
    results: list[OpResult]
    last_seq: int | None


class Change(BaseModel):
    entity: str
    id: str
    op: str
    version: int
    data: dict[str, Any] | None


class PullOut(BaseModel):
    changes: list[Change]
    cursor: str
    has_more: bool
    server_seq: int


class ResolveIn(Strict):
    action: str = Field(min_length=1, max_length=40)
    note: str | None = Field(default=None, max_length=2000)


class JoinRowsIn(Strict):
    entity: str = Field(min_length=1, max_length=20)
    rows: list[dict[str, Any]] = Field(max_length=5000)


class JoinDoneIn(Strict):
    last_seq: int = Field(ge=0, le=2**62)
    counts: dict[str, int]


@router.get("/meta", response_model=MetaOut)
def meta(st: StateDep) -> MetaOut:
    """Server time (for the desk's clock check) and the versions this server speaks."""
    return MetaOut(server_time=datetime.now(UTC), protocol=PROTOCOL, supported_protocols=[PROTOCOL],
                   schema_revision=migrate.current_revision(st.services.library.engine),
                   max_clock_skew_s=MAX_SKEW_S, max_batch=MAX_BATCH)


@router.get("/library", responses=ERRORS)
def library(actor: OperatorDep, st: StateDep) -> dict[str, Any]:
    """How much library the server holds, and whether a library is joining it."""
    require(actor, Role.DESK, "look at the server's library")
    return sync_join.library_state(st.services.library)


@router.post("/devices", response_model=DeviceOut, status_code=201, responses=ERRORS)
def register_device(body: RegisterIn, actor: OperatorDep, st: StateDep, response: Response) -> DeviceOut:
    """Register a desk (a librarian or admin; or a desk replacing itself after its database
    was restored or copied, with its old credential): client id, desk code, credential."""
    lib = st.services.library
    if body.join:
        sync_join.check_can_join(lib, actor)
    out = sync_devices.register(lib, actor, desk_name=body.desk_name, start_seq=body.start_seq,
                                replaces=body.replaces, role=body.role)
    if body.join:
        sync_join.start(lib, actor, out["client_id"])
    response.headers.update(NO_STORE)
    return DeviceOut(**out)


@router.get("/devices", responses=ERRORS)
def list_devices(actor: OperatorDep, st: StateDep,
                 retired: Annotated[bool, Query(description="also retired desks")] = False) -> list[dict[str, Any]]:
    return sync_devices.listing(st.services.library, actor, retired=retired)


@router.post("/devices/{client_id}/retire", responses=ERRORS)
def retire_device(client_id: ClientId, actor: OperatorDep, st: StateDep) -> dict[str, Any]:
    """Retire a desk (admins): its credential stops working and its code is freed."""
    return sync_devices.retire(st.services.library, actor, client_id)


@router.put("/devices/{client_id}/role", responses=ERRORS)
def set_device_role(client_id: ClientId, body: RoleIn, actor: OperatorDep, st: StateDep) -> dict[str, Any]:
    return sync_devices.set_role(st.services.library, actor, client_id, body.role)


@router.post("/devices/{client_id}/credential", response_model=DeviceOut, responses=ERRORS)
def new_credential(client_id: ClientId, actor: OperatorDep, st: StateDep, response: Response) -> DeviceOut:
    """A new credential for a registered desk (librarians, with their own login)."""
    response.headers.update(NO_STORE)
    return DeviceOut(**sync_devices.new_credential(st.services.library, actor, client_id))


def _own(actor: Any, client_id: str) -> None:
    if actor.device != client_id:
        raise PermissionDenied("This credential belongs to another desk")


@router.post("/push", response_model=PushOut, responses=ERRORS)
def push(body: PushIn, actor: DeskDep, st: StateDep) -> Any:
    """Apply operations in seq order; see SYNC.md for duplicates, gaps and refusals."""
    _own(actor, body.client_id)
    skew = (datetime.now(UTC) - body.sent_at).total_seconds() - body.clock_offset_s
    if abs(skew) > MAX_SKEW_S:
        return respond(409, "clock_skew", f"This desk's clock is off by {skew:+.0f} s (more than {MAX_SKEW_S:.0f} s): "
                       "set the clock or apply the measured offset", server_time=datetime.now(UTC).isoformat(),
                       skew_s=round(skew, 1))
    results: list[dict[str, Any]] = []
    items = [Incoming(o.seq, o.op_id, o.kind, o.args, o.occurred_at, o.entity_uuid, o.base_version, o.actor,
                      o.actor_uuid) for o in sorted(body.ops, key=lambda o: o.seq)]
    lib = st.services.library
    for start in range(0, len(items), TX_OPS):
        chunk = items[start:start + TX_OPS]
        try:
            done, stop = apply_batch(lib, body.client_id, chunk, body.clock_offset_s)
        except UnknownDevice:
            raise ApiError(404, "unknown_device", "This desk is not registered with the server; run sync setup") \
                from None
        except RetiredDevice:
            raise ApiError(403, "retired_device", "This desk was retired on the server; run sync setup again") \
                from None
        except Exception as exc:  # noqa: BLE001 - the database failing is retried; anything else is isolated
            if infrastructure(exc):
                return respond(503, "unavailable", "The server's database failed; nothing of the failed "
                               "operations was kept: retry later", results=results)
            done, stop = apply_isolated(lib, body.client_id, chunk, body.clock_offset_s, exc)
        results.extend(done)
        if isinstance(stop, SeqGap):
            return respond(409, "seq_gap", str(stop), expected_seq=stop.expected, results=results)
        if isinstance(stop, SeqReused):
            return respond(409, "seq_reused", str(stop), results=results)
    return {"results": results, "last_seq": results[-1]["seq"] if results else None}


@router.get("/pull", response_model=PullOut, responses={**ERRORS, 410: {"model": ErrorBody}})
def pull(actor: DeskDep, st: StateDep,
         cursor: Annotated[str | None, Query(max_length=200)] = None,
         limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Any:
    """Changes after ``cursor`` (none: from the start), at most ``limit``. Staff accounts
    above the desk's role come without their password hash (no offline login there)."""
    try:
        # A read transaction: no write lock (SQLite BEGIN DEFERRED, no advisory lock on
        # PostgreSQL), so pulls never wait for nor block the desks' pushes and REST writes.
        with reader(st.services.library.engine).connect() as conn:
            page = read_page(conn, cursor, limit, staff_up_to=Role(actor.role))
    except CursorExpired as exc:
        return respond(410, "cursor_expired", f"The cursor is too old ({exc}): download everything again")
    except BadCursor as exc:
        raise ApiError(400, "bad_cursor", str(exc), field="cursor") from None
    return {"changes": page.changes, "cursor": page.cursor, "has_more": page.has_more, "server_seq": page.server_seq}


@router.post("/join/rows", responses=ERRORS)
def join_rows(body: JoinRowsIn, actor: DeskDep, st: StateDep) -> dict[str, Any]:
    """Rows of the library joining this (empty) server, by the desk that started the join."""
    return sync_join.upload(st.services.library, actor, body.entity, body.rows)


@router.post("/join/done", responses=ERRORS)
def join_done(body: JoinDoneIn, actor: DeskDep, st: StateDep) -> dict[str, Any]:
    return sync_join.finish(st.services.library, actor, last_seq=body.last_seq, counts=body.counts)


@router.get("/exceptions", responses=ERRORS)
def list_exceptions(actor: OperatorDep, st: StateDep,
                    status: Annotated[str | None, Query(pattern="^(open|resolved|all)$")] = "open",
                    client_id: Annotated[str | None, Query(max_length=36)] = None,
                    after_id: Annotated[int, Query(ge=0, le=2**62)] = 0,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[dict[str, Any]]:
    """Sync exceptions with the actions that resolve each."""
    return sync_exceptions.listing(st.services.library, actor, status=None if status == "all" else status,
                                   client_id=client_id, after_id=after_id, limit=limit)


@router.post("/exceptions/{exception_id}/resolve", responses=ERRORS)
def resolve_exception(exception_id: Annotated[int, Path(ge=1, le=2**62)], body: ResolveIn, actor: OperatorDep,
                      st: StateDep) -> JSONResponse:
    out = sync_exceptions.resolve(st.services.library, actor, exception_id, body.action, body.note)
    return JSONResponse(out, status_code=200 if out.get("applied", True) or body.action == "dismiss" else 409)
