"""``library-desk --self-test``: prove that this installation (a checkout or the packaged bundle)
really works, and the start-up probe used to time the bundle.

The self-test creates a library in a temporary folder, runs the migrations, creates an admin and
logs in with the password (the real argon2 check), opens the main window, renders it to PNG, and
checks that text really rendered: single glyphs drawn with the program's font must give distinct
pixel patterns (missing fonts draw identical empty boxes), and the grabbed window must hold
enough non-background pixels. Exit code 0 means every check passed; otherwise each failure is
printed as a reason. Set ``LIBRARY_DESK_SELFTEST_PNG`` to keep the screenshot at that path.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...services import Actor, Services

_IMPORTED = time.perf_counter()
ENV_PNG = "LIBRARY_DESK_SELFTEST_PNG"
ENV_PROBE = "LIBRARY_DESK_STARTUP_PROBE"
PROBE_GLYPHS = "ABCDEFGHabcdefgh0123456789"
SELFTEST_PASSWORD = "self-test password 1"


def _ensure_platform() -> None:
    """Headless Linux without a display: use the offscreen platform instead of failing."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    from ..common.theme import apply_theme

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(["library-desk", "--self-test"])
    apply_theme(app)
    return app


def glyph_problems(font: Any) -> list[str]:
    """Draw each of ``PROBE_GLYPHS`` alone with ``font``; every glyph must leave ink and no two
    may look the same (a missing font gives blank or identical "tofu" boxes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

    metrics = QFontMetrics(font)
    size = max(8, metrics.height() + 4)
    seen: dict[bytes, str] = {}
    problems = []
    for ch in PROBE_GLYPHS:
        img = QImage(size, size, QImage.Format.Format_Grayscale8)
        img.fill(QColor("white"))
        painter = QPainter(img)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(img.rect(), Qt.AlignmentFlag.AlignCenter, ch)
        painter.end()
        data = bytes(img.constBits())[: img.sizeInBytes()]
        if all(b == 255 for b in data):
            problems.append(f"the glyph {ch!r} drew nothing with the font {font.family()!r}")
            continue
        if data in seen:
            problems.append(f"the glyphs {seen[data]!r} and {ch!r} look identical (empty boxes?) "
                            f"with the font {font.family()!r}")
        seen.setdefault(data, ch)
    return problems


def ink_ratio(image: Any) -> float:
    """Share of pixels that differ from the most common colour (the background)."""
    img = image.convertToFormat(image.Format.Format_RGB32)
    w, h = img.width(), img.height()
    if not w or not h:
        return 0.0
    step = max(1, (w * h) // 40_000)  # sample about 40k pixels
    colours = Counter(img.pixel(i % w, i // w) for i in range(0, w * h, step))
    background, count = colours.most_common(1)[0]
    return 1.0 - count / sum(colours.values())


def _text_rendered_in_widget(widget_factory: Callable[[str], Any]) -> str | None:
    """A label with text must render differently from the same label without: the widget path
    (style, font, platform plugin) draws text, not only the raw painter."""
    with_text, without = widget_factory("Library Desk 0123"), widget_factory("")
    for w in (with_text, without):
        w.resize(220, 40)
    a, b = with_text.grab().toImage(), without.grab().toImage()
    if a == b:
        return "a label with text rendered exactly like an empty label: no text is drawn"
    return None


def _wait(app: Any, done: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if done():
            return True
        time.sleep(0.01)
    return done()


def _log_in(app: Any, services: Any, worker: Any, settings: Any) -> Any:
    """Log in through the real login window (typed username and password, the Log in button,
    the password check on the worker) and return the actor it hands over."""
    from .login import LoginWindow

    login = LoginWindow(services, worker, settings, library_name="Self-test Library")
    got: list[Any] = []
    login.staff_logged_in.connect(got.append)
    login.show()
    login.username.setText("selftest")
    login.password.setText(SELFTEST_PASSWORD)
    login.login_button.click()
    ok = _wait(app, lambda: bool(got), 20.0)
    login.close()
    login.deleteLater()
    if not ok:
        message = login.message.text() if login.message.isVisible() else "no answer"
        raise RuntimeError(f"logging in through the login window failed: {message}")
    return got[0]


def _labels_problems(services: Services, actor: Actor, pdf: Path, notes: list[str]) -> list[str]:
    """Draw a sheet of barcode labels: the PDF, barcode and font code must be in the package."""
    from ...services.catalog.input import BookInput, CopyInput
    from ...services.interchange import choose_copies, print_labels

    book = services.catalog.add_book(actor, BookInput(title="Self-test label"), copies=[CopyInput(), CopyInput()])
    codes = [c.barcode for c in services.catalog.book(book).copies]
    result = print_labels(services, actor, pdf, choose_copies(services, barcodes=codes), sheet="A4-3x8")
    head = pdf.read_bytes()[:5] if pdf.exists() else b""
    if head != b"%PDF-" or result.items != 2:
        return [f"the label sheet {pdf} was not written properly"]
    notes.append(f"a sheet of {result.items} barcode labels drawn to {pdf.name} ({pdf.stat().st_size:,} bytes)")
    return []


def _shipped_problems(notes: list[str]) -> list[str]:
    """The translations load and speak, and the desk's sounds are there (files the bundle must
    carry beside the code)."""
    from ..common.i18n import LANGUAGES, SOURCE_LANGUAGE, install_language, resources_dir, tr
    from ..common.sounds import KINDS, sounds_dir

    problems = []
    spoken = []
    try:
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            if install_language(code) != code:
                problems.append(f"the {LANGUAGES[code]} translation is missing from {resources_dir() / 'i18n'}")
            elif tr("Staff") == "Staff":
                problems.append(f"the {LANGUAGES[code]} translation loads but translates nothing")
            else:
                spoken.append(code)
    finally:
        install_language(SOURCE_LANGUAGE)
    missing = [kind for kind in KINDS if not (sounds_dir() / f"{kind}.wav").is_file()]
    if missing:
        problems.append(f"desk sounds missing from {sounds_dir()}: {', '.join(missing)}")
    notes.append(f"translations load: {', '.join(spoken) or 'none'}; {len(KINDS) - len(missing)} desk sounds")
    return problems


def run_self_test(png_path: Path | None = None, *, out: Any = None) -> int:
    """Run every check and print the findings; 0 if all pass, 1 otherwise."""
    out = out or sys.stdout
    started = time.perf_counter()
    _ensure_platform()
    failures: list[str] = []
    notes: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="library-desk-selftest-"))
    png = Path(png_path or os.environ.get(ENV_PNG) or tmp / "selftest.png")
    services = worker = window = None
    try:
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QLabel

        from ...config import LocalSettings, Paths
        from ...services import Services, open_library
        from ..common.context import UiContext
        from ..common.worker import Worker
        from .main_window import MainWindow

        paths = Paths(tmp / "library")
        services = Services(open_library(paths))
        notes.append(f"library created and migrated in {paths.data_dir}")
        services.setup.initialise(library_name="Self-test Library", admin_username="selftest",
                                  admin_name="Self Test", admin_password=SELFTEST_PASSWORD)

        app = _application()
        families = QFontDatabase.families()
        if not families:
            failures.append("no fonts were found (neither in the bundle nor on the system)")
        font = app.font()
        notes.append(f"font {font.family()!r} {font.pointSizeF():.0f}pt; {len(families)} families available")
        failures.extend(glyph_problems(font))
        problem = _text_rendered_in_widget(lambda t: QLabel(t))
        if problem:
            failures.append(problem)

        worker = Worker()
        settings = LocalSettings(paths.settings_file)
        actor = _log_in(app, services, worker, settings)
        notes.append(f"logged in through the login window as {actor.username} ({actor.role})")
        ctx = UiContext(services=services, actor=actor, worker=worker, settings=settings, paths=paths)
        window = MainWindow(ctx, library_name="Self-test Library")
        window.resize(1200, 800)
        window.show()
        _wait(app, lambda: worker.wait_idle(0.05), 5.0)  # let queued loads finish painting
        app.processEvents()
        image = window.grab().toImage()
        png.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(png), "PNG"):
            failures.append(f"the screenshot could not be written to {png}")
        ratio = ink_ratio(image)
        notes.append(f"main window {image.width()}x{image.height()} rendered to {png} "
                     f"({ratio:.1%} non-background pixels)")
        if ratio < 0.02:
            failures.append(f"the main window looks empty ({ratio:.2%} non-background pixels)")
        failures.extend(_labels_problems(services, actor, tmp / "labels.pdf", notes))
        failures.extend(_shipped_problems(notes))
    except Exception as exc:  # noqa: BLE001 - a broken installation: report, never crash
        failures.append(f"{type(exc).__name__}: {exc}")
        traceback.print_exc(file=out)
    finally:
        if window is not None:
            window.blockSignals(True)  # closing must not ask the (absent) app to quit
            window.close()
            window.deleteLater()
        if worker is not None:
            worker.stop()
        if services is not None:
            services.close()
        if png.is_relative_to(tmp) and not failures:
            shutil.rmtree(tmp, ignore_errors=True)
    for note in notes:
        print(f"  ok: {note}", file=out)
    for failure in failures:
        print(f"  FAILED: {failure}", file=out)
    verdict = "passed" if not failures else "FAILED"
    print(f"Library Desk self-test {verdict} in {time.perf_counter() - started:.1f} s", file=out)
    return 0 if not failures else 1


def startup_probe(paths: Any, *, out: Any = None) -> int:
    """Start the GUI exactly as ``run_gui`` does, up to the first window (login, or the first-start
    wizard on an empty library), then print how long that took and exit 0.

    The time is measured from the process's start where the platform tells it (Linux), else from
    the import of this module; ``scripts/ci_bundle.sh`` also times the whole run from outside.
    """
    out = out or sys.stdout
    _ensure_platform()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ...services import Services, open_library
    from .app import DeskApp

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(["library-desk"])
    from ..common.theme import apply_theme

    apply_theme(app)
    desk = DeskApp(Services(open_library(paths)), paths)
    shown: list[str] = []

    def report() -> None:
        window = desk.window
        age = process_age_seconds()
        since_import = time.perf_counter() - _IMPORTED
        which = window.objectName() if window is not None else "none"
        shown.append(which)
        clock = f"{age:.3f} s since the process started" if age is not None else \
            f"{since_import:.3f} s since the GUI code was imported"
        print(f"startup-probe: {which} shown after {clock}", file=out, flush=True)
        app.quit()

    desk.start()
    QTimer.singleShot(0, report)  # runs once the first window has been shown and painted
    try:
        app.exec()
    finally:
        desk.shutdown()
    return 0 if shown and shown[0] != "none" else 1


def process_age_seconds() -> float | None:
    """Seconds since this process started (Linux: from /proc; elsewhere None)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return None
