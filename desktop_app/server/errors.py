"""One error body for every failure, from custom exception handlers:

    {"error": {"code": "...", "message": "...", "field": "...", "reasons": [...],
               "request_id": "..."}}

``field`` appears for invalid input, ``reasons`` for refusals by the library's rules.
Domain errors map to: Refused and Conflict -> 409, InvalidInput -> 422 (but BadCursor, a
list's damaged or foreign cursor, -> 400), NotFound -> 404, PermissionDenied -> 403,
AuthenticationFailed -> 401 (with ``WWW-Authenticate: Bearer``).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..domain.errors import (
    AuthenticationFailed,
    BadCursor,
    Conflict,
    InvalidInput,
    LibraryError,
    NotFound,
    PermissionDenied,
    Refused,
)
from .logging import REQUEST_ID

LOG = logging.getLogger("library_desk.server.errors")


class ApiError(Exception):
    """An error the API itself raises (bad cursor, rate limit...)."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.headers = status, code, message, field, headers


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    body.update({k: v for k, v in extra.items() if v is not None})
    body["request_id"] = REQUEST_ID.get()
    return {"error": body}


def respond(status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
            **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


def _library_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LibraryError)
    if isinstance(exc, Refused):
        reasons = [{"code": r.code, "text": r.text, "overridable": r.overridable} for r in exc.reasons]
        return respond(409, "refused", exc.message, reasons=reasons, action=exc.action)
    if isinstance(exc, BadCursor):
        return respond(400, exc.code, exc.message, field=exc.field)
    if isinstance(exc, InvalidInput):
        return respond(422, exc.code, exc.message, field=exc.field)
    if isinstance(exc, AuthenticationFailed):
        return respond(401, exc.code, exc.message, headers={"WWW-Authenticate": "Bearer"})
    status = 400
    for kind, code in ((NotFound, 404), (PermissionDenied, 403), (Conflict, 409)):
        if isinstance(exc, kind):
            status = code
    return respond(status, exc.code, exc.message)


def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return respond(exc.status, exc.code, exc.message, field=exc.field, headers=exc.headers)


def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        return respond(400, "bad_request", "The request body is not valid JSON")
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
    field = ".".join(loc) or None
    message = f"{field}: {first.get('msg', 'invalid value')}" if field else str(first.get("msg", "invalid request"))
    details = [{"field": ".".join(str(p) for p in e.get("loc", ())[1:]) or None, "message": e.get("msg")}
               for e in errors[:20]]
    return respond(422, "invalid_input", message, field=field, details=details)


def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed", 401: "authentication_failed", 403: "permission_denied",
             413: "too_large"}
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = "There is nothing at this address"
    return respond(exc.status_code, codes.get(exc.status_code, "http_error"), message,
                   headers=getattr(exc, "headers", None))


def _integrity(_request: Request, exc: Exception) -> JSONResponse:
    LOG.warning("integrity error turned into 409", extra={"error": str(exc)[:300]})
    return respond(409, "conflict", "The change conflicts with data saved meanwhile; reload and try again")


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    LOG.error("unhandled error", exc_info=exc)
    return respond(500, "internal_error", "The server failed; the error is logged with this request id")


def install(app: FastAPI) -> None:
    app.add_exception_handler(LibraryError, _library_error)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(IntegrityError, _integrity)
    app.add_exception_handler(Exception, _unexpected)
