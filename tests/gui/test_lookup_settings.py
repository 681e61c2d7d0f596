"""Settings, Cataloguing: the library's catalogue settings (locations, look-up targets, timeout,
covers), edited by an admin and checked line by line; other staff see them greyed out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox

from desktop_app.services.people.accounts import staff_actor
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.settings.tab import SettingsTab


def settle(tab: SettingsTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def test_an_admin_edits_the_catalogue_settings(qtbot, ctx: UiContext) -> None:
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 900)
    tab.show()
    settle(tab)
    targets = tab.findChild(QPlainTextEdit, "settingsLookupTargets")
    timeout = tab.findChild(QSpinBox, "settingsLookupTimeout")
    covers = tab.findChild(QCheckBox, "settingsFetchCovers")
    assert targets.toPlainText().startswith("sru http://lx2.loc.gov:210/LCDB bath.isbn Library of Congress")
    assert timeout.value() == 5 and covers.isChecked()
    targets.setPlainText("sru https://catalogue.example/sru dc.identifier National library\nz3950 host:210")
    tab.findChild(QPushButton, "settingsSave_catalog").click()
    settle(tab)
    box = tab.findChild(QMessageBox, "errorDialog")
    assert box is not None and "Line 2 of the look-up targets: 'z3950' is not a kind of target" in box.text()
    box.close()
    targets.setPlainText("sru https://catalogue.example/sru dc.identifier National library")
    timeout.setValue(8)
    covers.setChecked(False)
    tab.findChild(QPushButton, "settingsSave_catalog").click()
    settle(tab)
    values = ctx.services.setup.settings()
    assert values["lookup_targets"] == "sru https://catalogue.example/sru dc.identifier National library"
    assert values["lookup_timeout"] == 8 and values["fetch_covers"] is False
    assert [t.name for t in ctx.services.lookup.targets()] == ["National library"]
    targets.parentWidget().grab().save("/tmp/lookup-settings.png")


def test_a_librarian_sees_them_but_cannot_change_them(qtbot, ctx: UiContext) -> None:
    ctx.services.accounts.create_staff(ctx.actor, username="lena", display_name="Lena Librarian",
                                       password="librarian pass", role="librarian")
    lena = UiContext(services=ctx.services, actor=staff_actor(ctx.services.accounts.get_staff("lena")),
                     worker=ctx.worker, settings=ctx.settings, paths=ctx.paths)
    tab = SettingsTab(lena)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    targets = tab.findChild(QPlainTextEdit, "settingsLookupTargets")
    assert targets.toPlainText() and not targets.isEnabled()
