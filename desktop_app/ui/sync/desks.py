"""The desks registered with the library server, in Settings > Sync (admins): code, name,
role, last seen; "Retire" ends a desk's credential and frees its code (a stolen laptop, a
desk taken out of service), after a question whose safe answer is the default."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import N_, number_text, tr, when_text
from ..common.rows import Column, RowListModel
from ..common.theme import DONE, REFUSED, status_style
from .controller import SyncController, error_message


def _seen(desk: dict[str, Any]) -> str:
    """When the desk last reached the server, in local time ("" never; the server's text if odd)."""
    text = str(desk.get("last_seen_at") or "")
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return text
    if moment is None:
        return ""
    return when_text((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone())


COLUMNS: list[Column[dict[str, Any]]] = [
    Column(N_("Code"), lambda d: d["desk_code"] or "-"),
    Column(N_("Desk"), lambda d: d["desk_name"]),
    Column(N_("Role"), lambda d: d["role"]),
    Column(N_("Last seen"), _seen),
]


class DesksBox(QGroupBox):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(tr("Desks registered with the server"), parent)
        self.setObjectName("syncDesks")
        self.controller = controller
        self.model: RowListModel[dict[str, Any]] = RowListModel(COLUMNS)
        self.table = QTableView(objectName="syncDesksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.load_button = QPushButton(tr("Sho&w desks"), objectName="syncDesksLoad")
        self.retire_button = QPushButton(tr("Reti&re desk…"), objectName="syncDesksRetire")
        self.load_button.clicked.connect(self.reload)
        self.retire_button.clicked.connect(self.retire)
        self.message = QLabel("", objectName="syncDesksMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind, bold=False))

    def reload(self, *, then_say: str | None = None) -> None:
        if not self.controller.snapshot.configured:
            self._say(tr("This desk is not set up with a server yet."), REFUSED)
            return
        self.controller.desks(lambda rows: self._loaded(rows, then_say),
                              lambda e: self._say(error_message(e), REFUSED))

    def _loaded(self, rows: list[dict[str, Any]], then_say: str | None = None) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._say(then_say or tr("{count} desk(s) registered.").format(count=number_text(len(rows))), DONE)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def retire(self) -> None:
        desk = self.selected()
        if desk is None:
            self._say(tr("Select the desk to retire first."), REFUSED)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Retire this desk?"),
                          tr("Retire “{desk}” (desk code {code})? Its credential stops working at once and its "
                             "code is freed. Work it has not sent yet stays on that computer until someone sets "
                             "it up again.").format(desk=desk["desk_name"], code=desk["desk_code"]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("syncRetireQuestion")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        done = tr("“{desk}” is retired; its code is free.").format(desk=desk["desk_name"])
        self.controller.retire(desk["client_id"], lambda _out: self.reload(then_say=done),
                               lambda e: self._say(error_message(e), REFUSED))
