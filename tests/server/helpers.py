"""Small helpers of the server tests: walk every page of a list, check an error body."""

from __future__ import annotations

from typing import Any


def walk(api: Any, path: str, who: str, *, limit: int = 7, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """All items of a paginated list (following ``next_cursor``) and the first page's total."""
    items: list[dict[str, Any]] = []
    cursor = None
    total = None
    for _ in range(1000):
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        r = api.client.get(path, params=query, headers=api.token(who))
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["items"]) <= limit
        if total is None:
            total = body["total"]
        else:
            assert body["total"] is None
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert total is not None
    return items, total


def error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """Assert the one error body shape and return its ``error`` object."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert isinstance(err["message"], str) and err["message"]
    assert err["request_id"] == response.headers["X-Request-ID"]
    if code is not None:
        assert err["code"] == code, err
    return err
