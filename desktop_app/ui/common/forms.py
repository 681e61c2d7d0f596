"""Forms a barcode scanner cannot break, and confirmations a stray Enter cannot answer.

A keyboard-wedge scanner types a code and then Enter. In a plain Qt dialog that Enter presses
the default button, so a card scanned into New member saved a half-filled member. A form
wired with ``wire_form(form, save_button)`` behaves instead as a clerk expects:

- Enter in a field moves to the next field (wrapping to the first after the last; buttons
  are skipped), so a scanner's Enter never saves;
- Ctrl+Enter (Return or the keypad's Enter) anywhere in the form presses ``save_button``;
- in a multi-line field Enter (and Shift+Enter) stays a new line;
- Enter on a focused button presses that button (it got focus by Tab or a click: deliberate);
- no button is the dialog's default, so none is drawn as if Enter pressed it.

``confirm_destructive`` and ``ask_reason`` ask before something is destroyed or cannot be
undone; their safe answer is the default and the Escape answer, so Enter keeps everything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import key_text, tr

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: The widgets Enter moves between (a field a person or a scanner fills in).
FIELD_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton,
               QAbstractItemView)
_MULTI_LINE = (QPlainTextEdit, QTextEdit)
_PUSH = (QPushButton, QToolButton)


def _target(widget: QWidget) -> QWidget:
    """The widget that really takes the focus for ``widget`` (a spin box for its line edit)."""
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


class FormKeys(QObject):
    """The event filter behind ``wire_form`` (kept as a child of the form)."""

    def __init__(self, form: QWidget, save_button: QAbstractButton) -> None:
        super().__init__(form)
        self.form = form
        self.save_button = save_button

    # -- what Enter does ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.form:
            self._no_default_button()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or not isinstance(watched, QWidget):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return True
        if modifiers:  # Shift+Enter and the like: the widget's own (a line break in a text field)
            return False
        if isinstance(watched, _MULTI_LINE):
            return False  # a new line
        if isinstance(watched, _PUSH) and watched.hasFocus():
            watched.click()
            return True
        if isinstance(watched, FIELD_TYPES) or watched is self.form:
            self.next_field(watched)
            return True
        return False

    def save(self) -> None:
        """Press the save button, as a click would: nothing while it is disabled (saving)."""
        focused = self.form.focusWidget()
        if isinstance(focused, QAbstractSpinBox):
            focused.interpretText()  # the number typed so far, not the one before it
        if self.save_button.isEnabled() and self.save_button.isVisible():
            self.save_button.click()

    def fields(self) -> list[QWidget]:
        """The form's fields in the order they were made (Qt's Tab order unless a form
        changes it): enabled, shown, focusable by Tab, writable. (Not by walking
        ``nextInFocusChain()``: its wrappers of a table's inner widgets crashed PySide 6.11
        when the table was deleted later.)"""
        found: list[QWidget] = []
        for widget in self.form.findChildren(QWidget):
            target = _target(widget)
            if (target not in found and isinstance(target, FIELD_TYPES) and not isinstance(target, QHeaderView)
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus and target.isVisible()
                    and target.isEnabled() and not (isinstance(target, QLineEdit) and target.isReadOnly())):
                found.append(target)
        return found

    def next_field(self, after: QWidget | None = None) -> None:
        """Focus the field after ``after`` (the field Enter was pressed in; by default the
        focused one), the first after the last."""
        fields = self.fields()
        if not fields:
            return
        focused = after if after is not None and after is not self.form else self.form.focusWidget()
        current = _target(focused) if focused is not None else None
        at = fields.index(current) if current in fields else -1
        fields[(at + 1) % len(fields)].setFocus(Qt.FocusReason.TabFocusReason)

    def _no_default_button(self) -> None:
        for button in self.form.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def wire_form(form: QWidget, save_button: QAbstractButton) -> FormKeys:
    """Give ``form`` (a dialog, or a box of fields with its own save button) the keys of a form
    a scanner cannot break (see the module). Call it once the form's widgets exist; widgets
    added later (rows of a table) are covered through the widget they are placed in."""
    keys = FormKeys(form, save_button)
    form.installEventFilter(keys)
    for child in form.findChildren(QWidget):
        child.installEventFilter(keys)
    keys._no_default_button()
    tip = save_button.toolTip()
    hint = tr("{shortcut} saves").format(shortcut=key_text("Ctrl+Return"))
    if hint not in tip:
        save_button.setToolTip(f"{tip}\n{hint}" if tip else hint)
    return keys


# -- confirmations ------------------------------------------------------------------------
def confirm_destructive(parent: QWidget | None, *, title: str, text: str, action: str, safe: str | None = None,
                        name: str = "confirmDialog") -> bool:
    """Ask before something is destroyed: True only when the clerk chose ``action`` (the
    button's text, e.g. "&Delete book"). ``safe`` (default: Cancel) is the default button and
    the one Escape chooses."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    act = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(safe or tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is act


class ReasonDialog(QDialog):
    """A question with a one-line reason; the safe button is the default (see ``ask_reason``)."""

    def __init__(self, parent: QWidget | None, *, title: str, text: str, label: str, action: str, safe: str,
                 required: bool) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.required = required
        question = QLabel(text)
        question.setWordWrap(True)
        question.setObjectName("reasonQuestion")
        caption = QLabel(label)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setAccessibleName(label.replace("&", "").rstrip(":"))
        caption.setBuddy(self.reason)
        self.problem = QLabel(tr("Please give a reason"))
        self.problem.setObjectName("reasonProblem")
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.act = buttons.addButton(action, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.act.setObjectName("reasonAct")
        self.keep = buttons.addButton(safe, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep.setObjectName("reasonKeep")
        self.act.clicked.connect(self.confirm)
        self.keep.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        wire_form(self, self.act)

    def confirm(self) -> None:
        if self.required and not self.reason.text().strip():
            self.problem.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def ask_reason(parent: QWidget | None, *, title: str, text: str, action: str, safe: str,
               label: str | None = None, required: bool = False) -> str | None:
    """Ask before an action that cannot simply be undone, with a reason to record: the reason
    typed ("" when none) once the clerk chose ``action``, None when they kept things as they
    are. Enter in the reason field never confirms (a scanned code cannot answer it); the
    ``action`` button or Ctrl+Enter does, and Escape keeps."""
    dialog = ReasonDialog(parent, title=title, text=text, label=label or tr("&Reason (optional):"), action=action,
                          safe=safe, required=required)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    reason = " ".join(dialog.reason.text().split())
    dialog.deleteLater()
    return reason if accepted else None
