"""The Members tab: search members, see one member's file (loans, history, holds, fees),
register and edit, block and unblock with a reason, renew the membership, print a card,
export a member's data and delete a member (``privacy``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.values import Role
from ...services.catalog.search import MemberRow
from ...services.changes import Changes
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import key_text, number_text, tr
from ..common.tables import make_table, remember_header, set_widths
from .detail import MemberDetailPane, MemberFile
from .dialog import MemberDialog
from .model import MemberTableModel
from .privacy import MemberPrivacy


class MembersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browse = ctx.services.browse
        self.desk = ctx.services.queries
        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setAccessibleName(tr("Search members"))
        self.search.setPlaceholderText(tr("Search name, card number, email or phone…   ({shortcut})").format(
            shortcut=key_text("Ctrl+F")))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._to_table)
        self.count = QLabel()
        self.model = MemberTableModel(self)
        self.table = make_table("memberTable", tr("Members"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(self.table, [11, 22, 9, 11, 8, 20])
        remember_header(ctx, self.table, "members")
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda *_: self.edit_member())
        self.detail = MemberDetailPane()

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, shortcut, slot in (
                ("new", tr("&New member"), "Ctrl+N", self.new_member),
                ("edit", tr("&Edit"), "Ctrl+E", self.edit_member),
                ("block", tr("&Block…"), None, self.block), ("unblock", tr("&Unblock…"), None, self.unblock),
                ("renew", tr("&Renew membership"), None, self.renew),
                ("card", tr("Print &card…"), None, self.print_cards),
                ("export", tr("E&xport data…"), None, self.export_data),
                ("delete", tr("&Delete member…"), None, self.delete_member)):
            button = QPushButton(text)
            button.setObjectName(f"member_{key}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            if slot is not None:
                button.clicked.connect(slot)
            if shortcut:
                button.setToolTip(tr("{action} ({shortcut})").format(action=text.replace("&", ""),
                                                                      shortcut=key_text(shortcut)))
                QShortcut(QKeySequence(shortcut), self, activated=slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["card"].setToolTip(tr("Member cards of the chosen members, as a PDF to print"))
        self.buttons["export"].setToolTip(tr("Everything the library holds about the member, as a JSON or PDF "
                                             "file (librarians)"))
        self.buttons["delete"].setToolTip(tr("Delete the member; their loans, holds and fees stay without their "
                                             "name (librarians)"))
        self.privacy = MemberPrivacy(ctx, self)
        bar.addStretch(1)
        bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([620, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._find)
        ctx.events.changed.connect(self._data_changed)
        self._update_buttons()
        self.run_search()

    # -- searching ---------------------------------------------------------------------
    def _to_table(self) -> None:
        self.table.setFocus()

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        query, search = self.search.text(), self.ctx.services.search
        self.ctx.worker.submit(lambda: search.members(query), self._show, lambda e: show_error(self, e),
                               channel="member-search", cancel=search.interrupt)

    def _show(self, rows: list[MemberRow]) -> None:
        keep = self.current_card()
        self.model.set_rows(rows)
        self.count.setText(tr("{count} members").format(count=number_text(len(rows))) if len(rows) != 1
                           else tr("1 member"))
        if rows:
            cards = [r.card_number for r in rows]
            row = cards.index(keep) if keep in cards else 0
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_file(None)
        self._update_buttons()

    def current_card(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.card_at(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.load_file(self.model.card_at(current.row()) if current.isValid() else None)

    def load_file(self, card: str | None) -> None:
        if card is None:
            self.detail.show_file(None)
            return
        actor, browse, desk, fees = self.ctx.actor, self.browse, self.desk, self.ctx.services.fees

        def job() -> MemberFile:
            detail = browse.member_detail(actor, card)
            return MemberFile(detail, desk.member_card(actor, detail.id), desk.loan_history(actor, detail.id),
                              desk.active_holds(actor, detail.id), fees.for_member(actor, card))

        self.ctx.worker.submit(job, self._file_loaded, lambda e: show_error(self, e), channel="member-file")

    def _file_loaded(self, file: MemberFile) -> None:
        self.detail.show_file(file)
        self._update_buttons()

    def _update_buttons(self) -> None:
        file = self.detail.file
        chosen = self.current_card() is not None
        for key in ("edit", "renew", "block", "unblock"):
            self.buttons[key].setEnabled(chosen)
        if file is not None:
            self.buttons["block"].setEnabled(not file.detail.blocked)
            self.buttons["unblock"].setEnabled(file.detail.blocked)
        self.buttons["card"].setEnabled(chosen)
        librarian = self.ctx.actor.at_least(Role.LIBRARIAN)
        for key in ("export", "delete"):
            self.buttons[key].setEnabled(chosen and librarian)

    def _data_changed(self, changed: Changes) -> None:
        if changed.touches("members", "categories"):
            self.run_search()
        elif changed.touches("loans", "holds", "fees"):
            self.load_file(self.current_card())

    # -- actions -----------------------------------------------------------------------
    def _categories(self) -> list[tuple[str, str]]:
        return [(c.code, c.name) for c in self.ctx.services.members.categories()]

    def new_member(self) -> MemberDialog:
        dialog = MemberDialog(self.ctx, self._categories(), None, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        file = self.detail.file
        if file is None:
            return None
        dialog = MemberDialog(self.ctx, self._categories(), file.detail, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: MemberDialog) -> None:
        if dialog.detail is None and dialog.saved_card:
            self.search.setText(dialog.saved_card)  # show the new member

    def block(self) -> None:
        card = self.current_card()
        if card is None:
            return
        reason, ok = QInputDialog.getText(self, tr("Block member"), tr("Why is {card} blocked?").format(card=card))
        if ok:
            self._act(lambda: self.ctx.services.members.block(self.ctx.actor, card, reason),
                      tr("Blocked {card}").format(card=card))

    def unblock(self) -> None:
        card = self.current_card()
        if card is None:
            return
        reason, ok = QInputDialog.getText(self, tr("Unblock member"),
                                          tr("Why is {card} unblocked? (optional)").format(card=card))
        if ok:
            self._act(lambda: self.ctx.services.members.unblock(self.ctx.actor, card, reason.strip()),
                      tr("Unblocked {card}").format(card=card))

    def renew(self) -> None:
        card = self.current_card()
        if card is not None:
            self._act(lambda: self.ctx.services.members.renew_membership(self.ctx.actor, card),
                      tr("Renewed the membership of {card}").format(card=card))

    def _act(self, fn: Callable[[], object], message: str) -> None:
        def done(_: object) -> None:
            self.ctx.events.status_message.emit(message)

        self.ctx.worker.submit(fn, done, lambda e: show_error(self, e))

    def export_data(self) -> None:
        card = self.current_card()
        if card is not None:
            file = self.detail.file
            self.privacy.export(card, file.detail.name if file is not None and file.detail.card_number == card
                                else card)

    def delete_member(self) -> None:
        card = self.current_card()
        if card is not None:
            self.privacy.delete(card)

    def chosen_cards(self) -> list[str]:
        """Card numbers of the selected rows (the current row if none is selected)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        cards = [c for c in (self.model.card_at(r) for r in rows) if c]
        current = self.current_card()
        return cards or ([current] if current else [])

    def print_cards(self) -> QDialog | None:
        from ..interchange.printing import CardsDialog

        cards = self.chosen_cards()
        if not cards:
            return None
        file = self.detail.file
        names = file.detail.name if file is not None and cards == [file.detail.card_number] else ""
        dialog = CardsDialog(self.ctx, self, cards=cards, names=names)
        dialog.open()
        return dialog
