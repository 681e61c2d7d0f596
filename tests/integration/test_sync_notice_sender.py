"""A library that syncs has one sender of notices: a desk that registers with the server leaves
them to it, so three desks do not mail every member three times."""

from __future__ import annotations

from sync_fixtures import (  # noqa: F401  (fixtures)
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.services.schedule import due_jobs


def _sender(desk) -> str:  # type: ignore[no-untyped-def]
    return str(desk.services.setup.settings()["notice_sender"])


def test_registered_desks_leave_the_notices_to_the_server(server, new_desk) -> None:  # type: ignore[no-untyped-def]
    alone = new_desk("alone", setup=False)
    assert _sender(alone) == "desk"
    alone.services.setup.update_settings(alone.admin, notices_enabled=True)
    first, second = new_desk("front"), new_desk("back")
    for desk in (first, second):
        desk.services.setup.update_settings(desk.admin, notices_enabled=True)
        assert _sender(desk) == "server"
        assert "notices" not in due_jobs(desk.services.library)
    assert "notices" in due_jobs(alone.services.library)
    first.services.setup.update_settings(first.admin, notice_sender="desk")  # an admin makes it the one sender
    assert "notices" in due_jobs(first.services.library)
