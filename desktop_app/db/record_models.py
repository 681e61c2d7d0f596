"""What the catalogue keeps beside a title's fields, and the desk's own cataloguing work.

- ``BookMarc``: the whole MARC record a title came from (ISO 2709 bytes), so an export gives
  back every field a cataloguer made; ``control_number`` ("003 001", e.g. "DLC 2001012345") lets a
  re-import without ISBN find the title.
- ``BookCover``: a small cover image (resized when it is stored).
- ``LookupRequest``: an ISBN a clerk wanted looked up while the targets could not be reached;
  filled later.
- ``Stocktake`` / ``StocktakeScan``: a shelf count and the barcodes scanned for it.

Records and covers travel with their book in the sync feed; look-up requests and stock-takes
belong to the desk that made them (what they change, copies marked lost, goes through the
catalogue's transitions and so syncs).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdType, UTCDateTime, new_uuid, utcnow


class BookMarc(Base):
    __tablename__ = "book_records"

    book_id: Mapped[int] = mapped_column(IdType, ForeignKey("books.id", ondelete="CASCADE"), primary_key=True)
    format: Mapped[str] = mapped_column(String(10), default="marc21")  # ISO 2709, UTF-8
    data: Mapped[bytes] = mapped_column(LargeBinary)
    control_number: Mapped[str | None] = mapped_column(String(80), index=True)
    source: Mapped[str | None] = mapped_column(String(200))  # the file or target it came from
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BookCover(Base):
    __tablename__ = "book_covers"

    book_id: Mapped[int] = mapped_column(IdType, ForeignKey("books.id", ondelete="CASCADE"), primary_key=True)
    mime: Mapped[str] = mapped_column(String(20))  # image/jpeg or image/png
    image: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LookupRequest(Base):
    __tablename__ = "lookup_requests"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    isbn: Mapped[str] = mapped_column(String(13), unique=True)
    state: Mapped[str] = mapped_column(String(12), default="waiting")  # waiting | found | not_found | failed
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    queued_by: Mapped[str | None] = mapped_column(String(100))
    tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    book_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("books.id", ondelete="SET NULL"))


class Stocktake(Base):
    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(100))  # the counted location, or any
    call_from: Mapped[str | None] = mapped_column(String(100))  # the shelf range, by call number
    call_to: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by: Mapped[str | None] = mapped_column(String(100))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StocktakeScan(Base):
    __tablename__ = "stocktake_scans"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    stocktake_id: Mapped[int] = mapped_column(IdType, ForeignKey("stocktakes.id", ondelete="CASCADE"), index=True)
    barcode: Mapped[str] = mapped_column(String(64))
    copy_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("copies.id", ondelete="SET NULL"))
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("stocktake_id", "barcode"),)
