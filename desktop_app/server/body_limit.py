"""Request bodies are limited in size before anything parses them: a declared
``Content-Length`` over the limit is answered 413 at once, and a body sent without one (or
lying about it) is cut off with 413 as soon as it passes the limit. A push of 500 journal
operations fits (``SYNC_LIMIT``), and so does a batch of a library joining the server; every
other route takes at most ``DEFAULT_LIMIT``."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException

from .logging import REQUEST_ID

DEFAULT_LIMIT = 1 * 1024 * 1024
SYNC_LIMIT = 24 * 1024 * 1024
LARGE_PATHS = ("/sync/push", "/sync/join/rows")


class BodyTooLarge(HTTPException):
    """Raised while the body is read: FastAPI passes HTTP exceptions through to the error
    handlers (any other error reading a body would become a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit:,} bytes")
        self.limit = limit


def limit_for(path: str) -> int:
    return SYNC_LIMIT if path in LARGE_PATHS else DEFAULT_LIMIT


async def _refuse(send: Any, limit: int) -> None:
    body = json.dumps({"error": {"code": "too_large", "message": f"The request body is larger than {limit:,} bytes",
                                 "request_id": REQUEST_ID.get()}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope.get("path", ""))
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = limit + 1
                if declared > limit:
                    await _refuse(send, limit)
                    return
        seen = 0
        started = False

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await _refuse(send, limit)
