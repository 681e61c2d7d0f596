"""The Notices tab (librarians and admins): the texts of notices with their preview, sending
(today's run previewed or sent now), and the log of what was sent to whom, newest first, for
one member's card or for everyone."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.notices import NoticeView
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import tr, when_text
from .texts import KIND_TEXTS, NoticeTextsBox

LOG_ROWS = 200


class NoticesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts = NoticeTextsBox(ctx)
        self.card = QLineEdit(objectName="noticeLogCard")
        self.card.setPlaceholderText(tr("card number, or empty for everyone"))
        self.card.setAccessibleName(tr("Card number of the member whose notices to show"))
        self.card.returnPressed.connect(self.load_log)
        show = QPushButton(tr("Show"), objectName="noticeLogShow")
        show.clicked.connect(self.load_log)
        self.table = QTableWidget(0, 5, objectName="noticeLog")
        self.table.setHorizontalHeaderLabels([tr("Sent"), tr("Notice"), tr("By"), tr("Recipient"), tr("Subject")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.count = QLabel(objectName="noticeLogCount")
        log_box = QGroupBox(tr("Notices sent"))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Member")))
        row.addWidget(self.card, 1)
        row.addWidget(show)
        row.addWidget(self.count)
        inner = QVBoxLayout(log_box)
        inner.addLayout(row)
        inner.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.texts)
        layout.addWidget(log_box, 1)
        self.texts.run_done.connect(self.load_log)
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.load_log()

    def load_log(self) -> None:
        card = self.card.text().strip() or None
        lib, actor = self.ctx.services.library, self.ctx.actor
        from ...services.notices import Notices

        self.ctx.worker.submit(lambda: Notices(lib).log(actor, card_number=card, limit=LOG_ROWS),
                               self.texts.later(self._shown), self.texts.later(lambda e: show_error(self, e)),
                               channel="notice-log")

    def _shown(self, found: list[NoticeView]) -> None:
        self.table.setRowCount(len(found))
        for r, n in enumerate(found):
            whom = n.recipient or ""
            if n.member_name:
                whom = f"{n.member_name} ({n.card_number})" + (f", {whom}" if whom else "")
            cells = [when_text(n.sent_at), tr(KIND_TEXTS.get(n.kind, n.kind)),
                     tr("email") if n.channel == "email" else tr("letter"), whom, n.subject]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(n.body)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count.setText(tr("{count} shown").format(count=len(found)) if found else tr("None sent yet"))
