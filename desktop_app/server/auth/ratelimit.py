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
from ...services import Library
from ..errors import ApiError


class RateLimiter:
    def __init__(self, library: Library, *, window_s: int) -> None:
        self.lib = library
        self.window = timedelta(seconds=window_s)

    def hit(self, limits: list[tuple[str, int]]) -> None:
        """Count one attempt against each ``(key, limit)``; raise 429 if any is exhausted
        (nothing is counted then, so waiting ``Retry-After`` is enough)."""
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
                    raise ApiError(429, "rate_limited", f"Too many login attempts; try again in {wait} seconds",
                                   headers={"Retry-After": str(wait)})
                rows.append(row)
            for row in rows:
                row.hits += 1
            if random.random() < 0.01:  # forget old windows now and then
                s.execute(delete(RateBucket).where(RateBucket.window_start < now - self.window - timedelta(hours=1)))
