"""A checkout while another program holds the write lock longer than the busy timeout gets a
clear "busy" refusal, and nothing of it is saved."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.db import engine as db_engine
from desktop_app.domain.errors import Busy
from desktop_app.services import Services
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput


def test_a_write_blocked_by_another_writer_says_busy(
    services: Services, admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = services.catalog.add_book(admin, BookInput(title="Busy Day"), copies=[CopyInput(barcode="B-1")])
    member = services.members.register(admin, MemberInput(first_name="Ana", last_name="Ruiz"))
    assert book
    services.library.engine.dispose()
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(services.library.paths.database, isolation_level=None, timeout=0.2)
    other.execute("BEGIN IMMEDIATE")  # an import in another process, holding the lock
    try:
        with pytest.raises(Busy, match="busy with another job"):
            services.circulation.checkout(admin, member.card_number, "B-1")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.reports.counts().on_loan == 0
    assert services.circulation.checkout(admin, member.card_number, "B-1").barcode == "B-1"
