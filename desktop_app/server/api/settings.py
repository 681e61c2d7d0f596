"""``/settings``: the library's shared settings (``domain.settings``), read by any staff
account and changed by admins. The bodies are derived from the settings table, so a new
setting appears here with its type, limits and help without another line. Each desk's own
settings (its name and code) are not the server's and are not served."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field, create_model

from ...domain.settings import LIBRARY_SETTINGS, LibrarySetting
from ...domain.values import Role
from ...services import require
from ..deps import ActorDep, StateDep
from ..schemas import ErrorBody, Strict

router = APIRouter(prefix="/settings", tags=["settings"])
ERRORS: dict[int | str, dict[str, Any]] = {c: {"model": ErrorBody} for c in (400, 401, 403, 422)}
SHARED = [LIBRARY_SETTINGS[key] for key in LIBRARY_SETTINGS if LIBRARY_SETTINGS[key].shared]


def _annotation(spec: LibrarySetting) -> Any:
    if spec.kind == "choice":
        return Literal[spec.choices]
    return {"text": str, "long_text": str, "whole": int, "flag": bool, "weekdays": list[int]}[spec.kind]


def _limits(spec: LibrarySetting) -> dict[str, Any]:
    if spec.kind == "whole":
        return {"ge": spec.low, **({"le": spec.high} if spec.high else {})}
    if spec.kind in ("text", "long_text") and spec.high:
        return {"max_length": spec.high}
    return {}


def _field(spec: LibrarySetting, *, required: bool) -> tuple[Any, Any]:
    about = {"title": spec.label, "description": spec.help or None, **_limits(spec)}
    if required:
        return _annotation(spec), Field(..., **about)
    return _annotation(spec) | None, Field(None, **about)


_OUT: dict[str, Any] = {s.key: _field(s, required=True) for s in SHARED}
_IN: dict[str, Any] = {s.key: _field(s, required=False) for s in SHARED}
SettingsOut: Any = create_model("SettingsOut", __doc__="The library's shared settings.", **_OUT)
SettingsIn: Any = create_model("SettingsIn", __base__=Strict,
                               __doc__="The settings to change; those left out keep their values.", **_IN)


def _out(values: dict[str, Any]) -> BaseModel:
    return SettingsOut(**{s.key: values.get(s.key, LIBRARY_SETTINGS.default(s.key)) for s in SHARED})


@router.get("", response_model=SettingsOut, responses=ERRORS)
def get_settings(actor: ActorDep, st: StateDep) -> BaseModel:
    """The library's settings (any staff account)."""
    require(actor, Role.DESK, "read the library's settings")
    return _out(st.services.setup.settings())


@router.patch("", response_model=SettingsOut, responses=ERRORS)
def change_settings(body: Annotated[SettingsIn, Body()], actor: ActorDep, st: StateDep) -> BaseModel:
    """Change some settings (admins); every value is checked before any is stored."""
    values = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    return _out(st.services.setup.update_settings(actor, **values))
