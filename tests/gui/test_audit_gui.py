"""Settings > Audit log (admins): the filters look again in SQL, the table's model fetches rows
lazily and passes qtmodeltester, "Export CSV…" writes the file and is itself in the log."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.values import Role
from desktop_app.services import Actor, Services
from desktop_app.services.audit import AuditFilter, AuditLog
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.settings.audit import AuditBox
from desktop_app.ui.settings.audit_model import WINDOW, AuditTableModel
from desktop_app.ui.settings.tab import SettingsTab


def settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(30)
        QApplication.processEvents()


def _events(services: Services, admin: Actor) -> None:
    """Failed logins of a clerk who does not exist and of the admin, and a book."""
    for name in ("nobody", "admin"):
        try:
            services.accounts.login(name, "wrong password")
        except Exception:  # noqa: BLE001 - the failure is what is wanted
            pass
    from desktop_app.services.catalog.input import BookInput

    services.catalog.add_book(admin, BookInput(title="Dune"), copies=[])


def _shown(box: AuditBox) -> list[tuple[str, str]]:
    m = box.model
    return [(m.index(r, 1).data(), m.line(r).action) for r in range(m.rowCount())]  # type: ignore[union-attr]


def test_filters_and_export(qtbot, ctx: UiContext, services: Services, admin: Actor, tmp_path: Path) -> None:
    _events(services, admin)
    box = AuditBox(ctx)
    qtbot.addWidget(box)
    box.resize(1100, 420)
    box.show()
    settle(ctx)
    everything = AuditLog(services.library).ids(admin)
    assert list(box.model.ids()) == list(everything) and len(everything) >= 5
    assert box.status.text() == f"{len(everything)} events, newest first"
    assert box.model.index(0, 2).data() == "Book added"  # newest first, as a person reads it
    # who: the list holds every name that acted, the unknown one included
    names = [box.who.itemData(i) for i in range(box.who.count())]
    assert names[0] is None and {"admin", "nobody"} <= set(names[1:])
    box.who.setCurrentIndex(box.who.findData("nobody"))
    settle(ctx)
    assert _shown(box) == [("nobody", "login_failed")]
    # what: failed logins of anyone
    box.who.setCurrentIndex(0)
    box.what.setCurrentIndex(box.what.findData("login_failed"))
    settle(ctx)
    assert sorted(_shown(box)) == [("admin", "login_failed"), ("nobody", "login_failed")]
    assert box.what.currentText() == "Failed login"
    # text: the reason in the details
    box.text.setText("unknown account")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    settle(ctx)
    assert _shown(box) == [("nobody", "login_failed")]
    box.text.clear()
    box.what.setCurrentIndex(0)
    # from / to: a period that ended yesterday holds nothing; today holds everything
    today = date.today()
    box.use_until.setChecked(True)
    box.until.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    settle(ctx)
    assert box.model.rowCount() == 0 and box.status.text() == "No events match."
    assert not box.export_button.isEnabled()
    box.until.setDate(QDate(today.year, today.month, today.day))
    box.use_since.setChecked(True)
    box.since.setDate(QDate(today.year, today.month, today.day))
    settle(ctx)
    assert box.model.rowCount() == len(everything)
    # to before from: said plainly, no traceback
    box.until.setDate(QDate(today.year, today.month, today.day).addDays(-2))
    settle(ctx)
    error = box.findChild(QMessageBox, "errorDialog")
    assert error is not None and "before its start" in error.text()
    error.close()
    box.use_since.setChecked(False)
    box.use_until.setChecked(False)
    box.what.setCurrentIndex(box.what.findData("login_failed"))
    settle(ctx)
    # Export CSV…: what the filters show, to the chosen file; the export is itself in the log
    target = tmp_path / "audit.csv"
    box.chooser = lambda parent, current: str(target)
    box.export_csv()
    settle(ctx)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["Who"] for r in rows) == ["admin", "nobody"] and {r["Action"] for r in rows} == {"login_failed"}
    assert box.exported.text() == f"2 events written to {target}"
    exports = AuditLog(services.library).find(admin, AuditFilter(action="audit_export")).items
    assert [e.details["file"] for e in exports] == [str(target)]
    assert box.what.findData("audit_export") >= 0  # the lists know the new action
    box.grab().save(str(tmp_path / "audit_box.png"))


def test_model_is_lazy_and_sound(qtmodeltester, services: Services, admin: Actor) -> None:
    lib = services.library
    with lib.write() as s:  # the events a run of failed logins writes (without 192 password hashes)
        for i in range(3 * WINDOW):
            lib.audit(s, Actor(username=f"ghost{i}", role=Role.DESK), "login_failed", "staff_user", None,
                      username=f"ghost{i}", address="local", reason="unknown account")
    log = AuditLog(services.library)
    model = AuditTableModel(lambda ids: log.rows(admin, ids))
    model.set_result(log.ids(admin, AuditFilter(action="login_failed")))
    assert model.rowCount() == 3 * WINDOW and model.fetches == 0
    assert model.index(3 * WINDOW - 1, 1).data() == "ghost0"  # oldest last: one window fetched
    assert model.fetches == 1
    qtmodeltester.check(model)
    model.set_result(log.ids(admin, AuditFilter(who="ghost7")))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and "unknown account" in model.index(0, 4).data()


def test_settings_tab_shows_it_to_admins_only(qtbot, ctx: UiContext, services: Services) -> None:
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    settle(ctx)
    assert tab.findChild(AuditBox, "settingsAudit") is not None
    lena = services.accounts.create_staff(ctx.actor, username="lena", display_name="Lena", password="librarian pass",
                                          role="librarian")
    from desktop_app.services.people.accounts import staff_actor

    other = UiContext(services=services, actor=staff_actor(lena), worker=ctx.worker, settings=ctx.settings,
                      paths=ctx.paths)
    tab2 = SettingsTab(other)
    qtbot.addWidget(tab2)
    settle(other)
    assert tab2.findChild(AuditBox) is None
    other.close()
