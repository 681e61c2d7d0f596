"""Request and response bodies shared by every resource: errors, pages, login and tokens; the
builders of the bodies of books, copies and members from their field tables
(``domain.fields``), so a field's limits are declared once; and ``model_of``, which derives a
response from the services dataclass a route serves, so a view's fields are declared once."""

from __future__ import annotations

import dataclasses
from typing import Any, Generic, Literal, TypeVar, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..domain.fields import Field as FieldSpec
from ..domain.fields import Table as FieldTable

T = TypeVar("T")


class Strict(BaseModel):
    """Request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ErrorReason(BaseModel):
    code: str
    text: str
    overridable: bool


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None
    reasons: list[ErrorReason] | None = None
    action: str | None = None
    details: list[dict[str, object]] | None = None
    request_id: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """One page of a list. Pass ``next_cursor`` back as ``cursor`` for the next page; it is
    null on the last page. ``total`` is given on the first page (null afterwards)."""

    items: list[T]
    next_cursor: str | None
    total: int | None
    limit: int

    @classmethod
    def of(cls, listed: Any, limit: int) -> Page[T]:
        """The page of a services ``Listed`` (items, next cursor, total) asked for with ``limit``."""
        return cls(items=listed.items, next_cursor=listed.next_cursor, total=listed.total, limit=limit)


class LoginIn(Strict):
    """Staff log in with username and password; members with card number and PIN."""

    username: str | None = Field(None, max_length=64)
    password: str | None = Field(None, max_length=200)
    card_number: str | None = Field(None, max_length=64)
    pin: str | None = Field(None, max_length=12)
    device: str | None = Field(None, max_length=200, description="The desk or device name (refresh grace)")


class DeviceLoginIn(Strict):
    """A registered desk exchanges its credential for an access token that opens its sync."""

    client_id: str = Field(..., min_length=1, max_length=36)
    secret: str = Field(..., min_length=10, max_length=200)


class DeviceTokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    role: str
    client_id: str
    desk_code: str | None
    desk_name: str


class RefreshIn(Strict):
    refresh_token: str = Field(..., min_length=10, max_length=200)
    device: str | None = Field(None, max_length=200)


class LogoutIn(Strict):
    refresh_token: str | None = Field(None, min_length=10, max_length=200)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str
    role: str
    subject: str
    display_name: str


class Health(BaseModel):
    status: Literal["ok"]
    database: str
    schema_revision: str | None


# Database ids: positive and within the range every database can hold.
MAX_ID = 2**53


def _annotation(f: FieldSpec, *, nullable: bool, stored: bool = False) -> Any:
    """The type of ``f`` in a body (``stored``: as a response gives it, a list joined by \"; \")."""
    kind: Any = f.kind
    if f.choices is not None:
        kind = Literal[tuple(c.value for c in f.choices)]
    if f.many and not stored:
        return list[kind]
    return kind | None if nullable else kind


def _constraints(f: FieldSpec) -> dict[str, Any]:
    if f.many:
        return {"max_length": 100}
    if f.kind is str and f.limit is not None and f.choices is None:
        return {"max_length": f.limit}
    if f.kind is int:
        return {k: v for k, v in (("ge", f.low), ("le", f.limit)) if v is not None}
    return {}


def body_model(name: str, table: FieldTable, *, doc: str, exclude: tuple[str, ...] = (),
               extra: dict[str, Any] | None = None, base: type[BaseModel] = Strict) -> type[BaseModel]:
    """A request body with the fields a person gives (``typed``) of ``table``, their limits
    and help texts as the table declares them, plus ``extra`` (name: (annotation, Field))."""
    fields: dict[str, Any] = {}
    for f in table:
        if not f.typed or f.name in exclude:
            continue
        about: dict[str, Any] = {"title": f.label, "description": f.help or None, **_constraints(f)}
        if f.many:
            fields[f.name] = (_annotation(f, nullable=False), Field(default_factory=list, **about))
        elif f.required:
            fields[f.name] = (_annotation(f, nullable=False), Field(..., **about))
        else:
            default = next(iter(f.choices)).value if f.choices is not None else None
            fields[f.name] = (_annotation(f, nullable=f.choices is None), Field(default, **about))
    fields.update(extra or {})
    return create_model(name, __base__=base, __doc__=doc, **fields)


def view_model(name: str, table: FieldTable, *, doc: str, exclude: tuple[str, ...] = (),
               extra: dict[str, Any] | None = None) -> type[BaseModel]:
    """A response with the shown fields of ``table`` (``null`` where the table allows it),
    after ``extra`` fields that come first (ids, versions) or last (lists)."""
    first = {k: v for k, v in (extra or {}).items() if k in ("id", "uuid", "version")}
    fields: dict[str, Any] = dict(first)
    for f in table:
        if f.shown and f.name not in exclude:
            fields[f.name] = (_annotation(f, nullable=f.null, stored=True), Field(..., title=f.label))
    fields.update({k: v for k, v in (extra or {}).items() if k not in first})
    return create_model(name, __doc__=doc, **fields)


class View(BaseModel):
    """The base of the responses derived from services dataclasses (``model_of``): read from
    the dataclass's attributes, so a route may return the dataclass itself."""

    model_config = ConfigDict(from_attributes=True)


def model_of(source: type, *, name: str, doc: str | None = None, exclude: tuple[str, ...] = (),
             properties: tuple[str, ...] = ()) -> type[BaseModel]:
    """A response with the fields of the dataclass ``source``, in its order and with its types
    and defaults (``description``/``title`` from a field's metadata), without ``exclude``
    (what the service keeps for itself), then its ``properties`` (typed by their return
    annotation). ``doc`` is the response's description (none when not given)."""
    hints = get_type_hints(source)
    unknown = set(exclude) - {f.name for f in dataclasses.fields(source)}
    if unknown:
        raise TypeError(f"{source.__name__} has no fields {sorted(unknown)}")
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(source):
        if f.name in exclude:
            continue
        about = {k: f.metadata[k] for k in ("title", "description") if k in f.metadata}
        if f.default is not dataclasses.MISSING:
            fields[f.name] = (hints[f.name], Field(f.default, **about))
        elif f.default_factory is not dataclasses.MISSING:
            fields[f.name] = (hints[f.name], Field(default_factory=f.default_factory, **about))
        else:
            fields[f.name] = (hints[f.name], Field(..., **about))
    for prop in properties:
        getter = getattr(source, prop, None)
        if not isinstance(getter, property) or getter.fget is None:
            raise TypeError(f"{source.__name__}.{prop} is not a property")
        fields[prop] = (get_type_hints(getter.fget)["return"], ...)
    return create_model(name, __base__=View, __doc__=doc, **fields)
