"""``/notices``: what was sent to members (a member: only their own), the templates of notices
(librarians change them), and a run of notices on demand (librarians; the mail server is the
server's own, ``LIBRARY_DESK_SMTP_URL``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from ...domain.values import Role
from ...services import require
from ...services.notices import KINDS, LANGUAGES, NoticeRun, Notices, Template, send_notices
from ..deps import ActorDep, StateDep
from ..scheduler import notice_options
from ..schemas import ErrorBody, Strict

router = APIRouter(prefix="/notices", tags=["notices"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 404, 409, 422)}
Kind = Annotated[Literal[KINDS], Path(description="the kind of notice")]  # type: ignore[valid-type]
Language = Annotated[Literal[LANGUAGES], Path(description="the language of the text")]  # type: ignore[valid-type]


class NoticeOut(BaseModel):
    id: int
    sent_at: datetime
    kind: str
    channel: Literal["email", "letter"]
    recipient: str | None
    subject: str
    body: str
    card_number: str | None = Field(description="empty once the member's history is anonymised")
    loans: list[str] = Field(description="uuids of the loans the notice was about")


class TemplateOut(BaseModel):
    kind: str
    language: str
    subject: str
    body: str
    edited: bool = Field(description="the library's own text (false: the text shipped with the program)")


class TemplateIn(Strict):
    subject: str = Field(min_length=1, max_length=250)
    body: str = Field(min_length=1, max_length=20_000)


class RunIn(Strict):
    dry_run: bool = Field(False, description="say what would be sent; send and record nothing")
    day: date | None = Field(None, description="the day to act as today (default: today)")


class PlannedOut(BaseModel):
    kind: str
    channel: str
    to: str
    subject: str


class RunOut(BaseModel):
    day: date
    dry_run: bool
    planned: int
    emailed: int
    printed: int
    by_kind: dict[str, int]
    refused: list[str]
    error: str | None
    previews: list[PlannedOut]


def _template(t: Template) -> TemplateOut:
    return TemplateOut(kind=t.kind, language=t.language, subject=t.subject, body=t.body, edited=t.edited)


@router.get("", response_model=list[NoticeOut], responses=ERRORS)
def list_notices(actor: ActorDep, st: StateDep,
                 member: Annotated[str | None, Query(max_length=64, description="a card number")] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[NoticeOut]:
    """The notices sent, newest first; a member sees only their own."""
    if actor.role == Role.MEMBER:
        member = None  # the service limits a member to their own notices
    found = Notices(st.services.library).log(actor, card_number=member, limit=limit)
    return [NoticeOut(id=n.id, sent_at=n.sent_at, kind=n.kind, channel=n.channel,  # type: ignore[arg-type]
                      recipient=n.recipient, subject=n.subject, body=n.body, card_number=n.card_number,
                      loans=list(n.loans)) for n in found]


@router.get("/templates/{kind}/{language}", response_model=TemplateOut, responses=ERRORS)
def get_template(kind: Kind, language: Language, actor: ActorDep, st: StateDep) -> TemplateOut:
    require(actor, Role.DESK, "read notice templates")
    return _template(Notices(st.services.library).template(kind, language))


@router.put("/templates/{kind}/{language}", response_model=TemplateOut, responses=ERRORS)
def put_template(kind: Kind, language: Language, body: TemplateIn, actor: ActorDep, st: StateDep) -> TemplateOut:
    """The library's own text of a kind of notice (librarians and admins)."""
    return _template(Notices(st.services.library).save_template(actor, kind, language, subject=body.subject,
                                                                body=body.body))


@router.delete("/templates/{kind}/{language}", response_model=TemplateOut, responses=ERRORS)
def reset_template(kind: Kind, language: Language, actor: ActorDep, st: StateDep) -> TemplateOut:
    """Back to the text shipped with the program."""
    return _template(Notices(st.services.library).reset_template(actor, kind, language))


@router.post("/run", response_model=RunOut, responses=ERRORS)
def run_notices(body: RunIn, actor: ActorDep, st: StateDep) -> RunOut:
    """Send the notices due (librarians), through the server's mail server; letters for members
    without email go to a PDF in the server's data folder."""
    require(actor, Role.LIBRARIAN, "send notices")
    run: NoticeRun = send_notices(st.services.library, actor, today=body.day, dry_run=body.dry_run,
                                  **notice_options(st.settings))
    return RunOut(day=run.day, dry_run=run.dry_run, planned=run.planned, emailed=run.emailed, printed=run.printed,
                  by_kind=run.by_kind, refused=run.refused, error=run.error,
                  previews=[PlannedOut(kind=w.planned.kind, channel=w.planned.channel,
                                       to=w.planned.email or w.planned.member_name, subject=w.subject)
                            for w in run.previews])
