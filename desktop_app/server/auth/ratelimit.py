"""Login rate limits: fixed windows counted in the database, so every worker process of the
server shares them. Keys are ``account:<name>`` and ``address:<ip>``; every attempt counts,
successful or not. Over the limit the API answers 429 with ``Retry-After``.

This sits in front of the account throttling of ``services.accounts`` (an account locks
after repeated wrong passwords), which also applies at the desks.
"""

from __future__ import annotations

import math
import random
from datetime import timedelta

from sqlalchemy import delete

from ...db.models import RateBucket
from ...domain.values import Role
from ...services import Actor, Library
from ..errors import ApiError

RATE_LIMIT = Actor(username="rate limit", role=Role.DESK, display_name="Login rate limit")


class RateLimiter:
    def __init__(self, library: Library, *, window_s: int) -> None:
        self.lib = library
        self.window = timedelta(seconds=window_s)

    def hit(self, limits: list[tuple[str, int]]) -> None:
        """Count one attempt against each ``(key, limit)``; raise 429 if any is exhausted
        (nothing is counted then, so waiting ``Retry-After`` is enough).

        The first refusal of a key in its window is recorded in the audit log
        (``login_rate_limited``), in the same transaction, which commits although the request
        is refused; later refusals of that window are not (a flood must not flood the log)."""
        refused: ApiError | None = None
        with self.lib.write() as s:
            now = self.lib.now()
            rows = []
            for key, limit in limits:
                row = s.get(RateBucket, key[:200])
                if row is None:
                    row = RateBucket(key=key[:200], window_start=now, hits=0)
                    s.add(row)
                elif row.window_start + self.window <= now:
                    row.window_start, row.hits = now, 0
                if row.hits >= limit:
                    wait = max(1, math.ceil((row.window_start + self.window - now).total_seconds()))
                    if row.hits == limit:  # the window's first refusal: one past the limit marks it told
                        row.hits = limit + 1
                        self.lib.audit(s, RATE_LIMIT, "login_rate_limited", "login", None, key=key[:200],
                                       limit=limit, retry_after_s=wait)
                    refused = ApiError(429, "rate_limited", f"Too many login attempts; try again in {wait} seconds",
                                       headers={"Retry-After": str(wait)})
                    break
                rows.append(row)
            if refused is None:
                for row in rows:
                    row.hits += 1
            if random.random() < 0.01:  # forget old windows now and then
                s.execute(delete(RateBucket).where(RateBucket.window_start < now - self.window - timedelta(hours=1)))
        if refused is not None:
            raise refused
