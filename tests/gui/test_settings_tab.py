"""The Settings tab: library details and weekly closed days, a closed day, loan rules of a
category, and staff accounts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.settings.tab import SettingsTab

if TYPE_CHECKING:
    pass


def settle(tab: SettingsTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def test_settings_are_saved_through_the_services(qtbot, ctx: UiContext) -> None:
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    assert tab.library_name.text() == "Test Library"
    assert [c.isChecked() for c in tab.weekdays] == [False] * 6 + [True]
    tab.library_name.setText("Riverside Library")
    tab.library_address.setPlainText("1 River Road\nRiverside")
    tab.fines.setChecked(False)
    tab.weekdays[0].setChecked(True)
    tab.save()
    settle(tab)
    values = ctx.services.setup.settings()
    assert values["library_name"] == "Riverside Library" and values["closed_weekdays"] == [0, 6]
    assert values["fines_enabled"] is False and values["library_address"] == "1 River Road\nRiverside"
    # a closed day
    from PySide6.QtCore import QDate

    tab.closed_date.setDate(QDate(2027, 1, 1))
    tab.closed_reason.setText("New Year")
    tab.add_closed_day()
    settle(tab)
    assert [(d.day, d.reason) for d in ctx.services.setup.closed_days()] == [(date(2027, 1, 1), "New Year")]
    assert tab.closed.count() == 1 and "New Year" in tab.closed.item(0).text()
    tab.closed.setCurrentRow(0)
    tab.remove_closed_day()
    settle(tab)
    assert ctx.services.setup.closed_days() == [] and tab.closed.count() == 0


def test_loan_rules_and_staff_accounts(qtbot, ctx: UiContext) -> None:
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    editor = tab.categories
    codes = [c.code for c in editor.model.rows()]
    editor.table.selectRow(codes.index("child"))
    assert editor.code == "child"
    editor.spins["loan_days"].setValue(10)
    editor.spins["max_owed_cents"].setValue(2.5)
    editor.save()
    settle(tab)
    child = next(c for c in ctx.services.members.categories() if c.code == "child")
    assert child.loan_days == 10 and child.max_owed_cents == 250
    staff = tab.staff
    staff.create_account("dora", "Dora Desk", "desk password 1", "desk")
    settle(tab)
    assert [u.username for u in staff.model.rows()] == ["admin", "dora"]
    staff.table.selectRow(1)
    staff.toggle_active()
    settle(tab)
    assert ctx.services.accounts.get_staff("dora").active is False
    assert staff.model.data(staff.model.index(1, 3)) == "deactivated"
