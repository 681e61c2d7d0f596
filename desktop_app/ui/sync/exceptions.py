"""The "Sync exceptions" window: what the server could not apply (the same copy lent at two
desks, a refused renewal, an edit made at two places...), each with the actions that resolve
it (``DeskSync.resolve``). Librarians and admins resolve; desk clerks only see the list.

Listing and resolving run on the sync controller's network worker; after a resolution the
list is fetched again and a sync is started so the desk receives what changed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.values import Role
from ...services import Actor
from ..common.i18n import number_text, tr, when_text
from ..common.theme import ATTENTION, DONE, REFUSED, status_style
from .controller import SyncController, error_message
from .exceptions_model import ACTIONS, KINDS, PROBLEMS, SyncExceptionModel, words

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _readable(value: Any) -> str | None:
    """A detail value as a person reads it; None for what only a program needs (ids, empties)."""
    if value is None or value == "" or isinstance(value, str) and UUID.match(value):
        return None
    if isinstance(value, str):
        try:
            return when_text(datetime.fromisoformat(value).astimezone()) if "T" in value else value
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False, default=str)


def describe(row: dict[str, Any]) -> str:
    """The selected exception in full, for a person: problem, message, then the readable
    details (identifiers that mean nothing to a clerk are left out)."""
    lines = [tr("#{id} — {problem} ({kind} at {desk})").format(
                 id=row.get("id"), problem=words(str(row.get("code") or ""), PROBLEMS),
                 kind=words(str(row.get("kind") or ""), KINDS), desk=row.get("desk_name") or tr("a desk")),
             str(row.get("message") or "")]
    found = row.get("details")
    details: dict[str, Any] = found if isinstance(found, dict) else {}
    for key, value in details.items():
        if key == "op" and isinstance(value, dict):
            args = [f"{k.replace('_', ' ')} {shown}" for k, v in (value.get("args") or {}).items()
                    if not k.endswith("_uuid") and (shown := _readable(v)) is not None]
            kind, made = words(str(value.get("kind") or ""), KINDS), _readable(value.get("occurred_at")) or "?"
            lines.append(tr("Operation: {kind} ({details}), made at {when}").format(
                kind=kind, details=", ".join(args), when=made) if args
                else tr("Operation: {kind}, made at {when}").format(kind=kind, when=made))
        elif (shown := _readable(value)) is not None:
            lines.append(f"{key.replace('_', ' ').capitalize()}: {shown}")
    return "\n".join(lines)


class SyncExceptionsWindow(QDialog):
    def __init__(self, controller: SyncController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncExceptions")
        self.setWindowTitle(tr("Sync exceptions"))
        self.controller, self.actor = controller, actor
        self.can_resolve = actor.at_least(Role.LIBRARIAN)
        intro = QLabel(tr("What the library server could not apply. Each one stays here until a person "
                          "resolves it; choose one to see what happened and what can be done."))
        intro.setWordWrap(True)
        self.every_desk = QCheckBox(tr("Show every desk's exceptions"), objectName="syncExceptionsAll")
        self.every_desk.toggled.connect(lambda _on: self.reload())
        refresh = QPushButton(tr("&Refresh"), objectName="syncExceptionsRefresh")
        refresh.clicked.connect(self.reload)
        self.count = QLabel("", objectName="syncExceptionsCount")
        top = QHBoxLayout()
        top.addWidget(self.every_desk)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(refresh)
        self.model = SyncExceptionModel(self)
        self.table = QTableView(objectName="syncExceptionsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Sync exceptions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QLabel("", objectName="syncExceptionDetail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMargin(6)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(60)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note = QLineEdit(objectName="syncExceptionNote")
        self.note.setPlaceholderText(tr("Note kept with the resolution (optional), e.g. 'spoke to both members'"))
        self.note.setAccessibleName(tr("Resolution note"))
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.message = QLabel("", objectName="syncExceptionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        if self.can_resolve:
            layout.addWidget(self.note)
            layout.addLayout(self.action_row)
        else:
            only = QLabel(tr("Only a librarian or an admin can resolve these."), objectName="syncExceptionsReadOnly")
            layout.addWidget(only)
        layout.addWidget(self.message)
        self.resize(900, 520)
        self._show_actions(None)

    # -- list ---------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        self.count.setText(tr("Loading…"))
        self.controller.exceptions(not self.every_desk.isChecked(), lambda rows: self._loaded(rows, keep),
                                   self._failed)

    def _loaded(self, rows: list[dict[str, Any]], keep: int | None = None) -> None:
        current = keep if keep is not None else self._current_id()
        self.model.set_rows(rows)
        self.count.setText(tr("{count} open").format(count=number_text(len(rows))) if rows else tr("None open"))
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._selected()

    def _failed(self, error: BaseException) -> None:
        self.count.setText("")
        self.say(tr("The list could not be fetched: {reason}").format(reason=error_message(error)), REFUSED)

    def _current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.exception_at(rows[0].row()).get("id") if rows else None

    def _selected(self, *_: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.exception_at(rows[0].row()) if rows else None
        self.detail.setText(describe(row) if row else tr("No exception chosen."))
        self._show_actions(row)

    def _show_actions(self, row: dict[str, Any] | None) -> None:
        for button in self.buttons.values():
            self.action_row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if not self.can_resolve:
            return
        for action in (row or {}).get("actions") or []:
            button = QPushButton(words(action, ACTIONS), objectName=f"syncResolve_{action}")
            button.clicked.connect(lambda _=False, r=row, a=action: self.resolve(r, a))
            self.buttons[action] = button
            self.action_row.insertWidget(self.action_row.count() - 1, button)

    # -- resolving ----------------------------------------------------------------------------
    def resolve(self, row: dict[str, Any], action: str) -> None:
        note = self.note.text().strip() or None
        for button in self.buttons.values():
            button.setEnabled(False)
        self.say(tr("Resolving #{id}…").format(id=row["id"]), ATTENTION)
        self.controller.resolve(int(row["id"]), action, note, lambda out: self._resolved(row, action, out),
                                self._resolve_failed)

    def _resolved(self, row: dict[str, Any], action: str, out: dict[str, Any]) -> None:
        error = out.get("error") if isinstance(out.get("error"), dict) else None
        if error or out.get("applied") is False and action != "dismiss" or out.get("status") == "open":
            reasons = "; ".join(out.get("messages") or []) or str((error or out).get("message")
                                                                  or tr("the server refused"))
            self.say(tr("#{id} could not be resolved that way: {reasons}").format(id=row["id"], reasons=reasons),
                     REFUSED)
            self.reload(keep=int(row["id"]))
            return
        self.note.clear()
        self.say(tr("#{id} resolved ({action}). The desk fetches the changes now.").format(
            id=row["id"], action=words(action, ACTIONS).replace("&", "")), DONE)
        self.reload()
        self.controller.sync_now()

    def _resolve_failed(self, error: BaseException) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)
        self.say(error_message(error), REFUSED)

    def say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind, bold=False))
        self.message.show()
