"""Notices > Notice texts and sending (librarians and admins): the template of each kind of notice
in each language, edited with a live preview written for an example member; "Preview run" (what
today's run would send, nothing sent); "Send notices now" behind a progress dialog; the mail
server's password, kept in the system keyring. The notices' settings themselves (mail server,
days, sender) are on the Settings tab (admins)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.errors import InvalidInput
from ...domain.settings import CHOICE_LABELS
from ...services.notices import FIELDS, KINDS, LANGUAGES, NoticeRun, Notices, send_notices
from ...services.notices.run import library_settings
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, day_text, number_text, tr
from ..interchange.widgets import ProgressRun, open_folder

#: The kinds of notice (``services.notices.templates.KINDS``) as the desk names them.
KIND_TEXTS = {"pre_due": N_("Reminder before the due date"), "overdue_1": N_("First overdue notice"),
              "overdue_2": N_("Second overdue notice"), "overdue_3": N_("Third overdue notice"),
              "hold_ready": N_("Hold ready for pickup"), "hold_expired": N_("Hold expired")}
PREVIEW_DELAY_MS = 250


def run_summary(run: NoticeRun) -> str:
    """What a run did, in the desk's language."""
    if run.dry_run:
        lines = [tr("Notices due on {day}: {count}. Nothing was sent (a preview).").format(
            day=day_text(run.day), count=number_text(run.planned))]
    else:
        lines = [tr("Notices due on {day}: {count}. Emailed: {emailed}. Letters to print: {printed}. "
                    "Not sent: {unsent}.").format(day=day_text(run.day), count=number_text(run.planned),
                                                 emailed=number_text(run.emailed), printed=number_text(run.printed),
                                                 unsent=number_text(run.unsent))]
    for kind, count in sorted(run.by_kind.items(), key=lambda kc: KINDS.index(kc[0])):
        lines.append(f"  {tr(KIND_TEXTS[kind])}: {number_text(count)}")
    if run.error:
        lines.append(tr("The emails stopped: {reason}").format(reason=run.error))
    for refused in run.refused[:10]:
        lines.append(refused)
    return "\n".join(lines)


class NoticeTextsBox(QGroupBox):
    run_done = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Notice texts and sending"), parent)
        self.setObjectName("settingsNotices")
        self.ctx = ctx
        self.notices = Notices(ctx.services.library)
        self.last_run: NoticeRun | None = None
        self.kind = QComboBox(objectName="noticeKind")
        for kind in KINDS:
            self.kind.addItem(tr(KIND_TEXTS[kind]), kind)
        self.kind.setAccessibleName(tr("Kind of notice"))
        self.language = QComboBox(objectName="noticeLanguage")
        for code in LANGUAGES:
            self.language.addItem(tr(CHOICE_LABELS[code]), code)
        self.language.setAccessibleName(tr("Language of the text"))
        self.subject = QLineEdit(objectName="noticeSubject")
        self.subject.setAccessibleName(tr("Subject"))
        self.body = QPlainTextEdit(objectName="noticeBody")
        self.body.setAccessibleName(tr("Text of the notice"))
        self.body.setTabChangesFocus(True)
        self.preview_subject = QLabel(objectName="noticePreviewSubject")
        self.preview_subject.setProperty("i18n", "data")
        bold = QFont(self.preview_subject.font())
        bold.setBold(True)
        self.preview_subject.setFont(bold)
        self.preview_subject.setWordWrap(True)
        self.preview = QPlainTextEdit(objectName="noticePreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Preview for an example member"))
        self.state = QLabel(objectName="noticeState")
        self.state.setWordWrap(True)
        fields = QLabel(tr("Fields: {fields}").format(fields=", ".join("{" + f + "}" for f in FIELDS)),
                        objectName="noticeFields")
        fields.setWordWrap(True)
        fields.setProperty("i18n", "data")
        for widget, height in ((self.body, 190), (self.preview, 190)):
            widget.setMinimumHeight(height)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Notice")))
        pick.addWidget(self.kind, 1)
        pick.addWidget(QLabel(tr("Language")))
        pick.addWidget(self.language)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Subject")), 0, 0)
        grid.addWidget(self.subject, 0, 1)
        grid.addWidget(QLabel(tr("Preview")), 0, 2)
        grid.addWidget(self.preview_subject, 0, 3)
        grid.addWidget(QLabel(tr("Text")), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.body, 1, 1)
        grid.addWidget(self.preview, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        self.save_button = QPushButton(tr("Save text"), objectName="noticeSave")
        self.reset_button = QPushButton(tr("Back to the shipped text"), objectName="noticeReset")
        self.password_button = QPushButton(tr("Mail password…"), objectName="noticePassword")
        self.dry_button = QPushButton(tr("Preview today's run"), objectName="noticeDryRun")
        self.send_button = QPushButton(tr("Send notices now"), objectName="noticeSend")
        self.open_letters = QPushButton(tr("Open letters"), objectName="noticeOpenLetters")
        self.open_letters.setVisible(False)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.password_button, self.dry_button, self.send_button, self.open_letters):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(grid)
        layout.addWidget(fields)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        self.server = QLabel(objectName="noticeServer")
        self.server.setWordWrap(True)
        layout.addWidget(self.server)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.subject.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.password_button.clicked.connect(self.ask_password)
        self.dry_button.clicked.connect(lambda: self.start_run(dry_run=True))
        self.send_button.clicked.connect(lambda: self.start_run(dry_run=False))
        self.open_letters.clicked.connect(self._open_letters)
        self._loaded_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """The texts are read when the box is first shown (not for every window that has the tab)."""
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.load()

    def later(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """``fn`` for a worker's answer, which does nothing once this box is gone."""
        def deliver(value: Any) -> None:
            if isValid(self):
                fn(value)
        return deliver

    # -- the template --------------------------------------------------------------------------
    def chosen(self) -> tuple[str, str]:
        return str(self.kind.currentData()), str(self.language.currentData())

    def load(self) -> None:
        kind, language = self.chosen()
        notices = self.notices
        lib = self.ctx.services.library
        self.ctx.worker.submit(lambda: library_settings(lib), self.later(self._show_server),
                               self.later(lambda e: show_error(self, e)),
                               channel="notice-server")
        self.ctx.worker.submit(lambda: notices.template(kind, language), self.later(self._loaded),
                               self.later(lambda e: show_error(self, e)), channel="notice-template")

    def _show_server(self, settings: dict[str, Any]) -> None:
        """Where the emails go, or why none would, and who sends them."""
        host, sender = settings.get("smtp_host") or "", settings.get("notice_from") or ""
        if not settings.get("notices_enabled"):
            line = tr("Notices are off: an admin turns them on in Settings. They can still be sent from here.")
        elif settings.get("notice_sender") == "server":
            line = tr("The library server sends the notices every day; this desk does not.")
        elif settings.get("notice_sender") == "nobody":
            line = tr("Nobody sends the notices every day; send them from here.")
        else:
            line = tr("This desk sends the notices once a day.")
        if host:
            line += " " + tr("Mail server: {host}:{port}, from {sender}.").format(
                host=host, port=settings.get("smtp_port"), sender=sender or tr("(no sender address)"))
        else:
            line += " " + tr("No mail server is set (Settings): members get printed letters only.")
        self.server.setText(line)

    def _loaded(self, template: Any) -> None:
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.state.setText(tr("The library's own text.") if template.edited else tr("The text shipped with the "
                                                                                   "program."))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        kind, language = self.chosen()
        subject, body, notices = self.subject.text(), self.body.toPlainText(), self.notices
        self.ctx.worker.submit(lambda: notices.preview(kind, language, subject=subject, body=body),
                               self.later(self._previewed), self.later(self._preview_failed),
                               channel="notice-preview")

    def _previewed(self, written: tuple[str, str]) -> None:
        self.preview_subject.setText(written[0])
        self.preview.setPlainText(written[1])

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.preview_subject.setText("")
            self.preview.setPlainText(str(error))  # what is wrong with the text, where it would show
        else:
            show_error(self, error)

    def save(self) -> None:
        kind, language = self.chosen()
        subject, body, notices, actor = self.subject.text(), self.body.toPlainText(), self.notices, self.ctx.actor
        self.ctx.worker.submit(lambda: notices.save_template(actor, kind, language, subject=subject, body=body),
                               lambda t: self._saved(t, tr("Notice text saved")), lambda e: show_error(self, e))

    def reset(self) -> None:
        kind, language = self.chosen()
        notices, actor = self.notices, self.ctx.actor
        self.ctx.worker.submit(lambda: notices.reset_template(actor, kind, language),
                               lambda t: self._saved(t, tr("Back to the shipped text")),
                               lambda e: show_error(self, e))

    def _saved(self, template: Any, message: str) -> None:
        self.ctx.events.status_message.emit(message)
        self._loaded(template)

    # -- the mail password ---------------------------------------------------------------------
    def ask_password(self) -> None:
        password, ok = QInputDialog.getText(self, tr("Mail password"), tr("Password of the mail server's user "
                                                                          "(kept in the system keyring):"),
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            notices, actor = self.notices, self.ctx.actor
            self.ctx.worker.submit(lambda: notices.set_mail_password(actor, password),
                                   lambda _: self.ctx.events.status_message.emit(tr("Mail password kept")),
                                   lambda e: show_error(self, e))

    # -- running -------------------------------------------------------------------------------
    def start_run(self, *, dry_run: bool) -> ProgressRun:
        lib, actor = self.ctx.services.library, self.ctx.actor

        def work(tick: Any, cancel: Any) -> NoticeRun:
            return send_notices(lib, actor, dry_run=dry_run, progress=lambda done, total: tick(done, total, None))

        title = tr("Preview today's run") if dry_run else tr("Send notices now")
        self.run = ProgressRun(self.ctx, self, title, tr("Notices to members…"), work, unit="notices",
                               cancellable=False)
        self.run.finished.connect(self._ran)
        self.run.failed.connect(lambda e: show_error(self, e))
        self.run.start()
        return self.run

    def _ran(self, run: NoticeRun) -> None:
        self.last_run = run
        text = run_summary(run)
        self.state.setText(text)
        self.open_letters.setVisible(run.letters_pdf is not None)
        self.run_done.emit()
        if run.dry_run and run.previews:
            self.result_dialog = RunPreview(run, self)
            self.result_dialog.open()
        elif run.error or run.refused:
            QMessageBox.warning(self, tr("Notices"), text)
        else:
            self.ctx.events.status_message.emit(text.splitlines()[0])

    def _open_letters(self) -> None:
        if self.last_run is not None and self.last_run.letters_pdf is not None:
            open_folder(self.last_run.letters_pdf)


class RunPreview(QDialog):
    """What a run would send: each message's kind, whom and subject, and the chosen one's text."""

    def __init__(self, run: NoticeRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeRunPreview")
        self.setWindowTitle(tr("What today's run would send"))
        self.choice = QComboBox(objectName="noticeRunChoice")
        for w in run.previews:
            whom = w.planned.email or tr("letter to {name}").format(name=w.planned.member_name)
            self.choice.addItem(f"{tr(KIND_TEXTS[w.planned.kind])}: {whom}: {w.subject}")
        self.text = QPlainTextEdit(objectName="noticeRunText")
        self.text.setReadOnly(True)
        self.previews = run.previews
        self.choice.currentIndexChanged.connect(self._show)
        summary = QLabel(run_summary(run))
        summary.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.choice)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.resize(640, 480)
        self._show(0)

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.previews):
            w = self.previews[index]
            self.text.setPlainText(f"{w.subject}\n\n{w.body}")
