"""Make a small library database at an older schema revision, as that release of Library Desk
would have left it: books, copies, members, loans (open, returned, overdue), holds, fees, the
journal and audit rows, settings and the first admin.

    python scripts/make_old_database.py 0001            # -> tests/data/old_databases/0001.sqlite3
    python scripts/make_old_database.py 0002 --out x.sqlite3

The schema comes from Alembic (migrated from empty to exactly REVISION); the rows are written with
raw SQL, so they do not depend on today's models. Each row names its columns; a column that does
not exist at REVISION is left out, and a NOT NULL column without a default that the script does
not know stops it with a message naming table and column: teach ``ROWS`` (or ``EXTRA``) the value
that release used, then regenerate. The upgrade test (tests/integration/test_upgrades.py) opens
every file kept there with today's program and checks the data survived.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT_DIR = ROOT / "tests" / "data" / "old_databases"
ADMIN_PASSWORD = "old library admin"
TODAY = date(2026, 3, 2)  # a Monday: loans are dated around it
NOON = datetime(2026, 3, 2, 12, 0, 0)


def uid(name: str) -> str:
    """Stable uuids, so regenerating gives the same identities."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"library-desk-old/{name}"))


def ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def rows(admin_hash: str) -> list[tuple[str, dict[str, Any]]]:
    """(table, row) in insertion order; timestamps naive UTC as SQLAlchemy stores them."""
    out: list[tuple[str, dict[str, Any]]] = []
    now = ts(NOON)

    def add(table: str, **values: Any) -> None:
        out.append((table, values))

    for key, value in {"library_name": "Old Village Library", "library_address": "1 Church Lane",
                       "closed_weekdays": [6], "pickup_days": 7, "fines_enabled": True,
                       "default_category": "adult", "desk_code": "00", "desk_name": "Front desk"}.items():
        add("settings", key=key, value=json.dumps(value), updated_at=now)
    add("sync_state", id=1, client_id=None, database_id=uid("database"), server_url=None, desk_name=None,
        last_acked_seq=0, pull_cursor=None, clock_offset_s=0.0, last_sync_at=None, details="{}")
    add("staff_users", id=1, uuid=uid("staff/admin"), version=1, updated_at=now, username="admin",
        display_name="Olga Oldadmin", password_hash=admin_hash, role="admin", active=1, failed_logins=0,
        lockouts=0, locked_until=None, last_login=None, created_at=now)
    categories = [("adult", "Adult", 21, 10, 1, 10, 500), ("child", "Child", 14, 5, 0, 0, 0)]
    for i, (code, name, days, max_loans, fines, per_day, cap) in enumerate(categories, 1):
        add("member_categories", id=i, uuid=uid(f"category/{code}"), version=1, updated_at=now, code=code,
            name=name, loan_days=days, max_loans=max_loans, max_renewals=2, max_holds=5, fines_enabled=fines,
            fine_per_day_cents=per_day, fine_cap_cents=cap, grace_days=0, max_overdue_days=30,
            max_owed_cents=1000, membership_months=12, item_type_loan_days="{}")
    books = [("Dune", "Herbert, Frank", "9780441172719", 1965), ("Emma", "Austen, Jane", "9780141439587", 1815),
             ("Middlemarch", "Eliot, George", "9780141439549", 1871),
             ("The Hobbit", "Tolkien, J. R. R.", "9780547928227", 1937),
             ("Ficciones", "Borges, Jorge Luis", "9780802130303", 1944),
             ("Cien años de soledad", "García Márquez, Gabriel", "9780307474728", 1967)]
    for i, (title, author, isbn, year) in enumerate(books, 1):
        add("authors", id=i, uuid=uid(f"author/{author}"), version=1, updated_at=now, name=author,
            name_sort=author.lower())
        add("books", id=i, uuid=uid(f"book/{title}"), version=1, updated_at=now, title=title, subtitle=None,
            isbn13=isbn, isbn10=None, publisher="Old Press", year=year, edition=None, language="eng",
            series=None, subjects="Fiction", description=None, item_type="book", call_number=f"F {author[:3].upper()}",
            author_names=author, isbn_search=isbn, title_sort=title.lower(), author_sort=author.lower(),
            created_at=now)
        add("book_authors", book_id=i, position=0, author_id=i, role="author")
    copies = []
    for i in range(1, 10):
        book = (i - 1) % len(books) + 1
        barcode = f"3000000{i:04d}"
        status = {1: "on_loan", 2: "on_loan", 3: "on_loan", 4: "on_hold_shelf", 8: "lost"}.get(i, "available")
        copies.append(barcode)
        add("copies", id=i, uuid=uid(f"copy/{barcode}"), version=1, updated_at=now, barcode=barcode, book_id=book,
            call_number=None, location="Main", status=status, acquired="2020-01-15", price_cents=1500 + i,
            notes=None, created_at=now)
    members = [("Ana", "Ruiz", "adult"), ("Björn", "Ek", "adult"), ("Chloé", "Dubois", "child"),
               ("Dmitri", "Volkov", "adult")]
    for i, (first, last, cat) in enumerate(members, 1):
        card = f"2000000{i:04d}"
        add("members", id=i, uuid=uid(f"member/{card}"), version=1, updated_at=now, card_number=card,
            first_name=first, last_name=last, email=f"{first.lower()}@example.org", phone=None, address=None,
            category_id=1 if cat == "adult" else 2, joined="2025-01-10", expires="2027-01-10", blocked=0,
            block_reason=None, notes=None, pin_hash=None, failed_logins=0, lockouts=0, locked_until=None,
            name_sort=f"{last.lower()} {first.lower()}", created_at=now)
    loans = [  # (id, copy, member, out days ago, due offset, returned days ago)
        (1, 1, 1, 10, 11, None), (2, 2, 2, 30, -9, None), (3, 3, 3, 3, 11, None),
        (4, 5, 1, 60, -39, 45), (5, 6, 4, 40, -19, 10)]
    seq = 0
    for lid, copy, member, ago, due, returned in loans:
        out_at = NOON - timedelta(days=ago)
        add("loans", id=lid, uuid=uid(f"loan/{lid}"), version=1 if returned is None else 2, updated_at=now,
            copy_id=copy, member_id=member, checked_out_at=ts(out_at), due_date=str(TODAY + timedelta(days=due)),
            returned_at=None if returned is None else ts(NOON - timedelta(days=returned)), renewals=0,
            lent_by_id=1, returned_by_id=None if returned is None else 1, desk="desk-1", override_reason=None)
        seq += 1
        add("journal", id=seq, op_id=uid(f"op/{seq}"), seq=seq, kind="checkout",
            args=json.dumps({"loan_uuid": uid(f"loan/{lid}"), "barcode": copies[copy - 1]}),
            entity_uuid=uid(f"loan/{lid}"), base_version=None, occurred_at=ts(out_at), status="acked", result=None)
        add("audit_events", at=ts(out_at), staff_id=1, actor="admin", action="checkout", entity="loan",
            entity_uuid=uid(f"loan/{lid}"), details=json.dumps({"barcode": copies[copy - 1]}))
    add("holds", id=1, uuid=uid("hold/1"), version=2, updated_at=now, book_id=4, member_id=2,
        placed_at=ts(NOON - timedelta(days=5)), status="ready", copy_id=4, ready_at=ts(NOON - timedelta(days=1)),
        pickup_by=str(TODAY + timedelta(days=6)), closed_at=None)
    add("holds", id=2, uuid=uid("hold/2"), version=1, updated_at=now, book_id=1, member_id=4,
        placed_at=ts(NOON - timedelta(days=2)), status="waiting", copy_id=None, ready_at=None, pickup_by=None,
        closed_at=None)
    add("fees", id=1, uuid=uid("fee/1"), version=1, updated_at=now, member_id=1, loan_id=4, kind="overdue",
        amount_cents=150, created_at=ts(NOON - timedelta(days=45)), paid_at=None, waived_at=None, note=None)
    add("fees", id=2, uuid=uid("fee/2"), version=2, updated_at=now, member_id=4, loan_id=5, kind="overdue",
        amount_cents=90, created_at=ts(NOON - timedelta(days=10)), paid_at=ts(NOON - timedelta(days=9)),
        waived_at=None, note="paid cash")
    add("counters", name="3", value=9)
    add("counters", name="2", value=4)
    return out


def _columns(con: sqlite3.Connection, table: str) -> dict[str, tuple[bool, bool]]:
    """column -> (required, has default) at this revision."""
    info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
    return {r[1]: (bool(r[3]) and not r[5], r[4] is not None) for r in info}


def insert_rows(con: sqlite3.Connection, data: list[tuple[str, dict[str, Any]]]) -> None:
    for table, row in data:
        cols = _columns(con, table)
        if not cols:
            continue  # the table does not exist yet at this revision
        missing = [c for c, (required, has_default) in cols.items() if required and not has_default and c not in row
                   and c != "id"]
        if missing:
            raise SystemExit(f"table {table}: no value for required column(s) {', '.join(missing)} at this "
                             "revision; add them to make_old_database.rows()")
        used = {k: v for k, v in row.items() if k in cols}
        names = ", ".join(f'"{k}"' for k in used)
        con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(used))})', list(used.values()))


def make(revision: str, out: Path) -> Path:
    from alembic import command
    from desktop_app.db.engine import sqlite_engine
    from desktop_app.db.migrate import alembic_config
    from desktop_app.services.people.accounts import hash_secret

    if out.exists():
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlite_engine(out)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    con = sqlite3.connect(out)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        insert_rows(con, rows(hash_secret(ADMIN_PASSWORD)))
        con.commit()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"foreign keys broken in the generated data: {problems[:3]}")
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("VACUUM")
    finally:
        con.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", help="schema revision to create, e.g. 0001")
    parser.add_argument("--out", type=Path, help=f"output file (default {OUT_DIR}/<revision>.sqlite3)")
    args = parser.parse_args(argv)
    out = make(args.revision, args.out or OUT_DIR / f"{args.revision}.sqlite3")
    print(f"{out} ({out.stat().st_size // 1024} KiB) at schema {args.revision}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
