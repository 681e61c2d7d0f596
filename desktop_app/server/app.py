"""The library server application: ``create_app(settings)`` wires the database, the same
services as the desk, auth, the resources and the sync endpoints, with one error shape,
request ids, JSON logs and (only when origins are configured) CORS.

Routers get the shared state from ``request.app.state.server`` (``deps.ServerState``).
The sync router (``sync/routes.py``) is included without a prefix of its own at ``/sync``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import text

from .. import __version__
from ..db import migrate
from ..db.engine import check_readable, make_engine, sqlite_engine
from ..services import Library, Services
from . import errors
from .api.audit import router as audit_router
from .api.authors import router as authors_router
from .api.books import router as books_router
from .api.copies import router as copies_router
from .api.fees import router as fees_router
from .api.holds import router as holds_router
from .api.loans import router as loans_router
from .api.members import router as members_router
from .api.notices import router as notices_router
from .api.reports import router as reports_router
from .api.settings import router as settings_router
from .auth.ratelimit import RateLimiter
from .auth.routes import router as auth_router
from .auth.store import AuthStore
from .body_limit import BodyLimitMiddleware
from .deps import ServerState, StateDep
from .errors import ApiError
from .logging import RequestIdMiddleware
from .scheduler import ServerScheduler
from .schemas import ErrorBody, Health
from .settings import ServerSettings
from .sync.feed import backfill
from .sync.feed import install as install_feed
from .sync.routes import router as sync_router

LOG = logging.getLogger("library_desk.server")


def open_database(url: str, *, migrate_schema: bool = True) -> Library:
    """The library behind ``url``, migrated to this program's schema first.

    SQLite: the file is checked and copied to ``backups/`` beside it before a migration.
    Raises ``DatabaseTooNew`` (newer schema) or ``DatabaseUnreadable`` without touching it.
    """
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        check_readable(path)
        engine = sqlite_engine(path)
        if migrate_schema:
            migrate.upgrade(engine, db_file=path, backups=path.parent / "backups")
    else:
        engine = make_engine(url, pool_size=10, max_overflow=30, pool_timeout=30)
        if migrate_schema:
            migrate.upgrade(engine)
    return Library(engine, outbox=False)  # the server is where desks' operations go: no outbox


def create_app(settings: ServerSettings, *, services: Services | None = None) -> FastAPI:
    """The ASGI application. Refuses (``ConfigError``) unsafe settings; migrates the
    database unless ``services`` are given (tests pass their own)."""
    settings.check()
    svc = services or Services(open_database(settings.database_url))
    install_feed(svc.library.engine)  # the change feed stamps every change made through this engine

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Scheduled work (server/scheduler.py) runs where the app opened its own database: the
        # served program, not a test that passes its services. Every worker runs it; a job runs
        # in one worker at a time.
        scheduler = ServerScheduler(svc.library, settings) if services is None else None
        if scheduler is not None:
            scheduler.start()
        _app.state.scheduler = scheduler
        yield
        if scheduler is not None:
            scheduler.stop()
        if services is None:
            svc.close()

    app = FastAPI(
        title="Library Desk server", version=__version__, lifespan=lifespan, docs_url="/docs",
        description="The library's catalog, members and circulation, under the same rules as the desks. "
                    "Log in at /auth/login and send `Authorization: Bearer <access_token>`.",
    )
    app.state.server = ServerState(
        settings=settings, services=svc, store=AuthStore(svc.library, settings),
        limiter=RateLimiter(svc.library, window_s=settings.login_window_s),
    )
    errors.install(app)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_credentials=False,
                           allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
                           expose_headers=["X-Request-ID", "Retry-After", "Location"])
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(RequestIdMiddleware)
    for router in (auth_router, books_router, authors_router, copies_router, members_router, loans_router,
                   holds_router, fees_router, reports_router, settings_router, audit_router, notices_router):
        app.include_router(router)
    app.include_router(sync_router, prefix="/sync")
    backfill(svc.library.engine)  # rows written before the feed existed reach the desks too

    @app.get("/health", response_model=Health, tags=["health"], responses={503: {"model": ErrorBody}})
    def health(st: StateDep) -> Health:
        """Whether the server can reach its database (no login needed)."""
        try:
            with st.services.library.read() as s:
                s.execute(text("SELECT 1"))
            revision = migrate.current_revision(st.services.library.engine)
        except Exception as exc:  # any failure to reach the database means "unavailable"; the log has it
            LOG.error("health check failed", exc_info=exc)
            raise ApiError(503, "unavailable", "The database cannot be reached") from None
        return Health(status="ok", database=st.services.library.engine.dialect.name, schema_revision=revision)

    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (one per worker process): settings from the
    environment; the database is already migrated by ``run.serve``."""
    from .logging import configure
    from .settings import from_env

    configure()
    return create_app(from_env())
