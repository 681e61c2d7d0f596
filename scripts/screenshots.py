"""Render every main screen on a demo library to docs/screenshots/*.png (offscreen).

Usage: python scripts/screenshots.py [--out docs/screenshots] [--books 300] [--only desk,login]
                                     [--language de]

``--language`` renders the screens in that language (the .qm files built by
``scripts/i18n.py build``) as ``<name>.<language>.png``; English ones are ``<name>.png``.

Each entry of ``SCREENS`` is (file name, callable). The callable gets the ``Demo`` (services,
admin, worker, context, sample codes) and returns a widget that is shown; the script waits
until the worker is idle, grabs the widget and saves ``<name>.png``. Add a screen by adding
an entry (``main_tab("Catalog")`` renders the main window on that tab).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.config import LAST_USERNAME, LocalSettings, Paths
from desktop_app.services import Actor, Services, open_library
from desktop_app.services.catalog.search import Filters
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.theme import apply_theme
from desktop_app.ui.common.worker import Worker

SIZE = (1280, 720)  # a small laptop screen (1366x768 less the taskbar) shows all of it


@dataclass
class Demo:
    paths: Paths
    services: Services
    admin: Actor
    worker: Worker
    ctx: UiContext
    app: QApplication

    def settle(self, rounds: int = 3) -> None:
        """Let the worker finish and the GUI paint what it delivered."""
        for _ in range(rounds):
            self.worker.wait_idle(30)
            deadline = time.monotonic() + 0.15
            while time.monotonic() < deadline:
                self.app.processEvents()

    def available_copies(self, n: int) -> list[str]:
        """Barcodes of ``n`` available copies of different books."""
        ids = self.services.search.books("", filters=Filters(available_only=True)).ids
        out: list[str] = []
        for book_id in ids:
            copies = [c for c in self.services.catalog.book(book_id).copies if c.status == "available"]
            if copies:
                out.append(copies[0].barcode)
            if len(out) == n:
                break
        return out

    def member_cards(self, n: int) -> list[str]:
        return [m.card_number for m in self.services.search.members("", limit=200)
                if not m.blocked and (m.expires is None or m.expires > self.services.library.today())][:n]


def build_demo(folder: Path, books: int, *, currency: str = "") -> Demo:
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app)  # type: ignore[arg-type]
    paths = Paths(folder)
    services = Services(open_library(paths))
    admin = services.setup.initialise(library_name="Riverside Community Library", admin_username="admin",
                                      admin_name="Ada Admin", admin_password="demo password",
                                      settings={"library_address": "12 River Street, Millbrook",
                                                "currency": currency})
    from desktop_app.services.demo import generate_demo

    generate_demo(services, admin, books=books)
    admin = services.accounts.login("admin", "demo password", desk="Front desk")
    worker = Worker()
    ctx = UiContext(services=services, actor=admin, worker=worker, settings=LocalSettings(paths.settings_file),
                    paths=paths)
    return Demo(paths, services, admin, worker, ctx, app)  # type: ignore[arg-type]


# -- screens ------------------------------------------------------------------------------
def login(demo: Demo) -> QWidget:
    from desktop_app.ui.shell.login import LoginWindow

    demo.ctx.settings.set(LAST_USERNAME, "admin")
    window = LoginWindow(demo.services, demo.worker, demo.ctx.settings, library_name="Riverside Community Library")
    window.resize(520, 340)
    return window


def wizard(demo: Demo) -> QWidget:
    """The first page, filled in."""
    from desktop_app.ui.shell.wizard import FirstStartWizard

    window = FirstStartWizard(demo.services, demo.worker)
    window.library.name.setText("Riverside Community Library")
    window.library.address.setText("12 River Street, Millbrook")
    return window


def wizard_admin(demo: Demo) -> QWidget:
    """The administrator page after a refused Next: the message names the field to fix.
    (A wizard goes back to its first page when shown, so it is shown before moving on.)"""
    window = wizard(demo)
    window.show()
    window.next()  # type: ignore[attr-defined]
    admin = window.admin  # type: ignore[attr-defined]
    admin.display.setText("Ada Admin")
    admin.password.setText("correct horse battery")
    admin.repeat.setText("correct horse batery")
    window.next()  # type: ignore[attr-defined]  # refused: the passwords differ
    return window


def wizard_rules(demo: Demo) -> QWidget:
    """The loan rules page (its defaults)."""
    window = wizard_admin(demo)
    window.admin.repeat.setText("correct horse battery")  # type: ignore[attr-defined]
    window.next()  # type: ignore[attr-defined]
    return window


def _main(demo: Demo, tab: str) -> QWidget:
    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(demo.ctx, desk_name="Front desk", library_name="Riverside Community Library")
    window.resize(*SIZE)
    window.tabs.setCurrentWidget(window.pages[tab])  # by name: the titles are in the desk's language
    return window


def main_tab(tab: str) -> Callable[[Demo], QWidget]:
    """A screen entry that renders the main window on ``tab``."""
    return lambda demo: _main(demo, tab)


def _scan(demo: Demo, desk: QWidget, code: str) -> None:
    desk.scan.setText(code)  # type: ignore[attr-defined]
    desk.submit_scan()  # type: ignore[attr-defined]
    desk._last_code = None  # type: ignore[attr-defined]  # screenshots scan faster than the guard
    demo.settle(1)


def desk_question(demo: Demo) -> QWidget:
    """A book on loan to another member scanned for the member at the desk: one Enter returns it
    and lends it to them (the other member is not named)."""
    lender, borrower = demo.member_cards(8)[6:8]
    first, second = demo.available_copies(16)[13:15]
    demo.services.circulation.checkout(demo.admin, lender, first)
    window = _main(demo, "Desk")
    window.show()
    desk = window.desk  # type: ignore[attr-defined]
    _scan(demo, desk, borrower)
    _scan(demo, desk, second)
    _scan(demo, desk, first)
    return window


def fees(demo: Demo) -> QWidget:
    """The fees dialog: 6.00 handed over for 2.50 owed, the change shown before paying."""
    from desktop_app.ui.desk.dialogs import FeesDialog

    card = demo.member_cards(10)[9]
    demo.services.fees.charge(demo.admin, card, 250, "Torn cover")
    name = demo.services.queries.member_card(demo.admin, demo.services.queries.member_id(card)).name
    dialog = FeesDialog(demo.ctx, card, name)
    demo.settle()
    dialog.received.setText("6")
    return dialog


def receipt(demo: Demo) -> QWidget:
    from desktop_app.ui.desk.slip import SlipDialog, receipt_slip

    card = demo.member_cards(12)[11]
    demo.services.fees.charge(demo.admin, card, 180, "Lost card")
    fee = demo.services.fees.for_member(demo.admin, card, open_only=True)[0]
    payment = demo.services.fees.take_payment(demo.admin, card, [fee.id], 500)
    return SlipDialog(receipt_slip(payment, library_name="Riverside Community Library",
                                   library_address="12 River Street, Millbrook", desk="Front desk", staff="Ada Admin"))


def desk_lending(demo: Demo) -> QWidget:
    window = _main(demo, "Desk")
    window.show()
    desk = window.desk  # type: ignore[attr-defined]
    card = demo.member_cards(1)[0]
    _scan(demo, desk, card)
    codes = demo.available_copies(4)
    for code in codes[:3]:
        _scan(demo, desk, code)
    _scan(demo, desk, codes[0])  # already lent: refused
    return window


def dark_palette() -> QPalette:
    """A dark palette like the one a desktop in dark mode hands to Qt."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2d31"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1f22"),
                         (roles.AlternateBase, "#26282c"), (roles.Text, "#e6e6e6"), (roles.Button, "#35373c"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#35373c"),
                         (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#9a9da3"), (roles.Link, "#7fb0ff"),
                         (roles.BrightText, "#ffffff"), (roles.Light, "#4a4c52"), (roles.Midlight, "#3e4045"),
                         (roles.Mid, "#2f3135"), (roles.Dark, "#1a1b1e"), (roles.Shadow, "#000000")):
        pal.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f86"))
    return pal


def desk_dark(demo: Demo) -> QWidget:
    """The desk on a dark palette (``main`` restores the palette after each screen), with a
    row of each colour: lent (green), refused (red) and returned but not on loan (amber)."""
    demo.app.setPalette(dark_palette())
    window = _main(demo, "Desk")
    window.show()
    desk = window.desk  # type: ignore[attr-defined]
    _scan(demo, desk, demo.member_cards(6)[5])
    codes = demo.available_copies(12)[9:12]
    for code in codes[:2]:
        _scan(demo, desk, code)
    _scan(demo, desk, codes[0])  # already lent: refused
    desk.mode_bar.set_mode("return")
    _scan(demo, desk, codes[2])  # was not on loan: attention
    return window


def desk_hold_shelf(demo: Demo) -> QWidget:
    lender, waiting = demo.member_cards(3)[1:3]
    code = demo.available_copies(6)[5]
    demo.services.circulation.checkout(demo.admin, lender, code)
    book_id = demo.services.search.copy_by_barcode(code)[1]  # type: ignore[index]
    for copy in demo.services.catalog.book(book_id).copies:
        if copy.status == "available":
            demo.services.circulation.checkout(demo.admin, lender, copy.barcode)
    demo.services.holds.place(demo.admin, waiting, book_id)
    window = _main(demo, "Desk")
    window.show()
    _scan(demo, window.desk, code)  # type: ignore[attr-defined]
    return window


def slip(demo: Demo) -> QWidget:
    from desktop_app.ui.desk.slip import Slip, SlipDialog

    items = [("The Quiet Harbour", "30000000015", "17 Dec 2026"),
             ("A Field Guide to Moths", "30000000023", "17 Dec 2026")]
    dialog = SlipDialog(Slip("Riverside Community Library", "Ana Ruiz", "20000000016", items,
                             library_address="12 River Street, Millbrook", desk="Front desk", staff="Ada Admin"))
    return dialog


def self_service(demo: Demo) -> QWidget:
    from desktop_app.ui.shell.self_service import SelfServiceWindow

    card = demo.member_cards(4)[3]
    for code in demo.available_copies(9)[6:9]:
        demo.services.circulation.checkout(demo.admin, card, code)
    demo.services.members.set_pin(demo.admin, card, "1234")
    actor = demo.services.accounts.member_login(card, "1234")
    window = SelfServiceWindow(demo.services, demo.worker, actor, idle_ms=10 * 60_000)
    window.resize(1024, 700)
    return window


def book_dialog(demo: Demo) -> QWidget:
    from desktop_app.ui.catalog.dialog import BookDialog

    book_id = demo.services.search.books("").ids[0]
    return BookDialog(demo.ctx, demo.services.catalog.book(book_id))


SCREENS: list[tuple[str, Callable[[Demo], QWidget]]] = [
    ("login", login),
    ("wizard", wizard),
    ("wizard-admin", wizard_admin),
    ("wizard-rules", wizard_rules),
    ("desk", desk_lending),
    ("desk-dark", desk_dark),
    ("desk-hold-shelf", desk_hold_shelf),
    ("desk-question", desk_question),
    ("fees", fees),
    ("receipt", receipt),
    ("slip", slip),
    ("self-service", self_service),
    ("catalog", main_tab("Catalog")),
    ("book-dialog", book_dialog),
    ("members", main_tab("Members")),
    ("holds", main_tab("Holds")),
    ("reports", main_tab("Reports")),
    ("settings", main_tab("Settings")),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
    parser.add_argument("--books", type=int, default=300)
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--language", default="en", help="en, de, fr or es")
    args = parser.parse_args(argv)
    from desktop_app.ui.common.i18n import install_language

    QApplication.instance() or QApplication(sys.argv)
    language = install_language(args.language)
    if language != args.language:
        parser.error(f"no translation into {args.language!r} (run scripts/i18n.py build)")
    suffix = "" if language == "en" else f".{language}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    with tempfile.TemporaryDirectory() as folder:
        demo = build_demo(Path(folder), args.books, currency="USD" if language == "en" else "EUR")
        try:
            for name, make in SCREENS:
                if wanted and name not in wanted:
                    continue
                palette = demo.app.palette()
                widget = make(demo)
                widget.show()
                demo.settle()
                path = out / f"{name}{suffix}.png"
                widget.grab().save(str(path))
                print(f"wrote {path}")
                widget.close()
                widget.deleteLater()
                demo.app.setPalette(palette)
                demo.settle(1)
        finally:
            demo.worker.wait_idle(30)
            demo.worker.stop()
            demo.services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
