"""A title's cover: shown small in the catalog detail (and the self-service window), replaced by
a picture file a librarian picks. The picture is read and shrunk on the worker (``qt_shrink``,
Qt's QImage: the core does not import Qt) and checked by the services before it is kept."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import InvalidInput
from ...domain.values import Role
from ...services import Services
from ...services.lookup.covers import JPEG_QUALITY, MAX_FILE, MAX_HEIGHT, MAX_WIDTH, CoverImage
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import tr
from ..common.worker import Worker

SHOWN_HEIGHT = 150  # the detail shows covers at most this tall


def qt_shrink(data: bytes) -> bytes | None:
    """``data`` (any picture Qt reads) as a JPEG at most MAX_WIDTH x MAX_HEIGHT; None if Qt cannot
    read it. Safe on the worker thread (QImage, not QPixmap)."""
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    if image.width() > MAX_WIDTH or image.height() > MAX_HEIGHT:
        image = image.scaled(MAX_WIDTH, MAX_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return bytes(out.data())


def cover_pixmap(cover: CoverImage | None, height: int = SHOWN_HEIGHT) -> QPixmap | None:
    """The cover as a pixmap at most ``height`` tall (GUI thread only), or None."""
    if cover is None:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(cover.image):
        return None
    if pixmap.height() > height:
        pixmap = pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    return pixmap


def read_picture(path: str) -> bytes:
    """The bytes of a picture file the clerk picked; ``InvalidInput`` when it is too big or unreadable."""
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE:
            raise InvalidInput(tr("{name} is {size} MB; a cover may be at most {limit} MB").format(
                name=name, size=f"{size / 1048576:.1f}", limit=MAX_FILE // 1048576), field="cover")
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InvalidInput(tr("{name} cannot be read: {why}").format(name=name, why=exc.strerror or exc),
                           field="cover") from None


class CoverPicture(QLabel):
    """A book's cover, read on the worker when ``show_book`` is called (never at start-up); with
    ``placeholder`` a dashed "No cover" frame where there is none, else nothing shown."""

    def __init__(self, services: Services, worker: Worker, *, height: int = SHOWN_HEIGHT,
                 placeholder: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.worker, self.placeholder = services, worker, placeholder
        self.book_id: int | None = None
        self.cover: CoverImage | None = None
        self.setObjectName("bookCoverPicture")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(int(height * 0.7), height)
        self.setAccessibleName(tr("Cover"))
        self.show_cover(None)

    def show_book(self, book_id: int | None) -> None:
        self.book_id = book_id
        self.show_cover(None)
        if book_id is not None:
            lookup = self.services.lookup
            self.worker.submit(lambda: (book_id, lookup.cover(book_id)), self.loaded, lambda _e: None,
                               channel=f"cover-{id(self)}")

    def loaded(self, result: tuple[int, CoverImage | None]) -> None:
        book_id, cover = result
        if book_id == self.book_id:
            self.show_cover(cover)

    def show_cover(self, cover: CoverImage | None) -> None:
        self.cover = cover
        pixmap = cover_pixmap(cover, self.height())
        if pixmap is None:
            self.clear()
            self.setText(tr("No cover") if self.placeholder else "")
            self.setStyleSheet("border: 1px dashed palette(mid); color: palette(mid);" if self.placeholder else "")
        else:
            self.setStyleSheet("")
            self.setPixmap(pixmap)
        self.setVisible(self.placeholder or pixmap is not None)


class CoverBox(QWidget):
    """The cover of the book shown in the catalog detail, with "Replace cover…" for librarians."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("bookCover")
        editable = ctx.actor.at_least(Role.LIBRARIAN)
        self.picture = CoverPicture(ctx.services, ctx.worker, placeholder=editable)
        self.replace = QPushButton(tr("Replace co&ver…"))
        self.replace.setObjectName("bookCoverReplace")
        self.replace.setToolTip(tr("Choose a picture file (JPEG or PNG) as this book's cover"))
        self.replace.clicked.connect(self.choose_file)
        self.replace.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.replace)
        layout.addStretch(1)
        self.show_book(None)

    @property
    def book_id(self) -> int | None:
        return self.picture.book_id

    @property
    def cover(self) -> CoverImage | None:
        return self.picture.cover

    def show_book(self, book_id: int | None) -> None:
        """Show ``book_id``'s cover (read on the worker), or hide the box for no book."""
        self.setVisible(book_id is not None)
        self.replace.setEnabled(book_id is not None)
        self.picture.show_book(book_id)

    def choose_file(self) -> None:
        if self.book_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Replace cover"), "",
                                              tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"))
        if path:
            self.replace_from(path)

    def replace_from(self, path: str) -> None:
        """Keep the picture at ``path`` as the cover (checked and shrunk on the worker)."""
        book_id = self.book_id
        if book_id is None:
            return
        services: Services = self.ctx.services
        actor, name = self.ctx.actor, os.path.basename(path)

        def run() -> tuple[int, CoverImage | None]:
            data = read_picture(path)
            # a picture Qt reads (also WebP, BMP) becomes a small JPEG first
            small = qt_shrink(data) or data
            services.lookup.set_cover(actor, book_id, small, source=name, shrink=qt_shrink)
            return book_id, services.lookup.cover(book_id)

        self.replace.setEnabled(False)
        self.ctx.worker.submit(run, self._replaced, self._refused)

    def _replaced(self, result: tuple[int, CoverImage | None]) -> None:
        self.replace.setEnabled(True)
        self.picture.loaded(result)
        self.ctx.events.status_message.emit(tr("The cover was replaced"))

    def _refused(self, error: BaseException) -> None:
        self.replace.setEnabled(True)
        show_error(self, error)
