"""The library every server test starts from: staff of each role, members with PINs, a
catalog with varied authors, years and languages, loans (one overdue), a hold and a fee."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.db.base import utcnow
from desktop_app.services import Services
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput

ADMIN = ("admin", "correct horse")
LIBRARIAN = ("libby", "librarian pw")
DESK = ("desky", "desk password")
ANA = ("20000000001", "1234")  # card, PIN
BEN = ("20000000002", "5678")
LANGS = ("eng", "spa", "fre")
AUTHORS = ("Ursula Le Guin", "Frank Herbert", "Isaac Asimov", "Octavia Butler", "Stanisław Lem")


def seed(svc: Services) -> dict[str, object]:
    """Fill an empty, migrated library. Returns a few ids the tests refer to."""
    admin = svc.setup.initialise(library_name="Server Test Library", admin_username=ADMIN[0], admin_name="Ada Admin",
                                 admin_password=ADMIN[1])
    svc.accounts.create_staff(admin, username=LIBRARIAN[0], display_name="Libby Librarian", password=LIBRARIAN[1],
                              role="librarian")
    svc.accounts.create_staff(admin, username=DESK[0], display_name="Desmond Desk", password=DESK[1], role="desk")
    for (card, pin), (first, last) in ((ANA, ("Ana", "Ruiz")), (BEN, ("Ben", "Okafor"))):
        svc.members.register(admin, MemberInput(first_name=first, last_name=last, card_number=card,
                                                email=f"{first.lower()}@example.org"))
        svc.members.set_pin(admin, card, pin)
    for i in range(3, 9):
        svc.members.register(admin, MemberInput(first_name=f"Member{i}", last_name=f"Zed{i}",
                                                card_number=f"2000000000{i}"))
    book_ids = []
    for i in range(30):
        author = AUTHORS[i % len(AUTHORS)]
        words = ("Dune", "Foundation", "Solaris", "Kindred", "Earthsea")[i % 5]
        book_ids.append(svc.catalog.add_book(admin, BookInput(
            title=f"{words} volume {i}", year=1950 + i, language=LANGS[i % 3], authors=[(author, "author")],
            subjects=["Science fiction"] if i % 2 else ["Fantasy"],
        ), copies=[CopyInput(barcode=f"31{i:04d}{k}", location="Main") for k in range(1 + i % 3)]))
    lib = svc.library
    real = lib._clock
    lib.set_clock(lambda: real() - timedelta(days=40))
    try:
        svc.circulation.checkout(admin, ANA[0], "3100000")  # overdue by ~19 days
    finally:
        lib.set_clock(real)
    svc.circulation.checkout(admin, ANA[0], "3100010")
    svc.circulation.checkout(admin, BEN[0], "3100020")
    svc.holds.place(admin, BEN[0], book_ids[0])
    svc.fees.charge(admin, ANA[0], 250, "Damaged cover")
    return {"book_ids": book_ids, "seeded_at": utcnow().isoformat()}
