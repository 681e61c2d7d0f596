"""Register or edit a member. The services validate (name, email, phone, dates, card number);
a refusal focuses the field it names and keeps the dialog open.

The form is one a scanner cannot break (``common.forms``): a card scanned into Card number
and the scanner's Enter move on to Email; Ctrl+Enter or Save saves."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...services.catalog.browse import MemberDetail
from ...services.people.members import MemberInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import wire_form
from ..common.i18n import day_format, tr


class MemberDialog(QDialog):
    """``detail`` None registers a new member. After saving, ``saved_card`` holds the card
    number (generated for a new member when left empty)."""

    def __init__(self, ctx: UiContext, categories: list[tuple[str, str]], detail: MemberDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.saved_card: str | None = None
        self.setObjectName("memberDialog")
        self.setWindowTitle(tr("Edit {name}").format(name=detail.name) if detail else tr("New member"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.first_name = self._line(form, "first_name", tr("&First name"))
        self.last_name = self._line(form, "last_name", tr("&Last name *"))
        self.card_number = self._line(form, "card_number", tr("&Card number"))
        self.card_number.setPlaceholderText(tr("leave empty to generate one"))
        self.email = self._line(form, "email", tr("&Email"))
        self.phone = self._line(form, "phone", tr("&Phone"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(56)
        self.address.setTabChangesFocus(True)
        self._add(form, "address", tr("&Address"), self.address)
        self.category = QComboBox()
        for code, name in categories:
            self.category.addItem(name, code)
        self._add(form, "category", tr("Cate&gory"), self.category)
        self.has_expiry = QCheckBox(tr("Membership &expires on"))
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat(day_format())
        self.expires.setDate(QDate.currentDate().addYears(1))
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.fields["expires"] = self.expires
        self.expires.setAccessibleName(tr("Membership expiry date"))
        form.addRow(self.has_expiry, self.expires)
        self.pin = self._line(form, "pin", tr("Self-service P&IN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("4 to 12 digits; empty keeps the current one") if detail
                                    else tr("4 to 12 digits"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.notes.setTabChangesFocus(True)
        self._add(form, "notes", tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.has_expiry.setChecked(False)
        self.expires.setEnabled(False)
        if detail:
            self._load(detail)
        self.keys = wire_form(self, self.save_button)

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"member_{key}")
        widget.setAccessibleName(label.replace("&", "").rstrip(" *"))
        self.fields[key] = widget
        form.addRow(label, widget)

    def _line(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        self._add(form, key, label, edit)
        return edit

    def _load(self, d: MemberDetail) -> None:
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.card_number.setText(d.card_number)
        self.card_number.setReadOnly(True)
        self.email.setText(d.email or "")
        self.phone.setText(d.phone or "")
        self.address.setPlainText(d.address or "")
        self.notes.setPlainText(d.notes or "")
        self.category.setCurrentIndex(max(0, self.category.findData(d.category_code)))
        if d.expires:
            self.has_expiry.setChecked(True)
            self.expires.setDate(QDate(d.expires.year, d.expires.month, d.expires.day))

    def member_input(self) -> MemberInput:
        expires: date | None = None
        if self.has_expiry.isChecked():
            q = self.expires.date()
            expires = date(q.year(), q.month(), q.day())
        return MemberInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            card_number=self.card_number.text().strip() or None, email=self.email.text() or None,
            phone=self.phone.text() or None, address=self.address.toPlainText() or None,
            category=self.category.currentData(), expires=expires, notes=self.notes.toPlainText() or None,
        )

    def save(self) -> None:
        data, pin = self.member_input(), self.pin.text().strip()
        if pin and not re.fullmatch(r"\d{4,12}", pin):
            self._refused(InvalidInput(tr("A PIN is 4 to 12 digits"), field="pin"))
            return
        members, actor, detail = self.ctx.services.members, self.ctx.actor, self.detail
        self.save_button.setEnabled(False)

        def run() -> str:
            if detail is None:
                card = members.register(actor, data).card_number
            else:
                members.edit(actor, detail.card_number, data, expected_version=detail.version)
                card = detail.card_number
            if pin:
                members.set_pin(actor, card, pin)
            return card

        self.ctx.worker.submit(run, self._saved, self._refused)

    def _saved(self, card: str) -> None:
        self.saved_card = card
        self.save_button.setEnabled(True)
        self.ctx.events.status_message.emit(tr("Saved member {card}").format(card=card))
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        widget = self.fields.get(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        show_error(self, error)
