"""The Settings tab (library form, closed days, categories, staff, sync and backups), the
first-start wizard on each of its pages, and the label and card printing dialogs speak
through ``tr()``: under the pseudo translation of ``test_i18n_wrapped`` no text a person can
see on them escapes it, while the clerk drives them (a refusal, a closed day, a backup, a
PDF) and the results reach the library. The setting labels the core declares keep an access
key in any language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMessageBox, QWidget, QWizard
from test_i18n_wrapped import escaped, pseudo, untranslated  # noqa: F401  (the pseudo translation and its check)

from desktop_app.domain.settings import LIBRARY_SETTINGS, WEEKDAY_NAMES
from desktop_app.domain.values import Role
from desktop_app.services import Services, open_library
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import CONTEXT, day_text, number_text

if TYPE_CHECKING:
    from conftest import Stock

    from desktop_app.ui.common.worker import Worker


def settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(30)
        QApplication.processEvents()


def shot(widget: QWidget, name: str) -> None:
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        widget.grab().save(f"{shots}/{name}.png")


def form_labels(widget: QWidget) -> list[str]:
    """The row labels of every form layout on ``widget``."""
    texts: list[str] = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return texts


# -- the Settings tab ---------------------------------------------------------------------------
def test_the_settings_tab_of_an_admin_speaks_through_tr(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path,
                                                        pseudo) -> None:
    from desktop_app.ui.settings.tab import SettingsTab

    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 900)
    tab.show()
    settle(ctx)
    assert tab.library_name.text() == "Test Library"  # data, as saved
    assert untranslated(tab) == []
    # the core's labels, help and weekday names are shown translated, with their access keys
    assert "⟦Library &name⟧" in form_labels(tab) and "⟦Days to &pick up a hold⟧" in form_labels(tab)
    assert tab.fines.text() == "⟦Charge fines for late returns⟧"
    assert tab.library_name.toolTip() == "⟦printed on slips, letters, labels and cards⟧"
    assert [c.text() for c in tab.weekdays] == [f"⟦{name}⟧" for name in WEEKDAY_NAMES]
    assert tab.weekdays[6].accessibleName() == "⟦Closed every {weekday}⟧".replace("{weekday}", "⟦Sunday⟧")
    assert tab.backups.days.suffix() == " ⟦days⟧"

    # a closed day: the list shows the date in the desk's language; the status line is translated
    said: list[str] = []
    ctx.events.status_message.connect(said.append)
    tab.closed_date.setDate(QDate(2027, 1, 1))
    qtbot.keyClicks(tab.closed_reason, "New Year")
    tab.add_closed_day()
    settle(ctx)
    assert [(d.day, d.reason) for d in ctx.services.setup.closed_days()] == [(date(2027, 1, 1), "New Year")]
    assert tab.closed.item(0).text() == f"{day_text(date(2027, 1, 1))}  New Year"
    assert said[-1] == "⟦Closed on {day}⟧".replace("{day}", day_text(date(2027, 1, 1)))

    # a bad setting: the core's refusal names it; the form stays as typed
    tab.library_name.clear()
    tab.save()
    box = tab.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.windowTitle() == "⟦Please check⟧" and "Library name" in box.text()
    box.close()
    assert ctx.services.setup.settings()["library_name"] == "Test Library"
    tab.library_name.setText("Hill Library")
    tab.save()
    settle(ctx)
    assert ctx.services.setup.settings()["library_name"] == "Hill Library"
    assert said[-1] == "⟦Library settings saved⟧"

    # backups: the folder's placeholder, a backup made, and the restore question
    backups = tab.backups
    assert backups.folder.edit.placeholderText().startswith("⟦the library's own folder: ")
    backups.back_up_now()
    settle(ctx)
    assert backups.last_backup is not None and backups.last_backup.is_file()
    assert backups.status.text() == f"⟦Backed up to {backups.last_backup}⟧"
    assert untranslated(backups) == []
    asked: list[str] = []
    backups.confirm = lambda parent, text: asked.append(text) or False
    backups.restorer = lambda path: pytest.fail("refused restores must not run")
    backups.list.setCurrentRow(0)
    assert backups.restore_chosen() is False
    assert asked[0].startswith(f"⟦Replace the whole library with the backup {backups.last_backup.name}?")
    assert not escaped(asked[0])
    shot(tab, "i18n-settings")


def test_the_settings_tab_tells_a_desk_account_in_its_language(qtbot, ctx: UiContext, pseudo) -> None:
    from desktop_app.ui.settings.tab import SettingsTab

    desk = replace(ctx, actor=replace(ctx.actor, role=Role.DESK))
    tab = SettingsTab(desk)
    qtbot.addWidget(tab)
    note = tab.findChild(QLabel, "settingsAdminOnly")
    assert note is not None and note.text() == "⟦Only an admin can change these settings.⟧"
    settle(ctx)


class Phrasebook(QTranslator):
    """A few of the desk's texts in another language (the others stay English)."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.words.get(source, source) if context == CONTEXT else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    book = Phrasebook({"Library name": "Name der Bücherei", "Days to pick up a hold": "Abholfrist",
                       "Desk name": "Name der Theke & des Platzes", "Currency": "Währung"})
    QCoreApplication.installTranslator(book)
    yield
    QCoreApplication.removeTranslator(book)


def test_the_access_keys_follow_the_translated_labels(qtbot, ctx: UiContext, german) -> None:
    from desktop_app.ui.settings.tab import SettingsTab, _with_key

    spec = {s.key: s for s in LIBRARY_SETTINGS.shown()}
    assert _with_key(spec["library_name"]) == "&Name der Bücherei"  # the key's letter, found in the translation
    assert _with_key(spec["pickup_days"]) == "&Abholfrist"  # no "p" in it: the first letter
    assert _with_key(spec["desk_name"]) == "Name &der Theke && des Platzes"  # an "&" of the text stays one
    assert _with_key(spec["currency"]) == "Währung"  # a label without a key
    assert _with_key(spec["library_address"]) == "&Address for slips"  # not translated: English as before
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    assert "&Abholfrist" in form_labels(tab)
    settle(ctx)


# -- the first-start wizard -------------------------------------------------------------------------
@pytest.fixture
def empty_services(tmp_path: Path) -> Iterator[Services]:
    from desktop_app.config import Paths

    svc = Services(open_library(Paths(tmp_path / "empty")))
    yield svc
    svc.close()


def wizard_untranslated(wizard: QWizard) -> list[tuple[str, str]]:
    """What escaped tr() on the wizard, but for Back, Next and Cancel, which Qt names and
    translates itself (Finish is the desk's own: "Create library")."""
    own = {wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.CommitButton,
                                      QWizard.WizardButton.HelpButton)}
    names = {b.objectName() for b in own}
    return [(where, text) for where, text in untranslated(wizard) if where.split(" ", 1)[1] not in names]


def test_each_page_of_the_first_start_wizard_speaks_through_tr(qtbot, empty_services: Services, worker: Worker,
                                                               pseudo) -> None:
    from desktop_app.ui.shell.wizard import FirstStartWizard

    wizard = FirstStartWizard(empty_services, worker)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "⟦Set up Library Desk⟧"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "⟦&Create library⟧"
    assert wizard_untranslated(wizard) == []
    wizard.next()  # no name: refused on the page, in the desk's language
    assert wizard.currentPage() is wizard.library
    assert wizard.library.message.text() == "⟦The library needs a name (first field).⟧"
    assert wizard.library.name.accessibleName() == "⟦Library name:⟧"
    assert wizard_untranslated(wizard) == []
    shot(wizard, "i18n-wizard-library")
    qtbot.keyClicks(wizard.library.name, "Hill School Library")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    wizard.admin.display.setText("Hana Head")
    qtbot.keyClicks(wizard.admin.password, "short")
    wizard.next()  # the core's reason is put into the page's translated sentence
    assert wizard.currentPage() is wizard.admin
    assert wizard.admin.message.text().startswith("⟦Password: ") and not escaped(wizard.admin.message.text())
    assert wizard_untranslated(wizard) == []
    shot(wizard, "i18n-wizard-admin")
    for edit in (wizard.admin.password, wizard.admin.repeat):
        edit.setText("long enough pw")
    wizard.next()
    assert wizard.currentPage() is wizard.rules and wizard_untranslated(wizard) == []
    shot(wizard, "i18n-wizard-rules")
    wizard.next()
    assert wizard.currentPage() is wizard.demo and wizard_untranslated(wizard) == []
    shot(wizard, "i18n-wizard-demo")
    with qtbot.waitSignal(wizard.initialised, timeout=60_000) as got:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.status.text() == "⟦Setting up the library…⟧"
    assert got.args[0].username == "admin" and empty_services.setup.settings()["library_name"] == "Hill School Library"


# -- labels and member cards ------------------------------------------------------------------------
def test_the_label_dialog_its_ways_and_its_outcome_speak_through_tr(qtbot, ctx: UiContext, stock: Stock,
                                                                    tmp_path: Path, pseudo) -> None:
    from desktop_app.ui.interchange.printing import LabelsDialog

    dialog = LabelsDialog(ctx, barcodes=stock.copies["Dune"], book_title="Dune", search="Dune")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ways["book"].text() == "⟦The {count} copies of “{title}”⟧".format(count=number_text(2),
                                                                                    title="Dune")
    assert dialog.sheet.itemText(0).startswith("⟦A4-3x8  (")
    assert dialog.skip.suffix() == " ⟦used positions⟧"
    assert untranslated(dialog) == []
    shot(dialog, "i18n-labels")
    opened: list[str] = []
    dialog.opener = opened.append
    dialog.ways["range"].setChecked(True)
    dialog.pdf.set_text(str(tmp_path / "range.pdf"))
    assert not dialog.make_pdf()  # no barcodes typed: said, and nothing made
    box = dialog.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.text() == "⟦Type the first and the last barcode of the range⟧"
    assert untranslated(box) == [] and not (tmp_path / "range.pdf").exists()
    box.close()
    codes = sorted(stock.barcodes())
    qtbot.keyClicks(dialog.low, codes[0])
    qtbot.keyClicks(dialog.high, codes[2])
    assert dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=30_000)
    pdf = tmp_path / "range.pdf"
    assert dialog.outcome.items == 3 and pdf.read_bytes().startswith(b"%PDF") and opened == [str(pdf)]
    assert dialog.message.windowTitle() == "⟦PDF ready⟧"
    assert dialog.message.text() == (f"⟦Made the PDF of {number_text(3)} labels on 1 page: {pdf}⟧\n\n"
                                     "⟦Print it at 100% (actual size) on the sheets.⟧")
    assert untranslated(dialog.message) == []
    dialog.message.accept()


def test_the_card_dialog_speaks_through_tr(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path, pseudo) -> None:
    from desktop_app.ui.interchange.printing import CardsDialog

    dialog = CardsDialog(ctx, cards=[stock.ana], names="Ana Ruiz")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "⟦1 card⟧" in form_labels(dialog) and dialog.windowTitle() == "⟦Print member cards⟧"
    assert untranslated(dialog) == []
    dialog.opener = lambda path: None
    dialog.pdf.set_text(str(tmp_path / "card.pdf"))
    assert dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=30_000)
    assert dialog.outcome.items == 1 and (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.message.text().startswith(f"⟦Made the PDF of 1 member card on 1 page: {tmp_path / 'card.pdf'}⟧")
    dialog.message.accept()

