"""``/audit``: the audit log (admins only; 403 for everyone else), newest first, filtered by
who, what and when, in keyset pages of at most 500 events (``services.audit``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from fastapi import APIRouter, Query

from ...domain.values import Role
from ...services import require
from ...services.audit import MAX_PAGE, AuditFilter, AuditLine, AuditLog, parse_when
from ..deps import ActorDep, StateDep
from ..schemas import ErrorBody, Page, model_of

router = APIRouter(prefix="/audit", tags=["audit"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 422)}

if TYPE_CHECKING:  # derived when the module loads, from the services' dataclass
    AuditEventOut: TypeAlias = Any
else:
    AuditEventOut = model_of(AuditLine, name="AuditEventOut",
                             doc="One event: when (UTC), who acted, the action, the kind of row and its uuid, "
                                 "and what the action recorded.")


@router.get("", response_model=Page[AuditEventOut], responses=ERRORS)
def audit_log(
    actor: ActorDep, st: StateDep,
    who: Annotated[str | None, Query(max_length=100, description="The acting account's name exactly")] = None,
    action: Annotated[str | None, Query(max_length=40, description="The action exactly, e.g. login_failed")] = None,
    entity: Annotated[str | None, Query(max_length=40, description="The kind of row, e.g. book, member")] = None,
    since: Annotated[str | None, Query(max_length=40, description="A day (2026-03-02: from its start) or a "
                                                                  "time with its zone; inclusive")] = None,
    until: Annotated[str | None, Query(max_length=40, description="A day (through its end) or a time with its "
                                                                  "zone; exclusive")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Text in the who, row or details")] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[AuditLine]:
    """Events of the audit log, newest first. Pass ``next_cursor`` back as ``cursor`` with the
    same filters for the next page."""
    require(actor, Role.ADMIN, "read the audit log")
    size = limit or st.settings.page_size_default
    f = AuditFilter(who=who, action=action, entity=entity, since=parse_when(since, field="since"),
                    until=parse_when(until, field="until"), text=text)
    return Page.of(AuditLog(st.services.library).find(actor, f, limit=size, cursor=cursor), size)
